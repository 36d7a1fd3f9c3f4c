"""Claims found in a few typed lines of a credentials section, with the real catalogue."""

from __future__ import annotations

from extractors import load_catalog
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.sections import Section


def found(*texts: str) -> list[tuple[str, str | None, str | None]]:
    """Each claim found in ``texts`` (one line each, under a credentials heading) as its title,
    issuer and issue date."""
    lines = [
        ClaimLine(index=index, text=text, page=1, section=Section.CREDENTIALS)
        for index, text in enumerate(texts)
    ]
    claims = finder_for(load_catalog().entries).find(lines)
    return [(c.title, c.issuer, c.issued_on) for c in claims]
