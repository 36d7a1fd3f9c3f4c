"""A register's number in dotted parts ("NO.66.0192", a Part-66 licence's) is a credential ID,
and a body's name with its other name in brackets, then only an ID, is the issuer's line of
the entry above it."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.claim_text import CREDENTIAL_ID
from tests.extractors.documents import docx_bytes


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Credential ID: NO.66.0192", "NO.66.0192"),
        ("Licence No. 12.345.678.", "12.345.678"),
        ("ID 12.5", None),  # two parts: a version or a score, not a register's number
        ("Credential ID: v2.1 beta", None),
    ],
)
def test_a_number_in_three_dotted_parts_is_an_id(text: str, number: str | None) -> None:
    found = CREDENTIAL_ID.search(text)

    assert (found.group("id") or found.group("bare") if found else None) == number


def test_a_bracketed_body_and_its_dotted_id_under_a_title_are_the_entrys_fields() -> None:
    data = docx_bytes(
        [
            "Ingvild Haugen",
            "ingvild.haugen@example.no",
            "CERTIFICATIONS",
            "EASA Part-66 Aircraft Maintenance Licence, Category B2\tMARCH 2016 – MARCH 2031",
            "Luftfartstilsynet (Norwegian Civil Aviation Authority) · Credential ID: NO.66.0192",
        ]
    )

    claims = extract(data, "cv.docx").claims

    assert [(c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        ("Luftfartstilsynet (Norwegian Civil Aviation Authority)", "NO.66.0192", "2016-03")
    ]
