"""Tables whose rows are parted by rules alone (a header row on a dark band, then a rule under
each row, no vertical rules): one line per ruled row, its cells' wrapped lines joined, also when
the table goes on over a page break under a repeated header."""

from __future__ import annotations

from extractors import extract
from extractors.pdf import read_pdf
from tests.extractors.documents import pdf

_CSS = (
    "table { border-collapse: collapse; width: 100%; table-layout: fixed; }"
    " th { background: #1d3557; color: white; text-align: left; padding: 5pt }"
    " td { border-bottom: 0.7pt solid #ddd; padding: 6pt 4pt; vertical-align: top }"
    " th:nth-child(1) { width: 36% } th:nth-child(2) { width: 22% }"
    " th:nth-child(3) { width: 14% } td { overflow-wrap: anywhere }"
    " h2 { border-bottom: 0.7pt solid #ddd }"
)
_LINK = "https://example.org/verify/"
_ROWS = (
    (
        "Certified Information Systems Security Professional (CISSP)",
        "ISC2",
        "05/2020 – 05/2026",
        "785421",
    ),
    (
        "AWS Certified Security – Specialty",
        "Amazon Web Services",
        "09/2022 – 09/2025",
        "AWS-SCS-4471190-XK-20220915",
    ),
    (
        "Certified Kubernetes Administrator (CKA)",
        "Cloud Native Computing Foundation",
        "03/2021 – 03/2024",
        "LF-4k2j9x8q7w6e5r4",
    ),
)


def _document(spacer_pt: int = 0) -> bytes:
    rows = "".join(
        f"<tr><td><b>{title}</b><br><a href='{_LINK}{ident}'>verify</a></td>"
        f"<td>{issuer}</td><td>{date}</td><td>{ident}</td></tr>"
        for title, issuer, date, ident in _ROWS
    )
    return pdf(
        f"<h1>Marcus Feldmann</h1><p>m.feldmann@example.org</p><div style='height:{spacer_pt}pt'>"
        "</div><h2>Certifications</h2><table><thead><tr><th>Certification</th><th>Issuer</th>"
        f"<th>Issued</th><th>Credential ID</th></tr></thead><tbody>{rows}</tbody></table>"
        "<h2>Skills</h2><p>Python, Splunk</p>",
        _CSS,
    )


def _table_rows(data: bytes) -> list[str]:
    document = read_pdf(data, "resume.pdf", max_pages=5)
    return [line.text for page in document.pages for line in page.lines if line.table_row]


def test_rows_parted_by_rules_are_read_one_line_a_row_with_wrapped_cells_joined() -> None:
    data = _document()

    rows = _table_rows(data)

    assert len(rows) == len(_ROWS)
    for row, (title, issuer, _, ident) in zip(rows, _ROWS, strict=True):
        assert row.startswith(title) and issuer in row and ident in row
    claims = extract(data, "resume.pdf").claims
    assert [claim.credential_id for claim in claims] == [ident for *_, ident in _ROWS]
    assert [claim.url for claim in claims] == [f"{_LINK}{ident}" for *_, ident in _ROWS]


def test_a_heading_under_its_own_rule_after_the_table_is_not_a_row() -> None:
    document = read_pdf(_document(), "resume.pdf", max_pages=5)

    lines = [line for page in document.pages for line in page.lines]

    assert any(line.text == "Skills" and not line.table_row for line in lines)


def test_a_table_going_on_under_a_repeated_header_on_the_next_page_is_one_table() -> None:
    data = _document(spacer_pt=560)
    assert len(read_pdf(data, "resume.pdf", max_pages=5).pages) == 2

    rows = _table_rows(data)

    assert len(rows) == len(_ROWS)
    assert not any("Issuer" in row for row in rows)
    claims = extract(data, "resume.pdf").claims
    assert [claim.credential_id for claim in claims] == [ident for *_, ident in _ROWS]


def test_a_header_repeated_over_the_next_page_under_a_running_footer_is_no_row() -> None:
    rows = "".join(
        f"<tr><td>{title}</td><td>{issuer}</td><td>{date}</td><td>{ident}</td></tr>"
        for title, issuer, date, ident in _ROWS
    )
    data = pdf(
        "<h1>Marcus Feldmann</h1><p>m.feldmann@example.org</p><div style='height:560pt'></div>"
        "<h2>Certifications</h2><table><thead><tr><th>Credential</th><th>Awarding body</th>"
        f"<th>Validity</th><th>Remarks</th></tr></thead><tbody>{rows}</tbody></table>",
        _CSS
        + " tr { break-inside: avoid }"
        + " @page { @bottom-center { content: 'Marcus Feldmann · page ' counter(page) } }",
    )

    document = read_pdf(data, "resume.pdf", max_pages=5)

    lines = [line.text for page in document.pages for line in page.lines]
    assert len(document.pages) == 2
    assert sum(1 for line in lines if "Awarding body" in line) <= 1
    assert sum(1 for line in lines if line.startswith(tuple(t for t, *_ in _ROWS))) == len(_ROWS)
