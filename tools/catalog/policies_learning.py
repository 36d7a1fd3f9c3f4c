"""Assessment policies of course-based credentials: certified courses, life-support cards,
qualifications and online programmes, each from the public page that says how it is passed.

A course is ``completion`` when finishing it (attendance and its activities) earns the
credential, and ``assessed-course`` only where a page names graded work or a test that must be
passed.
"""

from __future__ import annotations

from tools.catalog.policies import (
    AHA_CARD,
    ASSESSED,
    COMPLETION,
    EXAM,
    SCRUM_ALLIANCE_RENEWAL,
    Policy,
    Renewal,
)

#: Scrum Alliance support: the A-CSM and A-CSPO need a minimum 16-hour course, every
#: educator-designed component completed, and 12 months of validated experience. No exam.
_SCRUM_ALLIANCE_ADVANCED = (
    "https://support.scrumalliance.org/hc/en-us/articles/"
    "115001680252-How-do-I-earn-the-Advanced-Certified-ScrumMaster-A-CSM-certification-"
)
_AHA_PEARS = "https://cpr.heart.org/en/courses/pears-course-options"
#: ENA's TNCC/ENPC administrative procedures: a two-day provider course whose verification lasts
#: four years; the course is passed again to keep it.
_ENA = "http://studylib.net/doc/8801419/tncc-enpc-administrative-procedures"
#: CIPD's Experience Assessment: written submissions on recent work, stakeholder feedback and a
#: professional discussion with an assessor, judged against the membership standards.
_CIPD_EXPERIENCE = "https://prod.cipd.org/en/membership/become-a-member/experience-assessment/"
#: A study guide that sets out the CSP-PO's requirements from Scrum Alliance's page (in Japanese):
#: hold the A-CSPO, attend an approved CSP-PO educational offering, complete every component of
#: it including pre- and post-work, accept the licence agreement, and 24 months of Product Owner
#: experience in the last five years. No exam. Second-hand until Scrum Alliance's own page is in
#: the stored corpora.
_CSP_PO = (
    "https://github.com/myoshi2891/Management-Team-Building-Studies/blob/"
    "c5b906815ef5e23daa32661d4c5a938a7133c8b8/app/pages/"
    "csp-po-certified-scrum-professional-product-owner-study-guide.vue"
)

BY_ISSUER: dict[str, Policy] = {
    # Red Cross CPR, AED and first aid programmes "require both written testing and hands-on
    # skills checks".
    "American Red Cross": Policy(
        ASSESSED, "https://222health.com/public-health-safety/cpr/68192.html"
    ),
    # NRP: an online examination before an instructor-led event of hands-on skills and
    # simulation; no provider card until both are done.
    "American Academy of Pediatrics": Policy(
        ASSESSED,
        "http://aap.helpjuice.com/29407-instructor-led-events/"
        "30229-what-is-the-rationale-for-the-online-exam-for-instructors",
    ),
    "ENA": Policy(ASSESSED, _ENA, Renewal(True, _ENA, 48, False)),
}

BY_ENTRY: dict[str, Policy] = {
    **dict.fromkeys(
        ("a-csm", "a-cspo"),
        Policy(COMPLETION, _SCRUM_ALLIANCE_ADVANCED, SCRUM_ALLIANCE_RENEWAL),
    ),
    # The CSP-SM: hold the A-CSM, successfully complete a CSP-SM training, validate 24 months of
    # experience.
    "csp-sm": Policy(
        COMPLETION,
        "https://bilginc.com/be/blog/scrum-certification-explained-i-scrum-master-5446",
        SCRUM_ALLIANCE_RENEWAL,
    ),
    # "The Certification Requirements under a CSPO certification include participation and
    # completion of a CSPO course" (Scrum Alliance's certification rules, IP Australia).
    "cspo": Policy(
        COMPLETION,
        "https://www.ipaustralia.gov.au/tools-resources/certification-rules/1659206",
        SCRUM_ALLIANCE_RENEWAL,
    ),
    # The CSP-PO: like the A-CSPO, an educational offering completed in full, with experience.
    "csp-po": Policy(COMPLETION, _CSP_PO, SCRUM_ALLIANCE_RENEWAL),
    # The CSD: at least five days of formal training, then the CSD exam set by the trainer.
    "csd": Policy(
        ASSESSED,
        "https://platinumedge.com/what-is-a-certified-scrum-developer-csd",
        SCRUM_ALLIANCE_RENEWAL,
    ),
    # PALS: child and infant BLS skills tests, every learning station, a closed-book written exam
    # at 84% or more, and two PALS case scenarios.
    "aha-pals": Policy(
        ASSESSED,
        "https://surefirecpr.com/pals/pals-frequently-asked-questions/",
        AHA_CARD,
    ),
    # The AHA's PEARS page: case discussions, skills stations and skills tests for a course
    # completion card valid for 2 years.
    "aha-pears": Policy(ASSESSED, _AHA_PEARS, Renewal(True, _AHA_PEARS, 24)),
    # Heartsaver: a student "getting certified" is tested one instructor to one student.
    "aha-heartsaver-first-aid-cpr-aed": Policy(
        ASSESSED,
        "https://studylib.net/doc/8471329/heartsaver-cpr-and-or-first-aid-in-the",
        AHA_CARD,
    ),
    # CIPD qualifications are assessed by written assignments against each unit's assessment
    # criteria, not by examination.
    "cipd-level-3-foundation-certificate": Policy(
        ASSESSED, "https://www.cipdassignmentexamples.com/cipd-level-3-assignment-examples"
    ),
    "cipd-level-5-associate-diploma": Policy(
        ASSESSED,
        "https://peoplestudypro.com/blog/cipd-level-5-assignments-how-to-structure-your-answers",
    ),
    "cipd-level-7-advanced-diploma": Policy(
        ASSESSED, "https://cipdassignmenthelp.co.uk/7co03-assignment-example-answers-2025-2026"
    ),
    **dict.fromkeys(
        ("cipd-associate-member", "cipd-chartered-member", "cipd-chartered-fellow"),
        Policy(ASSESSED, _CIPD_EXPERIENCE),
    ),
    # IBM's badge programme, in its founder's words on IBM's own blog: "IBM badges represent
    # resume-worthy activities and our badges require an assessment component". Agile Explorer
    # is one of IBM's learning badges (an introductory Agile course), so it is earned by passing
    # an assessment. Programme-wide, not the badge's own criteria page, which no stored copy has.
    "ibm-agile-explorer": Policy(
        ASSESSED, "https://www.ibm.com/blogs/ibm-training/badges-need-rigor-or-do-they-really/"
    ),
    # The Practitioner badge is earned by completing IBM's self-paced Enterprise Design Thinking
    # course.
    "ibm-enterprise-design-thinking-practitioner": Policy(
        COMPLETION, "https://jchristyliu.com/blog/2019/3/14/ibm-enterprise-design-thinking-course"
    ),
    # edX on every MicroMasters programme: "you must finish all courses/capstones with passing
    # grades (determined by each university) and earn Verified Certificates for each course".
    **dict.fromkeys(
        ("gtx-micromasters-analytics", "ucsdx-micromasters-data-science"),
        Policy(ASSESSED, "https://blog.edx.org/top-4-faq-micromasters-credential"),
    ),
    # CS50W's projects are graded, each passed at 70%, and resubmitted until they pass.
    "harvardx-cs50w": Policy(ASSESSED, "https://cs50.harvard.edu/web/2020/faqs/"),
    # CS50 AI's syllabus: seven projects graded on correctness, design and style.
    "harvardx-cs50ai": Policy(ASSESSED, "https://cs50.harvard.edu/summer/ai/2024/syllabus"),
    # CS50P: "after completing all the exercises and the final project we get the CS50
    # certificate" (a contributor adding CS50P to a list of free certificates; second-hand: no
    # CS50 page on CS50P's certificate is in the stored corpora). CS50's own grader checks each
    # problem and the final project (cs50/problems, branch 2022/python), so the work is graded.
    "harvardx-cs50p": Policy(
        ASSESSED, "https://github.com/avinash201199/Free-courses-with-Certificates/pull/534"
    ),
    # DataCamp's Data Engineer certification: a practical exam (DE101P) whose submitted function
    # "is designed to be executed directly by the evaluator" (a holder's solution repository);
    # DataCamp's study guide, re-hosted by strangers, names the timed exam DE101 before it. An
    # exam, as for the other associate certifications. Second-hand: no DataCamp page of its own
    # on it is in the stored corpora.
    "datacamp-data-engineer-associate": Policy(
        EXAM, "https://github.com/Isma3ilovitch/datacamp-de101p-data-engineering-practical"
    ),
}
