"""An online builder's page: a narrow coloured sidebar beside the body, each credential a small
card (a bold title, wrapped as the column needs, over plain lines: issuer, dates, "ID: …", a
"Verify ↗" link whose address is only the link's target). A recruiter reads the sidebar's
heading by all its words and each card as one credential."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
@page { size: A4; margin: 0; }
body { font-size: 8.5pt; }
aside { float: left; width: 46mm; padding: 12mm 6mm; background: #2d4050; color: #fff; }
aside h3 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 1.4pt; margin: 6mm 0 2mm; }
.card { margin: 0 0 3mm; } .card b { display: block; } .card span { display: block; }
main { margin-left: 62mm; padding: 14mm 10mm; }
main h1 { font-size: 22pt; margin: 0; }
"""


def _page(heading: str, cards: str) -> bytes:
    body = (
        "<aside><h3>Contact</h3><p>+44 7700 900 118</p><p>d.okafor@example.co.uk</p>"
        f"<h3>{heading}</h3>{cards}</aside>"
        "<main><h1>Deborah Okafor</h1><p>Payroll Officer</p>"
        "<h2>Experience</h2><p>Payroll officer, Lanchester Foods Ltd, 2019 – present.</p>"
        "<p>Ran the monthly payroll of 640 staff in Sage 200.</p></main>"
    )
    return pdf(body, _CSS)


def _card(title: str, *lines: str) -> str:
    return f"<div class='card'><b>{title}</b>{''.join(f'<span>{x}</span>' for x in lines)}</div>"


def test_a_sidebar_heading_wrapped_over_two_lines_heads_the_credentials_below() -> None:
    cards = _card(
        "Certificate in Payroll Administration",
        "Chartered Institute of Payroll Professionals",
        "09/2020",
        "ID: CIPP-204417",
    ) + _card("Sage 200 Payroll Certified User", "Sage", "Issued 03/2022, valid until 03/2025")

    claims = extract(_page("Professional Development", cards), "cv.pdf").claims

    titles = [claim.title for claim in claims]
    assert titles == ["Certificate in Payroll Administration", "Sage 200 Payroll Certified User"]
    assert claims[0].credential_id == "CIPP-204417"


def test_dates_alone_under_an_issuer_that_fills_the_column_are_a_field_of_their_own() -> None:
    cards = _card(
        "Bookkeeping Licence (Level 3)",
        "Payroll Licensing Board UK",
        "March 2019 – March 2026",
        "ID: ICB-77120",
    ) + _card("Sage 200 Payroll Certified User", "Sage", "2022")

    claims = extract(_page("Certifications", cards), "cv.pdf").claims

    assert [(c.title, c.issuer) for c in claims] == [
        ("Bookkeeping Licence (Level 3)", "Payroll Licensing Board UK"),
        ("Sage 200 Payroll Certified User", "Sage"),
    ]
    assert (claims[0].issued_on, claims[0].expires_on) == ("2019-03", "2026-03")


def test_the_main_columns_name_and_headline_are_no_part_of_the_sidebars_last_section() -> None:
    cards = _card("Sage 200 Payroll Certified User", "Sage", "2022")
    body = (
        f"<aside><h3>Contact</h3><p>d.okafor@example.co.uk</p><h3>Certifications</h3>{cards}"
        "</aside><main><h1>Deborah Okafor</h1><p><b>Licensed Payroll Practitioner</b></p>"
        "<h2>Experience</h2><p>Payroll officer, Lanchester Foods Ltd, 2019 – present.</p></main>"
    )

    claims = extract(pdf(body, _CSS), "cv.pdf").claims

    assert [claim.title for claim in claims] == ["Sage 200 Payroll Certified User"]


_PROFILE_CSS = """
@page { size: Letter; margin: 0.5in; }
body { font-size: 10pt; }
.left { float: left; width: 1.7in; background: #e9edf0; padding: 0.2in; font-size: 9pt; }
.left h3 { font-size: 11pt; margin: 12pt 0 4pt; } .left p { margin: 0 0 3pt; line-height: 1.15; }
.main { margin-left: 2.5in; } .main h1 { font-size: 24pt; font-weight: normal; margin: 0; }
"""


def test_names_listed_with_room_between_them_are_one_credential_each() -> None:
    names = (
        "Certified Payroll Technician",
        "Bookkeeping Licence (Level 3)",
        "Sage 200 Payroll Certified User",
        "Xero Payroll Certification",
    )
    body = (
        "<div class='left'><h3>Contact</h3><p>d.okafor@example.co.uk</p>"
        "<h3>Certifications</h3>" + "".join(f"<p>{name}</p>" for name in names) + "</div>"
        "<div class='main'><h1>Deborah Okafor</h1><p>Payroll Officer at Lanchester Foods</p>"
        "<h2>Summary</h2><p>Payroll officer running the monthly payroll of 640 staff.</p></div>"
    )

    claims = extract(pdf(body, _PROFILE_CSS), "cv.pdf").claims

    assert [claim.title for claim in claims] == list(names)
