"""Fraud signal: a self-hosted badge that names a well-known issuer from a domain it does not use.

The Open Badges 2.0 hosted check proves only that an assertion is served where its *own*
issuer profile allows, and anyone can publish an issuer profile called "Amazon Web Services".
The catalog knows the web domains of well-known issuers, so a badge in such an issuer's name,
hosted on neither one of its domains nor a badge platform it could use, is ``invalid`` with the
signal named. Issuers the catalog does not know are left as they are (and the check says so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar
from urllib.parse import urlsplit

import httpx

from extractors.models import Candidate, Claim
from verifiers.base import ServedVerifier
from verifiers.http import Fetched
from verifiers.models import Verdict, Verification
from verifiers.openbadges2 import PLATFORM_HOSTS
from verifiers.platforms.common import Run
from verifiers.platforms.lookalike import PLATFORM_DOMAINS

__all__ = ["IssuerDomainCheck", "catalog_issuer_domains"]

#: An issuer name → the domains it publishes from (empty when unknown).
IssuerDomains = Callable[[str], frozenset[str]]


def catalog_issuer_domains() -> IssuerDomains:
    """The catalog's issuer domains, loaded once."""
    from extractors.catalog import load_catalog  # the catalog is data; load it only when used

    return load_catalog().issuer_domains


def _under(host: str, domains: frozenset[str] | tuple[str, ...]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


_PLATFORMS = frozenset({*PLATFORM_HOSTS, *(known.domain for known in PLATFORM_DOMAINS)})


class IssuerDomainCheck:
    """Wraps the generic Open Badges 2.0 verifier with the issuer-domain signal."""

    name: ClassVar[str] = "openbadges2"

    def __init__(self, inner: ServedVerifier, issuer_domains: IssuerDomains | None = None) -> None:
        self.inner = inner
        self._issuer_domains = issuer_domains

    def recognises(self, claim: Claim) -> bool:
        return self.inner.recognises(claim)

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        return self._judge(claim, await self.inner.verify(claim, candidate, client))

    async def verify_fetched(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient, fetched: Fetched
    ) -> Verification:
        return self._judge(
            claim, await self.inner.verify_fetched(claim, candidate, client, fetched)
        )

    def _judge(self, claim: Claim, verification: Verification) -> Verification:
        facts = verification.credential
        if facts is None or not facts.issuer or not verification.evidence:
            return verification
        if self._issuer_domains is None:
            self._issuer_domains = catalog_issuer_domains()
        host = (urlsplit(verification.evidence[0].url).hostname or "").lower().rstrip(".")
        domains = self._issuer_domains(facts.issuer)
        run = Run(claim=claim, method=verification.method, source="self-hosted")
        run.replay(verification.checks)
        if not domains:
            run.checks.skipped(
                "issuer_domain",
                f"{facts.issuer!r} is not an issuer credlens's catalog knows the domains of",
            )
        elif _under(host, domains) or _under(host, tuple(_PLATFORMS)):
            run.checks.passed(
                "issuer_domain", f"hosted on {host}, a domain {facts.issuer} publishes from"
            )
        else:
            run.checks.failed(
                "issuer_domain",
                f"the badge names {facts.issuer!r}, which publishes from "
                f"{', '.join(sorted(domains))}, but it is hosted on {host}",
                verdict=Verdict.INVALID,
            )
        return verification.model_copy(
            update={"checks": run.checks.checks, "verdict": run.checks.verdict()}
        )
