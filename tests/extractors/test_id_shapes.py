"""A credential's number known by its shape: after a register's capitals ("NSN 031-554-872"),
in parts parted by slashes ("WDLC/MC/24/1182"), labelled or alone in a table's cell."""

from __future__ import annotations

from extractors import load_catalog
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.sections import Section


def _ids(*lines: tuple[str, bool]) -> list[tuple[str, str | None]]:
    claim_lines = [
        ClaimLine(index=index, text=text, page=1, section=Section.CREDENTIALS, table_row=row)
        for index, (text, row) in enumerate(lines)
    ]
    claims = finder_for(load_catalog().entries).find(claim_lines)
    return [(claim.title, claim.credential_id) for claim in claims]


def test_a_labelled_number_after_a_registers_capitals_keeps_them() -> None:
    assert _ids(
        ("New Zealand Certificate in Cookery (Level 4)", False),
        ("NZQA · Issued Dec 2015 · ID NSN 031-554-872", False),
    ) == [("New Zealand Certificate in Cookery (Level 4)", "NSN 031-554-872")]
    # A year after the capitals is when, not which.
    assert _ids(("Workplace First Aid (Level 2), St John · Certificate WFA 2019", False)) == [
        ("Workplace First Aid (Level 2)", None)
    ]


def test_a_reference_column_holds_numbers_with_a_register_or_in_slashed_parts() -> None:
    assert _ids(
        ("New Zealand Certificate in Cookery (Level 4) | NZQA | 12.2015 | NSN 031-554-872", True),
        (
            "Manager's Certificate (Sale and Supply of Alcohol Act 2012) | Wellington District "
            "Licensing Committee | 05.2024 – 05.2027 | WDLC/MC/24/1182",
            True,
        ),
        ("Workplace First Aid (Level 2) | St John New Zealand | 06.2025 | 12/05/2024", True),
    ) == [
        ("New Zealand Certificate in Cookery (Level 4)", "NSN 031-554-872"),
        ("Manager's Certificate (Sale and Supply of Alcohol Act 2012)", "WDLC/MC/24/1182"),
        ("Workplace First Aid (Level 2)", None),
    ]


def test_a_french_entry_names_its_number_and_its_expiry_in_french() -> None:
    line = (
        "Certified Paralegal (CP), NALA — obtenu en juillet 2016, valable jusqu’en novembre "
        "2026 — N° de certificat : 58214 — Vérifier : https://www.credly.com/badges/x"
    )
    claim_lines = [ClaimLine(index=0, text=line, page=1, section=Section.CREDENTIALS)]
    (claim,) = finder_for(load_catalog().entries).find(claim_lines)
    assert (claim.credential_id, claim.issued_on, claim.expires_on) == (
        "58214",
        "2016-07",
        "2026-11",
    )
    # The number sign alone ("N° 3191642") labels a number too.
    assert _ids(("Notary Public Commission — State of Washington · N° 3191642", False)) == [
        ("Notary Public Commission", "3191642")
    ]


def test_a_registers_capitals_may_be_a_bodys_five_or_six_letters() -> None:
    # A body's own register is named by its letters, up to six of them: "ECITB 2210457".
    assert _ids(
        ("Mechanical Joint Integrity Certificate – Engineering Board", False),
        ("Credential ID ECITB 2210457", False),
        ("Occupational Health Certificate – Safety Examinations Board", False),
        ("Certificate no. NEBOSH 00412873", False),
    ) == [
        ("Mechanical Joint Integrity Certificate", "ECITB 2210457"),
        ("Occupational Health Certificate", "NEBOSH 00412873"),
    ]
