"""A year written by its last two digits after a month ("got it Jan '25") dates an entry as a
full year does; and "(expired)" after the dates a credential was held is its status, the
credential still claimed, where "(expired)" alone says it is no longer held."""

from __future__ import annotations

from extractors import extract

_HEAD = "Sam Ferreira\nsam.ferreira@example.com\n\nCertifications\n"
_HELD = "- Basic Life Support (BLS), American Heart Association, 2024\n"


def _claims(line: str) -> list[tuple[str, str | None, str | None, str | None]]:
    claims = extract((_HEAD + line + "\n" + _HELD).encode(), "cv.txt").claims
    return [(claim.title, claim.issuer, claim.issued_on, claim.expires_on) for claim in claims]


def test_a_month_and_two_digit_year_date_an_entry_with_no_credential_word() -> None:
    line = (
        "- Arc Flash Safety in the Workplace - Safety Council of Ohio - got it Mar '24, exp Mar '27"
    )
    assert _claims(line)[0] == (
        "Arc Flash Safety in the Workplace",
        "Safety Council of Ohio",
        "2024-03",
        "2027-03",
    )


def test_expired_after_the_dates_held_is_a_status_of_a_claim() -> None:
    line = "- Certified Pharmacy Technician (CPhT), PTCB, 06/2019 to 06/2023 (expired)"
    assert _claims(line)[0][2:] == ("2019-06", "2023-06")
    assert _claims(line)[0][0].startswith("Certified Pharmacy Technician")


def test_expired_with_no_dates_held_is_no_claim() -> None:
    assert [claim[0] for claim in _claims("- Barista certificate (expired)")] == [
        "Basic Life Support"
    ]


def test_a_dates_cell_ending_in_its_status_still_takes_the_issuer_line_under_it() -> None:
    # A title with its dates in a cell after a tab, the status after them, and under it the
    # body its letters name ("HCL …" / "Harbour Council on Lifting · …"), as a design tool's boxes
    # read: the body is the title's issuer, as it is when no status follows the dates.
    text = (
        _HEAD
        + "HCL Rigger Intermediate\tJan 2019 – Jan 2022 (expired)\n"
        + "Harbour Council on Lifting · Credential ID RI-48812\n"
        + "Gas Test Atmospheres\tJune 2021\n"
        + "Tasman Rescue Training\n"
    )
    found = {c.title: (c.issuer, c.credential_id) for c in extract(text.encode(), "cv.txt").claims}
    assert found["HCL Rigger Intermediate"] == ("Harbour Council on Lifting", "RI-48812")
    assert "Harbour Council on Lifting" not in found
