"""Assessment policies of language tests: IELTS, TOEFL and TOEIC, Cambridge English, DELF and DALF,
DELE, the Goethe-Zertifikat, the JLPT and the HSK.

Each from the public page that says how the test is sat and, where it says so, that the result
does not lapse. Same rules as ``policies.py``.
"""

from __future__ import annotations

from tools.catalog.policies import EXAM, PROCTORED, Policy, Renewal

BY_ISSUER: dict[str, Policy] = {
    "IELTS": Policy(PROCTORED, "https://idpieltsturkey.com/computer-delivered-ielts-test-day/"),
    # The JLPT is sat at designated test centres twice a year.
    "Japan Foundation": Policy(PROCTORED, "https://sera.edu.np/preparation/jlpt"),
    # DELF and DALF: four compulsory tests; the diplomas are valid for life.
    "France Éducation international": Policy(
        EXAM,
        "https://nz.ambafrance.org/French-language-certifications-and-diplomas-DELF-DALF",
        Renewal(
            False, "https://nz.ambafrance.org/French-language-certifications-and-diplomas-DELF-DALF"
        ),
    ),
    # Cambridge English Qualifications have no expiry date.
    "Cambridge English": Policy(
        EXAM,
        "https://winenfood.com/cambridge-exam-certificate-validity-periods",
        Renewal(False, "https://winenfood.com/cambridge-exam-certificate-validity-periods"),
    ),
    # Goethe-Zertifikat: awarded only on passing the examination; the certificates do not expire.
    "Goethe-Institut": Policy(
        EXAM,
        "https://www.goethe.de/ins/rw/en/spr/kur/ogf.html",
        Renewal(False, "https://blog.weareteacherfinder.com/blog/language-exam-guide-goethe-test/"),
    ),
    # The HSK, on paper or on a computer, is sat under the supervision of invigilators.
    "Chinese Testing International": Policy(PROCTORED, "http://learnchineseinyunnan.com/faq/hsk"),
    # DELE: the fee is the right of examination on a set date at the chosen examination centre;
    # the diplomas are valid permanently.
    "Instituto Cervantes": Policy(
        EXAM,
        "http://www.uimp.es/en/academic-activities/spanish-courses/"
        "diploma-in-spanish-as-a-foreign-language-dele/dele-exam-cervantes-institute/"
        "general-conditions-and-requirements-dele-examination.html",
        Renewal(
            False,
            "https://triplydb.com/MikelEganaAranguren/iris/browser?resource="
            "http%3A%2F%2Fdbpedia.org%2Fresource%2FDELE",
        ),
    ),
}

BY_ENTRY: dict[str, Policy] = {
    # TOEIC Listening and Reading: at a test centre, or remotely proctored.
    "toeic": Policy(
        PROCTORED,
        "https://www.etsglobal.org/fr/en/content/organise-your-toeic-test-sessions-remotely",
    ),
    "toefl-ibt": Policy(
        PROCTORED, "https://origin-www.ets.org/toefl/test-takers/ibt/test-day/at-home/during"
    ),
}
