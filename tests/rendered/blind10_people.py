"""Three of blind-10's six contents (see ``blind10_contents.py``, which gathers them): a game
developer in Kraków, a veterinary technician specialist in Ohio and a court and healthcare
interpreter in Los Angeles. Split out so that each module stays under its 500 lines."""

from __future__ import annotations

from tests.rendered.contents import Content, Credential

GAME_DEVELOPER = Content(
    key="b10-game-developer",
    name="Zofia Wiśniewska-Brandt",
    post_nominals=(),
    headline="Gameplay Programmer (Unity, C#, C++)",
    email="zofia.wisniewska.dev@proton.me",
    phone="+48 512 555 318",
    location="Kraków, Poland",
    summary=(
        "Gameplay programmer on console and PC action titles: player controllers, AI behaviour "
        "trees, combat systems and frame-time optimisation in Unity, with engine-side C++ "
        "plug-ins for physics and audio."
    ),
    employer="Wawel Forge Games S.A.",
    role="Senior Gameplay Programmer",
    bullets=(
        "Shipped two titles through PlayStation TRC and Xbox certification on first submission",
        "Took the PC port to Steam Deck Verified status; cut average frame time from 22 to 14 ms",
        "Ran the studio's Unity coding dojo and code-review guild for 25 programmers",
    ),
    credentials=(
        Credential(
            title="Unity Certified Professional: Programmer",
            issuer="Unity Technologies",
            short="Unity Pro Programmer",
            issued_on="2022-04",
            url="https://www.credly.com/badges/e4b7c1d9-3a28-4f65-9d0e-8b2a6f13c5d7/public_url",
        ),
        Credential(
            title="Unity Certified Associate: Game Developer",
            issuer="Unity Technologies",
            short="Unity Associate",
            issued_on="2020-10",
            url="https://www.credly.com/badges/1f6d8a3e-72c5-4b09-a4e1-c3d59b7f2086/public_url",
        ),
        Credential(
            title="Professional Scrum Master I (PSM I)",
            issuer="Scrum.org",
            short="PSM I",
            issued_on="2021-06",
            url="https://www.scrum.org/certificates/718264",
        ),
        Credential(
            title="C++ Certified Associate Programmer (CPA)",
            issuer="C++ Institute",
            short="CPA",
            issued_on="2019-03",
            credential_id="CPA-8867-2451",
        ),
        Credential(
            title="AWS Certified Cloud Practitioner",
            issuer="Amazon Web Services",
            short="AWS CCP",
            issued_on="2023-09",
            expires_on="2026-09",
            credential_id="QX7RTN4KB2E1QV3P",
        ),
        Credential(
            title="Game Design and Development with Unity 2020 Specialization",
            issuer="Michigan State University (Coursera)",
            short="Unity Specialization (Coursera)",
            issued_on="2020-07",
            url="https://www.coursera.org/account/accomplishments/specialization/9FJQ2WM7LKXE",
        ),
        Credential(
            title="Unreal Engine 5 Essential Training",
            issuer="LinkedIn Learning",
            short="UE5 Essential Training",
            issued_on="2024-01",
            url="https://www.linkedin.com/learning/certificates/5e8a2c71f0b94d3e6a18c27b9d40f5e3a6c1b8d2e7f094a3c5b6d1e8f2a7c9b0",
        ),
    ),
    section_negatives=(
        "Unity Certified Expert: Programmer — exam booked for March 2027",
        "Unreal Authorized Instructor Partner Program: application submitted, interview pending",
    ),
    skills=(
        "C#",
        "C++",
        "Unity DOTS / ECS",
        "HLSL shaders",
        "Perforce",
        "Jenkins",
        "Polish",
        "German",
    ),
    contact_links=(
        ("github.com/zwisniewska", "https://github.com/zwisniewska"),
        ("Portfolio", "https://zofia-codes.example.dev"),
    ),
)

VET_TECH = Content(
    key="b10-vet-tech",
    name="Courtney-Rae Blackwood",
    post_nominals=("RVT", "VTS (ECC)"),
    headline="Emergency and Critical Care Veterinary Technician Specialist",
    email="crblackwood.rvt@yahoo.com",
    phone="+1 614 555 0128",
    location="Columbus, Ohio, USA",
    summary=(
        "Veterinary technician in a 24-hour emergency and referral hospital: triage, "
        "anaesthesia monitoring, blood transfusions, ventilator patients and training new "
        "technicians in low-stress handling."
    ),
    employer="Scioto Valley Veterinary Emergency & Specialty",
    role="Lead ICU Veterinary Technician",
    bullets=(
        "Helped the hospital keep its AAHA accreditation and earn Cat Friendly Practice Gold",
        "Wrote the ICU's transfusion protocol; reactions fell from 6% to 2% of transfusions",
        "Trained 18 new technicians a year in triage and CPR on the hospital's RECOVER drills",
    ),
    credentials=(
        Credential(
            title="Registered Veterinary Technician (RVT)",
            issuer="Ohio Veterinary Medical Licensing Board",
            short="Ohio RVT",
            issued_on="2015-06",
            expires_on="2027-03",
            credential_id="0012847",
        ),
        Credential(
            title="Veterinary Technician Specialist (Emergency and Critical Care)",
            issuer="Academy of Veterinary Emergency & Critical Care Technicians & Nurses",
            short="VTS (ECC)",
            issued_on="2021-09",
            expires_on="2026-12",
        ),
        Credential(
            title="Fear Free Certified Professional",
            issuer="Fear Free, LLC",
            short="Fear Free Certified",
            issued_on="2022-03",
            expires_on="2026-03",
            url="https://www.credential.net/3b7f0e52-c6a1-49d8-8f24-d1e9a5b7c630",
        ),
        Credential(
            title="RECOVER CPR Certified Rescuer",
            issuer="RECOVER Initiative",
            short="RECOVER Rescuer",
            issued_on="2024-05",
            expires_on="2026-05",
            credential_id="RCR-24-55107",
        ),
        Credential(
            title="Low Stress Handling Certified – Silver",
            issuer="Low Stress Handling University",
            short="Low Stress Handling Silver",
            issued_on="2019",
        ),
        Credential(
            title="Certified Veterinary Pain Practitioner (CVPP)",
            issuer="International Veterinary Academy of Pain Management",
            short="CVPP",
            issued_on="2023-04",
            credential_id="CVPP-1188",
        ),
        Credential(
            title="Animal Behaviour and Welfare",
            issuer="The University of Edinburgh (Coursera)",
            short="Animal Welfare (Coursera)",
            issued_on="2018-02",
            url="https://www.coursera.org/account/accomplishments/verify/B4TLX9NQ2WZE",
        ),
    ),
    section_negatives=(
        "VTS (Anesthesia & Analgesia): case log 40 of 50 submitted, application due 2027",
        "Certified Canine Rehabilitation Practitioner (CCRP) course: module 2 of 4",
    ),
    skills=(
        "Triage",
        "Anaesthesia monitoring",
        "Mechanical ventilation",
        "Blood banking",
        "ezyVet",
        "Cornerstone",
    ),
)

INTERPRETER = Content(
    key="b10-interpreter",
    name="Ximena Altamirano Quispe",
    post_nominals=(),
    headline="Certified Court and Healthcare Interpreter (Spanish / English)",
    email="ximena.altamirano.interpreter@gmail.com",
    phone="+1 323 555 0164",
    location="Los Angeles, California, USA",
    summary=(
        "Spanish–English interpreter in federal and state courts and in hospitals: "
        "simultaneous and consecutive interpreting, sight translation of court documents, "
        "remote video interpreting and translation of medical records."
    ),
    employer="Superior Court of California, County of Los Angeles",
    role="Staff Court Interpreter (Spanish)",
    bullets=(
        "Interpreted in 400+ criminal and family-law hearings a year, including jury trials",
        "Helped the community clinic keep its NCQA Patient-Centered Medical Home recognition",
        "Trained 30 bilingual hospital staff for the in-house qualified bilingual staff test",
    ),
    credentials=(
        Credential(
            title="Certified Court Interpreter (Spanish)",
            issuer="Judicial Council of California",
            short="CA Certified Court Interpreter",
            issued_on="2016-02",
            credential_id="301457",
        ),
        Credential(
            title="Federally Certified Court Interpreter (Spanish/English)",
            issuer="Administrative Office of the U.S. Courts",
            short="FCCI",
            issued_on="2019-11",
        ),
        Credential(
            title="Certified Healthcare Interpreter (CHI-Spanish)",
            issuer="Certification Commission for Healthcare Interpreters (CCHI)",
            short="CHI-Spanish",
            issued_on="2017-06",
            expires_on="2029-06",
            credential_id="152837",
        ),
        Credential(
            title="Certified Medical Interpreter (CMI-Spanish)",
            issuer="National Board of Certification for Medical Interpreters",
            short="CMI-Spanish",
            issued_on="2015-09",
            expires_on="2025-09",
            credential_id="CMI-SPA-20931",
        ),
        Credential(
            title="ATA Certified Translator (Spanish into English)",
            issuer="American Translators Association",
            short="ATA Certified Translator",
            issued_on="2018-10",
            credential_id="528904",
        ),
        Credential(
            title="Translation in Practice",
            issuer="Universitat Autònoma de Barcelona (Coursera)",
            short="Translation in Practice (Coursera)",
            issued_on="2020-04",
            url="https://www.coursera.org/account/accomplishments/verify/R2NKW7XJ4LQC",
        ),
    ),
    section_negatives=(
        "CCHI performance exam for Portuguese (CHI-Portuguese): written part passed, oral booked",
        "Quechua community interpreting workshop (attended; no certification offered)",
    ),
    skills=(
        "Simultaneous interpreting",
        "Consecutive interpreting",
        "Sight translation",
        "Trados Studio",
        "Remote video interpreting",
        "Quechua (heritage speaker)",
    ),
    contact_links=(("LinkedIn", "https://www.linkedin.com/in/ximena-altamirano-interpreter"),),
)
