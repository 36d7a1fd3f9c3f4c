"""Credentials listed as a reference list's items, as an academic CV does: "[3] Body (Year).
Title. Credential no. …. Awarded Month Year.", each item wrapped under its text."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = (
    "body { font-size: 11pt; } h2 { font-size: 12.5pt; font-weight: bold; }"
    " p.ref { width: 300pt; padding-left: 20pt; text-indent: -20pt; margin: 0 0 6pt 0; }"
)
_ITEMS = (
    "[1] The Linux Foundation (2022). Certified Kubernetes Administrator (CKA). Credential no."
    " LF-8x0b9q3w1d. Awarded March 2022. Valid until March 2025.",
    "[2] Canadian Red Cross (2023) · Standard First Aid with CPR Level C · Credential no."
    " RC-4K7Q2L9F · Awarded November 2023",
    "[3] NSF (2017). Advanced HACCP Certification.",
)
_EXPECTED = [
    ("cka", "The Linux Foundation", "LF-8x0b9q3w1d", "2022-03", "2025-03"),
    (None, "Canadian Red Cross", "RC-4K7Q2L9F", "2023-11", None),
    (None, "NSF", None, "2017", None),
]


def _fields(data: bytes, name: str) -> list[tuple[str | None, ...]]:
    return [
        (claim.catalog_id, claim.issuer, claim.credential_id, claim.issued_on, claim.expires_on)
        for claim in extract(data, name).claims
    ]


def test_reference_items_give_the_body_before_the_year_as_issuer_and_wrap_under_the_text() -> None:
    items = "".join(f"<p class='ref'>{item}</p>" for item in _ITEMS)
    body = (
        "<h1>Dana Reyes</h1><p>dana.reyes@example.com</p>"
        f"<h2>3. Professional Development</h2>{items}<h2>4. Skills</h2><p>Kubernetes</p>"
    )

    claims = extract(pdf(body, _CSS), "cv.pdf").claims

    assert _fields(pdf(body, _CSS), "cv.pdf") == _EXPECTED
    assert [claim.title for claim in claims][1:] == [
        "Standard First Aid with CPR Level C",
        "Advanced HACCP Certification",
    ]


def test_reference_items_in_a_text_resume_wrap_under_their_text_too() -> None:
    lines = []
    for item in _ITEMS:
        words, line = item.split(), ""
        for word in words:  # wrapped by hand at 60 columns, under the item's text
            if line and len(line) + 1 + len(word) > 60:
                lines.append(line)
                line = "    " + word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    text = "Dana Reyes\ndana.reyes@example.com\n\nProfessional Development\n\n" + "\n".join(lines)

    assert _fields(f"{text}\n\nSkills\n\nKubernetes\n".encode(), "cv.txt") == _EXPECTED


def test_a_title_dated_in_brackets_before_its_body_keeps_its_order() -> None:
    text = (
        "Dana Reyes\ndana.reyes@example.com\n\nCertifications\n\n"
        "1. Certified Kubernetes Administrator (2022). Cloud Native Computing Foundation.\n"
    )

    assert _fields(text.encode(), "cv.txt") == [
        ("cka", "Cloud Native Computing Foundation", None, "2022", None)
    ]
