"""What the two standards whose credentials rest on fetched documents share (W3C verifiable
credentials and Blockcerts): a run that carries the document fetcher, the credential handed
over or fetched at its link, and one ``verify_answer`` around the standard's own checks."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin
from verifiers.http import Fetched
from verifiers.models import Verification
from verifiers.run import Run, ServedSource, Stop, check_validity, fetch_checked
from verifiers.vc.documents import DocumentFetcher
from verifiers.vc.status import StatusChecker


@dataclass
class DocumentRun(Run):
    """The shared run, with the client and the fetcher for the documents the credential rests
    on, and the issuer's profile once a check has read it."""

    client: httpx.AsyncClient = field(kw_only=True)
    fetcher: DocumentFetcher = field(kw_only=True)
    profile: Mapping[str, Any] = field(default_factory=dict)


class CredentialSource(ServedSource):
    """A standard whose credential is handed over or fetched, then checked by ``check``."""

    name: ClassVar[str]

    def __init__(self, *, clock: Callable[[], datetime] | None = None) -> None:
        self._status = StatusChecker()
        self._clock = clock or (lambda: datetime.now(UTC))

    async def verify_answer(
        self,
        claim: Claim,
        candidate: Candidate,
        client: httpx.AsyncClient,
        fetched: Fetched | None,
    ) -> Verification:
        run = DocumentRun(
            claim=claim,
            method=self.name,
            now=self._clock(),
            client=client,
            fetcher=DocumentFetcher(client),
        )
        with contextlib.suppress(Stop):
            await self.check(run, candidate, fetched)
        return run.result()

    async def check(self, run: DocumentRun, candidate: Candidate, fetched: Fetched | None) -> None:
        """The standard's checks of ``run.claim``, recorded on ``run``; ``Stop`` ends them."""
        raise NotImplementedError


def payload_text(claim: Claim) -> str | None:
    """The credential handed over with the claim (a payload, or an uploaded credential's text)."""
    if claim.payload and claim.payload.strip():
        return claim.payload
    if claim.source.origin is ClaimOrigin.CREDENTIAL and claim.text.strip():
        return claim.text
    return None


async def fetched_credential(
    run: DocumentRun, fetched: Fetched | None, *, what: str, accept: str
) -> bytes:
    """The body of the credential at the claim's link: the link router's answer when it has
    one, else fetched through the guarded door."""
    if fetched is not None:
        run.add_evidence(fetched.evidence)
    fetched = fetched or await fetch_checked(
        run, run.client, (run.claim.url or "").strip(), check="credential", what=what, accept=accept
    )
    return fetched.body


def check_dates(run: Run, credential: Mapping[str, Any], *, ends: tuple[str, ...]) -> None:
    """The validity window, from ``validFrom`` (else ``issuanceDate``) to the first of ``ends``
    the credential states."""
    start_field = "validFrom" if "validFrom" in credential else "issuanceDate"
    end_field = next((name for name in ends if name in credential), ends[0])
    check_validity(
        run,
        credential.get(start_field),
        credential.get(end_field),
        issued_field=start_field,
        expires_field=end_field,
    )
