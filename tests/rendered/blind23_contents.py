"""blind-23's other four people (a dog groomer in Hamilton, Bermuda, a ramp agent in Nadi, a
hotel housekeeping supervisor in Grand Baie, a glacier and tour guide in Reykjavík), the group's
list of contents and the words its layouts share.

Made in session 17 by a helper (a23) who never read the extractor nor its tests; see
``blind23_people.py`` for what is and is not a claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.rendered.blind23_people import APPRENTICE, CARE, CREDLY, DENTAL, SCAFFOLDER
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import month

GROOMER = Content(
    key="b23-groomer-bermuda",
    name="Shaniqua Outerbridge",
    post_nominals=("NCMG",),
    headline="Dog Groomer and Salon Owner",
    email="shaniqua@example.bm",
    phone="+1 441 555 0126",
    location="Hamilton, Bermuda",
    summary=(
        "Dog groomer for eleven years and owner of a two-table salon since 2021: breed trims, "
        "hand-scissoring, de-shedding and gentle handling of anxious and senior dogs. Enrolled "
        "on the iPET Network Level 4 Diploma in Canine Styling, unit 2 of 6."
    ),
    employer="Paws on Front Street Grooming",
    role="Owner and Lead Groomer",
    bullets=(
        "Groom 25-30 dogs a week; 70% of clients rebook within six weeks.",
        "Stock only shampoos certified by Cruelty Free International (Leaping Bunny).",
        "Watched a hand-scissoring demonstration at Groom Expo 2025 in Hershey, PA.",
    ),
    credentials=(
        Credential(
            title="Level 3 Diploma for Professional Dog Groomers",
            issuer="City & Guilds",
            short="C&G Level 3",
            issued_on="2016-07",
            credential_id="TQK7204",
        ),
        Credential(
            title="National Certified Master Groomer (NCMG)",
            issuer="National Dog Groomers Association of America",
            short="NCMG",
            issued_on="2022-10",
            credential_id="4187",
        ),
        Credential(
            title="Cat and Dog First Aid",
            issuer="American Red Cross",
            short="Pet First Aid",
            issued_on="2024-04",
            expires_on="2026-04",
            credential_id="01RKQ7M",
            url="https://www.redcross.org/take-a-class/qrcode?certnumber=01RKQ7M",
        ),
        Credential(
            title="Fear Free Certified Professional – Groomer",
            issuer="Fear Free Pets",
            short="Fear Free",
            issued_on="2023-01",
            expires_on="2024-01",
            url="https://www.credential.net/9d04c6e3-5a1f-47b2-8e3c-2f6b0a7d91e8",
        ),
        Credential(
            title="Small Business Start-Up Certificate",
            issuer="Bermuda Economic Development Corporation",
            short="BEDC Start-Up",
            issued_on="2021",
        ),
    ),
    section_negatives=(
        "iPET Network Level 4 Diploma in Canine Styling: enrolled, unit 2 of 6",
        "NDGAA Certified Master Groomer, Sporting group: written exam booked for March 2027",
    ),
    skills=(
        "Breed-standard trims",
        "Hand-scissoring",
        "De-shedding",
        "Nail and dental care",
        "Anxious dog handling",
        "Gingr booking",
    ),
)

RAMP = Content(
    key="b23-rampagent-nadi",
    name="Sairusi Naivalu",
    post_nominals=(),
    headline="Ramp Agent / Loading Supervisor",
    email="sairusi.naivalu@example.com.fj",
    phone="+679 992 4471",
    location="Nadi, Fiji",
    summary=(
        "Ramp agent for nine years at Nadi International: loading and unloading narrow and wide "
        "bodies, pushback, baggage make-up and load sheets for regional flights. Two of the four "
        "courses of the IATA Ground Operations Diploma completed."
    ),
    employer="Pacific Ground Handling Services",
    role="Ramp Supervisor",
    bullets=(
        "Supervise turnarounds for A330, A350 and B737 MAX flights; 98.6% on-time departures.",
        "The company holds IATA ISAGO registration; I keep the shift's GSE checklist records.",
        "Sat in on an ATR 72 de-icing awareness session during a 2024 regional training week.",
    ),
    credentials=(
        Credential(
            title="Airside Driving Permit",
            issuer="Airports Fiji Limited",
            short="ADP",
            issued_on="2025-05",
            expires_on="2027-05",
            credential_id="ADP-30972",
        ),
        Credential(
            title="Dangerous Goods Regulations – Category 8 (Ramp)",
            issuer="IATA",
            short="IATA DGR Cat 8",
            issued_on="2024-08",
            expires_on="2026-08",
            credential_id="6193-DGR8",
        ),
        Credential(
            title="Airline Load Control and Weight & Balance",
            issuer="IATA",
            short="Load Control",
            issued_on="2022-03",
            url=CREDLY.format("c2e84f17-9a36-4b5d-8f01-7d3e6a2b9c54"),
        ),
        Credential(
            title="Standard First Aid",
            issuer="Fiji Red Cross Society",
            short="First Aid",
            issued_on="2025-02",
            expires_on="2028-02",
            credential_id="FRCS-25-0412",
        ),
        Credential(
            title="Driver's Licence – Class 2 and 4",
            issuer="Land Transport Authority Fiji",
            short="Licence Class 2/4",
            issued_on="2012",
        ),
    ),
    section_negatives=(
        "IATA Ground Operations Diploma: 2 of 4 courses completed",
        "Aircraft pushback instructor course: nominated by the company, dates to be confirmed",
    ),
    skills=(
        "Turnaround coordination",
        "Load sheets",
        "Pushback and towing",
        "ULD build-up",
        "Dangerous goods acceptance",
        "Fijian / English / Hindi",
    ),
)

HOUSEKEEPING = Content(
    key="b23-housekeeping-mauritius",
    name="Anjali Ramgoolam",
    post_nominals=("CHHE",),
    headline="Executive Housekeeping Supervisor",
    email="anjali.ramgoolam@example.mu",
    phone="+230 5729 4410",
    location="Grand Baie, Mauritius",
    summary=(
        "Housekeeping supervisor with twelve years in four- and five-star resorts: room "
        "inspections, linen and laundry, public areas and a team of 28 room attendants. The AHLEI "
        "Certified Hospitality Supervisor exam is booked for March 2027."
    ),
    employer="Lagon Bleu Beach Resort & Spa",
    role="Housekeeping Supervisor",
    bullets=(
        "Inspect 120 rooms a day across three villas blocks; guest cleanliness score 96%.",
        "The resort holds Green Key and Travelife Gold certification; I run linen reuse.",
        "Attended a chemical dosing workshop given by the resort's cleaning-products supplier.",
    ),
    credentials=(
        Credential(
            title="National Certificate Level 3 in Housekeeping Operations",
            issuer="Mauritius Institute of Training and Development (MITD)",
            short="NC3 Housekeeping",
            issued_on="2014-12",
            credential_id="MITD/NC3/14/0877",
        ),
        Credential(
            title="Certified Guest Service Professional (CGSP)",
            issuer="American Hotel & Lodging Educational Institute (AHLEI)",
            short="CGSP",
            issued_on="2021-03",
            url=CREDLY.format("5f19b3a7-2c84-4e6d-9b70-1a8e4c6d2f35"),
        ),
        Credential(
            title="Food Hygiene Certificate",
            issuer="Ministry of Health and Wellness, Mauritius",
            short="Food Hygiene",
            issued_on="2023-06",
            expires_on="2025-06",
            credential_id="FH-23-10448",
        ),
        Credential(
            title="Fire Warden Training",
            issuer="Government Fire and Rescue Service",
            short="Fire Warden",
            issued_on="2024",
        ),
        Credential(
            title="Microsoft Office Specialist: Excel Associate (Office 2019)",
            issuer="Microsoft",
            short="MOS Excel",
            issued_on="2022-09",
            url=CREDLY.format("8a6d2e40-3f7b-49c1-b5e8-6c0d1f9a4b27"),
        ),
    ),
    section_negatives=(
        "Certified Hospitality Supervisor (CHS), AHLEI: exam booked for March 2027",
        "Diploma in Hospitality Management (Université des Mascareignes): year 1 in progress",
    ),
    skills=(
        "Room inspection",
        "Opera PMS",
        "Linen and laundry control",
        "Rostering",
        "Team training",
        "English / French / Kreol",
    ),
    post_nominal_claims=(
        Credential(
            title="Certified Hospitality Housekeeping Executive (CHHE)",
            issuer="American Hotel & Lodging Educational Institute (AHLEI)",
            short="CHHE",
        ),
    ),
)

GUIDE = Content(
    key="b23-guide-reykjavik",
    name="Guðrún Ósk Einarsdóttir",
    post_nominals=(),
    headline="Glacier and Tour Guide",
    email="gudrun.einarsdottir@example.is",
    phone="+354 861 4402",
    location="Reykjavík, Iceland",
    summary=(
        "Glacier and day-tour guide for nine seasons: Sólheimajökull glacier walks, ice caves "
        "in winter and Golden Circle tours in English, German and Icelandic. Working towards "
        "the AIMG Glacier Guide 3 assessment."
    ),
    employer="Jökull Adventures ehf.",
    role="Senior Glacier Guide",
    bullets=(
        "Lead groups of up to 12 on glacier walks and ice-climbing intros, 160 days a season.",
        "The company holds Vakinn quality certification; I write its glacier risk assessments.",
        "Joined an ICE-SAR crevasse rescue demonstration day in 2024.",
    ),
    credentials=(
        Credential(
            title="Glacier Guide 1",
            issuer="Association of Icelandic Mountain Guides (AIMG)",
            short="AIMG GG1",
            issued_on="2018-05",
            credential_id="GG1-0412",
        ),
        Credential(
            title="Glacier Guide 2",
            issuer="Association of Icelandic Mountain Guides (AIMG)",
            short="AIMG GG2",
            issued_on="2020-04",
            credential_id="GG2-0219",
        ),
        Credential(
            title="Wilderness First Responder (WFR)",
            issuer="NOLS Wilderness Medicine",
            short="WFR",
            issued_on="2023-03",
            expires_on="2026-03",
            credential_id="2303-77104",
        ),
        Credential(
            title="Driving Licence – Category D1 (minibus)",
            issuer="Icelandic Transport Authority (Samgöngustofa)",
            short="D1 licence",
            issued_on="2016",
        ),
        Credential(
            title="Certified Tour Guide",
            issuer="Leiðsöguskólinn, Menntaskólinn í Kópavogi",
            short="Tour Guide",
            issued_on="2015-12",
        ),
    ),
    section_negatives=(
        "AIMG Glacier Guide 3: working towards the assessment, summer 2027",
        "Avalanche Safety Training Level 2: course booked for January 2027",
    ),
    skills=(
        "Glacier travel",
        "Crevasse rescue",
        "Group management",
        "Trip risk assessment",
        "Icelandic / English / German",
        "D1 minibus",
    ),
)

BLIND23_CONTENTS: tuple[Content, ...] = (
    DENTAL,
    APPRENTICE,
    CARE,
    SCAFFOLDER,
    GROOMER,
    RAMP,
    HOUSEKEEPING,
    GUIDE,
)


@dataclass(frozen=True)
class Extra:
    """What a résumé holds besides ``Content``: the month the current job began, an earlier
    job (title, employer, years) and the education."""

    since: str
    earlier: tuple[str, str, str]
    education: tuple[str, ...]


EXTRAS: dict[str, Extra] = {
    DENTAL.key: Extra(
        "2020-03", ("Trainee Dental Nurse", "Bon Accord Dental Practice", "2015 – 2020"),
        ("Highers (4), Hazlehead Academy, Aberdeen, 2014",)),
    APPRENTICE.key: Extra(
        "2023-09", ("General Operative", "Mid-West Groundworks", "2021 – 2023"),
        ("Leaving Certificate, Ardscoil Rís, Limerick, 2021",)),
    CARE.key: Extra(
        "2018-04", ("Home Support Worker", "Northwood Homecare", "2016 – 2018"),
        ("Continuing Care Assistant program, NSCC Institute of Technology Campus, 2016",)),
    SCAFFOLDER.key: Extra(
        "2019-01", ("Scaffolder", "Al Hassan Engineering, Muscat", "2014 – 2018"),
        ("ITI Fitter trade certificate, Government ITI Kalamassery, 2011",)),
    GROOMER.key: Extra(
        "2021-04", ("Dog Groomer", "Island Pet Spa", "2015 – 2021"),
        ("Bermuda College, Associate of Arts, 2014",)),
    RAMP.key: Extra(
        "2021-08", ("Ramp Agent", "Pacific Ground Handling Services", "2017 – 2021"),
        ("Certificate IV in Aviation (Ground Operations), Fiji National University, 2017",)),
    HOUSEKEEPING.key: Extra(
        "2018-10", ("Room Attendant, then Floor Supervisor", "Le Coin de Mire Hotel",
                    "2012 – 2018"),
        ("Higher School Certificate, Queen Elizabeth College, Rose-Hill, 2011",)),
    GUIDE.key: Extra(
        "2019-05", ("Tour Guide", "Reykjavík Day Tours", "2016 – 2019"),
        ("BA in Geography, University of Iceland, 2015",)),
}  # fmt: skip

#: The month the résumés were written in: an expiry before it is written as lapsed.
NOW = "2026-12"

#: Each person's way of writing a month, by their place in the list (``layout.month`` styles).
_STYLES = ("mon", "full", "slash", "mon.", "full", "dot", "mon", "slash")


def lapsed(credential: Credential) -> bool:
    return bool(credential.expires_on) and str(credential.expires_on) < NOW


def index_of(content: Content) -> int:
    return [c.key for c in BLIND23_CONTENTS].index(content.key)


def style_of(content: Content, offset: int = 0) -> str:
    return _STYLES[(index_of(content) + offset) % len(_STYLES)]


def section_name(content: Content, offset: int) -> str:
    names = ("Certifications", "Licences & Tickets", "Qualifications", "Certificates",
             "Licenses & Certifications", "Training and Certificates", "Accreditations",
             "Professional Qualifications")  # fmt: skip
    return names[(index_of(content) + offset) % len(names)]


def id_label(held: Credential) -> str:
    """How the résumé names a credential's number: a registration's, a card's, a licence's."""
    if "Registration" in held.title:
        return "Reg. no."
    if "Licence" in held.title or "Permit" in held.title:
        return "Licence no."
    if "Aid" in held.title or "CISRS" in held.title or "IRATA" in held.title:
        return "Card no."
    if "Safe Pass" in held.title or "PAL" in held.title:
        return "Card no."
    return "Certificate no."


def when(held: Credential, style: str, *, issued: str = "", expiry: str = " – ") -> str:
    """The dates as a person writes them: "Mar 2024 – Mar 2027", "Mar 2021 – Mar 2024
    (expired)", or the issue date alone, after ``issued`` ("Issued ")."""
    text = issued + month(held.issued_on, style)
    if held.expires_on:
        text += expiry + month(held.expires_on, style)
        if lapsed(held):
            text += " (expired)"
    return text
