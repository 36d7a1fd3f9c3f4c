"""Who, besides the issuer, vouches for a credential: accreditation bodies and licensing law.

Each line names the credentials one public page says are accredited, and by whom. Only what
the page says is recorded: a certification the page does not name stays unmarked even where its
siblings are accredited (GIAC, most of PMI and ISC2 await a page that names them).
"""

from __future__ import annotations

ANAB = "ANAB"
NCCA = "NCCA"
ABSNC = "ABSNC"


def _accredited(
    standard: str, body: str, source: str, *ids: str
) -> list[tuple[str, dict[str, str]]]:
    return [(entry_id, {"standard": standard, "body": body, "source": source}) for entry_id in ids]


ACCREDITATIONS: dict[str, dict[str, str]] = dict(
    [
        # CompTIA's exam-development page names the six certifications ANSI accredits.
        *_accredited(
            "iso-17024",
            ANAB,
            "https://certification.comptia.org/testing/test-policies/exam-development",
            "comptia-a-plus",
            "comptia-network-plus",
            "comptia-security-plus",
            "comptia-cysa-plus",
            "comptia-cloud-plus",
            "comptia-securityx",
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "https://www.dummies.com/programming/certification/isc2-cissp-certification/",
            "cissp",
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "https://www.techtarget.com/searchsecurity/definition/Certified-Cloud-Security-Professional-CCSP",
            "isc2-ccsp",
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "https://www.scribd.com/doc/110753350/Cisa-Cism-Cgeit-Crisc-2011-Overview",
            "cisa",
            "cism",
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "https://www.techopedia.com/definition/28616/certified-ethical-hacker-ceh",
            "ceh",
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "https://dokumen.tips/documents/chfi-candidate-handbook-v3-ec-council-forensics-focuses-on-the-digital-domain.html",
            "eccouncil-chfi",
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "https://fdocuments.in/document/cciso-candidate-handbook-v5.html",
            "eccouncil-cciso",
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "http://www.project-associates.co.uk/certifications/",
            "pmp",
        ),
        # The IAPP candidate handbook (2025) gives the CIPP, CIPM and CIPT as ANSI-accredited.
        *_accredited(
            "iso-17024",
            ANAB,
            "https://www.scribd.com/document/851298343/IAPP-Certification-Handbook-Updated",
            "iapp-cipp-e",
            "iapp-cipp-us",
            "iapp-cipm",
            "iapp-cipt",
        ),
        # PECB's personnel certification is accredited under ISO/IEC 17024 by IAS.
        *_accredited(
            "iso-17024",
            "IAS",
            "https://help.pecb.com/index.php/knowledgebase/difference-between-iso-compliance-certification-and-accreditation/",
            "pecb-iso-27001-lead-auditor",
            "pecb-iso-27001-lead-implementer",
        ),
        # HRCI: every HRCI programme is NCCA-accredited (HRCI's own announcement).
        *_accredited(
            "ncca",
            NCCA,
            "https://www.hrci.org/community/blogs-and-announcements/hr-leads-business-blog/hr-leads-business/2017/01/17/hrci-still-the-hr-profession's-only-accredited-hr-certification-programs",
            "hrci-aphr",
            "hrci-phr",
            "hrci-sphr",
            "hrci-gphr",
            "hrci-aphri",
            "hrci-phri",
            "hrci-sphri",
        ),
        *_accredited(
            "ncca",
            NCCA,
            "http://www.aacn.org/wd/certifications/content/consumer-whatiscert.pcms?menu=",
            "aacn-ccrn",
            "aacn-pccn",
        ),
        *_accredited(
            "ncca",
            NCCA,
            "https://nremtdocuments.com/roles-and-responsibilities-nremt",
            "nremt-emt",
            "nremt-aemt",
            "nremt-paramedic",
        ),
        *_accredited("ncca", NCCA, "http://www.ptcb.org/about-ptcb", "ptcb-cpht"),
        *_accredited("ncca", NCCA, "https://www.oncc.org/accred-retired-exams", "oncc-ocn"),
        *_accredited(
            "ncca",
            NCCA,
            "https://www.aama-ntl.org/cma-today/archives/article?id=FE9BCF4A-4840-6A90-A81C-FF00003B2C18",
            "aama-cma",
        ),
        *_accredited(
            "ncca",
            NCCA,
            "http://www.medicalassistantcareerguide.com/glossary/",
            "amt-rma",
        ),
        *_accredited(
            "ncca",
            NCCA,
            "https://practicetestgeeks.com/nha/national-healthcareer-association",
            "nha-cpt",
            "nha-ccma",
        ),
        *_accredited(
            "ncca",
            NCCA,
            "https://auth.cfp.net/news/2015/04/cfp-board-achieves-milestone-with-20th-year-of-ncca-reaccreditation-for-cfp-certification-program",
            "cfp",
        ),
        *_accredited("ncca", NCCA, "http://wocncb.org/about-us/accreditation", "wocncb-cwocn"),
        *_accredited(
            "absnc",
            ABSNC,
            "https://www.bcencertifications.org/About-BCEN/BCEN-Governance.aspx",
            "bcen-cen",
            "bcen-cfrn",
            "bcen-cpen",
        ),
        *_accredited(
            "absnc",
            ABSNC,
            "https://www.onlinefnpprograms.com/resources/glossary-of-common-terms/",
            "ancc-medsurg-bc",
            "ancc-ne-bc",
            "ancc-fnp-bc",
            "ancc-pmhnp-bc",
            "ancc-gerontological-nursing",
            "aanp-fnp-c",
        ),
        *_accredited("absnc", ABSNC, "https://www.msncb.org/About/About-MSNCB", "msncb-cmsrn"),
        # BCEN's announcement that the TCRN earned ABSNC accreditation (2019).
        *_accredited(
            "absnc",
            ABSNC,
            "https://bcen.org/news-releases/bcens-trauma-nursing-certification-earns-accreditation/",
            "bcen-tcrn",
        ),
        # PNCB: "The CPN exam is accredited by the National Commission for Certifying Agencies".
        *_accredited(
            "ncca", NCCA, "https://www.pncb.org/ptistore/control/exams/pn/PNCB", "pncb-cpn"
        ),
        # CCI's own article: CNOR is accredited by NCCA (and ABSNC).
        *_accredited(
            "ncca",
            NCCA,
            "https://credentialinginsights.org/Article/evolving-practices-in-recertification-"
            "the-competency-and-credentialing-institute8217s-cnor-credential-1",
            "cci-cnor",
        ),
        # NCC's presentation of its certification programs: "NCC is accredited by the NCCA".
        *_accredited(
            "ncca",
            NCCA,
            "https://deploy.doczz.net/doc/1966573/catherine-witt--ms--nnp-bc-robin-l.-bissinger--phd--aprn-...",
            "ncc-rnc-ob",
        ),
        # NBRC's FAQ: its credential maintenance meets the NCCA's accreditation standards.
        *_accredited("ncca", NCCA, "http://nbrc.org/Pages/FAQ.aspx", "nbrc-rrt"),
        # Army COOL marks the CND with its ANSI-accredited icon.
        *_accredited(
            "iso-17024", ANAB, "https://www.cool.army.mil/search/CERT_CND8295.htm", "eccouncil-cnd"
        ),
        *_accredited(
            "iso-17024", ANAB, "https://certcompanion.com/exams/ec-council-ecih", "eccouncil-ecih"
        ),
        *_accredited(
            "iso-17024",
            ANAB,
            "https://gcihexam.com/blog/gcih-renewal-requirements-cpe-credits-and-costs-2026",
            "giac-gcih",
        ),
        *_accredited("iso-17024", ANAB, "http://quick-ip-lookup.info/13.40/index.jsp", "isc2-sscp"),
        # SHRM's certification FAQ: "The Buros Center for Testing ... accredited SHRM's
        # certification exams (the SHRM-CP and the SHRM-SCP)", against its Standards for
        # Proprietary Testing.
        *_accredited(
            "buros",
            "Buros Center for Testing",
            "https://shrm.org/certification/FAQs/Pages/faqs-other-questions.aspx?"
            "expandacc=how-long-are-the-exams-how-many-question",
            "shrm-cp",
            "shrm-scp",
        ),
    ]
)


#: Licences: granted by a public authority, required by law to practise.
LICENCES: dict[str, dict[str, str]] = dict(
    [
        *_accredited(
            "licence",
            "state boards of nursing",
            "https://www.nursingschool411.com/license/",
            "rn-licence",
            "lpn-licence",
        ),
        *_accredited(
            "licence",
            "state boards of accountancy",
            "https://nasba.org/exams/becomingacpa/organizations/",
            "us-cpa",
        ),
        *_accredited("licence", "IRS", "https://mc-tax.net/what-is-an-ea/", "irs-enrolled-agent"),
        *_accredited(
            "licence",
            "state securities regulators",
            "https://www.nasaa.org/exams/exam-faqs/",
            "nasaa-series-63",
            "nasaa-series-65",
            "nasaa-series-66",
        ),
        *_accredited(
            "licence", "FINRA", "https://atlascertified.com/glossary/series-7/", "finra-series-7"
        ),
        # NCEES: candidates who pass the FE, meet the education and experience requirements and
        # pass the PE "become eligible for licensure as a professional engineer" by their state.
        *_accredited(
            "licence",
            "state engineering licensing boards",
            "https://ncees.org/ncees-approves-expanding-computer-based-testing-to-pe-ps-exams-at-"
            "2012-annual-meeting/",
            "pe-licence",
        ),
        *_accredited(
            "licence",
            "FAA",
            "https://www.faa.gov/mechanics/become/test_requirements",
            "faa-ap-mechanic",
        ),
        # Annex III (Part-66): each member state designates the competent authority that issues,
        # suspends and revokes aircraft maintenance licences.
        *_accredited(
            "licence",
            "EU member states' aviation authorities",
            "https://www.easa.europa.eu/document-library/easy-access-rules/online-publications/"
            "easy-access-rules-continuing-airworthiness?page=30",
            "easa-part-66",
        ),
    ]
)
