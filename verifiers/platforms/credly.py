"""Credly (formerly Acclaim): badge links checked through Credly's Open Badges 2.0 assertions.

Credly publishes every public badge as a hosted Open Badges 2.0 assertion at
``{base}/v1/obi/v2/badge_assertions/<badge id>`` (no key needed). The assertion carries a hashed
email, not a name, so the badge is tied to the candidate through the emails they gave. The walk
assertion → BadgeClass → issuer, the hosted-origin rule, revocation (410) and expiry are the
Open Badges 2.0 verifier's; this module adds Credly's URL forms, the configurable base and the
comparison with what the résumé claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

import httpx

from extractors.models import Candidate, Claim
from verifiers.evidence_rigor import credly_template_rigor
from verifiers.identity import match_name
from verifiers.models import Checklist, CheckStatus, CredentialFacts, Verdict, Verification
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.platforms.by_id import bare_id
from verifiers.platforms.common import (
    Run,
    claim_url,
    fetch_json,
    fetch_page,
    lookup_url,
    walk_open_badge,
)

__all__ = [
    "DEFAULT_CREDLY_BASE_URL",
    "DEFAULT_CREDLY_WEB_BASE_URL",
    "CredlyVerifier",
    "credly_badge_id",
]

DEFAULT_CREDLY_BASE_URL = "https://api.credly.com"
#: Credly's web site: public badge records (with the holder's name) and profiles.
DEFAULT_CREDLY_WEB_BASE_URL = "https://www.credly.com"

_HOST = r"https?://(?:www\.|api\.)?(?:credly\.com|youracclaim\.com)"
_UUID = r"(?P<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
_END = r"/?(?:[?#].*)?$"
#: Earned badges: the public page and its share variants, the earner's own view, the API form.
_BADGE = re.compile(
    _HOST + r"(?:/[a-z]{2}(?:-[a-zA-Z]{2})?)?"
    r"(?:/badges/" + _UUID + r"(?:/(?:public_url|linked_in_profile|linked_in|embedded_badge))?"
    r"|/earner/earned/badge/" + _UUID.replace("?P<id>", "?P<earner_id>") + r"|"
    r"(?:/api)?/v1/obi/v2/badge_assertions/" + _UUID.replace("?P<id>", "?P<api_id>") + r")" + _END,
    re.IGNORECASE,
)
_BARE_UUID = re.compile(_UUID.replace("(?P<id>", "(?:"))
_SHORT_LINK = re.compile(_HOST + r"/go/[A-Za-z0-9_-]+" + _END, re.IGNORECASE)
_PROFILE = re.compile(_HOST + r"/users/[^/?#]+(?:/badges)?" + _END, re.IGNORECASE)
_TEMPLATE = re.compile(_HOST + r"/org/[^/?#]+/badge/[^/?#]+" + _END, re.IGNORECASE)


def credly_badge_id(url: str) -> str | None:
    """The badge (assertion) id in any form of a Credly badge link."""
    match = _BADGE.match(url.strip())
    if match is None:
        return None
    found = match.group("id") or match.group("earner_id") or match.group("api_id")
    return found.lower() if found else None


class CredlyVerifier:
    """Credly badge links, short links, profile and template pages."""

    name: ClassVar[str] = "credly"
    platform: ClassVar[str] = "Credly"

    def __init__(
        self,
        base_url: str = DEFAULT_CREDLY_BASE_URL,
        *,
        web_base_url: str = DEFAULT_CREDLY_WEB_BASE_URL,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.base_url = base_url
        self.web_base_url = web_base_url
        self._ob2 = OpenBadges2Verifier(now=now)

    def recognises(self, claim: Claim) -> bool:
        url = claim_url(claim)
        if url is None:
            return bare_id(claim, _BARE_UUID, "credly", "acclaim", "youracclaim") is not None
        return any(pattern.match(url) for pattern in (_BADGE, _SHORT_LINK, _PROFILE, _TEMPLATE))

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source=self.platform)
        url = claim_url(claim) or ""
        bare = None if url else bare_id(claim, _BARE_UUID, "credly", "acclaim", "youracclaim")
        if bare is not None:
            run.checks.passed("platform", f"a Credly badge ID without a link ({bare.lower()})")
            await self._verify_assertion(run, candidate, client, bare.lower())
            return run.result().model_copy(
                update={"provenance": "from Credly's record of the badge, by badge ID"}
            )
        badge_id = credly_badge_id(url)
        if badge_id is None and _SHORT_LINK.match(url):
            badge_id = await self._follow_short_link(run, client, url)
            if badge_id is None:
                return run.result()
        elif badge_id is None:
            self._not_a_badge(run, url)
            return run.result()
        else:
            run.checks.passed("platform", f"a Credly badge link (badge {badge_id})")
        await self._verify_assertion(run, candidate, client, badge_id)
        return run.result()

    async def _follow_short_link(self, run: Run, client: httpx.AsyncClient, url: str) -> str | None:
        fetched = await fetch_page(
            run, client, url, check="short_link", what="short link", accept="text/html"
        )
        if fetched is None:
            return None
        badge_id = credly_badge_id(fetched.url)
        if badge_id is None:
            run.checks.failed(
                "short_link",
                f"the short link leads to {fetched.url}, not to a Credly badge",
                verdict=Verdict.UNVERIFIED,
            )
            return None
        run.checks.passed("short_link", f"the short link leads to badge {badge_id}")
        return badge_id

    def _not_a_badge(self, run: Run, url: str) -> None:
        run.facts = CredentialFacts(platform=self.platform)
        if _PROFILE.match(url):
            run.checks.failed(
                "platform",
                "a Credly profile page, not a badge: it lists badges but proves none; link "
                "the badge itself (credly.com/badges/…)",
                verdict=Verdict.UNSUPPORTED,
            )
        else:
            run.checks.failed(
                "platform",
                "a Credly badge template page: it describes the badge, not anyone's award of it",
                verdict=Verdict.UNVERIFIED,
            )

    async def _verify_assertion(
        self, run: Run, candidate: Candidate, client: httpx.AsyncClient, badge_id: str
    ) -> None:
        assertion_url = lookup_url(self.base_url, f"/v1/obi/v2/badge_assertions/{badge_id}")
        await walk_open_badge(run, self._ob2, candidate, client, assertion_url)
        if run.confirmed and not run.recipient_bound:
            await self._bind_by_name(run, candidate, client, badge_id)

    async def _bind_by_name(
        self, run: Run, candidate: Candidate, client: httpx.AsyncClient, badge_id: str
    ) -> None:
        """When the hashed email does not tie the badge to the candidate, Credly's public badge
        record names its holder (``issued_to``): the same person by name binds it, weaker."""
        if not candidate.name:
            return
        url = lookup_url(self.web_base_url, f"/api/v1/public_badges/{badge_id}")
        probe = Run(claim=run.claim, method=run.method, source=run.source, now=run.now)
        answer = await fetch_json(probe, client, url, check="holder_name", what="badge record")
        run.evidence.extend(probe.evidence)
        data = answer[1].get("data") if answer and isinstance(answer[1], dict) else None
        holder = data.get("issued_to") if isinstance(data, dict) else None
        template = data.get("badge_template") if isinstance(data, dict) else None
        rigor = credly_template_rigor(template) if isinstance(template, dict) else None
        if rigor is not None and run.facts is not None:
            run.facts = run.facts.model_copy(update={"rigor": rigor})
        if not isinstance(holder, str) or not holder.strip():
            run.checks.skipped(
                "holder_name", "Credly's public badge record gives no holder name to compare"
            )
            return
        match = match_name(candidate.name, holder)
        if not match.same:
            run.checks.failed(
                "holder_name",
                f"Credly shows the badge issued to {holder.strip()!r}, not the résumé's "
                f"{candidate.name.strip()!r} (score {match.score:.2f})",
                verdict=Verdict.MISMATCH,
            )
            return
        # The email hash did not match (the candidate may use another email on Credly), but
        # Credly names the candidate: the email check steps aside for the name.
        kept = Checklist()
        for check in run.checks.checks:
            if check.name == "recipient" and check.status is CheckStatus.FAILED:
                kept.skipped("recipient", f"{check.detail}; the name binds it instead")
            elif check.status is CheckStatus.FAILED:
                kept.failed(check.name, check.detail, verdict=check.failure or Verdict.UNVERIFIED)
            elif check.status is CheckStatus.SKIPPED:
                kept.skipped(check.name, check.detail)
            else:
                kept.passed(check.name, check.detail)
        kept.passed(
            "holder_name",
            f"Credly shows the badge issued to {holder.strip()!r}: {match.reason} (name only)",
        )
        run.checks = kept
        run.recipient_bound = True
        run.bound_by_name_only = True
