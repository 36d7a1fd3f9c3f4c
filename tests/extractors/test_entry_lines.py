"""The lines of an entry read by what they say: a labelled issuer, a link's bare text, a name
that ends in a dash, a heading under two columns, the letters after a name."""

from __future__ import annotations

from extractors import Claim, Document, Line, Link, Page, extract, load_catalog
from extractors.analysis import claim_lines
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.sections import Section
from tests.extractors.documents import pdf

_RECORD = "https://www.credly.com/badges/3c1d9e70-5a2b-4f8e-b61d-7e0a4c9f2b15/public_url"


def _claims(*lines: str | tuple[str, str]) -> list[Claim]:
    """Claims of a credentials section; a ``(text, url)`` line is the visible text of a link."""
    claim_lines = []
    for index, line in enumerate(lines):
        text, links = (
            (line, ()) if isinstance(line, str) else (line[0], (Link(url=line[1], text=line[0]),))
        )
        claim_lines.append(
            ClaimLine(index=index, text=text, page=1, section=Section.CREDENTIALS, links=links)
        )
    return finder_for(load_catalog().entries).find(claim_lines)


def test_a_labelled_issuer_is_the_issuer_and_its_acronym_opens_no_entry() -> None:
    claims = _claims(
        "Certified Information Systems Auditor (CISA)",
        "Issuing body: ISACA",
        "Valid since March 2019",
        "Certificate number 19077321",
        "Tower Crane Operator Licence",
        "Awarding body: Northern Plant Training Council",
        "Valid June 2020 until June 2025",
    )

    assert [(c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on) for c in claims] == [
        ("Certified Information Systems Auditor", "ISACA", "19077321", "2019-03", None),
        (
            "Tower Crane Operator Licence",
            "Northern Plant Training Council",
            None,
            "2020-06",
            "2025-06",
        ),
    ]


def test_a_line_of_link_text_that_names_no_credential_is_its_entrys_link() -> None:
    claims = _claims(
        "Certified Ethical Hacker (CEH)",
        "EC-Council, 2021",
        ("Online record", _RECORD),
        "Certified ScrumMaster (CSM)",
        "Scrum Alliance, 2019",
    )

    assert [(c.title, c.url) for c in claims] == [
        ("Certified Ethical Hacker", _RECORD),
        ("Certified ScrumMaster", None),
    ]


def test_a_name_ending_in_a_dash_goes_on_in_the_next_line() -> None:
    finder = finder_for(load_catalog().entries)

    assert not finder.separate_items("AWS Certified Solutions Architect –", "Professional")
    assert finder.separate_items("AWS Certified Solutions Architect", "Certified ScrumMaster")


def test_a_name_whole_on_its_first_line_still_goes_on_when_a_longer_name_spans_both() -> None:
    finder = finder_for(load_catalog().entries)

    assert not finder.separate_items("Basic Life Support", "for Healthcare Providers")
    assert finder.separate_items("Basic Life Support", "Certified ScrumMaster")


def test_a_heading_at_the_foot_of_a_column_heads_the_grid_under_both_columns() -> None:
    # A banner, a main column and a narrower aside, then a grid of credentials across the page;
    # the grid's heading sits at the main column's margin, below everything in the aside.
    cards = "".join(
        f"<div><p><b>{title}</b></p><p class='f'>Issuing body: {issuer}</p>"
        f"<p class='f'>Valid since {since}</p></div>"
        for title, issuer, since in (
            ("Certified in Risk and Information Systems Control (CRISC)", "ISACA", "May 2021"),
            ("Advanced Rope Access Technician Certificate", "IRATA International", "2018"),
        )
    )
    body = (
        "<div class='page'><div class='banner'><h1>Ines Duarte</h1>"
        "<p>ines.duarte@example.net</p></div>"
        "<div class='main'><h2>Experience</h2>"
        + "".join(
            f"<p>Inspected wind turbine blades at site {n} for the owner.</p>" for n in range(6)
        )
        + "</div><div class='aside'><h2>Education</h2><p>BEng Civil Engineering, University of"
        " Porto</p><h2>Skills</h2><p>Rope access, drone survey, composite repair</p></div>"
        f"<div class='certs'><h2>Accreditations</h2><div class='grid'>{cards}</div></div></div>"
    )
    css = (
        ".page { display: grid; grid-template-columns: 2fr 1fr; column-gap: 14pt;"
        " grid-template-areas: 'banner banner' 'main aside' 'certs certs'; }"
        " .banner { grid-area: banner; } .main { grid-area: main; } .aside { grid-area: aside; }"
        " .certs { grid-area: certs; } .grid { display: grid; grid-template-columns: 1fr 1fr;"
        " column-gap: 16pt; } .f { margin-left: 10pt; }"
    )

    claims = extract(pdf(body, css), "cv.pdf").claims

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Certified in Risk and Information Systems Control", "ISACA", "2021-05"),
        ("Advanced Rope Access Technician Certificate", "IRATA International", "2018"),
    ]


def test_letters_after_the_name_take_no_issuer_from_the_letters_beside_them() -> None:
    text = (
        "Tomas Okafor, CISA, MBA\ntomas@example.org\n\nExperience\nAuditor, Initech (2015 – 2020)\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.title, c.issuer) for c in claims] == [
        ("Certified Information Systems Auditor", "ISACA")
    ]


def test_an_entrys_link_that_flowed_to_the_top_of_the_next_column_stays_its_link() -> None:
    # Newspaper columns: the first entry ends at the foot of the left column and its "Verify
    # credential" link opens the right one, a little above the left column's first heading.
    first = "https://www.credly.com/badges/a4d2c6e8-1f3b-4c5d-8e9f-0a1b2c3d4e5f/public_url"
    second = "https://www.credly.com/badges/b5e3d7f9-2a4c-4d6e-9fa0-1b2c3d4e5f60/public_url"
    left = (
        "<h2>Experience</h2>"
        + "".join(f"<p>Ran the night shift audit at depot {n}.</p>" for n in range(4))
        + "<h2>Licenses &amp; Certifications</h2>"
        "<p>Certified Ethical Hacker (CEH) — EC-Council | Obtained</p><p>Mar 2019</p>"
    )
    right = (
        f"<p><a href='{first}'>Verify credential</a></p>"
        "<p><b>Certified Cloud Security Professional</b></p><p>(CCSP) — ISC2 | Obtained 2022</p>"
        f"<p><a href='{second}'>Verify credential</a></p>"
        "<h2>Skills</h2><p>Burp Suite, Wireshark, Python</p>"
    )
    body = (
        "<h1>Ines Duarte</h1><p>ines.duarte@example.net</p><h2>Summary</h2>"
        "<p>Security analyst for logistics networks across three countries.</p>"
        f"<div class='cols'><div>{left}</div><div>{right}</div></div>"
    )
    css = (
        ".cols { display: flex; gap: 24pt; } .cols > div { flex: 1; } .cols h2 { margin-top: 8pt; }"
    )

    claims = extract(pdf(body, css + " p { margin: 0 0 3pt 0; }"), "cv.pdf").claims

    assert [(c.title, c.url) for c in claims] == [
        ("Certified Ethical Hacker", first),
        ("Certified Cloud Security Professional", second),
    ]


def test_an_entry_under_the_short_tail_of_a_broken_url_is_an_entry_of_its_own() -> None:
    # Prose entries: the first one's URL breaks onto a short line; the next entry would have
    # fitted after that short line, so it did not wrap there, however wide the lines above.
    rows = [
        ("Certifications", 80.0, 160.0),
        ("Certified Ethical Hacker (CEH) — EC-Council, issued 2020, record at", 100.0, 520.0),
        ("https://aspen.eccouncil.org/Verify/ECC55172093-7781-4d2a-b1c0-9e8f7a6b", 114.0, 547.0),
        ("5c4d/record", 128.0, 110.0),
        ("Swiftwater Rescue Technician Certificate — Rescue 3 International", 146.0, 470.0),
    ]
    lines = tuple(
        Line(text=text, bbox=(42.0, top, right, top + 12.0), size=10.0) for text, top, right in rows
    )
    page = Page(number=1, text="\n".join(text for text, _, _ in rows), lines=lines)
    document = Document(filename="cv.pdf", media_type="application/pdf", pages=(page,))

    read = claim_lines(document, separate_items=finder_for(load_catalog().entries).separate_items)

    assert [line.text.split(" — ")[0] for line in read] == [
        "Certified Ethical Hacker (CEH)",
        "Swiftwater Rescue Technician Certificate",
    ]


def test_a_line_opening_with_an_issuers_name_and_naming_more_is_an_item_not_an_issuer() -> None:
    claims = _claims(
        "Certified ScrumMaster (CSM)",
        "Scrum Alliance, 2019",
        "Tableau Desktop Specialist",
        "Databricks Spark Performance Tuning",
    )

    assert [(c.title, c.issuer) for c in claims] == [
        ("Certified ScrumMaster", "Scrum Alliance"),
        ("Tableau Desktop Specialist", "Tableau"),
        ("Databricks Spark Performance Tuning", "Databricks"),
    ]


def test_a_course_attended_claims_no_certificate_unless_it_names_or_links_one() -> None:
    text = (
        "Ines Duarte\nines.duarte@example.net\n\nProfessional Development\n"
        "Harbour Logistics Training Course – Completed March 2024\n"
        "Negotiation Workshop – completed 2022\n"
        "Port Security Course Certificate – Maritime Skills Board, 2023\n"
        "Crane Signalling Course – Credential ID CS-44810\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.title, c.credential_id) for c in claims] == [
        ("Port Security Course Certificate", None),
        ("Crane Signalling Course", "CS-44810"),
    ]


def test_a_title_whose_brand_is_in_lower_case_opens_an_entry_of_its_own() -> None:
    # "npm", "iOS", "dbt": a brand in lower case opens a title, not the tail of the entry above.
    claims = _claims(
        "Certified Kubernetes Administrator — CNCF (03/2024). ID LF-8x0b9q3w1d",
        "npm Package Publishing Certificate — Tidewater Institute (05/2023)",
        "Professional Scrum Master I",
        "Scrum.org",
        "iOS App Development Certification",
        "Harbor Academy",
        "issued 2021",
    )

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Certified Kubernetes Administrator", "The Linux Foundation", "2024-03"),
        ("npm Package Publishing Certificate", "Tidewater Institute", "2023-05"),
        ("Professional Scrum Master I", "Scrum.org", None),
        ("iOS App Development Certification", "Harbor Academy", "2021"),
    ]


def test_a_link_written_beside_the_issuer_is_no_part_of_its_name() -> None:
    claims = _claims(
        "Change Management Practitioner\t06/2022",
        "Harbor Change Institute credly.com/badges/3c1d9e70-5a2b-4f8e-b61d-7e0a4c9f2b15",
    )

    assert [(c.title, c.issuer, c.url) for c in claims] == [
        (
            "Change Management Practitioner",
            "Harbor Change Institute",
            "https://credly.com/badges/3c1d9e70-5a2b-4f8e-b61d-7e0a4c9f2b15",
        )
    ]


def test_a_line_ending_in_a_dash_does_not_take_the_next_dated_credential_as_its_tail() -> None:
    # A stray dash after a whole entry; the next line names a credential and its own date.
    claims = _claims(
        "AWS Certified Developer – Associate, Amazon Web Services, 2021 -",
        "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022",
        "Wilderness First Responder Certificate, Harbor Wilderness Medicine -",
        "Crane Operator Licence, Port of Tacoma Authority, 2019",
    )

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("AWS Certified Developer – Associate", "Amazon Web Services", "2021"),
        ("Certified Kubernetes Administrator", "The Linux Foundation", "2022"),
        ("Wilderness First Responder Certificate", "Harbor Wilderness Medicine", None),
        ("Crane Operator Licence", "Port of Tacoma Authority", "2019"),
    ]


def test_a_line_naming_the_titles_own_issuer_and_its_programme_is_the_issuer_line() -> None:
    """'Program' is a credential's word, but a catalogued title's own body with its programme
    under it is who issued the title; another of the body's credentials is an entry."""
    claims = _claims(
        "CompTIA Security+",
        "CompTIA Continuing Education Program",
        "Mar. 2021",
        "Cert. No. COMP001021558839",
        "CompTIA Linux+",
        "CompTIA Cloud Essentials Certification",
        "Jun. 2022",
    )

    assert [(c.title, c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        ("CompTIA Security+", "CompTIA", "COMP001021558839", "2021-03"),
        ("CompTIA Linux+", "CompTIA", None, None),
        ("CompTIA Cloud Essentials Certification", "CompTIA", None, "2022-06"),
    ]
