"""Assessment and renewal policies, each from the public page that states it.

Keys are the catalog's issuer names (``Issuer.name``), ``(issuer, kind)`` pairs, or entry ids.
A page is recorded for what it says and nothing more: a renewal cycle only where the page gives
one, continuing education only where the page names it.
"""

from __future__ import annotations

from dataclasses import dataclass

PERFORMANCE = "performance-exam"
PROCTORED = "proctored-exam"
EXAM = "exam"
UNPROCTORED = "unproctored-exam"
ASSESSED = "assessed-course"
COMPLETION = "completion"
PARTICIPATION = "participation"


@dataclass(frozen=True)
class Renewal:
    """How a credential is kept current; ``months`` None when there is no fixed cycle."""

    required: bool
    source: str
    months: int | None = None
    continuing_education: bool | None = None


@dataclass(frozen=True)
class Policy:
    """What one public page says about how credentials are earned (and, if it says, renewed)."""

    assessment: str
    source: str
    renewal: Renewal | None = None


#: The Linux Foundation's own instructions for the CKA and CKAD: performance-based tasks solved
#: on the command line, proctored remotely.
_CKA_TIPS = "https://docs.linuxfoundation.org/tc-docs/certification/tips-cka-and-ckad"
_COMPTIA_DELIVERY = (
    "https://www.comptia.org/testing/testing-policies-procedures/test-policies/"
    "exam-delivery-policies"
)
_COMPTIA_RENEWAL = Renewal(
    True,
    "https://www.globalknowledge.com/us-en/brands/comptia/comptia-cert-renewal-faqs/",
    36,
    True,
)
_NASBA = "https://nasba.org/exams/becomingacpa/organizations/"
_NASAA = "https://www.nasaa.org/exams/exam-faqs/"
_FINRA_CTP = (
    "http://www.finra.org/Investors/ToolsCalculators/ProfessionalDesignations/"
    "DesignationsListing/DesignationDetails/pc_CTP"
)
#: Coursera's help centre: a Course Certificate needs a passing grade on every required
#: assignment (or the course's passing threshold). Specializations and professional
#: certificates are awarded for the Course Certificates of their courses.
_COURSERA = "https://learner.coursera.help/hc/en-us/articles/209819063"
_COURSERA_ISSUERS = (
    "Google",
    "IBM",
    "Meta",
    "DeepLearning.AI",
    "University of Michigan",
    "Johns Hopkins University",
)
#: Scrum Alliance: after the two-day CSM course, pass the CSM test (37 of 50 questions in 60
#: minutes).
_CSM = (
    "https://www.scrumalliance.org/get-certified/practitioners/csm-certification/"
    "becoming-a-certified-scrummaster%c2%ae"
)
#: ISACA's certifications renew every three years with continuing professional education.
ISACA_RENEWAL = Renewal(
    True, "http://www.tomsitpro.com/articles/isaca-certification-guide,2-1016.html", 36, True
)
#: Scrum Alliance's support centre: a certification is renewed for two more years with Scrum
#: Education Units and a fee (or a new certification course).
SCRUM_ALLIANCE_RENEWAL = Renewal(
    True,
    "https://support.scrumalliance.org/hc/en-us/articles/"
    "360015777971-How-do-I-renew-my-certification",
    24,
    True,
)
_LF_PROCTORED = (
    "https://docs.linuxfoundation.org/tc-docs/certification/lf-candidate-handbook/"
    "candidate-requirements"
)
_AHA = (
    "https://open-exam-prep.com/study-guides/bls-acls/orientation-and-2025-guidelines/"
    "course-completion-cards-and-logistics"
)
#: The AHA's own course card page: each student who successfully completes an AHA ECC course is
#: issued a card whose expiration date is "2 years from the issue date".
AHA_CARD = Renewal(True, "https://cpr.heart.org/en/resources/course-card-information", 24)
#: BCEN's own FAQ: "BCEN exams are offered at PSI testing centers worldwide".

BY_ISSUER: dict[str, Policy] = {
    # AWS's testing policies: checked in at a test centre by its administrator, or online,
    # "connected with a proctor to begin your exam".
    "Amazon Web Services": Policy(
        PROCTORED, "https://aws.amazon.com/certification/policies/during-testing/"
    ),
    "Microsoft": Policy(
        PROCTORED,
        "https://learn.microsoft.com/en-us/credentials/certifications/online-exams",
        # Microsoft Learn's own blog: within six months of a role-based or specialty
        # certification expiring, it is renewed by passing an online assessment, at no cost (no
        # continuing education). The page read gives no cycle, so none is recorded here; the
        # term itself is the entry's validity.
        Renewal(
            True,
            "https://techcommunity.microsoft.com/t5/microsoft-learn-blog/"
            "is-your-certification-expiring-soon-renew-it-for-free-today/ba-p/2150405",
            None,
            False,
        ),
    ),
    "Google Cloud": Policy(
        PROCTORED,
        "https://support.google.com/cloud-certification/answer/9907748",
        Renewal(True, "https://cloud.google.com/certification/faqs/", 24, False),
    ),
    "Red Hat": Policy(
        PERFORMANCE, "https://www.redhat.com/en/blog/tips-passing-red-hat-certification-exams"
    ),
    "Cisco": Policy(
        PROCTORED,
        "https://cisco.com/c/ja_jp/training-events/training-certifications/exam-faq.html",
    ),
    "CompTIA": Policy(PROCTORED, _COMPTIA_DELIVERY),
    # ISC2's computer-based testing FAQ: every ISC2 exam is delivered at approved Pearson VUE
    # testing centres. Its maintenance policy: CPE credits over each three-year certification
    # cycle, and an annual fee.
    "ISC2": Policy(
        PROCTORED,
        "https://www.isc2.org/cbt-faqs.aspx",
        Renewal(True, "https://www.isc2.org/policies-procedures/member-policies", 36, True),
    ),
    "ISACA": Policy(EXAM, ISACA_RENEWAL.source, ISACA_RENEWAL),
    "GIAC": Policy(
        PROCTORED,
        "https://giac.org/exams/proctor/",
        # GIAC: CPE activities count towards renewal "within four years of when your
        # certification was earned or was last renewed".
        Renewal(
            True, "https://www.giac.org/certifications/renewal/community-participation", 48, True
        ),
    ),
    # EC-Council's help centre: "All EC-Council exams are fully proctored", physically or
    # remotely; only an authorised proctor can unlock the exam.
    "EC-Council": Policy(
        PROCTORED,
        "https://eccouncil.zendesk.com/hc/en-us/articles/"
        "205336896-Why-do-i-need-a-proctor-during-my-exam-",
        Renewal(True, "https://www.eccouncil.org/ciso/about-us/maintaining-cciso", 36, True),
    ),
    # IAPP's certification privacy FAQ: its exams are taken at a Pearson VUE testing centre or
    # online with OnVUE's proctored exams.
    "IAPP": Policy(
        PROCTORED,
        "https://iapp.org/about/certification-privacy-faq/",
        Renewal(True, "https://iapp.org/certify/cpe-policy/", 24, True),
    ),
    "HRCI": Policy(
        EXAM,
        "https://www.hrci.org/community/blogs-and-announcements/hr-leads-business-blog/"
        "hr-leads-business/2017/01/17/"
        "hrci-still-the-hr-profession's-only-accredited-hr-certification-programs",
        # HRCI: recertify every three years with 45 or 60 HR-related activities or continuing
        # education programmes (or by retaking the exam).
        Renewal(True, "https://www.hrci.org/recertification/recertify-by-credit", 36, True),
    ),
    "Project Management Institute": Policy(
        EXAM, "http://www.project-associates.co.uk/certifications/"
    ),
    "Internal Revenue Service": Policy(
        PROCTORED,
        "https://vasea.org/how-to-become-an-enrolled-agent/",
        Renewal(True, "https://mc-tax.net/what-is-an-ea/", 36, True),
    ),
    "State Board of Accountancy": Policy(PROCTORED, _NASBA),
    # NASAA's Series 63, 65 and 66 are delivered by FINRA through Prometric, at a test centre
    # or with a remote proctor.
    "NASAA": Policy(
        PROCTORED,
        "https://www.finra.org/registration-exams-ce/qualification-exam/online-test-delivery-faqs",
    ),
    "Salesforce": Policy(
        PROCTORED, "https://help.salesforce.com/apex/HTViewSolution?id=000186542&language=en_US"
    ),
    "PeopleCert": Policy(
        PROCTORED,
        "http://www.peoplecert.org/en/Candidates/Candidates_FAQs/Online_Proctoring/Pages/"
        "Online_Proctoring_FAQs.aspx",
    ),
    # "Certification is never awarded based solely on passing an online exam ... must always
    # be paired with a proctored exam."
    "Oracle": Policy(
        PROCTORED, "http://education.oracle.com/pls/web_prod-plq-dad/db_pages.getpage?page_id=58"
    ),
    "The Linux Foundation": Policy(PROCTORED, _LF_PROCTORED),
    "OffSec": Policy(
        PROCTORED, "https://help.offsec.com/hc/en-us/sections/360008126631-Proctored-Exams"
    ),
    # SAFe exams follow the course: online multiple choice, closed book, without a proctor;
    # renewed each year with ten hours of continuing education.
    "Scaled Agile": Policy(
        UNPROCTORED,
        "https://drvieweg.net/faq-about-safe-certificatio/",
        Renewal(True, "https://www.scaledagile.com/certification-faqs/", 12, True),
    ),
    "HashiCorp": Policy(
        PROCTORED,
        "https://www.hashicorp.com/certification/",
        Renewal(True, "https://www.hashicorp.com/certification/terraform-associate/", 24, False),
    ),
    "GitHub": Policy(
        PROCTORED,
        "https://docs.github.com/en/enterprise-cloud@latest/get-started/"
        "showcase-your-expertise-with-github-certifications/"
        "registering-for-a-github-certifications-exam",
    ),
    "Snowflake": Policy(PROCTORED, "https://training.snowflake.com/SnowProOnlineTesting"),
    # Databricks' exam policy: exams are taken on site through Kryterion or online proctored.
    "Databricks": Policy(
        PROCTORED,
        "https://databricks.com/training/certified-spark-developer/exam-policy-and-guidelines",
    ),
    "CFA Institute": Policy(
        PROCTORED, "https://www.cfainstitute.org/en/programs/cfa/exam/computer-based-exams"
    ),
    # "All certifications require at least one proctored exam."
    "VMware": Policy(PROCTORED, "https://vinfrastructure.it/2018/10/30/"),
    # "Pass one (or more) proctored exams": the MITx MicroMasters credentials.
    "MITx": Policy(PROCTORED, "https://micromasters.mit.edu/"),
    "CFP Board": Policy(EXAM, "https://www.ccadvisors.com/Accreditations"),
    "ASQ": Policy(PROCTORED, "https://www.asq.org/cert/faq/prometric-experience"),
    "ISTQB": Policy(PROCTORED, "https://isqi.org/en/content/32-istqb"),
    "Juniper Networks": Policy(PROCTORED, "http://atozcenter.info/onvue-144.html"),
    # LPI's own pages: its exams are sat at Pearson VUE test centres or through Pearson VUE's
    # OnVUE system from home (Linux Essentials, LPIC-1, LPIC-2, LPIC-3), where, LPI's
    # announcement says, an online proctor greets the candidate (see BY_ENTRY for the two it
    # names).
    "Linux Professional Institute": Policy(PROCTORED, "https://lpi.org/de/coronavirus"),
    # The IIA's candidate handbook: exams are scheduled with Pearson VUE and sat after checking
    # in at a test centre.
    "The Institute of Internal Auditors": Policy(
        PROCTORED,
        "https://preprod.theiia.org/en/content/certifications/certification-candidate-handbook",
    ),
    "Institute of Management Accountants": Policy(
        PROCTORED, "https://www.prometric.com/test-takers/search/icma"
    ),
    "SHRM": Policy(
        PROCTORED,
        "https://www.shrm.org/certification/apply/Pages/testing-options.aspx",
        Renewal(
            True,
            "https://shrm.org/certification/about/Pages/The-SHRM-Certification-Process.aspx",
            36,
            True,
        ),
    ),
    "FINRA": Policy(
        PROCTORED, "https://www.finra.org/registration-exams-ce/qualification-exams/schedule-exam"
    ),
    # Every project is graded by a reviewer against its rubric; a Nanodegree needs them all.
    "Udacity": Policy(
        ASSESSED,
        "https://udacity.zendesk.com/hc/en-us/articles/208403736-How-does-grading-work-at-Udacity-",
    ),
    # Scrum.org: "we do not require that you take the assessment at a proctored testing center or
    # require you to enable your webcam"; its certifications do not expire.
    "Scrum.org": Policy(
        UNPROCTORED,
        "https://www.scrum.org/support/standard-conduct-assessments",
        Renewal(False, "https://scrum-exams.info/general-exam-info/"),
    ),
    # ServiceNow mainline exams: onsite at a Kryterion testing center or online proctored.
    "ServiceNow": Policy(
        PROCTORED,
        "https://trycatchblog.com/ranjith/csa-cad-cis-delta-exam-in-webassessor-servicenow/",
    ),
    # Palo Alto Networks: "hosted and proctored by a third-party testing company, Kryterion".
    "Palo Alto Networks": Policy(
        PROCTORED, "https://paloaltonetworks.cn/services/education/cnse-faq.html"
    ),
    # Splunk's certifications are delivered via Pearson VUE.
    "Splunk": Policy(
        PROCTORED, "https://certquests.com/news/splunk-core-certified-power-user-2026/"
    ),
    # SAS exams are administered by SAS and Pearson VUE.
    "SAS": Policy(PROCTORED, "https://analyticsexam.com/faq/sas-certification"),
    # Tableau: "Proctored exam delivered onsite at a Pearson VUE testing center or in an online
    # proctored environment".
    "Tableau": Policy(
        PROCTORED,
        "https://www.tableau.com/zh-tw/learn/certification/tableau-desktop-specialist-exam-guide",
    ),
    # freeCodeCamp certifications are claimed with five required projects, checked on the
    # honour system (projects are not reviewed before the certification is granted).
    "freeCodeCamp": Policy(
        COMPLETION,
        "https://forum.freecodecamp.org/t/how-does-freecodecamp-decide-certificate-validity/315986",
    ),
}

BY_KIND: dict[tuple[str, str], Policy] = {
    (issuer, kind): Policy(ASSESSED, _COURSERA)
    for issuer in _COURSERA_ISSUERS
    for kind in ("course", "specialization", "professional-certificate")
}

BY_ENTRY: dict[str, Policy] = {
    # LPI's announcement of online testing: Linux Essentials and LPIC-1 through Pearson VUE's
    # OnVUE, with an online proctor who speaks English.
    **dict.fromkeys(
        ("lpi-linux-essentials", "lpic-1"),
        Policy(
            PROCTORED,
            "https://www.lpi.org/ja/articles/linux-professional-institute-offer-online-testing",
        ),
    ),
    # CS50's own FAQ: a CS50x certificate needs a score of at least 70% on every required
    # problem of the nine problem sets and on the final project.
    "harvardx-cs50x": Policy(
        ASSESSED,
        "https://github.com/cs50/cs50.readthedocs.io/blob/"
        "9a03cf6234ef56cd52329b8103069cbb70052b9b/_pages/cs50x/faqs/index.md",
    ),
    # The RITx MicroMasters in Cybersecurity ends with a required capstone.
    "ritx-micromasters-cybersecurity": Policy(
        ASSESSED, "https://wiki.rit.edu/pages/viewpage.action?pageId=139591774"
    ),
    # DataCamp's certification overview, as a holder quotes it: a Data Scientist or Data Analyst
    # certification is measured "through timed exams and a practical exam based on scenarios".
    # (The Data Analyst Associate once cited a holder's Professional Data Analyst certificate
    # page: DataCamp's own domain, but another credential.) No DataCamp page of its own on the
    # associate certifications is in the stored corpora; second-hand until one is found.
    **dict.fromkeys(
        ("datacamp-data-analyst-associate", "datacamp-data-scientist-associate"),
        Policy(
            EXAM,
            "https://github.com/craigtrupp/data_analysis_projects/blob/main/"
            "DataCamp_Certificate_Projects/DCamp_Certification.md",
        ),
    ),
    # The SQL Associate is awarded for both a timed exam on theory and analysis and a practical
    # exam on a business problem.
    "datacamp-sql-associate": Policy(
        EXAM, "https://www.certkiller.com/blog/understanding-the-new-sql-associate-certification"
    ),
    "pcep": Policy(EXAM, "https://pythoninstitute.org/pcep-testing-policies/"),
    # PCAP and PCPP1 are sat at a Pearson VUE test centre or with OnVUE online proctoring.
    **dict.fromkeys(
        ("pcap", "pcpp1"),
        Policy(PROCTORED, "https://pythoninstitute.org/pvue-testing-policies/"),
    ),
    # The FRM exam parts are sat at exam centres, under a proctor.
    **dict.fromkeys(
        ("frm", "frm-part-1", "frm-part-2"),
        Policy(PROCTORED, "https://www.frm.cn/frmdt/3679.html"),
    ),
    # The Base Programming exam is performance-based: practical questions open a remote SAS lab.
    "sas-base-programming-specialist": Policy(
        PERFORMANCE,
        "https://open-exam-prep.com/blog/sas-certified-specialist-base-programming-exam-guide-2026",
    ),
    # The Linux Foundation's administrator, developer and security exams are hands-on tasks
    # on the command line, proctored online.
    **dict.fromkeys(("cka", "ckad"), Policy(PERFORMANCE, _CKA_TIPS)),
    "cks": Policy(
        PERFORMANCE,
        "https://sysnet4admin.gitbook.io/cncf/cloud-native/kubernetes-k8s/certification/cka-ckad-cks",
    ),
    "lfcs": Policy(
        PERFORMANCE,
        "https://docs.linuxfoundation.org/tc-docs/certification/instructions-lfcs-and-lfce",
    ),
    # Every CCIE track ends in a hands-on lab exam.
    **dict.fromkeys(
        (
            "ccie-enterprise-infrastructure",
            "ccie-enterprise-wireless",
            "ccie-security",
            "ccie-data-center",
            "ccie-service-provider",
            "ccie-collaboration",
        ),
        # Cisco's Learning Network: a CCIE needs the written exam and the practical lab exam,
        # sat at a Cisco lab location.
        Policy(
            PERFORMANCE,
            "https://learningnetwork.cisco.com/blogs/certifications-and-labs-delivery/2015/05/01/"
            "a-day-in-the-lab-knowing-what-to-expect-for-your-ccie-exam",
        ),
    ),
    # The OSCP exam: a proctored 24-hour hands-on penetration test of an exam network.
    **dict.fromkeys(
        ("oscp", "oscp-plus"),
        Policy(
            PERFORMANCE,
            "https://web443.com/oscp-offensive-security-certified-professional-study-guide-"
            "and-resources/exam-structure-and-scoring-system.html",
        ),
    ),
    "jncie-ent": Policy(
        PERFORMANCE,
        "https://juniper-training.zendesk.com/hc/en-us/articles/"
        "360055584134-Remote-Lab-Exam-Frequently-Asked-Questions",
    ),
    # The CSM: a two-day course by a Certified Scrum Trainer, then a 50-question test.
    "csm": Policy(ASSESSED, _CSM, SCRUM_ALLIANCE_RENEWAL),
    # FINRA's designation listing: a proctored, closed-book computer-based exam; 36 credits every
    # three years.
    "afp-ctp": Policy(PROCTORED, _FINRA_CTP, Renewal(True, _FINRA_CTP, 36, True)),
    # BLS and ACLS: hands-on skills stations and a written exam (84%); a card lasts two years.
    **dict.fromkeys(
        ("aha-bls", "aha-acls"),
        Policy(ASSESSED, _AHA, AHA_CARD),
    ),
}
