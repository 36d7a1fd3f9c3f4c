"""Tables with columns of their own beside the credentials: a competency matrix in Word, each
row a skill, its rating in dots, and the certification that evidences it (title, issuer under
it, a "Verify ↗" link), its months and number, "—" where there is none."""

from __future__ import annotations

import io

import docx

from extractors import extract
from extractors.tables import (
    Column,
    column_of,
    join_cell_paragraphs,
    names_credentials,
    table_lines,
)
from tests.extractors.documents import add_hyperlink

TRAQ = "https://www.credly.com/badges/5d1e7a90-2c4b-4f3e-9a18-6b0c2d7e4f31/public_url"
COURSE = "https://www.coursera.org/account/accomplishments/verify/ZP4K7QW2MX8N"

HEADER = [
    "Competency", "Rating", "Certification / evidence", "Issued", "Valid to", "Credential no.",
]  # fmt: skip
# Each row: competency, rating, the certification cell's paragraphs (a link as a pair), dates,
# number.
ROWS: list[tuple[str, str, list[str | tuple[str, str]], str, str, str]] = [
    (
        "Tree risk assessment",
        "●●●●●",
        ["Tree Risk Assessment Qualification (TRAQ)", "Arboricultural Training Council",
         ("Verify ↗", TRAQ)],
        "Apr 2021", "Apr 2026", "—",
    ),
    ("Climbing and rigging", "●●●●○", ["Experience (on the job)"], "—", "—", "—"),
    (
        "Plant health",
        "●●●○○",
        ["Urban Forestry Practitioner Certificate", "Municipal Forestry Council",
         ],
        "Sep 2018", "Sep 2027", "UFP-55031",
    ),
    (
        "Soil science",
        "●●●○○",
        ["Introduction to Soil Ecology", "Greenfield University (Coursera)",
         ("Verify ↗", COURSE)],
        "Jan 2020", "—", "—",
    ),
]  # fmt: skip


def _matrix_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Imogen Thackeray-Ruiz")
    document.add_paragraph("imogen.tr@example.org | Leeds, United Kingdom")
    document.add_heading("Profile", level=2)
    document.add_paragraph("Consulting arborist for councils and housing associations.")
    document.add_heading("Competency matrix", level=2)
    document.add_paragraph("Rating: ●●●●● expert · ●●●○○ working knowledge")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row, (skill, rating, evidence, issued, valid, number) in zip(
        table.rows[1:], ROWS, strict=True
    ):
        cells = row.cells
        cells[0].text, cells[1].text = skill, rating
        cells[3].text, cells[4].text, cells[5].text = issued, valid, number
        first = True
        for item in evidence:
            paragraph = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
            first = False
            if isinstance(item, str):
                paragraph.add_run(item)
            else:
                add_hyperlink(paragraph, item[1], item[0])
    document.add_heading("Experience", level=2)
    document.add_paragraph("Senior Arborist · Northern Canopy Ltd · 2019 – present")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_header_of_two_names_says_what_its_first_known_one_says() -> None:
    assert column_of("Certification / evidence") is Column.TITLE
    assert column_of("Licence & registration") is Column.TITLE
    assert column_of("Competency") is Column.SKILL
    assert column_of("Rating") is Column.SKILL
    assert column_of("Valid to") is Column.EXPIRES
    assert column_of("Credential no.") is Column.ID


def test_a_word_cells_paragraphs_are_its_fields_and_its_link_word_is_dropped() -> None:
    assert join_cell_paragraphs(["Tree Risk Assessment Qualification", "ATC", "Verify ↗"]) == (
        "Tree Risk Assessment Qualification | ATC"
    )
    # A broken ID, a label over its value and a phrase that wrapped still join.
    assert join_cell_paragraphs(["UFP-", "55031"]) == "UFP-55031"
    assert join_cell_paragraphs(["Credential ID", "UFP55031"]) == "Credential ID UFP55031"
    assert join_cell_paragraphs(["Certified Arborist,", "Municipal Specialist"]) == (
        "Certified Arborist, Municipal Specialist"
    )
    assert join_cell_paragraphs(["2291847", "Verify"]) == "2291847"


def test_beside_a_column_of_credentials_the_skill_and_its_rating_are_no_part_of_a_claim() -> None:
    rows = [
        HEADER,
        ["Plant health", "●●●○○", "Urban Forestry Certificate | Forestry Council", "Sep 2018",
         "—", "UFP-55031"],
        ["Climbing", "●●●●○", "Experience (on the job)", "—", "—", "—"],
    ]  # fmt: skip

    assert names_credentials(rows)
    assert [text for _, text in table_lines(rows)] == [
        "Urban Forestry Certificate | Forestry Council | Issued Sep 2018 | Credential ID UFP-55031",
        "Experience (on the job)",
    ]
    assert not names_credentials([["Name", "Email", "Phone"], ["A", "b@c.d", "1"]])


def test_a_competency_matrix_in_word_gives_one_claim_per_certification_row() -> None:
    claims = extract(_matrix_docx(), "resume.docx").claims

    assert [claim.title for claim in claims] == [
        "Tree Risk Assessment Qualification (TRAQ)",
        "Urban Forestry Practitioner Certificate",
        "Introduction to Soil Ecology",
    ]
    traq, forestry, soil = claims
    assert (traq.issuer, traq.url, traq.credential_id) == (
        "Arboricultural Training Council",
        TRAQ,
        None,
    )
    assert (traq.issued_on, traq.expires_on) == ("2021-04", "2026-04")
    assert (forestry.issuer, forestry.credential_id) == ("Municipal Forestry Council", "UFP-55031")
    assert (forestry.issued_on, forestry.expires_on) == ("2018-09", "2027-09")
    assert (soil.issuer, soil.url, soil.issued_on, soil.expires_on) == (
        "Greenfield University (Coursera)",
        COURSE,
        "2020-01",
        None,
    )
