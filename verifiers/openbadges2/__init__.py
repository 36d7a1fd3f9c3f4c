"""Open Badges 2.0: hosted assertions checked at their issuer, signed ones by their signature.

Input is a link (to a hosted assertion, a signed JWS or a baked PNG/SVG badge) or a credential
handed over as ``Claim.payload`` (assertion JSON, compact JWS, or what ``verifiers.baked``
took out of an image). The verifier walks the assertion → BadgeClass → Issuer graph the way
1EdTech's reference validator does (openbadges-validator-core): JSON-LD types expanded with
the bundled contexts only; the hosted rule (the assertion lives at its ``id``, on an origin
its issuer allows); for signed badges the RS256 signature, with the key from
``verification.creator`` that the issuer must own and list. It adds what the reference
misses: hosted revocation (HTTP 410, ``revoked: true``), the issuer's revocation list for
hosted badges too, and the recipient bound to the candidate rather than left optional.

Verdict decisions a recruiter can rely on:

- an assertion URL answering 404 or another 4xx is ``unverified``: nothing proves the badge
  exists, but a dead link is not proof of forgery either;
- a link the network guard refuses (a private address, another scheme, an oversized body) is
  ``unsupported``: credlens will not fetch it, so it cannot say anything about it;
- a recipient that cannot be compared (the résumé gives no email) is ``unverified``: the badge
  is real but nothing ties it to this candidate; another recipient is ``mismatch``;
- a hashed email match is "consistent with" the candidate, since hashed emails can be guessed;
- a link to a BadgeClass or issuer profile is ``unsupported``: it describes a badge, it does
  not award it to anyone; Open Badges 0.5/1.0 are ``unsupported`` too (not upgraded);
- assurance is ``signed`` for a valid signature by the issuer's key, ``issuer`` for a hosted
  assertion where its issuer allows, ``link`` otherwise; either needs the recipient bound.
"""

from verifiers.openbadges2.documents import (
    ACCEPT_JSON_LD,
    OB2_CONTEXTS,
    OBI,
    PLATFORM_HOSTS,
    documents_named,
    expanded_types,
    in_ob2_terms,
    is_http_url,
    is_open_badge_2_payload,
    looks_like_open_badge,
)
from verifiers.openbadges2.rules import recipient_hash
from verifiers.openbadges2.verifier import OpenBadges2Verifier

__all__ = [
    "ACCEPT_JSON_LD",
    "OB2_CONTEXTS",
    "OBI",
    "PLATFORM_HOSTS",
    "OpenBadges2Verifier",
    "documents_named",
    "expanded_types",
    "in_ob2_terms",
    "is_http_url",
    "is_open_badge_2_payload",
    "looks_like_open_badge",
    "recipient_hash",
]
