"""Claims that carry a credential ID and no link: which registry answers them.

The issuer (or platform) the claim names, plus the shape of the ID, chooses the registry: a
12-character code on a Coursera line, 32 hex digits on an edX line, a UUID on a Credly or
Accredible line. A source asks ``bare_id`` and looks the ID up on its configured base exactly
as it would the link; nothing is guessed from the ID's shape alone.
"""

from __future__ import annotations

import re

from extractors.models import Claim
from verifiers.compare import words

__all__ = ["bare_id", "names_any"]


def names_any(claim: Claim, *names: str) -> bool:
    """Whether the claim's issuer, title or line names one of ``names`` (single words)."""
    said = set(words(" ".join((claim.issuer or "", claim.title, claim.text, claim.source.text))))
    return any(name in said for name in names)


def bare_id(claim: Claim, shape: re.Pattern[str], *names: str) -> str | None:
    """The claim's credential ID when it has no link, names one of ``names`` and has ``shape``."""
    if (claim.url and claim.url.strip()) or (claim.payload and claim.payload.strip()):
        return None
    found = (claim.credential_id or "").strip()
    if not found or not shape.fullmatch(found) or not names_any(claim, *names):
        return None
    return found
