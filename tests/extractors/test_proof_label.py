"""German CVs label a credential's address "Nachweis:" (proof): the address is the entry's
link, and the line is its field, no credential of its own."""

from __future__ import annotations

from extractors import extract


def test_a_nachweis_line_gives_its_entry_the_link() -> None:
    text = (
        "Lebenslauf\n"
        "Jana Vogt\n"
        "jana.vogt@example.org\n\n"
        "Zertifikate\n"
        "Certified Information Systems Auditor (CISA)\n"
        "ISACA · Zertifikats-Nr. 7731029\n"
        "Nachweis: https://www.credly.com/badges/5d1c9e0a-77b2-4c3e-9f1a-2b8d6e4f0c13\n\n"
        "Kenntnisse\n"
        "SAP · Excel\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.credential_id, claim.url) for claim in claims] == [
        ("7731029", "https://www.credly.com/badges/5d1c9e0a-77b2-4c3e-9f1a-2b8d6e4f0c13")
    ]
