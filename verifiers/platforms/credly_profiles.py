"""Credly profiles as wallets: ``credly.com/users/<slug>`` read through its public badges.json.

``{web base}/users/<slug>/badges.json?page=<n>&per_page=100`` answers
``{data: [badge…], metadata: {current_page, total_pages, total_count, …}}``; each badge carries
its id, ``issued_to`` (the holder's name), ``issued_at_date``, ``expires_at_date``, ``state``,
``public``, the template (``badge_template.name``, ``level``, ``skills``) and the issuer
(``issuer.entities[].entity.name``, the primary one first). Every page is read (the profile
page itself stops at its "See all" limit; the JSON does not). A private or unknown profile
answers 404: the wallet is unreadable, which is said, never held against the candidate.

Each listed badge keeps its own public link, ``https://www.credly.com/badges/<id>``, through
which a matched claim is checked like any Credly badge link.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from typing import Any, ClassVar

import httpx

from extractors.models import Claim
from verifiers.evidence_rigor import credly_template_rigor
from verifiers.models import CredentialFacts, Verdict
from verifiers.platforms.common import fetch_json, iso_date, lookup_url
from verifiers.run import Run
from verifiers.wallets import Wallet, WalletEntry

__all__ = [
    "DEFAULT_CREDLY_WEB_BASE_URL",
    "CredlyProfiles",
    "ProfilePage",
    "credly_profile_slug",
    "read_profile_page",
]

DEFAULT_CREDLY_WEB_BASE_URL = "https://www.credly.com"
#: Most pages read from one profile (100 badges a page): a bound, not a real profile's size.
MAX_PAGES = 20

_PROFILE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:credly\.com|youracclaim\.com)(?:/[a-z]{2}(?:-[a-zA-Z]{2})?)?"
    r"/users/(?P<slug>[A-Za-z0-9._-]+)(?:/badges)?/?(?:[?#].*)?$",
    re.IGNORECASE,
)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def credly_profile_slug(url: str) -> str | None:
    """The profile's slug in a Credly profile link, or None."""
    match = _PROFILE.match(url.strip())
    return match.group("slug").lower() if match else None


class ProfilePage:
    """One page of a profile's badges.json, read."""

    __slots__ = ("badges", "holders", "skipped", "total_pages")

    def __init__(
        self,
        badges: list[WalletEntry],
        holders: list[str],
        total_pages: int,
        skipped: int,
    ) -> None:
        self.badges = badges
        self.holders = holders
        self.total_pages = total_pages
        self.skipped = skipped


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _issuer(badge: dict[str, Any]) -> str | None:
    issuer = badge.get("issuer")
    if not isinstance(issuer, dict):
        template = badge.get("badge_template")
        issuer = template.get("issuer") if isinstance(template, dict) else None
    if not isinstance(issuer, dict):
        return None
    entities = [each for each in issuer.get("entities") or [] if isinstance(each, dict)]
    entities.sort(key=lambda each: not each.get("primary"))
    for each in entities:
        entity = each.get("entity")
        name = _text(entity.get("name")) if isinstance(entity, dict) else None
        if name:
            return name
    summary = _text(issuer.get("summary"))
    return re.sub(r"^issued by\s+", "", summary, flags=re.I) if summary else None


def _skills(template: dict[str, Any]) -> tuple[str, ...]:
    skills = []
    for skill in template.get("skills") or []:
        name = _text(skill.get("name")) if isinstance(skill, dict) else _text(skill)
        if name:
            skills.append(name)
    return tuple(dict.fromkeys(skills))


def read_profile_page(document: Any) -> ProfilePage | None:
    """The badges on one page of badges.json; None when the answer is not that shape."""
    if not isinstance(document, dict) or not isinstance(document.get("data"), list):
        return None
    metadata = document.get("metadata")
    total = metadata.get("total_pages") if isinstance(metadata, dict) else None
    total_pages = total if isinstance(total, int) and not isinstance(total, bool) else 1
    badges: list[WalletEntry] = []
    holders: list[str] = []
    skipped = 0
    for badge in document["data"]:
        if not isinstance(badge, dict):
            skipped += 1
            continue
        badge_id = _text(badge.get("id"))
        template = badge.get("badge_template")
        template = template if isinstance(template, dict) else {}
        title = _text(template.get("name"))
        listed = badge.get("public") is not False and not badge.get("is_private_badge")
        accepted = badge.get("state") in (None, "accepted")
        if not badge_id or not _UUID.match(badge_id) or not title or not listed or not accepted:
            skipped += 1
            continue
        holder = _text(badge.get("issued_to"))
        if holder:
            holders.append(holder)
        badges.append(
            WalletEntry(
                facts=CredentialFacts(
                    title=title,
                    issuer=_issuer(badge),
                    platform="Credly",
                    recipient_name=holder,
                    issued_on=iso_date(badge.get("issued_at_date") or badge.get("issued_at")),
                    expires_on=iso_date(badge.get("expires_at_date") or badge.get("expires_at")),
                    skills=_skills(template),
                    rigor=credly_template_rigor(template),
                ),
                link=f"https://www.credly.com/badges/{badge_id.lower()}",
                credential_id=badge_id.lower(),
            )
        )
    return ProfilePage(badges, holders, max(1, total_pages), skipped)


class CredlyProfiles:
    """Opens Credly profile links into wallets of the badges they list."""

    name: ClassVar[str] = "credly_profile"
    platform: ClassVar[str] = "Credly"

    def __init__(self, web_base_url: str = DEFAULT_CREDLY_WEB_BASE_URL) -> None:
        self.web_base_url = web_base_url

    def profile_id(self, url: str) -> str | None:
        return credly_profile_slug(url)

    async def open(self, url: str, client: httpx.AsyncClient) -> Wallet:
        slug = credly_profile_slug(url) or ""
        label = f"the candidate's Credly profile ({slug})"
        # The run's claim only carries the profile link: a wallet is not a claim.
        run = Run(claim=Claim(id="wallet", title=label, url=url), method=self.name, source="Credly")
        first = await self._page(run, client, slug, 1)
        if first is None:
            return self._wallet(run, url, label, None, [], readable=False)
        pages = [first]
        last = min(first.total_pages, MAX_PAGES)
        if last > 1:
            rest = await asyncio.gather(
                *(self._page(run, client, slug, number) for number in range(2, last + 1))
            )
            if any(page is None for page in rest):
                return self._wallet(run, url, label, None, [], readable=False)
            pages.extend(page for page in rest if page is not None)
        badges = [badge for page in pages for badge in page.badges]
        holders = Counter(holder for page in pages for holder in page.holders)
        holder = holders.most_common(1)[0][0] if holders else None
        skipped = sum(page.skipped for page in pages)
        detail = f"{len(badges)} public badges on {len(pages)} page(s)"
        if skipped:
            detail += f"; {skipped} pending, private or unreadable left out"
        if first.total_pages > MAX_PAGES:
            detail += f"; only the first {MAX_PAGES} of {first.total_pages} pages read"
        run.checks.passed("wallet", detail)
        if len(holders) > 1:
            names = ", ".join(repr(name) for name in holders)
            run.checks.skipped("wallet_holder", f"the badges are issued to several names: {names}")
        return self._wallet(run, url, label, holder, badges, readable=True)

    async def _page(
        self, run: Run, client: httpx.AsyncClient, slug: str, number: int
    ) -> ProfilePage | None:
        page_url = lookup_url(self.web_base_url, f"/users/{slug}/badges.json")
        answer = await fetch_json(
            run,
            client,
            f"{page_url}?page={number}&per_page=100",
            check="wallet",
            what="profile (it may be private)",
        )
        if answer is None:
            return None
        page = read_profile_page(answer[1])
        if page is None:
            run.checks.failed(
                "wallet",
                "Credly's answer is not a badges list: its interface may have changed",
                verdict=Verdict.UNVERIFIED,
            )
        return page

    @staticmethod
    def _wallet(
        run: Run,
        url: str,
        label: str,
        holder: str | None,
        badges: list[WalletEntry],
        *,
        readable: bool,
    ) -> Wallet:
        return Wallet(
            label=label,
            url=url,
            platform="Credly",
            holder=holder,
            entries=tuple(badges),
            readable=readable,
            checks=run.checks.checks,
            evidence=tuple(run.evidence),
        )
