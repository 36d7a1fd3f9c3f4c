"""Typical preparation time, only where the issuer publishes a figure (or a page quotes it).

A required course's length counts (Scrum Alliance's minimum 16-hour courses), as does the
issuer's own estimate of the work a credential represents (freeCodeCamp's 300 hours) or its
survey of candidates (CFA Institute's average study hours). No figure is derived from weeks or
months: "under six months at ten hours a week" is not recorded as hours.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preparation:
    """Hours of preparation and the page that states them."""

    hours: int
    source: str


#: freeCodeCamp's certification settings: ``completionHours`` is 300 for every certification.
_FREECODECAMP = Preparation(
    300,
    "https://github.com/freeCodeCamp/freeCodeCamp/blob/main/shared/config/"
    "certification-settings.ts",
)
#: "Attend a minimum 16-hour A-CSM or A-CSPO course."
_SCRUM_ALLIANCE_ADVANCED = Preparation(
    16,
    "https://support.scrumalliance.org/hc/en-us/articles/"
    "115001680252-How-do-I-earn-the-Advanced-Certified-ScrumMaster-A-CSM-certification-",
)

PREPARATION: dict[str, Preparation] = {
    # NAR's REALTOR® Institute policy statement: "a minimum of 60 hours of instruction".
    "nar-gri": Preparation(
        60,
        "https://www.nar.realtor/designations-and-certifications/gri-designation/"
        "realtor-institute-policy-statement/",
    ),
    # An ASCM partner's FAQ: "On average, we recommend 100 hours of study time to pass each
    # certification exam."
    "ascm-cscp": Preparation(100, "https://www.moore.be/en/moore-supply-chain-academy-faq"),
    **dict.fromkeys(
        (
            "fcc-responsive-web-design",
            "fcc-javascript-algorithms-data-structures",
            "fcc-front-end-development-libraries",
            "fcc-data-visualization",
            "fcc-back-end-development-apis",
            "fcc-relational-database",
            "fcc-scientific-computing-python",
            "fcc-data-analysis-python",
            "fcc-machine-learning-python",
            "fcc-information-security",
        ),
        _FREECODECAMP,
    ),
    **dict.fromkeys(("a-csm", "a-cspo"), _SCRUM_ALLIANCE_ADVANCED),
    # "Attend an in-person, 16-hour course taught by a Certified Scrum Trainer."
    "cspo": Preparation(
        16, "https://cyberbahntas.com/certified-scrum-product-owner-cspo-certification"
    ),
    # OSHA's Outreach Training Program: "10-hour or 30-hour classes", a card only for the
    # whole class with "the minimum number of contact hours".
    "osha-10": Preparation(10, "https://www.osha.gov/node/55206"),
    "osha-30": Preparation(30, "https://www.osha.gov/node/55206"),
    # The Level 5 Associate Diploma: 420 hours of Total Qualification Time across seven units.
    "cipd-level-5-associate-diploma": Preparation(
        420,
        "https://peoplestudypro.com/blog/cipd-level-5-assignments-how-to-structure-your-answers",
    ),
    # The CSM: "a two-day (16 hour) CSM course taught by a Certified Scrum Trainer".
    "csm": Preparation(
        16,
        "http://o3h2.com/2018/11/01/csm-certification-guide-certified-scrummaster-exam-explained/",
    ),
    # PMI's education requirements: 35 hours of project management education for the PMP, 23
    # for the CAPM, 21 contact hours of training in agile practices for the PMI-ACP.
    "pmp": Preparation(
        35, "https://nationalpm.net/pmp-certification/obtaining-and-maintaining-your-certification"
    ),
    "capm": Preparation(
        23, "https://nationalpm.net/pmp-certification/obtaining-and-maintaining-your-certification"
    ),
    "pmi-acp": Preparation(
        21,
        "https://www.greycampus.com/opencampus/agile-certified-practitioner/"
        "pmi-acp-eligibility-criteria",
    ),
    # 42 CFR 483.152: a state-approved nurse aide training programme has no less than 75 clock
    # hours of training, 16 of them supervised practical training (the federal floor; many
    # states require more).
    "cna": Preparation(75, "http://edocket.access.gpo.gov/cfr_2004/octqtr/42cfr483.152.htm"),
    # CFA Institute's candidate survey: 304 hours of study for Level I on average.
    "cfa-level-1": Preparation(
        304, "https://www.cfieducation.in/blogs/are-300-hours-of-study-enough-to-pass-cfa-exam/"
    ),
}
