"""Which résumé claim a link given beside the résumé evidences.

A recruiter or an ATS often sends badge links separately from the résumé. Once a link is
verified, what its issuer says (title, issuer) tells which claim it belongs to; that claim is
then checked against the link, so "Professional" on the résumé and an "Associate" badge
behind the link is a mismatch rather than two unrelated results.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.models import Claim, ClaimOrigin
from verifiers.identity import fold
from verifiers.models import Verification

#: Words that say what kind of document it is, not which credential.
_GENERIC = """a an and the of in for on to with by certified certification certificate
certificates badge badges credential credentials course program programme exam holder"""
#: Levels are compared by the verifiers once a link is attached; here they must not keep an
#: Associate badge from finding the résumé's Professional claim.
_LEVELS = """associate professional expert specialty specialist foundational foundation
fundamentals practitioner advanced intermediate beginner master senior junior entry level"""
GENERIC_WORDS = frozenset(_GENERIC.split())
LEVEL_WORDS = frozenset(_LEVELS.split())
#: The least share of the words two titles have together that makes them the same credential.
TITLE_MATCH_THRESHOLD = 0.6


def title_words(title: str) -> frozenset[str]:
    """The words that name a credential: folded, without generic and level words."""
    words = re.findall(r"[a-z0-9]+(?:[+#][a-z0-9]*)?|[+#]", fold(title))
    return frozenset(words) - GENERIC_WORDS - LEVEL_WORDS


def title_similarity(first: str, second: str) -> float:
    """Jaccard similarity of the naming words of two titles, 0 to 1."""
    a, b = title_words(first), title_words(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def claim_for_link(verification: Verification, claims: Sequence[Claim]) -> Claim | None:
    """The résumé claim without a link of its own that this verified link evidences, if any."""
    facts = verification.credential
    if facts is None or not facts.title:
        return None
    candidates = [
        (title_similarity(facts.title, claim.title), claim)
        for claim in claims
        if claim.source.origin is ClaimOrigin.RESUME and not claim.url and not claim.payload
    ]
    scored = [pair for pair in candidates if pair[0] >= TITLE_MATCH_THRESHOLD]
    if not scored:
        return None
    best_score = max(score for score, _ in scored)
    best = [claim for score, claim in scored if score == best_score]
    # Two résumé claims equally like the link: attaching it to either would be a guess.
    return best[0] if len(best) == 1 else None


def pair_links(verifications: Sequence[Verification]) -> dict[str, Claim]:
    """Link claim id → the résumé claim it evidences, each résumé claim taken at most once."""
    claims = [verification.claim for verification in verifications]
    paired: dict[str, Claim] = {}
    taken: set[str] = set()
    for verification in verifications:
        if verification.claim.source.origin is not ClaimOrigin.LINK:
            continue
        free = [claim for claim in claims if claim.id not in taken]
        match = claim_for_link(verification, free)
        if match is not None:
            paired[verification.claim.id] = match
            taken.add(match.id)
    return paired
