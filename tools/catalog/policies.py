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
    prep_hours: int | None = None
    prep_source: str | None = None


_CKA_TIPS = "https://it.scribd.com/document/393565270/Important-Tips-CKA-CKAD-July-2018"
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
_NURSING_LICENCE = "https://www.nursingschool411.com/license/"
_NCLEX = "https://beta.medicalcareercenter.org/registered-nurse/license"
_NASBA = "https://nasba.org/exams/becomingacpa/organizations/"
_NASAA = "https://www.nasaa.org/exams/exam-faqs/"

BY_ISSUER: dict[str, Policy] = {
    "Amazon Web Services": Policy(
        PROCTORED, "https://unimon.co.th/en/blog/aws-certification-exam-guide"
    ),
    "Microsoft": Policy(
        PROCTORED,
        "https://learn.microsoft.com/en-us/credentials/certifications/online-exams",
        # Renewed each year by a free, unproctored, open-book online assessment.
        Renewal(True, "https://certs.msfthub.wiki/guide/certificationrenewal", 12, False),
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
    "ISC2": Policy(
        PROCTORED,
        "https://www.techtarget.com/searchsecurity/definition/"
        "ISC2-International-Information-Systems-Security-Certification-Consortium",
        Renewal(True, "https://www.cool.osd.mil/army/search/CERT_CCSP6641.htm", 36),
    ),
    "ISACA": Policy(
        EXAM,
        "http://www.tomsitpro.com/articles/isaca-certification-guide,2-1016.html",
        Renewal(
            True,
            "http://www.tomsitpro.com/articles/isaca-certification-guide,2-1016.html",
            36,
            True,
        ),
    ),
    "GIAC": Policy(
        PROCTORED,
        "https://giac.org/exams/proctor/",
        Renewal(True, "https://www.sans-japan.jp/giac/renewal", 48, True),
    ),
    "EC-Council": Policy(
        EXAM,
        "https://www.techopedia.com/definition/28616/certified-ethical-hacker-ceh",
        Renewal(True, "https://www.eccouncil.org/ciso/about-us/maintaining-cciso", 36, True),
    ),
    "IAPP": Policy(
        EXAM,
        "https://studylib.net/doc/8104707/iapp-certification-program-information-handbook",
        Renewal(True, "https://iapp.org/certify/cpe-policy/", 24, True),
    ),
    "HRCI": Policy(
        EXAM,
        "https://www.hrci.org/community/blogs-and-announcements/hr-leads-business-blog/"
        "hr-leads-business/2017/01/17/"
        "hrci-still-the-hr-profession's-only-accredited-hr-certification-programs",
        Renewal(
            True,
            "https://arietiform.com/application/nph-tsq.cgi/en/20/https/www.scribd.com/"
            "document/621860523/Recertification-Handbook",
            36,
            True,
        ),
    ),
    "Project Management Institute": Policy(
        EXAM, "http://www.project-associates.co.uk/certifications/"
    ),
    "NREMT": Policy(EXAM, "https://nremtdocuments.com/roles-and-responsibilities-nremt"),
    "Internal Revenue Service": Policy(
        PROCTORED,
        "https://vasea.org/how-to-become-an-enrolled-agent/",
        Renewal(True, "https://mc-tax.net/what-is-an-ea/", 36, True),
    ),
    "State Board of Accountancy": Policy(PROCTORED, _NASBA),
    "NASAA": Policy(EXAM, _NASAA),
    "State Board of Nursing": Policy(
        PROCTORED, _NCLEX, Renewal(True, _NURSING_LICENCE, None, None)
    ),
    "NCSBN": Policy(PROCTORED, _NCLEX),
}

BY_KIND: dict[tuple[str, str], Policy] = {}

BY_ENTRY: dict[str, Policy] = {
    # The Linux Foundation's administrator, developer and security exams are hands-on tasks
    # on the command line, proctored online.
    **dict.fromkeys(("cka", "ckad"), Policy(PERFORMANCE, _CKA_TIPS)),
    "ccie-enterprise-infrastructure": Policy(
        PERFORMANCE, "https://en.wikipedia.org/wiki/CCIE_certification"
    ),
}
