"""Pearson CertMetrics: AWS validation numbers and Cisco verification codes, alone or linked.

CertMetrics' public verification pages (``cp.certmetrics.com/<client>/en/public/verify/
credential/<code>``) are drawn from a JSON answer at
``{base}/<client>/verification/certification/<code>`` (no key): ``firstName``, ``lastName``,
``certName``, ``certActiveDate``, ``certExpireDate``, ``certStatus``. For AWS (client
``amazon``) and Cisco (``cisco``) that answer binds the credential to a name, so a résumé's
validation number alone is enough: the issuer named in the claim and the code's shape choose
the registry. Any non-2xx is "no public record"; an answer of another shape is said to be
unrecognised. Other CertMetrics clients (CompTIA, VMware) have no known public answer: their
pages are declined with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, ClassVar

import httpx

from extractors.models import Candidate, Claim
from verifiers.compare import words
from verifiers.models import CredentialFacts, Verdict, Verification
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
    "DEFAULT_CERTMETRICS_BASE_URL",
    "CertMetricsVerifier",
    "certmetrics_code",
    "read_certmetrics_answer",
]

DEFAULT_CERTMETRICS_BASE_URL = "https://api.certmetrics.com"

_PAGE = re.compile(
    r"https?://cp\.certmetrics\.com/(?P<client>[a-z0-9_-]+)/[a-z]{2}(?:-[a-z]{2})?/public/verify/"
    r"credential/(?P<code>[A-Za-z0-9]+)/?(?:[?#].*)?$",
    re.I,
)
#: Validation numbers: 16 upper-case alphanumerics (older) or 32 lower-case hex (newer).
_CODE = re.compile(r"^(?:[A-Z0-9]{16}|[0-9a-f]{32})$")
#: Which CertMetrics client answers for an issuer named on the résumé.
_CLIENTS: dict[str, tuple[str, str]] = {
    "amazon": ("amazon", "AWS"),
    "aws": ("amazon", "AWS"),
    "cisco": ("cisco", "Cisco"),
}
_ISSUERS = {"amazon": "Amazon Web Services", "cisco": "Cisco"}
_ID_NAMES = {"amazon": "AWS validation number", "cisco": "Cisco verification code"}
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")


def _client_for(claim: Claim) -> tuple[str, str] | None:
    named = words(" ".join(part for part in (claim.issuer or "", claim.title) if part))
    return next((_CLIENTS[word] for word in named if word in _CLIENTS), None)


def certmetrics_code(claim: Claim) -> tuple[str, str] | None:
    """``(client, code)`` for a CertMetrics link, or for a bare AWS or Cisco validation number
    on a claim that names its issuer; None otherwise."""
    url = claim_url(claim)
    if url is not None:
        match = _PAGE.match(url)
        return (match.group("client").lower(), match.group("code")) if match else None
    if claim.url or not claim.credential_id:
        return None
    code = claim.credential_id.strip()
    if not _CODE.match(code):
        code = code.upper() if re.fullmatch(r"[A-Za-z0-9]{16}", code) else code.lower()
        if not _CODE.match(code):
            return None
    client = _client_for(claim)
    return (client[0], code) if client else None


def _date(value: object) -> str | None:
    if isinstance(value, str) and (match := _US_DATE.match(value.strip())):
        month, day, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    return iso_date(value)


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_certmetrics_answer(document: Any, client: str) -> CredentialFacts | None:
    """The credential in CertMetrics' answer; None when the answer is not that shape."""
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        document = document["data"]
    if not isinstance(document, dict) or not _text(document.get("certName")):
        return None
    holder = " ".join(
        part for part in (_text(document.get(k)) for k in ("firstName", "lastName")) if part
    )
    return CredentialFacts(
        title=_text(document.get("certName")),
        issuer=_ISSUERS.get(client),
        platform="CertMetrics",
        recipient_name=holder or None,
        issued_on=_date(document.get("certActiveDate")),
        expires_on=_date(document.get("certExpireDate")),
    )


class CertMetricsVerifier:
    """AWS and Cisco credentials by validation number; other clients' pages are declined."""

    name: ClassVar[str] = "certmetrics"
    platform: ClassVar[str] = "CertMetrics"

    def __init__(
        self,
        base_url: str = DEFAULT_CERTMETRICS_BASE_URL,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.base_url = base_url
        self._now = now or (lambda: datetime.now(UTC))

    def recognises(self, claim: Claim) -> bool:
        return certmetrics_code(claim) is not None

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source=self.platform, now=self._now())
        found = certmetrics_code(claim)
        if found is None:  # recognises() said yes, so only a changed claim gets here
            run.checks.failed(
                "platform", "not a CertMetrics credential", verdict=Verdict.UNSUPPORTED
            )
            return run.result()
        client_name, code = found
        if client_name not in _ISSUERS:
            run.facts = CredentialFacts(platform=self.platform)
            run.checks.failed(
                "machine_readable",
                f"CertMetrics publishes no machine-readable record for {client_name} "
                "credentials; CompTIA and VMware also issue Credly badges, which credlens "
                "can check: ask for that link",
                verdict=Verdict.UNSUPPORTED,
            )
            return run.result()
        issuer = _ISSUERS[client_name]
        how = "link" if claim_url(claim) else "validation number alone"
        run.checks.passed("platform", f"a {issuer} credential on CertMetrics ({how}: {code})")
        url = lookup_url(self.base_url, f"/{client_name}/verification/certification/{code}")
        answer = await fetch_json(run, client, url, check="fetch_credential", what="credential")
        if answer is None:
            return self._result(run, claim, client_name)
        fetched, document = answer
        facts = read_certmetrics_answer(document, client_name)
        if facts is None:
            run.checks.failed(
                "fetch_credential",
                "CertMetrics' answer is not a credential record credlens recognises: its "
                "interface may have changed; nothing is concluded",
                verdict=Verdict.UNVERIFIED,
            )
            return self._result(run, claim, client_name)
        run.facts = facts
        run.confirmed = True
        run.checks.passed(
            "fetch_credential",
            f"CertMetrics' record of {facts.title!r} (HTTP {fetched.status_code})",
        )
        status = _text(document.get("certStatus")) if isinstance(document, dict) else None
        self._check_status(run, status, facts)
        check_recipient_name(run, candidate, facts.recipient_name)
        return self._result(run, claim, client_name)

    @staticmethod
    def _check_status(run: Run, status: str | None, facts: CredentialFacts) -> None:
        """CertMetrics' status word, then the one validity-window check."""
        lowered = (status or "").lower()
        if lowered in {"revoked", "suspended", "decertified"}:
            run.checks.failed(
                "revocation", f"CertMetrics marks it {status}", verdict=Verdict.REVOKED
            )
        elif status:
            run.checks.passed("revocation", f"CertMetrics marks it {status}")
        expired = lowered in {"expired", "inactive", "retired"}
        check_validity(run, facts.issued_on, facts.expires_on, expired=expired)

    @staticmethod
    def _result(run: Run, claim: Claim, client_name: str) -> Verification:
        result = run.result()
        if claim_url(claim) is not None:
            return result
        label = _ID_NAMES.get(client_name, "validation number")
        return result.model_copy(update={"provenance": f"by {label} (CertMetrics)"})
