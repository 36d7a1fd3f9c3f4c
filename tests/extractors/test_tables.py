"""Tables read row by row, each cell whole, under its column's label: PDF and DOCX alike."""

from __future__ import annotations

from extractors import extract
from extractors.tables import is_header_row, join_cell_lines, table_lines
from tests.extractors.documents import docx_bytes, pdf

BADGE = "https://www.credly.com/badges/0e4a9d27-3c5b-4f18-a7d2-9b6c1e0f3a54/public_url"
OTHER = "https://www.credly.com/badges/a71c3e05-92d4-4b6e-8f10-3d5e7c9a2b61/public_url"


def test_a_wrapped_title_joins_with_a_space_and_a_wrapped_id_without() -> None:
    assert join_cell_lines(["Certified Information Systems", "Security Professional"]) == (
        "Certified Information Systems Security Professional"
    )
    assert join_cell_lines(["COMP00102233", "4455"]) == "COMP001022334455"
    assert join_cell_lines(["SP-", "COF-0093421"]) == "SP-COF-0093421"
    assert join_cell_lines(["May 2020 – May", "2026"]) == "May 2020 – May 2026"
    assert join_cell_lines(["Amazon Web", "Services"]) == "Amazon Web Services"
    assert join_cell_lines(["ID", "COMP001022334455"]) == "ID COMP001022334455"


def test_the_header_row_is_dropped_and_its_field_labels_kept_before_the_values() -> None:
    rows = [
        ["Certification", "Issuer", "Issued", "Expires", "Credential ID", "Link"],
        ["CompTIA Security+", "CompTIA", "11/2017", "11/2023", "COMP001022334455", ""],
    ]

    assert is_header_row(rows[0])
    assert not is_header_row(rows[1])
    assert table_lines(rows) == [
        (
            range(1, 2),
            "CompTIA Security+ | CompTIA | Issued 11/2017 | Expires 11/2023"
            " | Credential ID COMP001022334455",
        )
    ]


def test_a_table_without_a_header_keeps_every_row() -> None:
    rows = [["CompTIA Security+", "CompTIA", "2017"], ["CISSP", "ISC2", "2020"]]

    assert [span for span, _ in table_lines(rows)] == [range(1), range(1, 2)]


def _ruled_table(rows: str) -> bytes:
    css = (
        "table { border-collapse: collapse; width: 100%; table-layout: fixed; }"
        " td, th { border: 0.6pt solid #888; padding: 2pt; vertical-align: top; text-align: left }"
        " th:nth-child(1) { width: 30% } th:nth-child(2) { width: 20% }"
        " th:nth-child(3), th:nth-child(4) { width: 12% } th:nth-child(5) { width: 13% }"
        " td.id { overflow-wrap: anywhere }"
    )
    return pdf(
        "<h1>Marcus Feldmann</h1><p>m.feldmann@example.org</p><h2>Certifications</h2>"
        "<table><tr><th>Certification</th><th>Issuer</th><th>Issued</th><th>Expires</th>"
        f"<th>Credential ID</th><th>Link</th></tr>{rows}</table>"
        "<h2>Skills</h2><p>Python, Splunk</p>",
        css,
    )


def test_a_ruled_pdf_table_gives_one_claim_per_row_with_its_cells_link_and_wrapped_id() -> None:
    data = _ruled_table(
        "<tr><td>Certified Information Systems Security Professional (CISSP)</td><td>ISC2</td>"
        f"<td>05/2020</td><td>05/2026</td><td class='id'>785421</td><td><a href='{BADGE}'>Verify"
        "</a></td></tr><tr><td>AWS Certified Security – Specialty</td><td>Amazon Web Services</td>"
        "<td>09/2022</td><td>09/2025</td><td class='id'>AWS-SCS-4471190-XK</td>"
        f"<td><a href='{OTHER}'>link</a></td></tr>"
    )

    claims = extract(data, "resume.pdf").claims

    assert [claim.catalog_id for claim in claims] == ["cissp", "aws-security-specialty"]
    cissp, aws = claims
    assert (cissp.issuer, cissp.credential_id, cissp.url) == ("ISC2", "785421", BADGE)
    assert (cissp.issued_on, cissp.expires_on) == ("2020-05", "2026-05")
    assert (aws.credential_id, aws.url, aws.expires_on) == ("AWS-SCS-4471190-XK", OTHER, "2025-09")


def test_a_docx_table_reads_by_the_same_rule() -> None:
    data = docx_bytes(
        ["Marcus Feldmann", "Certifications"],
        table=[
            ["Certification", "Issuer", "Date", "Credential ID"],
            ["CompTIA Security+", "CompTIA", "Nov 2017 – Nov 2023", "COMP001022334455"],
        ],
    )

    (claim,) = extract(data, "resume.docx").claims

    assert claim.catalog_id == "comptia-security-plus"
    assert claim.credential_id == "COMP001022334455"
    assert (claim.issued_on, claim.expires_on) == ("2017-11", "2023-11")


def test_an_unruled_pdf_table_is_read_by_its_columns_and_the_gaps_between_rows() -> None:
    css = (
        "table { width: 100%; border-spacing: 0 5pt; } td { vertical-align: top;"
        " padding-right: 8pt; } td.when { width: 22%; } td.title { width: 34% }"
    )
    rows = "".join(
        f"<tr><td class='when'>{when}</td><td class='title'><b>{title}</b></td>"
        f"<td>{issuer}</td><td>ID {ident}</td></tr>"
        for when, title, issuer, ident in [
            ("May 2020 – May 2026", "Certified Information Systems Security Professional"
             " (CISSP)", "ISC2", "785421"),
            ("Sep 2022 – Sep 2025", "AWS Certified Security – Specialty",
             "Amazon Web Services", "AWS-SCS-4471190"),
        ]
    )  # fmt: skip
    data = pdf(
        "<h1>Marcus Feldmann</h1><p>m.feldmann@example.org</p><h2>Certifications</h2>"
        f"<table>{rows}</table><p>Preparing for: OffSec Certified Professional (OSCP)</p>",
        css,
    )

    claims = extract(data, "resume.pdf").claims

    assert [claim.catalog_id for claim in claims] == ["cissp", "aws-security-specialty"]
    cissp, aws = claims
    assert (cissp.credential_id, cissp.issued_on, cissp.expires_on) == (
        "785421",
        "2020-05",
        "2026-05",
    )
    assert (aws.issuer, aws.credential_id) == ("Amazon Web Services", "AWS-SCS-4471190")
