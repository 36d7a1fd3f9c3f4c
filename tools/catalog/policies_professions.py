"""Assessment policies of professional bodies and certification vendors beyond the big IT issuers.

Accounting, finance and HR bodies, the UK professional bodies whose membership grades are written
after a name (Engineering Council, IET, CMI, CIPS, RICS), the nurse aide registries and the
smaller IT vendors, each from the public page that states how the credential is examined or
admitted. Same rules as ``policies.py``: a page is recorded for what it says and nothing more, and
an issuer-wide policy only where the page speaks for every credential of that issuer in the
catalog.
"""

from __future__ import annotations

from tools.catalog.policies import (
    ASSESSED,
    COMPLETION,
    EXAM,
    ISACA_RENEWAL,
    PARTICIPATION,
    PERFORMANCE,
    PROCTORED,
    UNPROCTORED,
    Policy,
    Renewal,
)

#: AISC's table of state requirements: each state board renews the PE licence on its own
#: cycle (one to three years), most of them against Professional Development Hours.
_PE_RENEWAL = Renewal(
    True, "https://www.aisc.org/education/continuingeducation/requirements-by-state/", None, True
)

BY_ISSUER: dict[str, Policy] = {
    # The DCA can be taken from home under online proctoring.
    "Mirantis": Policy(
        PROCTORED,
        "https://notes.kodekloud.com/docs/Docker-Certified-Associate-Exam-Course/Introduction/"
        "Exam-Details",
    ),
    # "Both CCDAK and CCAAK are online-proctored."
    "Confluent": Policy(PROCTORED, "https://nicheelab.com/en/articles/kafka/exam-experience/"),
    # The CCSK is "a web-based, multiple choice examination", taken on demand online; the FAQ
    # does not say whether it is supervised.
    "Cloud Security Alliance": Policy(EXAM, "https://www.cloudsecurityalliance.org/ccsk_faq.html"),
    # "To comply with the ISO/IEC 17024 requirements, PECB exams must be supervised by
    # independent invigilators (also known as Proctors)."
    "PECB": Policy(
        PROCTORED, "https://help.pecb.com/index.php/knowledgebase/what-is-an-invigilator/"
    ),
    # "The three Fortinet Certified Professional (FCP) certifications ... require passing two (2)
    # proctored exams."
    "Fortinet": Policy(PROCTORED, "https://www.flane.com.pa/pt/fortinet-faq"),
    # Alteryx's certification policy: "we offer unproctored online exams" (unbeaufsichtigte
    # Online-Prüfungen), policed by statistical analysis of the results.
    "Alteryx": Policy(
        UNPROCTORED,
        "https://community.alteryx.com/t5/Knowledge-Base-Deutsch/Zertifizierungsrichtlinien/"
        "ta-p/335854",
    ),
    # CDMP exams are sat at a conference, a training course or online with a proctor ("online
    # proctored exams incur an additional USD$11 proctor fee").
    "DAMA International": Policy(PROCTORED, "https://cdmp.info/faqs/"),
    # The CAP candidate handbook: a certification examination at an exam site.
    "INFORMS": Policy(EXAM, "https://www.scribd.com/document/563375470/CAP-2021-Handbook-1"),
    # ACCA computer-based exams: the candidate's identity is checked by the invigilator, who
    # reads the instructions and starts the exam.
    "ACCA": Policy(PROCTORED, "http://www.accaglobal.com/students/exams/cbes/"),
    # CIMA/CGMA exams at a Pearson VUE centre or through OnVUE, where "a live proctor will
    # monitor you through the webcam".
    "CIMA": Policy(PROCTORED, "https://home.pearsonvue.com/cima"),
    # The CAIA candidate handbook: exams scheduled with Pearson VUE, sat at a test centre after
    # a secure check-in.
    "CAIA Association": Policy(
        PROCTORED,
        "https://123docz.net/document/4187554-caia-candidate-handbook-march-2015.htm",
    ),
    # The CFE exam at a Prometric test centre or with ProProctor remote proctoring.
    "ACFE": Policy(
        PROCTORED,
        "https://cms.acfe.com/cfe-credential/about-the-cfe-exam/technical-requirements",
    ),
    # ACA Professional and Advanced Level exams: at an exam centre or by remote invigilation.
    # The IFoA's Fellowship page: admitted on passing the Associate exams, two Specialist
    # technical subjects and one Specialist applications subject, with the work-based skills
    # requirement met; how the exams are supervised is not stated. (Its CPD scheme page makes
    # most members keep a minimum of CPD, but a Fellowship does not lapse in the catalog.)
    "Institute and Faculty of Actuaries": Policy(
        EXAM, "http://www.actuaries.org.uk/becoming-actuary/pages/fellow-membership"
    ),
    "ICAEW": Policy(
        PROCTORED,
        "https://icaew.com/for-current-aca-students/apply-for-exams/exam-applications/"
        "remote-invigilation-professional-and-advanced-level-exams",
    ),
    # "All TPE-level assessments ... are conducted through the online assessment platform using
    # remote invigilation."
    "ICAS": Policy(
        PROCTORED, "https://icas.com/students/student-resources/exam-guidance/tpe-exam-guidance"
    ),
    # ICAI examinations are written at examination centres under room invigilators.
    "ICAI": Policy(
        PROCTORED,
        "https://taxontips.com/icai-issues-guidelines-for-students-appearing-for-july-2021-ca-"
        "exam-in-wake-of-ongoing-pandemic-novel-corona-virus-covid-19",
    ),
    # "Candidates will be supervised in-person at a test centre, while an online proctor will
    # supervise online exam candidates via their webcam."
    "CPA Australia": Policy(
        PROCTORED,
        "https://www.cpaaustralia.com.au/cpa-program/cpa-program-candidates/your-exam/"
        "frequently-asked-questions",
    ),
    # The Common Final Examination is written in person, each candidate with an invigilator.
    "CPA Canada": Policy(
        PROCTORED,
        "https://cpawsb.ca/news/latest-news-blog-posts/"
        "september-2020-common-final-examination-delivery",
    ),
    # CFI designations: every required course, then a timed, automatically graded final exam
    # passed at 70%.
    "Corporate Finance Institute": Policy(
        ASSESSED,
        "https://help.corporatefinanceinstitute.com/article/1003-completing-a-learning-path",
    ),
    # The American College's exams (ChFC among them) at Pearson VUE, or from home through OnVUE
    # with a live proctor.
    "The American College of Financial Services": Policy(
        PROCTORED, "https://home.pearsonvue.com/tac"
    ),
    # CAMS exams at Pearson VUE test centres or with online proctoring.
    "ACAMS": Policy(PROCTORED, "https://www.acams.org/en/resources/online-proctoring"),
    # The nurse aide competency evaluation: a written exam at a proctored test site and a
    # clinical skills exam performed before an evaluator.
    "State Nurse Aide Registry": Policy(
        PERFORMANCE, "https://www.prometric.com/nurse-aide-frequently-asked-questions"
    ),
    # WCC exams at Prometric test centres or by live remote proctoring.
    "NAWCO": Policy(
        PROCTORED, "https://www.nawccb.org/lapsed-credential-frequently-asked-questions"
    ),
    # The AMT candidate handbook: a computer-based certification examination.
    "AMT": Policy(
        EXAM,
        "https://studylib.net/doc/18548445/amt-candidate-handbook---american-medical-technologists",
    ),
    # The CPC exam in person or online, watched by a proctor over a webcam.
    "AAPC": Policy(PROCTORED, "https://cco.us/online-cpc-exam-faq"),
    # NCEES: "All CBT exams are offered at approved Pearson VUE test centers"; the FE has been
    # computer-based since 2014, the PE exams moved to it one discipline at a time.
    "State Board of Professional Engineers": Policy(
        PROCTORED, "https://ncees.org/exams/cbt/", _PE_RENEWAL
    ),
    # The FAA mechanic certificate: knowledge tests, then oral and practical tests given by a
    # Designated Mechanic Examiner, the practical one performing maintenance tasks.
    "FAA": Policy(PERFORMANCE, "https://www.faa.gov/mechanics/become/test_requirements"),
    # Part-66 basic examinations: multiple-choice and essay questions per module, 75% to pass.
    # EASA's FAQ: "The licence itself is valid 5 years from the last renewal"; recent
    # experience keeps the privileges, not the licence, so no continuing education is claimed.
    "EASA": Policy(
        EXAM,
        "https://aviacareers.com/?p=396",
        Renewal(True, "https://www.easa.europa.eu/faq/19023", 60, None),
    ),
    # OSHA: "OSHA-authorized trainers issue student course completion cards to individuals who
    # successfully complete an OSHA Outreach Training Program class ... An OSHA card is not
    # considered a certification or license."
    "OSHA": Policy(COMPLETION, "https://www.osha.gov/node/55206"),
    # PEO: a P.Eng. applicant must attempt the National Professional Practice Exam within 180
    # days of a complete application; the page does not say how it is supervised.
    "Professional Engineers Ontario": Policy(
        EXAM, "https://www.peo.on.ca/apply/become-professional-engineer"
    ),
    # IOSH: every route to Chartered membership is an assessment (a skills portfolio, an open
    # assessment or both), a review of the member's CPD and a peer review interview.
    "IOSH": Policy(
        ASSESSED, "https://iosh.com/get-involved/membership/membership-journey/ipd/routes"
    ),
    # CWNP's exam objectives: "When you pass the CWNA exam ... you earn the CWNA certification";
    # the candidate conduct policy is affirmed "at the time of exam delivery". Supervision is not
    # stated.
    "CWNP": Policy(EXAM, "https://studylib.net/doc/18912197/cwna-exam-objectives"),
    # WorldatWork certification exams at Pearson VUE test centres.
    "WorldatWork": Policy(PROCTORED, "https://www.worldatwork.org/waw/cbt/index.jsp"),
    # IGEM, one of the institutions the Engineering Council licenses to register engineers:
    # every application is a Professional Review against UK-SPEC, for EngTech usually a
    # written assessment of evidence against competence statements, for IEng and CEng a
    # Professional Review Report and a Professional Review Interview.
    "Engineering Council": Policy(
        ASSESSED,
        "https://www.igem.org.uk/membership/professional-registration/"
        "asessing-your-professional-experience/",
    ),
    # The IET admits a Member (MIET) on evidence of graduate-level knowledge, a qualification or
    # a CV checked by its staff, and a supporter's word: no exam or graded work of its own (the
    # degree behind it is a credential of its own). A membership, read as the report reads an
    # Open Badges "membership" achievement.
    "IET": Policy(
        PARTICIPATION, "https://www.theiet.org/membership/types/designatory-letters/tmiet-miet.cfm"
    ),
    # The AusIMM admits a Member (MAusIMM) on "a tertiary qualification and a minimum of
    # three years' experience" (five in later pages), a CV, confirmation of the degree and
    # three corporate members' sponsorship, reviewed by its applications committee: no exam or
    # graded work of its own, a membership as the IET's is.
    "AusIMM": Policy(PARTICIPATION, "http://www.ausimm.com.au/content/default.aspx?ID=540"),
    # The CIPP's full Member grade (MCIPP): "Awarded to individuals qualified to CIPP level 5",
    # or on upgrade with three years' work experience, 12 months' CPD and two of its criteria:
    # no exam or graded work of its own, a membership as the IET's is.
    "Chartered Institute of Payroll Professionals": Policy(
        PARTICIPATION, "https://www.cipp.org.uk/news-publications/news/upgrademembership.html"
    ),
    # CMI's qualified route to Chartered Manager: "Assessment is undertaken either by written
    # submission or professional discussion" on the past 18 months' performance.
    "CMI": Policy(
        ASSESSED,
        "http://www.managers.org.uk/individuals/become-a-member/get-chartered/qualified-route",
    ),
    # MCIPS: the Diploma, Advanced and Professional Diplomas completed "by CIPS assessment or
    # exemption", and three years in a post of responsibility in procurement.
    "CIPS": Policy(ASSESSED, "https://www.cips.org/membership/mcips/upgrade/"),
    # RICS's Assessment of Professional Competence: structured training, a case study and a
    # final assessment interview before assessors.
    "RICS": Policy(
        ASSESSED,
        "https://www.scribd.com/document/712971239/201807-RICS-APC-candidate-guide-February-2024",
    ),
    # APMI: the Advanced Diploma in Retirement Provision, whose units are passed in the PMI's
    # examinations (their supervision is not stated), then three years in pensions.
    "Pensions Management Institute": Policy(
        EXAM, "http://www.pensions-pmi.org.uk/Learning/advanceddiploma/advanceddiplomafaqs.asp"
    ),
}

BY_ENTRY: dict[str, Policy] = {
    # NAR's REALTOR® Institute policy statement: at least 60 hours of instruction, and "all
    # delivery methods … should include an assessment".
    "nar-gri": Policy(
        ASSESSED,
        "https://www.nar.realtor/designations-and-certifications/gri-designation/"
        "realtor-institute-policy-statement/",
    ),
    # "The exam is owned by ASCM … and delivered through Pearson VUE at test centers or via
    # OnVUE online proctoring."
    "ascm-cscp": Policy(
        PROCTORED, "https://open-exam-prep.com/study-guides/cscp/introduction/exam-facts"
    ),
    # ISACA's "Taking the Exam": the CISA, CRISC, CISM and CGEIT exams are administered at PSI
    # testing sites and kiosks, and no one leaves the testing area without a test proctor's
    # approval. Its other credentials keep the issuer's policy.
    **dict.fromkeys(
        ("cisa", "crisc", "cism", "cgeit"),
        Policy(
            PROCTORED, "https://m.isaca.org/certification/pages/taking-the-exam.aspx", ISACA_RENEWAL
        ),
    ),
    # PMI's online proctored testing: the PMP, CAPM, PMI-ACP and PMI-PBA exams are taken at a
    # test centre or online, "and there's even a live proctor".
    **dict.fromkeys(
        ("pmp", "capm", "pmi-acp", "pmi-pba"),
        Policy(
            PROCTORED,
            "https://www.pmi.org/certifications/certification-resources/process/"
            "online-proctored-testing",
        ),
    ),
    # "The exam tests students in their ability to solve problems by building models using
    # TensorFlow": graded by the models' results.
    "tensorflow-developer-certificate": Policy(
        PERFORMANCE, "https://studylib.net/doc/25957116/tf-certificate-candidate-handbook"
    ),
    # A 50-question multiple-choice assessment on Skillshop, passed at 80%.
    "google-analytics-certification": Policy(
        EXAM, "https://www.mauricelargeron.com/debrief-sur-la-certification-google-analytics-4/"
    ),
    # Google Ads assessments: 50 questions in 75 minutes, passed at 80%. Pages disagree on
    # whether Skillshop supervises them, so no supervision is claimed.
    "google-ads-search-certification": Policy(
        EXAM,
        "https://digitalthriveai.com/en-au/resources/paid-advertising/"
        "google-ads-requirements-new-certifications/",
    ),
    # GARP's SCR FAQ: 90 multiple-choice questions in four hours.
    "garp-scr": Policy(EXAM, "https://www.garp.org/scr/frequently-asked-questions"),
    # "Pearson VUE administers the delivery of the computer-based FPAC examination through a
    # network of more than 5,000 test centers."
    "afp-fpac": Policy(PROCTORED, "https://fpacert.afponline.org/exam/development"),
    # APTD and CPTD: at Pearson VUE testing centres or by remote proctoring.
    "atd-aptd": Policy(PROCTORED, "https://www.td.org/certification/aptd/exam"),
    "atd-cptd": Policy(PROCTORED, "https://www.td.org/certification/cptd/apply"),
}
