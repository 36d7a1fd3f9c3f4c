"""Accredible (credential.net and issuers' branded domains): the public credential record.

Accredible's credential pages are drawn in the browser from
``{base}/v1/credential-net/credentials/<id or uuid>`` (no key for public credentials), which
answers ``{"data": {...}}`` with the title, issuer, dates, revocation, privacy and the
recipient's *name* (the email comes masked). So the badge is tied to the candidate by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx

from extractors.models import Candidate, Claim
from verifiers.models import CredentialFacts, Verdict, Verification
from verifiers.platforms.by_id import bare_id
from verifiers.platforms.common import (
    Run,
    check_recipient_name,
    claim_url,
    fetch_json,
    iso_date,
    lookup_url,
)
from verifiers.run import check_validity

__all__ = [
    "DEFAULT_ACCREDIBLE_BASE_URL",
    "DEFAULT_ACCREDIBLE_CUSTOM_DOMAINS",
    "AccredibleVerifier",
    "accredible_credential_id",
]

DEFAULT_ACCREDIBLE_BASE_URL = "https://api.accredible.com"
#: Issuers that serve Accredible credentials on their own domain.
DEFAULT_ACCREDIBLE_CUSTOM_DOMAINS: tuple[str, ...] = (
    "credentials.databricks.com",
    "achieve.snowflake.com",
    "skillsoft.digitalbadges.skillsoft.com",
)
#: Accredible's own sub-domains that are not credential pages.
_NOT_CREDENTIAL_HOSTS = frozenset(
    {"api.accredible.com", "www.accredible.com", "help.accredible.com", "docs.accredible.com"}
)
_BARE_ID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d{4,12}"
)
_PATH = re.compile(
    r"^/(?:embed/)?(?P<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{12}|\d{4,12})/?$"
)


def _is_accredible_host(host: str, custom_domains: Iterable[str]) -> bool:
    if host in _NOT_CREDENTIAL_HOSTS:
        return False
    return (
        host in {"credential.net", "www.credential.net"}
        or host.endswith((".credential.net", ".accredible.com"))
        or host in custom_domains
    )


def accredible_credential_id(
    url: str, custom_domains: Iterable[str] = DEFAULT_ACCREDIBLE_CUSTOM_DOMAINS
) -> str | None:
    """The credential id (number or uuid) of an Accredible credential link, or None."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme.lower() not in {"http", "https"}:
        return None
    if not _is_accredible_host(host, {domain.lower() for domain in custom_domains}):
        return None
    match = _PATH.match(parts.path)
    return match.group("id").lower() if match else None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _object(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _skills(outcomes: object) -> tuple[str, ...]:
    skills: list[str] = []
    for outcome in outcomes if isinstance(outcomes, list) else []:
        name = outcome.get("name") if isinstance(outcome, dict) else outcome
        if isinstance(name, str) and name.strip():
            skills.append(name.strip())
    return tuple(dict.fromkeys(skills))


class AccredibleVerifier:
    """Accredible credentials on credential.net, ``*.accredible.com`` and custom domains."""

    name: ClassVar[str] = "accredible"
    platform: ClassVar[str] = "Accredible"

    def __init__(
        self,
        base_url: str = DEFAULT_ACCREDIBLE_BASE_URL,
        *,
        custom_domains: Iterable[str] = DEFAULT_ACCREDIBLE_CUSTOM_DOMAINS,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.base_url = base_url
        self.custom_domains = tuple(domain.lower() for domain in custom_domains)
        self._now = now or (lambda: datetime.now(UTC))

    def recognises(self, claim: Claim) -> bool:
        return self._credential_id(claim) is not None

    def _credential_id(self, claim: Claim) -> str | None:
        """The id in the claim's Accredible link, or its bare id on an Accredible line."""
        url = claim_url(claim)
        if url is None:
            found = bare_id(claim, _BARE_ID, "accredible")
            return found.lower() if found else None
        return accredible_credential_id(url, self.custom_domains)

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source=self.platform, now=self._now())
        credential_id = self._credential_id(claim)
        if credential_id is None:  # recognises() said yes, so only a changed claim gets here
            run.checks.failed(
                "platform", "not an Accredible credential link", verdict=Verdict.UNSUPPORTED
            )
            return run.result()
        if claim_url(claim) is None:
            run.checks.passed(
                "platform", f"an Accredible credential ID without a link ({credential_id})"
            )
            return (await self._look_up(run, candidate, client, credential_id)).model_copy(
                update={"provenance": "from Accredible's record, by credential ID"}
            )
        run.checks.passed("platform", f"an Accredible credential link (credential {credential_id})")
        return await self._look_up(run, candidate, client, credential_id)

    async def _look_up(
        self, run: Run, candidate: Candidate, client: httpx.AsyncClient, credential_id: str
    ) -> Verification:
        url = lookup_url(self.base_url, f"/v1/credential-net/credentials/{credential_id}")
        answer = await fetch_json(run, client, url, check="fetch_credential", what="credential")
        if answer is None:
            return run.result()
        fetched, document = answer
        data = document.get("data") if isinstance(document, dict) else None
        if not isinstance(data, dict):
            run.checks.failed(
                "fetch_credential",
                "Accredible's answer holds no credential record",
                verdict=Verdict.UNVERIFIED,
            )
            return run.result()
        run.checks.passed(
            "fetch_credential",
            f"Accredible's record of the credential (HTTP {fetched.status_code})",
        )
        self._judge(run, data, candidate)
        return run.result()

    def _judge(self, run: Run, data: dict[str, Any], candidate: Candidate) -> None:
        issuer, group, recipient = (_object(data, key) for key in ("issuer", "group", "recipient"))
        issued_on = iso_date(data.get("issued_on"))
        expires_on = iso_date(data.get("expired_on"))
        issuer_url = _text(issuer.get("url"))
        run.facts = CredentialFacts(
            title=_text(data.get("name")) or _text(group.get("course_name")),
            issuer=_text(issuer.get("name")),
            issuer_url=issuer_url if issuer_url and issuer_url.startswith("http") else None,
            platform=self.platform,
            recipient_name=_text(recipient.get("name")),
            issued_on=issued_on,
            expires_on=expires_on,
            skills=_skills(data.get("learning_outcomes")),
        )
        if data.get("private") is True:
            run.checks.failed(
                "public",
                "the credential is private: Accredible shows nothing to check it against",
                verdict=Verdict.UNVERIFIED,
            )
            return
        run.confirmed = True
        revoked_at = data.get("revoked_at")
        if revoked_at:
            when = iso_date(revoked_at)
            run.checks.failed(
                "revocation",
                "Accredible marks the credential revoked" + (f" on {when}" if when else ""),
                verdict=Verdict.REVOKED,
            )
        else:
            run.checks.passed("revocation", "not revoked")
        check_validity(run, issued_on, expires_on, expired=data.get("expired") is True)
        check_recipient_name(run, candidate, run.facts.recipient_name)
