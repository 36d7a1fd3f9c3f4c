"""A page set right to left (a bilingual Hebrew or Arabic CV) puts a table's first column on
the right, labels each column in both languages ("מנפיק / Issuer") and may number its rows in
a column of their own; a verification address can stand on a full-width row under its entry.
A recruiter reads such a row from its right end, each value under its English label, the
row's number as no part of the credential, and the address as the entry's link."""

from __future__ import annotations

from extractors import Claim, extract
from extractors.script_words import left_to_right_part
from extractors.tables import Column, column_of, table_entries
from tests.extractors.documents import pdf

_CSS = """
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #888; padding: 2pt 4pt; font-size: 9pt; vertical-align: top; }
"""


def _row(number: str, cells: tuple[str, ...], link: str | None) -> str:
    row = f"<tr><td>{number}</td>" + "".join(f'<td dir="ltr">{c}</td>' for c in cells) + "</tr>"
    if link:
        row += f'<tr><td></td><td colspan="5">קישור / Link: <a href="{link}">{link}</a></td></tr>'
    return row


def _resume() -> bytes:
    head = ("מס'", "תעודה / Certificate", "מנפיק / Issuer", "הונפק / Issued",
            "תוקף / Expires", "מספר / Credential ID")  # fmt: skip
    rows = [
        _row("1", ("Certified Welding Inspector", "American Welding Society", "04/2019",
                   "04/2028", "19041177"), "https://www.example.org/verify/19041177"),
        _row("2", ("Radiation Safety Officer", "Israel Atomic Energy Commission", "11/2021",
                   "—", "RSO-5521"), None),
    ]  # fmt: skip
    body = (
        '<div dir="rtl"><h1 dir="ltr">Noa Ben-Ari</h1><p dir="ltr">noa.benari@example.org</p>'
        "<h2>תעודות מקצועיות / Professional Certifications</h2>"
        f"<table><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr>{''.join(rows)}</table>"
        "<h2>שפות / Languages</h2><p dir='ltr'>Hebrew, English</p></div>"
    )
    return pdf(body, _CSS)


def _fields(claim: Claim) -> tuple[str, str | None, str | None, str | None, str | None]:
    return (claim.title, claim.issuer, claim.issued_on, claim.expires_on, claim.credential_id)


def test_a_table_set_right_to_left_is_read_from_its_right_end() -> None:
    claims = extract(_resume(), "cv.pdf").claims

    assert [_fields(claim) for claim in claims] == [
        ("Certified Welding Inspector", "American Welding Society", "2019-04", "2028-04",
         "19041177"),
        ("Radiation Safety Officer", "Israel Atomic Energy Commission", "2021-11", None,
         "RSO-5521"),
    ]  # fmt: skip
    assert claims[0].url == "https://www.example.org/verify/19041177"
    assert claims[1].url is None


def test_a_label_in_two_scripts_is_read_by_its_left_to_right_half() -> None:
    assert left_to_right_part("תוקף / Expires") == "Expires"
    assert left_to_right_part("Cert. / مقر .No") == "Cert. No"
    assert left_to_right_part("Issuer") == "Issuer"
    assert column_of("تاريخ الإصدار / Issued") is Column.ISSUED


def test_a_column_that_counts_the_rows_is_no_part_of_a_claim() -> None:
    rows = [
        ["מס'", "Certificate", "Issuer"],
        ["1", "Certified Welding Inspector", "American Welding Society"],
        ["2", "Radiation Safety Officer", "Israel Atomic Energy Commission"],
    ]

    assert [text for _, text, _ in table_entries(rows)] == [
        "Certified Welding Inspector | American Welding Society",
        "Radiation Safety Officer | Israel Atomic Energy Commission",
    ]


def test_an_address_alone_on_the_row_under_an_entry_is_that_entry_s() -> None:
    rows = [
        ["Certificate", "Issuer"],
        ["Certified Welding Inspector", "American Welding Society"],
        ["Verify: https://www.example.org/v/1", ""],
        ["Radiation Safety Officer", "Israel Atomic Energy Commission"],
    ]

    assert [(span, text) for span, text, _ in table_entries(rows)] == [
        (range(1, 3), "Certified Welding Inspector | American Welding Society | "
         "https://www.example.org/v/1"),
        (range(3, 4), "Radiation Safety Officer | Israel Atomic Energy Commission"),
    ]  # fmt: skip
