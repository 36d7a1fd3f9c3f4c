"""Evidence requests: ask the candidate for what no public source could show, check each answer.

A recruiter (web app), an ATS (API) or an operator (CLI) asks about the claims of a finished
verification; the candidate gets a link whose token is the only authority to answer. Each
answer (a link, a credential file, a credential ID, or "I do not hold this") is stored
encrypted and queues a job that checks that one claim with the same verifiers, then writes
the claim's new verdict, its history and the new score into the report in place.

Keyword-only functions, no SQL (that is in ``service.storage.repositories.evidence_requests``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

import httpx

import reports
import verifiers
from extractors import Claim, ClaimOrigin, ExtractionError, UnsupportedFormatError
from service import pipeline, verifications
from service.crypto import derive_key
from service.runtime import Runtime
from service.storage import (
    EvidenceRepository,
    VerificationRepository,
    VerificationStatus,
    WebhookDeliveryRepository,
)
from service.storage.models import EvidenceRequest, utcnow
from service.storage.repositories.evidence_requests import (
    CHECKED,
    EvidenceRequestRepository,
    StoredAnswer,
)
from service.uploads import UploadRejected, check_image
from service.verifications import RequestError
from verifiers import Check, CheckStatus, Verdict, Verification

logger = logging.getLogger(__name__)

EVIDENCE_JOB = "evidence"
#: Visible on every link's token so people and secret scanners recognise one.
TOKEN_PREFIX = "cle_"
#: 32 random bytes (256 bits) in URL-safe base64 without padding.
TOKEN_RANDOM_BYTES = 32
_TOKEN_PATTERN = re.compile(rf"^{TOKEN_PREFIX}[A-Za-z0-9_-]{{43}}$")
#: Verdicts that say nothing either way: the claims a request asks about by default.
NOT_DEFINITIVE = frozenset({Verdict.UNVERIFIED, Verdict.UNSUPPORTED, Verdict.UNREACHABLE})
MAX_MESSAGE_CHARS = 2000
MAX_LINK_CHARS = 4096
MAX_CREDENTIAL_ID_CHARS = 200
MAX_EXPIRY_DAYS = 90

AnswerKind = Literal["link", "file", "credential_id", "withdraw"]
ANSWER_SOURCES: dict[str, reports.HistorySource] = {
    "link": reports.HistorySource.CANDIDATE_LINK,
    "file": reports.HistorySource.CANDIDATE_FILE,
    "credential_id": reports.HistorySource.CANDIDATE_ID,
    "withdraw": reports.HistorySource.CANDIDATE_WITHDRAWAL,
}


class RequestNotFound(Exception):
    """A token that opens nothing: wrong, expired or revoked (deliberately not said which)."""


# -- tokens -------------------------------------------------------------------------------


def new_token() -> str:
    """A fresh link token: the prefix and 256 random bits."""
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_RANDOM_BYTES)


def token_hash(secret: str, token: str) -> str:
    """What the database keeps of a token: an HMAC under a key derived for this purpose, so
    a stolen table alone cannot be used to test guesses."""
    key = derive_key(secret, "credlens/evidence-requests/v1")
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def is_well_formed(token: str) -> bool:
    """Whether a token has our shape; others are refused without a database lookup."""
    return bool(_TOKEN_PATTERN.fullmatch(token))


def candidate_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/evidence/{token}"


# -- creating and revoking ------------------------------------------------------------------


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
    base_url: str,
    claims: Sequence[str] | None = None,
    message: str | None = None,
    expires_in_days: int | None = None,
) -> CreatedRequest:
    """Open a request on a finished verification; its link is returned once and, when the
    verification has a callback URL, sent in a signed ``evidence_request.created`` event.

    Raises ``RequestError``: 404 for no such verification, 409 before it is done.
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
        record = await VerificationRepository(session).get(verification_id)
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


async def revoke(*, runtime: Runtime, verification_id: str, request_id: str) -> bool:
    """Close a request's link; False when the verification has no such request."""
    async with runtime.sessions() as session, session.begin():
        revoked = await EvidenceRequestRepository(session).revoke(
            verification_id=verification_id, request_id=request_id
        )
    if revoked:
        logger.info("evidence request revoked: verification=%s", verification_id)
    return revoked


async def answer_states(*, runtime: Runtime, verification_ids: Sequence[str]) -> dict[str, str]:
    """For the history page: verification id → "waiting" or "received"."""
    async with runtime.sessions() as session:
        return await EvidenceRequestRepository(session).states_for(verification_ids, now=utcnow())


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


async def requests_for(*, runtime: Runtime, verification_id: str) -> list[RequestSummary]:
    """A verification's requests, oldest first, with how many claims were answered."""
    now = utcnow()
    async with runtime.sessions() as session:
        repository = EvidenceRequestRepository(session)
        summaries = []
        for request in await repository.list_for(verification_id):
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


# -- the candidate's side -------------------------------------------------------------------


@dataclass(frozen=True)
class OpenRequest:
    """What the candidate's page shows: who asks, about what, and until when."""

    id: str
    message: str | None
    expires_at: datetime
    claims: tuple[AskedClaim, ...]


async def _live_request(runtime: Runtime, token: str) -> EvidenceRequest:
    if not is_well_formed(token):
        raise RequestNotFound
    async with runtime.sessions() as session:
        request = await EvidenceRequestRepository(session).by_token_hash(
            token_hash(runtime.secret, token)
        )
    if request is None or request.revoked_at is not None or request.expires_at <= utcnow():
        raise RequestNotFound
    return request


async def open_request(*, runtime: Runtime, token: str) -> OpenRequest:
    """The request a token opens; ``RequestNotFound`` for a wrong, expired or revoked one."""
    request = await _live_request(runtime, token)
    async with runtime.sessions() as session:
        record = await VerificationRepository(session).get(request.verification_id)
        answers = await EvidenceRequestRepository(session).latest_answers(request.id)
    if record is None or record.report is None:
        raise RequestNotFound
    claims = tuple(
        AskedClaim(
            id=claim.id,
            title=claim.title,
            issuer=claim.issuer,
            answered=answers[claim.id][0] if claim.id in answers else None,
            state=answers[claim.id][1] if claim.id in answers else None,
        )
        for claim in _asked(record.report, request.claims)
    )
    return OpenRequest(
        id=request.id, message=request.message, expires_at=request.expires_at, claims=claims
    )


@dataclass(frozen=True)
class AnswerState:
    """An answered claim's new state, as the candidate may see it: no verdict."""

    claim_id: str
    answer: str
    #: "checking" until its job has run, then "checked".
    state: str
    #: False when this exact answer had been sent before (nothing new was queued).
    new: bool


def _link(value: str) -> bytes:
    value = value.strip()
    if len(value) > MAX_LINK_CHARS:
        raise RequestError(f"The link is longer than {MAX_LINK_CHARS} characters.")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError):
        raise RequestError("The link is not a web address.") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise RequestError("The link must start with https:// (or http://).")
    return value.encode()


def _credential_id(value: str) -> bytes:
    value = " ".join(value.split())
    if not value:
        raise RequestError("Type the credential's ID.")
    if len(value) > MAX_CREDENTIAL_ID_CHARS:
        raise RequestError(f"The ID is longer than {MAX_CREDENTIAL_ID_CHARS} characters.")
    return value.encode()


#: The credential file suffixes kept to read an answer again; others are stored as none.
_FILE_SUFFIXES = (".json", ".jsonld", ".jwt", ".png", ".svg")


def check_credential_file(*, runtime: Runtime, data: bytes, filename: str) -> str:
    """Refuse a file that is not a credential, or is too large or hostile, as résumé uploads
    are refused (413, 415, 400); returns the suffix to keep."""
    limit = runtime.settings.max_upload_bytes
    if len(data) > limit:
        raise RequestError(
            f"The file is larger than the {limit // 2**20} MB limit.", status_code=413
        )
    if not data:
        raise RequestError("The file is empty.")
    try:
        if verifiers.is_baked_image(data):
            check_image(data, max_bytes=limit, max_pixels=verifications.MAX_BADGE_PIXELS)
        payload = pipeline.credential_payload(data, filename)
    except UploadRejected as error:
        raise RequestError(
            verifications.sentence(str(error)), status_code=error.status_code
        ) from None
    except UnsupportedFormatError as error:
        raise RequestError(verifications.sentence(str(error)), status_code=415) from None
    except ExtractionError as error:
        raise RequestError(verifications.sentence(str(error))) from None
    if payload is None:
        raise RequestError(
            "That file is not a credential: upload an Open Badges or verifiable credential "
            "(JSON or JWT), a baked badge image (PNG or SVG), or a Blockcerts JSON file.",
            status_code=415,
        )
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return suffix if suffix in _FILE_SUFFIXES else ""


async def answer(
    *,
    runtime: Runtime,
    token: str,
    claim_id: str,
    kind: AnswerKind,
    value: str = "",
    data: bytes = b"",
    filename: str = "",
) -> AnswerState:
    """Record the candidate's answer for one claim and queue its check, in one transaction.

    Raises ``RequestNotFound`` for a token that opens nothing, ``RequestError`` for an answer
    that cannot be taken (a claim the request does not ask about, a bad link or file).
    """
    request = await _live_request(runtime, token)
    if claim_id not in request.claims:
        raise RequestError("This request does not ask about that claim.")
    suffix = ""
    if kind == "link":
        content = _link(value)
    elif kind == "credential_id":
        content = _credential_id(value)
    elif kind == "file":
        suffix = check_credential_file(runtime=runtime, data=data, filename=filename)
        content = data
    else:
        content = b""
    async with runtime.sessions() as session, session.begin():
        repository = EvidenceRequestRepository(session, runtime.cipher)
        answer_id, new = await repository.add_answer(
            request=request, claim_id=claim_id, kind=kind, content=content, suffix=suffix
        )
        if new:
            await runtime.queue.enqueue_in(session, EVIDENCE_JOB, answer_id)
        state, _ = await repository.answer_state(answer_id)
    logger.info(
        "evidence answer %s: request=%s kind=%s", "queued" if new else "repeated", request.id, kind
    )
    return AnswerState(claim_id=claim_id, answer=kind, state=state, new=new)


# -- checking an answer ---------------------------------------------------------------------


def withdrawn(claim: Claim) -> Verification:
    """The candidate says they do not hold it: a contradiction of the résumé when the résumé
    claims it as held, otherwise simply not shown (see docs/scoring.md)."""
    if claim.source.origin is ClaimOrigin.RESUME:
        check = Check(
            name="withdrawn_by_candidate",
            status=CheckStatus.FAILED,
            detail="the candidate says they do not hold this credential, which the résumé claims",
            failure=Verdict.MISMATCH,
        )
        verdict = Verdict.MISMATCH
    else:
        check = Check(
            name="withdrawn_by_candidate",
            status=CheckStatus.SKIPPED,
            detail="the candidate says they do not hold this; the résumé does not claim it, "
            "so it is not held against them",
        )
        verdict = Verdict.UNVERIFIED
    return Verification(claim=claim, verdict=verdict, method="candidate", checks=(check,))


def with_evidence(claim: Claim, answer: StoredAnswer) -> Claim:
    """The claim as it reads with the candidate's evidence in place of the résumé's."""
    if answer.kind == "link":
        return claim.model_copy(update={"url": answer.content.decode(), "payload": None})
    if answer.kind == "credential_id":
        return claim.model_copy(
            update={"credential_id": answer.content.decode(), "url": None, "payload": None}
        )
    payload = pipeline.credential_payload(answer.content, f"credential{answer.suffix}")
    return claim.model_copy(update={"payload": payload, "url": None})


def rebuilt(
    report: reports.Report, verification: Verification, entry: reports.HistoryEntry
) -> reports.Report:
    """The report with one claim's verification replaced, scored again, its history longer."""
    report = reports.with_history(report)
    verifications_now = [
        verification if claim.id == verification.claim.id else reports.verification_of(claim)
        for claim in report.claims
    ]
    fresh = reports.build(
        report.candidate,
        verifications_now,
        tuple(skill.name for skill in report.skills),
        report.warnings,
        report_id=report.id,
        generated_at=report.generated_at,
    )
    histories = {claim.id: claim.history for claim in report.claims}
    changed = next(claim for claim in fresh.claims if claim.id == verification.claim.id)
    entry = entry.model_copy(
        update={"verdict": changed.verdict, "detail": reports.verdict_detail(changed)}
    )
    histories[changed.id] = (*histories[changed.id], entry)
    return reports.with_history(fresh, histories)


async def check_answer(*, runtime: Runtime, answer_id: str) -> None:
    """The job handler for ``evidence``: check one claim with the candidate's evidence and
    update the report in place. Safe to run again: a checked answer is left as it is."""
    async with runtime.sessions() as session:
        stored = await EvidenceRequestRepository(session, runtime.cipher).answer(answer_id)
        record = (
            await VerificationRepository(session).get(stored.verification_id)
            if stored is not None
            else None
        )
    if stored is None or stored.state == CHECKED or record is None or record.report is None:
        return
    report = reports.Report.model_validate(record.report)
    current = next((claim for claim in report.claims if claim.id == stored.claim_id), None)
    if current is None:
        return
    claim = reports.verification_of(current).claim
    if stored.kind == "withdraw":
        verification = withdrawn(claim)
    else:
        [verification] = await verifiers.verify(
            [with_evidence(claim, stored)],
            report.candidate,
            runtime.http,
            verifiers=runtime.chain,
        )
    entry = reports.HistoryEntry(
        at=utcnow(), verdict=verification.verdict, source=ANSWER_SOURCES[stored.kind]
    )
    async with runtime.sessions() as session, session.begin():
        repository = EvidenceRequestRepository(session, runtime.cipher)
        latest = await repository.lock_report(stored.verification_id)
        state, _ = await repository.answer_state(answer_id)
        if latest is None or state == CHECKED:
            # Gone, or another run of this job (a lease that lapsed) wrote it first.
            return
        updated = rebuilt(reports.Report.model_validate(latest), verification, entry)
        report_json: dict[str, Any] = json.loads(reports.render_json(updated))
        await repository.replace_report(
            stored.verification_id,
            report=report_json,
            claim_id=stored.claim_id,
            progress=verifications.progress_entry(current.title, verification.verdict),
            search_text=verifications.search_text(report_json),
        )
        await EvidenceRepository(session).add_many(
            verification_id=stored.verification_id,
            claim_key=stored.claim_id,
            evidence=verification.evidence,
        )
        await repository.mark_checked(answer_id, verdict=verification.verdict.value)
        if record.callback_url:
            summary = verifications.summary(stored.verification_id, report_json)
            delivery = await WebhookDeliveryRepository(session).create(
                verification_id=stored.verification_id,
                url=record.callback_url,
                event_type="verification.updated",
                payload_summary=summary
                | {"changed": {"claim": stored.claim_id, "source": entry.source.value}},
            )
            await runtime.queue.enqueue_in(session, verifications.DELIVER_JOB, str(delivery.id))
    logger.info(
        "evidence answer checked: verification=%s verdict=%s",
        stored.verification_id,
        verification.verdict.value,
    )
