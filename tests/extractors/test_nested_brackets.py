"""An entry written "Title (Issuer (ACRONYM), dates, ID …)": brackets inside the bracket of
fields, a title with its own commas, colons and brackets before it, on a DOCX table row and
in a text list."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.claim_split import field_bracket, split_fields
from tests.extractors.documents import docx_bytes

_ENTRIES = [
    "Marine Pilotage Licence, Class B (Finnish Transport Agency (Traficom), Jun 2014–Jun 2029,"
    " ID FI-PL-4471)",
    "Ropes Course Facilitator (Association for Challenge Course Technology (ACCT), Mar 2019,"
    " ID 88213)",
    "Foundations of Sailing: Coastal Skipper (Royal Yachting Association (Coursera), 2016)",
    "Teacher Licence, Secondary Physics (9–12) (Ohio Department of Education, Aug 2020)",
    "Google Certified Trainer (Google for Education, Mar 2023–Mar 2026)",
]
_EXPECTED = [
    ("Marine Pilotage Licence, Class B", "Finnish Transport Agency (Traficom)", "FI-PL-4471"),
    (
        "Ropes Course Facilitator",
        "Association for Challenge Course Technology (ACCT)",
        "88213",
    ),
    ("Foundations of Sailing: Coastal Skipper", "Royal Yachting Association (Coursera)", None),
    ("Teacher Licence, Secondary Physics (9–12)", "Ohio Department of Education", None),
    ("Google Certified Trainer", "Google for Education", None),
]


def test_a_bracket_of_fields_may_hold_brackets_of_its_own() -> None:
    text = "Wound Care (National Alliance of Wound Care (NAWCO), Mar 2019, ID 88213)"

    bracket = field_bracket(text)

    assert bracket is not None
    assert text[: bracket[0]] == "Wound Care"
    assert split_fields(text) == [
        "Wound Care",
        "National Alliance of Wound Care (NAWCO)",
        "Mar 2019",
        "ID 88213",
    ]
    # A version in brackets is no bracket of fields, nested or not.
    assert field_bracket("Excel Expert (Microsoft Office (Excel 2016))") is None


def test_a_title_keeps_its_commas_before_a_bracket_that_names_the_issuer() -> None:
    assert split_fields("Pilotage Licence, Class B (Traficom, 2014)")[0] == (
        "Pilotage Licence, Class B"
    )
    # After the comma a body or a date is a field, as it was.
    assert split_fields("Pilotage Licence, Finnish Transport Agency (2014)")[:2] == [
        "Pilotage Licence",
        "Finnish Transport Agency",
    ]


def _fields(claims: object) -> list[tuple[str, str | None, str | None]]:
    return [(c.title, c.issuer, c.credential_id) for c in claims]  # type: ignore[attr-defined]


@pytest.mark.parametrize("layout", ["table-row", "text-list"])
def test_entries_with_brackets_in_their_bracket_of_fields(layout: str) -> None:
    if layout == "table-row":
        data = docx_bytes(
            ["Aino Virtanen", "aino.virtanen@example.fi"],
            table=[["CERTIFICATIONS", ", ".join(_ENTRIES) + "."], ["SKILLS", "Navigation"]],
        )
        claims = extract(data, "cv.docx").claims
    else:
        text = "Aino Virtanen\naino.virtanen@example.fi\n\nCERTIFICATIONS\n"
        text += "".join(f"- {entry}\n" for entry in _ENTRIES)
        claims = extract(text.encode(), "cv.txt").claims

    assert _fields(claims) == _EXPECTED
