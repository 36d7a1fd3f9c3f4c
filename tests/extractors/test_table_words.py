"""What a table's header and cells say, whatever the wording; plain-text and DOCX tables read by
it: a fixed-width ATS export row by row, a Word table that lays out the page as columns."""

from __future__ import annotations

import io

import docx

from extractors import extract, read
from extractors.tables import (
    Column,
    column_of,
    is_empty_mark,
    is_header_row,
    names_no_credential,
    table_lines,
)
from tests.extractors.documents import add_hyperlink

BADGE = "https://www.credly.com/badges/0e4a9d27-3c5b-4f18-a7d2-9b6c1e0f3a54/public_url"
OTHER = "https://www.credly.com/badges/a71c3e05-92d4-4b6e-8f10-3d5e7c9a2b61/public_url"


def test_header_words_in_any_common_wording_name_their_column() -> None:
    wordings = {
        Column.TITLE: ["Credential", "Certification", "Name", "Title", "CERTIFICATIONS"],
        Column.ISSUER: ["Issuer", "Organisation", "Awarded by", "Issuing Organization"],
        Column.ISSUED: ["Issued", "Obtained", "Date issued", "Issue Date", "Earned"],
        Column.EXPIRES: ["Expires", "Valid until", "Expiry", "Expiration Date", "Valid through"],
        Column.ID: ["ID", "Credential ID", "Licence No.", "License #", "Number", "Certificate No"],
        Column.LINK: ["Link", "URL", "Verify", "Verification URL", "Credential URL"],
    }
    for column, headers in wordings.items():
        assert [column_of(header) for header in headers] == [column] * len(headers)
    assert column_of("Python") is None
    assert column_of("Led the SOC rebuild") is None


def test_marks_of_an_empty_cell_and_link_words_are_not_values() -> None:
    assert all(map(is_empty_mark, ["—", "-", "n/a", "N/A", "No expiry", "Does not expire"]))
    assert not any(map(is_empty_mark, ["2026", "None of the above", "CISSP"]))
    assert all(map(names_no_credential, ["Verify", "View", "www.credly.com", "credly.com"]))
    assert not names_no_credential("AWS Certified Security – Specialty")

    rows = [
        ["Certification", "Awarded by", "Obtained", "Valid until", "Licence No.", "Verify"],
        ["PMP", "Project Management Institute", "2019", "No expiry", "n/a", ""],
        ["CompTIA Security+", "CompTIA", "11/2017", "—", "COMP001022334455", "www.credly.com"],
    ]
    assert table_lines(rows) == [
        (range(1, 2), "PMP | Project Management Institute | Issued 2019"),
        (
            range(2, 3),
            "CompTIA Security+ | CompTIA | Issued 11/2017 | Credential ID COMP001022334455",
        ),
    ]


ATS_EXPORT = """\
DANA OKORO
dana.okoro@example.org

CERTIFICATIONS
CREDENTIAL                          ISSUER                ISSUED     EXPIRES    ID
Certified Information Systems       ISC2                  05/2020    05/2026    785421
Security Professional (CISSP)
  Verification URL: {badge}
AWS Certified Security – Specialty  Amazon Web Services   09/2022    —          AWS-SCS-4471190-XK
  Verification URL: {other}
Certified Kubernetes Administrator  The Linux Found-      01/2021    01/2024    LF-8hk2n3c9aq
(CKA)                               ation

SKILLS
Python, Splunk
"""


def test_a_fixed_width_text_table_is_read_row_by_row_with_its_wrapped_cells_and_urls() -> None:
    data = ATS_EXPORT.format(badge=BADGE, other=OTHER).encode()

    claims = extract(data, "resume.txt").claims

    assert [claim.catalog_id for claim in claims] == ["cissp", "aws-security-specialty", "cka"]
    cissp, aws, cka = claims
    assert (cissp.issuer, cissp.credential_id, cissp.url) == ("ISC2", "785421", BADGE)
    assert (cissp.issued_on, cissp.expires_on) == ("2020-05", "2026-05")
    assert (aws.credential_id, aws.url, aws.expires_on) == ("AWS-SCS-4471190-XK", OTHER, None)
    assert (cka.issuer, cka.credential_id) == ("The Linux Foundation", "LF-8hk2n3c9aq")


def test_text_with_wide_gaps_but_no_header_row_is_not_read_as_a_table() -> None:
    data = (
        b"Dana Okoro\ndana.okoro@example.org\n\nCertifications\n"
        b"CISSP        ISC2        2020\nCompTIA Security+        CompTIA        2017\n"
    )

    claims = extract(data, "resume.txt").claims

    assert [claim.catalog_id for claim in claims] == ["cissp", "comptia-security-plus"]
    assert [claim.issued_on for claim in claims] == ["2020", "2017"]


def _layout_docx() -> bytes:
    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].text = "Dana Okoro"
    left.add_paragraph("dana.okoro@example.org")
    left.add_paragraph("Certifications")
    for title, issuer, url in [
        ("Certified Information Systems Security Professional (CISSP)", "ISC2", BADGE),
        ("AWS Certified Security – Specialty", "Amazon Web Services", OTHER),
    ]:
        paragraph = left.add_paragraph("", style="List Bullet")
        add_hyperlink(paragraph, url, title)
        paragraph.add_run(f", {issuer}, 2021")
    right.paragraphs[0].text = "Experience"
    right.add_paragraph("Security Engineer, Acme Corp, 2018 – now")
    right.add_paragraph("Led the SOC rebuild across three regions.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_table_that_lays_out_the_page_is_read_as_columns_of_text() -> None:
    extraction = extract(_layout_docx(), "resume.docx")

    assert extraction.candidate.name == "Dana Okoro"
    assert [(claim.catalog_id, claim.issuer, claim.url) for claim in extraction.claims] == [
        ("cissp", "ISC2", BADGE),
        ("aws-security-specialty", "Amazon Web Services", OTHER),
    ]


def test_a_header_row_with_one_label_cut_off_at_the_page_edge_is_still_a_header() -> None:
    assert is_header_row(["Credential", "Issuer", "Issued", "Expires", "Credential ID", "Li"])
    assert not is_header_row(["Credential", "Issuer", "Li"])
    assert not is_header_row(["CISSP", "ISC2", "Issued", "Expires"])


def test_a_markdown_pipe_table_in_a_text_resume_is_read_row_by_row() -> None:
    data = (
        "Dana Okoro\ndana.okoro@example.org\n\n## Certifications\n\n"
        "| Credential | Issuer | Issued | Expires | Credential ID | Link |\n"
        "|:---|---|---|---|---|---|\n"
        "| Certified Information Systems Security Professional (CISSP) | ISC2 | May 2020 |"
        f" May 2026 | 785421 | [Verify]({BADGE}) |\n"
        "| PMP | Project Management Institute | 2019 | — | n/a | |\n\n## Skills\n\nPython\n"
    ).encode()

    claims = extract(data, "resume.md").claims

    assert [(claim.catalog_id, claim.credential_id, claim.url) for claim in claims] == [
        ("cissp", "785421", BADGE),
        ("pmp", None, None),
    ]
    assert (claims[0].expires_on, claims[1].issued_on, claims[1].expires_on) == (
        "2026-05",
        "2019",
        None,
    )


def test_rows_set_apart_by_blank_lines_keep_their_indented_notes() -> None:
    data = (
        "Dana Okoro\ndana.okoro@example.org\n\nCERTIFICATIONS\n"
        "CERTIFICATION NAME                ISSUING ORGANIZATION  DATE EARNED  CREDENTIAL #\n"
        "CompTIA Security+                 CompTIA               11/2017      COMP001022334455\n"
        "\n"
        f"    Verification Link: {OTHER}\n"
        "\n"
        "Certified Information Security    ISACA                 03/2021      211893457\n"
        "Manager (CISM)\n"
        "\n"
        "Skills: Python, Splunk\n"
    ).encode()

    claims = extract(data, "resume.txt").claims

    assert [(claim.catalog_id, claim.credential_id, claim.url) for claim in claims] == [
        ("comptia-security-plus", "COMP001022334455", OTHER),
        ("cism", "211893457", None),
    ]


def _docx_with_table(rows: list[list[str]], link_row: int | None = None) -> bytes:
    document = docx.Document()
    document.add_paragraph("Dana Okoro")
    document.add_paragraph("dana.okoro@example.org")
    document.add_heading("Certifications", 2)
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    for row, values in zip(table.rows, rows, strict=True):
        if len(values) == 1:  # a caption spanning the table
            row.cells[0].merge(row.cells[-1]).text = values[0]
            continue
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    if link_row is not None:
        add_hyperlink(table.rows[link_row].cells[-1].paragraphs[0], BADGE, "Verify")
    document.add_heading("Skills", 2)
    document.add_paragraph("Python, Splunk")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_table_of_labels_and_values_is_read_one_credential_to_a_line() -> None:
    data = _docx_with_table(
        [
            ["Certification", "Certified Information Systems Security Professional (CISSP)"],
            ["Awarded by", "ISC2"],
            ["Valid until", "May 2026"],
            ["Credential ID", "785421"],
            ["Verify", ""],
            ["Certification", "CompTIA Security+"],
            ["Issuer", "CompTIA"],
            ["Obtained", "Nov 2017"],
        ],
        link_row=4,
    )

    claims = extract(data, "resume.docx").claims

    assert [
        (claim.catalog_id, claim.issuer, claim.credential_id, claim.issued_on, claim.expires_on)
        for claim in claims
    ] == [
        ("cissp", "ISC2", "785421", None, "2026-05"),
        ("comptia-security-plus", "CompTIA", None, "2017-11", None),
    ]
    assert [claim.url for claim in claims] == [BADGE, None]


def test_a_caption_row_above_the_header_does_not_hide_the_header() -> None:
    data = _docx_with_table(
        [
            ["Professional certifications"],
            ["Credential", "Issuer", "Valid until", "Licence No."],
            [
                "Certified Information Systems Security Professional (CISSP)",
                "ISC2",
                "May 2026",
                "785421",
            ],
        ]
    )

    (claim,) = extract(data, "resume.docx").claims

    assert (claim.catalog_id, claim.credential_id, claim.expires_on) == (
        "cissp",
        "785421",
        "2026-05",
    )


def test_a_table_of_values_inside_a_layout_cell_is_read_row_by_row() -> None:
    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].text = "Dana Okoro"
    left.add_paragraph("dana.okoro@example.org")
    right.paragraphs[0].text = "Certifications"
    inner = right.add_table(rows=3, cols=3)
    for row, values in zip(
        inner.rows,
        [["Credential", "Issuer", "Credential ID"], ["CompTIA Security+", "CompTIA", "COMP0010"],
         ["Certified Information Security Manager (CISM)", "ISACA", "211893457"]],
        strict=True,
    ):  # fmt: skip
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)

    claims = extract(buffer.getvalue(), "resume.docx").claims

    assert [(claim.catalog_id, claim.issuer, claim.credential_id) for claim in claims] == [
        ("comptia-security-plus", "CompTIA", "COMP0010"),
        ("cism", "ISACA", "211893457"),
    ]


RULED_EXPORT = """\
DANA OKORO
dana.okoro@example.org

CERTIFICATIONS
CREDENTIAL                         ISSUER                 ISSUED   EXPIRES  CREDENTIAL ID
---------------------------------- ---------------------- -------- -------- ------------------
Chartered Financial Analyst (CFA)  CFA Institute          08/2019           219874
    Verification URL: {badge}
AWS Certified Security – Specialty Amazon Web Services    09/2022  09/2025  AWS-SCS-4471
    Verification URL: {other}
Certified Information Security     ISACA                  03/2021           211893457
Manager (CISM)

SKILLS
Python, Splunk
"""


def test_a_ruled_text_table_row_missing_a_cell_is_a_row_not_a_wrap() -> None:
    data = RULED_EXPORT.format(badge=BADGE, other=OTHER).encode()

    claims = extract(data, "resume.txt").claims

    assert [(claim.catalog_id, claim.credential_id) for claim in claims] == [
        ("cfa-charter", "219874"),
        ("aws-security-specialty", "AWS-SCS-4471"),
        ("cism", "211893457"),
    ]
    assert [claim.url for claim in claims] == [BADGE, OTHER, None]
    assert claims[2].issued_on == "2021-03"


def test_a_word_layout_table_yields_every_cell_once_on_every_read() -> None:
    # Each row's cell proxies are freed before the next row is read; a set of their ids once
    # dropped later cells whose proxy took a freed address, differently from read to read.
    document = docx.Document()
    document.add_paragraph("Dana Okoro")
    table = document.add_table(rows=12, cols=2)
    for number, row in enumerate(table.rows):
        for side, cell in enumerate(row.cells):
            cell.text = f"Entry {number}-{side}"
            cell.add_paragraph("first point", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    expected = [f"Entry {number}-{side}" for number in range(12) for side in range(2)]
    for _ in range(5):
        pages = read(buffer.getvalue(), "cv.docx").pages
        lines = [line.text for page in pages for line in page.lines]
        assert [text for text in lines if text.startswith("Entry")] == expected


GRID_TABLE = """\
Dana Okoro
dana.okoro@example.org

Certifications

+------------------+-----------+-----------+--------------+
| Credential       | Issuer    | Dates     | Credential   |
|                  |           |           | ID           |
+==================+===========+===========+==============+
| Certified        | ISC2      | May 2020  | 785421       |
| Information      |           | to May    |              |
| Systems Security |           | 2026      |              |
| Professional     |           |           |              |
| (CISSP)          |           |           |              |
+------------------+-----------+-----------+--------------+
| Project          | Project   | 2019      | -            |
| Management       | Managemen |           |              |
| Professional     | t         |           |              |
| (PMP)            | Institute |           |              |
+------------------+-----------+-----------+--------------+

Skills

Python, Splunk
"""


def test_a_grid_table_in_a_text_resume_joins_each_cells_lines_before_reading_it() -> None:
    claims = extract(GRID_TABLE.encode(), "resume.txt").claims

    assert [(claim.catalog_id, claim.issuer, claim.credential_id) for claim in claims] == [
        ("cissp", "ISC2", "785421"),
        ("pmp", "Project Management Institute", None),
    ]
    assert [(claim.issued_on, claim.expires_on) for claim in claims] == [
        ("2020-05", "2026-05"),
        ("2019", None),
    ]


def test_each_row_of_a_grid_table_is_one_line_with_no_rules_or_pipes_left() -> None:
    lines = [line.text for line in read(GRID_TABLE.encode(), "resume.txt").pages[0].lines]

    assert (
        "Certified Information Systems Security Professional (CISSP) | ISC2 | May 2020 to May 2026"
        " | Credential ID 785421"
    ) in lines
    assert not any(line.startswith(("+", "|")) for line in lines)


def test_a_dash_inside_a_title_cell_adds_to_the_title_when_the_body_has_a_cell_of_its_own() -> None:
    data = (
        "Dana Okoro\ndana.okoro@example.org\n\n## Certifications\n\n"
        "| Credential | Issuer | Issued |\n|---|---|---|\n"
        "| Rigging Certificate – Mobile Crane (Hydraulic) | Energy Safety Canada | 2014 |\n\n"
        "## Licences\n\n"
        "- Gas Fitter Permit – Propane Appliances · Technical Safety Yukon · 2019\n"
        "- Scaffold Inspector Card – Energy Safety Canada · 2021\n\n## Skills\n\nRigging\n"
    ).encode()

    claims = extract(data, "resume.md").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Rigging Certificate – Mobile Crane (Hydraulic)", "Energy Safety Canada"),
        ("Gas Fitter Permit – Propane Appliances", "Technical Safety Yukon"),
        ("Scaffold Inspector Card", "Energy Safety Canada"),
    ]
