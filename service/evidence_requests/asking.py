"""Opening, listing and revoking requests on a finished verification (recruiter, ATS,
operator)."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from service import audit, verifications
from service.evidence_requests.common import (
    MAX_EXPIRY_DAYS,
    MAX_MESSAGE_CHARS,
    NOT_DEFINITIVE,
    candidate_url,
    new_token,
    token_hash,
)
from service.runtime import Runtime
from service.storage import (
    VerificationRepository,
    VerificationStatus,
)
from service.storage.models import utcnow
from service.storage.repositories.evidence_requests import EvidenceRequestRepository
from service.verifications import RequestError
from verifiers import Verdict

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AskedClaim:
    """A claim a request asks about, as the candidate sees it: no verdict, no score."""

    id: str
    title: str
    issuer: str | None
    #: The latest answer's kind, if the candidate answered.
    answered: str | None = None
    #: "checking" until that answer is checked, then "checked".
    state: str | None = None


@dataclass(frozen=True)
class CreatedRequest:
    id: str
    verification_id: str
    url: str
    expires_at: datetime
    claims: tuple[AskedClaim, ...]


def _asked(report: dict[str, Any], claim_ids: Sequence[str]) -> tuple[AskedClaim, ...]:
    by_id = {claim["id"]: claim for claim in report.get("claims", [])}
    return tuple(
        AskedClaim(id=claim_id, title=by_id[claim_id]["title"], issuer=by_id[claim_id]["issuer"])
        for claim_id in claim_ids
        if claim_id in by_id
    )


def choose_claims(report: dict[str, Any], requested: Sequence[str] | None) -> list[str]:
    """The claims to ask about: those named (each must be in the report), or by default every
    claim without a definitive verdict; raises ``RequestError``."""
    claims = report.get("claims", [])
    known = [claim["id"] for claim in claims]
    if requested:
        unknown = [claim_id for claim_id in requested if claim_id not in known]
        if unknown:
            raise RequestError(f"The report has no claim {unknown[0][:200]!r}.")
        wanted = set(requested)
        return [claim_id for claim_id in known if claim_id in wanted]
    chosen = [claim["id"] for claim in claims if Verdict(claim["verdict"]) in NOT_DEFINITIVE]
    if not chosen:
        raise RequestError(
            "Every claim already has a definitive verdict; name the claims to ask about.",
            status_code=409,
        )
    return chosen


def _sealed_event(data: dict[str, Any]) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


async def create(
    *,
    runtime: Runtime,
    verification_id: str,
    workspace_id: int,
    base_url: str,
    claims: Sequence[str] | None = None,
    message: str | None = None,
    expires_in_days: int | None = None,
    actor: audit.Actor,
) -> CreatedRequest:
    """Open a request on a finished verification; its link is returned once and, when the
    verification has a callback URL, sent in a signed ``evidence_request.created`` event.
    ``actor`` asking is audited.

    Raises ``RequestError``: 404 for no such verification in the workspace, 409 before it
    is done.
    """
    if message is not None and len(message) > MAX_MESSAGE_CHARS:
        raise RequestError(f"The message is longer than {MAX_MESSAGE_CHARS} characters.")
    if expires_in_days is not None and not 1 <= expires_in_days <= MAX_EXPIRY_DAYS:
        raise RequestError(f"expires_in_days must be between 1 and {MAX_EXPIRY_DAYS}.")
    days = expires_in_days or runtime.settings.evidence_request_days
    base = runtime.settings.public_url or base_url
    token = new_token()
    url = candidate_url(base, token)
    async with runtime.sessions() as session, session.begin():
        record = await VerificationRepository(session).get(
            verification_id, workspace_id=workspace_id
        )
        if record is None:
            raise RequestError("No such verification.", status_code=404)
        if record.status != VerificationStatus.DONE or record.report is None:
            raise RequestError(
                f"The verification is {record.status}; ask once its report is done.",
                status_code=409,
            )
        chosen = choose_claims(record.report, claims)
        repository = EvidenceRequestRepository(session, runtime.cipher)
        request = await repository.create(
            verification_id=verification_id,
            token_hash=token_hash(runtime.secret, token),
            claims=chosen,
            message=(message or "").strip() or None,
            expires_at=utcnow() + timedelta(days=days),
        )
        asked = _asked(record.report, chosen)
        await audit.record(
            session, verification_id=verification_id, action="evidence-requested", actor=actor
        )
        if record.callback_url:
            data = {
                "id": verification_id,
                "evidence_request": {
                    "id": request.id,
                    "url": url,
                    "expires_at": _iso(request.expires_at),
                    "claims": [{"id": claim.id, "title": claim.title} for claim in asked],
                },
            }
            # The log keeps the event without the link: only the receiver ever sees it.
            logged = json.loads(json.dumps(data))
            del logged["evidence_request"]["url"]
            delivery = await repository.add_sealed_delivery(
                verification_id=verification_id,
                url=record.callback_url,
                event_type="evidence_request.created",
                payload_summary=logged,
                sealed=_sealed_event(data),
            )
            await runtime.queue.enqueue_in(session, verifications.DELIVER_JOB, str(delivery.id))
    logger.info("evidence request opened: verification=%s claims=%d", verification_id, len(asked))
    return CreatedRequest(
        id=request.id,
        verification_id=verification_id,
        url=url,
        expires_at=request.expires_at,
        claims=asked,
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


async def revoke(
    *, runtime: Runtime, verification_id: str, request_id: str, workspace_id: int
) -> bool:
    """Close a request's link; False when the workspace's verification has no such request."""
    async with runtime.sessions() as session, session.begin():
        revoked = await EvidenceRequestRepository(session).revoke(
            verification_id=verification_id, request_id=request_id, workspace_id=workspace_id
        )
    if revoked:
        logger.info("evidence request revoked: verification=%s", verification_id)
    return revoked


async def answer_states(
    *, runtime: Runtime, verification_ids: Sequence[str], workspace_id: int
) -> dict[str, str]:
    """For the history page: verification id → "waiting" or "received"."""
    async with runtime.sessions() as session:
        return await EvidenceRequestRepository(session).states_for(
            verification_ids, now=utcnow(), workspace_id=workspace_id
        )


@dataclass(frozen=True)
class RequestSummary:
    """A request as the recruiter's report page lists it."""

    id: str
    created_at: datetime
    expires_at: datetime
    revoked: bool
    expired: bool
    asked: int
    answered: int


async def requests_for(
    *, runtime: Runtime, verification_id: str, workspace_id: int
) -> list[RequestSummary]:
    """A verification's requests, oldest first, with how many claims were answered."""
    now = utcnow()
    async with runtime.sessions() as session:
        repository = EvidenceRequestRepository(session)
        summaries = []
        for request in await repository.list_for(verification_id, workspace_id=workspace_id):
            answers = await repository.latest_answers(request.id)
            summaries.append(
                RequestSummary(
                    id=request.id,
                    created_at=request.created_at,
                    expires_at=request.expires_at,
                    revoked=request.revoked_at is not None,
                    expired=request.expires_at <= now,
                    asked=len(request.claims),
                    answered=len(answers),
                )
            )
    return summaries
