"""Lists of bare credential names (sidebars, skills-style lists) and rows that open with a date."""

from __future__ import annotations

from extractors import extract, load_catalog
from extractors.claims import finder_for
from tests.extractors.documents import docx_bytes, pdf


def _titles(data: bytes, filename: str) -> list[str]:
    return [claim.catalog_id or claim.title for claim in extract(data, filename).claims]


def test_a_list_of_bare_names_and_acronyms_is_one_claim_per_line() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nCertifications\nCISSP\nACA\nPE\n"
        "Tableau Desktop Specialist\nGoogle Data Analytics Professional Certificate\n\n"
        "Skills\nPython\n"
    )

    assert _titles(text.encode(), "cv.txt") == [
        "cissp",
        "ACA",
        "PE",
        "tableau-desktop-specialist",
        "google-data-analytics",
    ]


def test_names_in_a_narrow_sidebar_are_not_one_name_that_wrapped() -> None:
    css = ".wrap { display: flex; } .side { width: 120pt; } .main { padding-left: 20pt; }"
    data = pdf(
        "<div class='wrap'><div class='side'><h1>Wei Chen</h1><p>wei.chen@example.io</p>"
        "<h3>CERTIFICATIONS</h3><p>Tableau Desktop Specialist</p><p>CompTIA Security+</p>"
        "<p>CISSP</p></div><div class='main'><h2>Summary</h2><p>Analyst for pricing teams."
        "</p></div></div>",
        css,
    )

    titles = _titles(data, "cv.pdf")

    assert titles == ["tableau-desktop-specialist", "comptia-security-plus", "cissp"]


def test_a_table_row_that_opens_with_its_date_is_read_past_the_date() -> None:
    data = docx_bytes(
        ["Priya Raman", "Certifications"],
        table=[
            ["Aug 2019", "Chartered Financial Analyst (CFA)", "CFA Institute", "ID 219874"],
            ["Feb 2015", "Chartered Accountant (ACA)", "ICAEW", "ID ICAEW-8837215"],
        ],
    )

    cfa, aca = extract(data, "cv.docx").claims

    assert cfa.catalog_id == "cfa-charter"
    assert (aca.title, aca.issuer, aca.issued_on) == (
        "ICAEW Chartered Accountant",
        "ICAEW",
        "2015-02",
    )
    assert aca.credential_id == "ICAEW-8837215"


def test_one_ordinary_word_left_alone_on_a_line_is_a_fragment_not_a_claim() -> None:
    text = "Jane Doe\njane@example.com\n\nCertifications\nEngineer\nProfessional\nCQF\nCISSP\n"

    assert _titles(text.encode(), "cv.txt") == ["CQF", "cissp"]


def test_a_line_opening_with_a_dash_or_bracket_under_a_whole_title_is_its_tail() -> None:
    finder = finder_for(load_catalog().entries)
    title = "IBM Data Science Professional Certificate"

    assert not finder.separate_items(title, "— (IBM) | Obtained Jun. 2019 | License #")
    assert not finder.separate_items("Certified Kubernetes Administrator", "(CKA)")
    assert finder.separate_items(title, "Power BI Data Analyst")
    assert finder.separate_items("Power BI Data Analyst", "Tableau Desktop Specialist")
