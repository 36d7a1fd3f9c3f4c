"""Tables whose rows stand one under another with no gap and no rule between them (a Markdown
pipe table through pandoc and a word processor): a long title beside the next entry's short
cells must not join the entries into one row."""

from __future__ import annotations

from extractors import extract
from extractors.sections import Section, heading_section
from extractors.tables import join_cell_lines
from tests.extractors.documents import pdf

BADGE = "https://www.credly.com/badges/7e1d2c94-5a3b-4f60-8d21-c9b0a4e6f713/public_url"
_CSS = (
    "table { border-collapse: collapse; width: 100%; table-layout: fixed }"
    " td, th { padding: 0 6pt 0 0; vertical-align: top; text-align: left; font-weight: normal;"
    " line-height: 1.2 } col.title { width: 34% } col.issuer { width: 20% }"
    " col.when { width: 7% } col.ref { width: 32% } td.ref { overflow-wrap: anywhere }"
)
_ROWS = [
    ("Certified Wireless Network Professional Enterprise (CWNP-E)", "CWNP", "Mar 2021",
     "Mar 2027", f"CWN21-5540 <a href='{BADGE}'>{BADGE}</a>"),
    ("Certified Wireless Analyst (CWA)", "CWNP", "Jun 2019", "Jun 2022", "—"),
    ("Aruba Certified Mobility Professional, Campus (ACMP-Campus)", "Hewlett Packard Enterprise",
     "Feb 2022", "Feb 2025", "HPE-8K2L4Q"),
    ("Site Survey Practitioner", "Ekahau", "Oct 2020", "—", "EKA-31190"),
]  # fmt: skip


def _packed_table() -> bytes:
    rows = "".join(
        "<tr>" + "".join(f"<td class='{kind}'>{text}</td>" for kind, text in zip(
            ("title", "issuer", "when", "until", "ref"), row, strict=True)) + "</tr>"
        for row in _ROWS
    )  # fmt: skip
    return pdf(
        "<h1>Tomasz Wierzbicki</h1><p>t.wierzbicki@example.pl</p><h2>Certifications</h2>"
        "<table><colgroup><col class='title'><col class='issuer'><col class='when'>"
        "<col class='when'><col class='ref'></colgroup><tr><th>Certification</th><th>Issuer</th>"
        f"<th>Date</th><th>Until</th><th>ID / link</th></tr>{rows}</table>"
        "<h2>Skills</h2><p>Wi-Fi 6E design, RF planning</p>",
        _CSS,
    )


def test_rows_with_no_gap_between_them_are_read_one_entry_a_row() -> None:
    claims = extract(_packed_table(), "resume.pdf").claims

    assert [(claim.issuer, claim.issued_on, claim.expires_on) for claim in claims] == [
        ("CWNP", "2021-03", "2027-03"),
        ("CWNP", "2019-06", "2022-06"),
        ("Hewlett Packard Enterprise", "2022-02", "2025-02"),
        ("Ekahau", "2020-10", None),
    ]
    assert claims[0].title.startswith("Certified Wireless Network Professional Enterprise")
    assert (claims[0].credential_id, claims[0].url) == ("CWN21-5540", BADGE)
    assert claims[1].credential_id is None
    assert claims[2].title.startswith("Aruba Certified Mobility Professional")
    assert claims[2].credential_id == "HPE-8K2L4Q"
    assert (claims[3].title, claims[3].credential_id) == ("Site Survey Practitioner", "EKA-31190")


def test_a_web_address_on_a_line_of_its_own_is_no_part_of_the_id_above_it() -> None:
    assert join_cell_lines(["CWN21-5540", "https://www.credly.com", "/badges/7e1d2c94-",
                            "5a3b-4f60"]) == (
        "CWN21-5540 https://www.credly.com/badges/7e1d2c94-5a3b-4f60"
    )  # fmt: skip


def test_tickets_are_a_trades_word_for_its_credentials() -> None:
    assert heading_section("Qualifications & Tickets") is Section.CREDENTIALS
    assert heading_section("Licences and tickets") is Section.CREDENTIALS
