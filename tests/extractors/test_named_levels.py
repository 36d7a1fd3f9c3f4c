"""A level after a credential's name that opens with a body's letters ("PCN NDT Level 2") is
the credential's grade, held; a level right after a designation's letters alone ("Passed CFA
Level I") is still an exam on the way to it."""

from __future__ import annotations

from extractors import extract

_RESUME = """Idris Okonkwo
Inspection Engineer
idris.okonkwo@example.ng

Certifications

PCN NDT Level 2 (Radiography)
Harmattan Inspection Board
Certificate number HIB-22-0917
Awarded June 2021

MDL Pro Level 1
Halvard Project Academy
Awarded 2019

Passed CFA Level I
CFA Institute, 2018
"""


def test_a_level_after_a_named_credential_is_its_grade() -> None:
    claims = {claim.title: claim for claim in extract(_RESUME.encode(), "cv.txt").claims}
    assert claims["PCN NDT Level 2 (Radiography)"].issuer == "Harmattan Inspection Board"
    assert claims["PCN NDT Level 2 (Radiography)"].credential_id == "HIB-22-0917"
    assert claims["MDL Pro Level 1"].issued_on == "2019"
    assert not any("CFA" in title for title in claims)
