"""Salesforce Trailhead: Trailblazer profiles as wallets; other Trailhead pages declined.

A public Trailblazer profile (``trailblazer.me/id/<slug>``, ``salesforce.com/trailblazer/<slug>``)
lists its certifications through Trailhead's public GraphQL API: **POST**
``{base}/graphql`` with the ``GetUserCertifications`` query answers
``data.profile.credential.certifications[]`` (``title``, ``dateCompleted``, ``dateExpired``,
``status{title, expired}``); a private profile answers ``__typename: "PrivateProfile"`` and an
unknown one ``errors``, both said. The query names no holder, so a certification matched to a
claim is shown but not bound to the candidate. The verification search page and print pages
have no machine-readable record: they are declined with the reason.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

import httpx

from extractors.models import Claim
from verifiers.http import FetchError, fetch
from verifiers.models import CredentialFacts, Verdict
from verifiers.platforms.common import LinkOnlyVerifier, iso_date, lookup_url
from verifiers.run import Run, status_verdict
from verifiers.wallets import Wallet, WalletEntry

__all__ = [
    "DEFAULT_TRAILHEAD_BASE_URL",
    "TrailheadProfiles",
    "TrailheadVerifier",
    "read_certifications",
    "trailblazer_slug",
]


class TrailheadVerifier(LinkOnlyVerifier):
    """Trailhead's verification search, Trailblazer profiles and certification print pages."""

    name: ClassVar[str] = "trailhead"
    platform: ClassVar[str] = "Salesforce Trailhead"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(
            r"https?://trailhead\.salesforce\.com(?:/[a-z]{2}(?:-[a-z]{2})?)?/"
            r"(?:credentials/|users/|profile/|me/|today).*$",
            re.I,
        ),
        re.compile(r"https?://(?:www\.)?trailblazer\.me/id/[^/?#]+/?(?:[?#].*)?$", re.I),
        re.compile(r"https?://(?:www\.)?salesforce\.com/trailblazer/[^/?#]+/?(?:[?#].*)?$", re.I),
    )
    reason: ClassVar[str] = (
        "Salesforce verifies certifications only through an interactive search on "
        "trailhead.salesforce.com/credentials/verification (by name or email), with no "
        "machine-readable record; search there for the candidate"
    )


DEFAULT_TRAILHEAD_BASE_URL = "https://profile.api.trailhead.com"

_PROFILE_LINKS = (
    re.compile(
        r"^(?:https?://)?(?:www\.)?trailblazer\.me/id/(?P<slug>[A-Za-z0-9_.-]+)/?(?:[?#].*)?$", re.I
    ),
    re.compile(
        r"^(?:https?://)?(?:www\.)?salesforce\.com/trailblazer/(?P<slug>[A-Za-z0-9_.-]+)/?(?:[?#].*)?$",
        re.I,
    ),
    re.compile(
        r"^(?:https?://)?trailhead\.salesforce\.com/(?:[a-z]{2}(?:-[a-z]{2})?/)?profile/"
        r"(?P<slug>[A-Za-z0-9_.-]+)/?(?:[?#].*)?$",
        re.I,
    ),
)
#: Only the fields credlens reads, of the public profile's certifications query.
CERTIFICATIONS_QUERY = """
query GetUserCertifications($slug: String, $hasSlug: Boolean!) {
  profile(slug: $slug) @include(if: $hasSlug) {
    __typename
    ... on PublicProfile {
      credential {
        certifications { title dateCompleted dateExpired status { title expired } }
      }
    }
  }
}
"""


def trailblazer_slug(url: str) -> str | None:
    """The Trailblazer profile's slug in a profile link, or None."""
    for pattern in _PROFILE_LINKS:
        match = pattern.match(url.strip())
        if match:
            return match.group("slug").lower()
    return None


def read_certifications(document: Any) -> list[WalletEntry] | str | None:
    """The profile's certifications, why there are none to read ("private", "unknown"), or
    None for an answer of another shape."""
    if not isinstance(document, dict):
        return None
    data = document.get("data")
    profile = data.get("profile") if isinstance(data, dict) else None
    if document.get("errors") and not isinstance(profile, dict):
        return "unknown"
    if not isinstance(profile, dict):
        return None
    if profile.get("__typename") == "PrivateProfile":
        return "private"
    credential = profile.get("credential")
    certifications = credential.get("certifications") if isinstance(credential, dict) else None
    if not isinstance(certifications, list):
        return None
    entries = []
    for each in certifications:
        title = each.get("title") if isinstance(each, dict) else None
        if not isinstance(title, str) or not title.strip():
            continue
        status = each.get("status") if isinstance(each.get("status"), dict) else {}
        expires = iso_date(each.get("dateExpired"))
        entries.append(
            WalletEntry(
                facts=CredentialFacts(
                    title=title.strip(),
                    issuer="Salesforce",
                    issuer_url="https://trailhead.salesforce.com",
                    platform="Salesforce Trailhead",
                    issued_on=iso_date(each.get("dateCompleted")),
                    expires_on=expires,
                ),
                expired=status.get("expired") is True,
            )
        )
    return entries


class TrailheadProfiles:
    """Opens Trailblazer profile links into wallets of their Salesforce certifications."""

    name: ClassVar[str] = "trailhead_profile"
    platform: ClassVar[str] = "Salesforce Trailhead"

    def __init__(self, base_url: str = DEFAULT_TRAILHEAD_BASE_URL) -> None:
        self.base_url = base_url

    def profile_id(self, url: str) -> str | None:
        return trailblazer_slug(url)

    async def open(self, url: str, client: httpx.AsyncClient) -> Wallet:
        slug = trailblazer_slug(url) or ""
        label = f"the candidate's Trailblazer profile ({slug})"
        run = Run(
            claim=Claim(id="wallet", title=label, url=url), method=self.name, source=self.platform
        )
        body = json.dumps(
            {"query": CERTIFICATIONS_QUERY, "variables": {"slug": slug, "hasSlug": True}}
        ).encode()
        entries: list[WalletEntry] = []
        readable = False
        try:
            fetched = await fetch(
                client,
                lookup_url(self.base_url, "/graphql"),
                method="POST",
                accept="application/json",
                headers={"Content-Type": "application/json"},
                content=body,
            )
        except FetchError as error:
            run.checks.failed(
                "wallet",
                f"could not ask Trailhead: {error.reason}",
                verdict=Verdict.UNREACHABLE if error.transient else Verdict.UNVERIFIED,
            )
            return self._wallet(run, url, label, entries, readable=False)
        run.add_evidence(fetched.evidence)
        verdict = status_verdict(fetched.status_code, supporting=True)
        if verdict is not None:
            run.checks.failed(
                "wallet", f"Trailhead answered HTTP {fetched.status_code}", verdict=verdict
            )
            return self._wallet(run, url, label, entries, readable=False)
        try:
            reading = read_certifications(fetched.json())
        except ValueError:
            reading = None
        if reading == "private":
            run.checks.failed(
                "wallet",
                "the Trailblazer profile is private: its certifications cannot be read",
                verdict=Verdict.UNVERIFIED,
            )
        elif reading == "unknown":
            run.checks.failed(
                "wallet", "Trailhead has no such Trailblazer profile", verdict=Verdict.UNVERIFIED
            )
        elif reading is None or isinstance(reading, str):
            run.checks.failed(
                "wallet",
                "Trailhead's answer is not one credlens recognises: its interface may have changed",
                verdict=Verdict.UNVERIFIED,
            )
        else:
            entries, readable = reading, True
            run.checks.passed(
                "wallet",
                f"{len(entries)} Salesforce certifications listed (the profile names no holder)",
            )
        return self._wallet(run, url, label, entries, readable=readable)

    def _wallet(
        self, run: Run, url: str, label: str, entries: list[WalletEntry], *, readable: bool
    ) -> Wallet:
        return Wallet(
            label=label,
            url=url,
            platform=self.platform,
            entries=tuple(entries),
            readable=readable,
            checks=run.checks.checks,
            evidence=tuple(run.evidence),
        )
