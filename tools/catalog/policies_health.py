"""Assessment policies of health-care certification boards and nursing licences.

Nursing and specialty boards, emergency medical services, pharmacy technicians, coders and medical
assistants, each from the public page that says how its examination is sat. Same rules as
``policies.py``: a page is recorded for what it says and nothing more, and a board-wide policy only
where the page speaks for every credential of that board in the catalog.
"""

from __future__ import annotations

from tools.catalog.policies import EXAM, PROCTORED, Policy, Renewal

_NURSING_LICENCE = "https://www.nursingschool411.com/license/"
#: NCSBN's exam-day process: the NCLEX is taken at a Pearson VUE test centre, after check-in
#: with identification, palm-vein scan and photograph.
_NCLEX = "https://ncsbn.org/exams/exam-day/exam-day-process.page"
_BCEN_FAQ = "https://bcen.org/cpen/faqs"

BY_ISSUER: dict[str, Policy] = {
    # The National Registry's EMT handbook: a computer-adaptive cognitive exam that decides
    # pass or fail against entry-level competency (its supervision is not stated there).
    "NREMT": Policy(EXAM, "https://www.nremt.org/Handbooks/EMT/Cognitive-Exam"),
    "State Board of Nursing": Policy(
        PROCTORED, _NCLEX, Renewal(True, _NURSING_LICENCE, None, None)
    ),
    "NCSBN": Policy(PROCTORED, _NCLEX),
    "NCCPA": Policy(PROCTORED, "http://www.pearsonvue.com/nccpa/"),
    # Specialty boards whose accreditation or own page names an examination (its supervision
    # unstated there).
    "PTCB": Policy(
        EXAM,
        "https://ptcb.org/about-ptcb/news-room/news-landing/2012/02/09/"
        "ptcb-s-national-certification-program-receives-ncca-accreditation-renewal",
    ),
    "ONCC": Policy(EXAM, "https://www.oncc.org/accred-retired-exams"),
    "WOCNCB": Policy(EXAM, "http://wocncb.org/about-us/accreditation"),
    "MSNCB": Policy(
        EXAM, "https://en.wikipedia.org/wiki/Certified_medical-surgical_registered_nurse"
    ),
    "AANPCB": Policy(EXAM, "https://www.aanpcert.org/about"),
    # BCEN's exams are sat at PSI test centres (its FAQ) or, for the CPEN, also by PSI's Live
    # Remote Proctoring (its exam-delivery page, below).
    "BCEN": Policy(PROCTORED, _BCEN_FAQ),
    # ANCC's testing FAQ: its exams are taken at Prometric testing centres or by Prometric's Live
    # Remote Proctoring.
    "ANCC": Policy(PROCTORED, "https://www.nursingworld.org/certification/covid19-policy-faqs/"),
    "AHIMA": Policy(EXAM, "https://medicalbillingcodingworld.com/?p=1855"),
    "NHA": Policy(EXAM, "https://practicetestgeeks.com/nha/national-healthcareer-association"),
    "NCC": Policy(EXAM, "https://nccwebsite.org/about-ncc/primary-source-verification"),
    "AAMA": Policy(EXAM, "http://www.liquisearch.com/medical_assistant/certification"),
    # AACN exams are sat at a PSI test centre or with live remote proctoring.
    "AACN": Policy(
        PROCTORED,
        "https://aacn.org/certification/preparation-tools-and-handbooks/"
        "exam-scheduling-and-cancellation",
    ),
    # The NBRC handbook: examinations at an assessment center or by live remote online proctor.
    "NBRC": Policy(PROCTORED, "https://docslib.org/doc/8126340/candidate-handbook"),
    "PNCB": Policy(EXAM, "https://pncb.org/pncb-exams"),
    "CCI": Policy(
        EXAM,
        "https://credentialinginsights.org/Article/evolving-practices-in-recertification-"
        "the-competency-and-credentialing-institute8217s-cnor-credential-1",
    ),
}

BY_ENTRY: dict[str, Policy] = {
    "bcen-cpen": Policy(PROCTORED, "https://bcen.org/cpen/exam-delivery"),
}
