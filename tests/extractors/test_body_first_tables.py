"""A Word table of credentials grouped by who awarded them: the body's column comes first
("Awarding body | Qualification | Awarded | …"), a body's cell may be merged down over its
rows, and a credential's cell may hold its verification address on a paragraph of its own.
Read as a recruiter reads it: each row names a credential and then its body, the address is
the row's link and no part of its title, and a name inside the address is the host's."""

from __future__ import annotations

import io

import docx

from extractors import extract

_HEAD = ["Ruairi Kavanagh", "ruairi.kavanagh@example.ie", "Qualifications"]


def _table_docx(
    rows: list[list[str]], *, merge_first_column: tuple[int, int] | None = None
) -> bytes:
    """A DOCX with ``_HEAD`` and a table of ``rows``; a cell's lines are paragraphs of their own;
    ``merge_first_column`` merges the first column's cells from one row to another, as Word's
    "Merge cells" does (the text stays in the top cell)."""
    document = docx.Document()
    for text in _HEAD:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)
    if merge_first_column is not None:
        top, bottom = merge_first_column
        table.cell(top, 0).merge(table.cell(bottom, 0))
    document.add_paragraph("Skills")
    document.add_paragraph("Tree felling, chainsaw maintenance")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_bodys_column_first_is_read_after_the_credential() -> None:
    rows = [
        ["Awarding body", "Qualification", "Awarded", "Valid until", "Certificate no."],
        [
            "Lowland Arboriculture Board",
            "Aerial Tree Rescue, Grade 2",
            "03/2021",
            "03/2026",
            "LAB-77120",
        ],
        ["Wicklow Forestry Skills Centre", "Crosscut Felling of Small Trees", "2019", "", ""],
    ]

    claims = extract(_table_docx(rows), "cv.docx").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Aerial Tree Rescue, Grade 2", "Lowland Arboriculture Board"),
        ("Crosscut Felling of Small Trees", "Wicklow Forestry Skills Centre"),
    ]
    assert [(claim.issued_on, claim.expires_on) for claim in claims] == [
        ("2021-03", "2026-03"),
        ("2019", None),
    ]
    assert claims[0].credential_id == "LAB-77120"


def test_a_body_merged_down_its_rows_awards_each_of_them() -> None:
    rows = [
        ["Awarding body", "Qualification", "Awarded", "Valid until", "Certificate no."],
        [
            "Lowland Arboriculture Board",
            "Aerial Tree Rescue, Grade 2",
            "03/2021",
            "03/2026",
            "LAB-77120",
        ],
        ["", "Stump Grinding Operation", "06/2022", "", "LAB-80231"],
    ]

    claims = extract(_table_docx(rows, merge_first_column=(1, 2)), "cv.docx").claims

    assert [(claim.title, claim.issuer, claim.credential_id) for claim in claims] == [
        ("Aerial Tree Rescue, Grade 2", "Lowland Arboriculture Board", "LAB-77120"),
        ("Stump Grinding Operation", "Lowland Arboriculture Board", "LAB-80231"),
    ]


def test_an_address_under_the_credential_in_its_cell_is_the_rows_link() -> None:
    rows = [
        ["Awarding body", "Qualification", "Awarded", "Valid until"],
        [
            "Wicklow Forestry Skills Centre",
            "Woodland Fire Suppression\nhttps://records.wfsc.example.ie/check/WFS-2291",
            "05/2023",
            "05/2026",
        ],
    ]

    (claim,) = extract(_table_docx(rows), "cv.docx").claims

    assert (claim.title, claim.issuer) == (
        "Woodland Fire Suppression",
        "Wicklow Forestry Skills Centre",
    )
    assert claim.url == "https://records.wfsc.example.ie/check/WFS-2291"
    assert (claim.issued_on, claim.expires_on) == ("2023-05", "2026-05")


def test_a_known_bodys_name_inside_the_address_is_not_the_issuer() -> None:
    rows = [
        ["Qualification", "Awarding body", "Awarded"],
        [
            "Cold Chain Handling Certificate\nhttps://aws.coldchain-register.example/v/CCH-4410",
            "Midlands Logistics Guild",
            "09/2024",
        ],
    ]

    (claim,) = extract(_table_docx(rows), "cv.docx").claims

    assert (claim.title, claim.issuer) == (
        "Cold Chain Handling Certificate",
        "Midlands Logistics Guild",
    )
    assert claim.url == "https://aws.coldchain-register.example/v/CCH-4410"
