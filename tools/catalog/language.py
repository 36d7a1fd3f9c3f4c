"""Language certificates: Cambridge, IELTS, TOEFL, TOEIC, DELF/DALF, Goethe, DELE, JLPT, HSK."""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

CAMBRIDGE = Issuer(
    "Cambridge English",
    (
        "Cambridge Assessment English",
        "Cambridge English Language Assessment",
        "Cambridge University Press & Assessment",
        "University of Cambridge ESOL Examinations",
    ),
    ("cambridgeenglish.org", "cambridge.org"),
    ("vendor",),
)
for _id, _title, _aliases, _acronym, _stacks in (
    (
        "cambridge-b2-first",
        "B2 First",
        ("Cambridge B2 First", "First Certificate in English", "Cambridge English: First"),
        "FCE",
        ("cambridge-c1-advanced",),
    ),
    (
        "cambridge-c1-advanced",
        "C1 Advanced",
        (
            "Cambridge C1 Advanced",
            "Certificate in Advanced English",
            "Cambridge English: Advanced",
            "Cambridge English C1 Advanced",
        ),
        "CAE",
        ("cambridge-c2-proficiency",),
    ),
    (
        "cambridge-c2-proficiency",
        "C2 Proficiency",
        (
            "Cambridge C2 Proficiency",
            "Certificate of Proficiency in English",
            "Cambridge English: Proficiency",
        ),
        "CPE",
        (),
    ),
):
    add(
        _id,
        _title,
        CAMBRIDGE,
        "language",
        aliases=_aliases,
        acronyms=(_acronym,),
        skills=("English",),
        stacks=_stacks,
    )

IELTS = Issuer(
    "IELTS",
    (
        "British Council",
        "IDP Education",
        "IDP IELTS",
        "International English Language Testing System",
    ),
    ("ielts.org", "britishcouncil.org", "ielts.idp.com"),
    ("vendor",),
)
# Test scores are accepted for two years after the test.
add(
    "ielts-academic",
    "IELTS Academic",
    IELTS,
    "language",
    "exam",
    aliases=("IELTS", "IELTS Academic Test"),
    valid=24,
    skills=("English",),
)
add(
    "ielts-general-training",
    "IELTS General Training",
    IELTS,
    "language",
    "exam",
    aliases=("IELTS General",),
    valid=24,
    skills=("English",),
)
ETS = Issuer("ETS", ("Educational Testing Service",), ("ets.org",), ("vendor",))
add(
    "toefl-ibt",
    "TOEFL iBT",
    ETS,
    "language",
    "exam",
    aliases=("TOEFL", "Test of English as a Foreign Language"),
    valid=24,
    skills=("English",),
)
add(
    "toeic",
    "TOEIC Listening and Reading Test",
    ETS,
    "language",
    "exam",
    aliases=("TOEIC", "Test of English for International Communication"),
    valid=24,
    skills=("English",),
)

FEI = Issuer(
    "France Éducation international",
    ("France Education International", "CIEP", "Alliance Française"),
    ("france-education-international.fr",),
    ("vendor",),
)
add(
    "delf-b2",
    "DELF B2",
    FEI,
    "language",
    aliases=("Diplôme d'études en langue française B2", "DELF B2 French"),
    skills=("French",),
    stacks=("dalf-c1",),
)
add(
    "dalf-c1",
    "DALF C1",
    FEI,
    "language",
    aliases=("Diplôme approfondi de langue française C1", "DALF C1 French"),
    skills=("French",),
)
GOETHE = Issuer(
    "Goethe-Institut", ("Goethe Institut", "Goethe-Institut e.V."), ("goethe.de",), ("vendor",)
)
add(
    "goethe-zertifikat-b2",
    "Goethe-Zertifikat B2",
    GOETHE,
    "language",
    aliases=("Goethe Zertifikat B2", "Goethe-Certificate B2"),
    skills=("German",),
    stacks=("goethe-zertifikat-c1",),
)
add(
    "goethe-zertifikat-c1",
    "Goethe-Zertifikat C1",
    GOETHE,
    "language",
    aliases=("Goethe Zertifikat C1", "Goethe-Certificate C1"),
    skills=("German",),
)
CERVANTES = Issuer(
    "Instituto Cervantes",
    ("Cervantes Institute",),
    ("cervantes.es", "dele.cervantes.es"),
    ("vendor",),
)
add(
    "dele-b2",
    "DELE B2",
    CERVANTES,
    "language",
    aliases=("Diploma de Español como Lengua Extranjera B2", "DELE B2 Spanish"),
    skills=("Spanish",),
)
JLPT = Issuer(
    "Japan Foundation",
    ("The Japan Foundation", "Japan Educational Exchanges and Services", "JEES"),
    ("jlpt.jp", "jpf.go.jp"),
    ("vendor",),
)
add(
    "jlpt-n2",
    "JLPT N2",
    JLPT,
    "language",
    "exam",
    aliases=("Japanese-Language Proficiency Test N2", "JLPT Level N2"),
    skills=("Japanese",),
    stacks=("jlpt-n1",),
)
add(
    "jlpt-n1",
    "JLPT N1",
    JLPT,
    "language",
    "exam",
    aliases=("Japanese-Language Proficiency Test N1", "JLPT Level N1"),
    skills=("Japanese",),
)
CTI = Issuer(
    "Chinese Testing International",
    ("CTI", "Hanban", "Center for Language Education and Cooperation"),
    ("chinesetest.cn",),
    ("vendor",),
)
add(
    "hsk-5",
    "HSK Level 5",
    CTI,
    "language",
    "exam",
    aliases=("HSK 5", "Hanyu Shuiping Kaoshi Level 5"),
    valid=24,
    skills=("Chinese",),
    stacks=("hsk-6",),
)
add(
    "hsk-6",
    "HSK Level 6",
    CTI,
    "language",
    "exam",
    aliases=("HSK 6", "Hanyu Shuiping Kaoshi Level 6"),
    valid=24,
    skills=("Chinese",),
)
