"""Letters in brackets after a title that spell out its words are the title's own short name,
even when a body of the catalog writes the same letters: the issuer is on the line below."""

from __future__ import annotations

from extractors import extract

_RESUME = """Oskar Lindqvist
Cloud Engineer
oskar.lindqvist@example.se

Certifications

Cloud Security Architect (CSA)
Kestrel Cloud Academy
Credential ID KCA-7781-22
Awarded May 2022

Managed Infrastructure Specialist
Nordlys Institute
Awarded 2020
"""


def test_a_bracket_of_the_titles_initials_is_not_its_issuer() -> None:
    claims = {claim.title: claim for claim in extract(_RESUME.encode(), "cv.txt").claims}
    claim = claims["Cloud Security Architect (CSA)"]
    assert claim.issuer == "Kestrel Cloud Academy"
    assert claim.credential_id == "KCA-7781-22"
    assert claim.issued_on == "2022-05"
