"""The candidate's side: what a link opens, and the answers it takes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import httpx

import verifiers
from extractors import ExtractionError, UnsupportedFormatError
from service import audit, pipeline, verifications
from service.evidence_requests.asking import AskedClaim, _asked
from service.evidence_requests.common import (
    EVIDENCE_JOB,
    MAX_CREDENTIAL_ID_CHARS,
    MAX_LINK_CHARS,
    AnswerKind,
    RequestNotFound,
    is_well_formed,
    token_hash,
)
from service.runtime import Runtime
from service.storage import VerificationRepository
from service.storage.models import ALL_WORKSPACES, EvidenceRequest, utcnow
from service.storage.repositories.evidence_requests import EvidenceRequestRepository
from service.uploads import UploadRejected, check_image
from service.verifications import RequestError

logger = logging.getLogger(__name__)


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
        # The token is the authority: it opens its own request's verification, whichever
        # workspace that is, and nothing else.
        record = await VerificationRepository(session).get(
            request.verification_id, workspace_id=ALL_WORKSPACES
        )
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
    address: str | None = None,
) -> AnswerState:
    """Record the candidate's answer for one claim and queue its check, in one transaction;
    a new answer is audited with the ``address`` it came from.

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
            await audit.record(
                session,
                verification_id=request.verification_id,
                action="evidence-answered",
                actor=audit.Actor.candidate(request.id, address=address),
                detail=kind.replace("_", "-"),
            )
        state, _ = await repository.answer_state(answer_id)
    logger.info(
        "evidence answer %s: request=%s kind=%s", "queued" if new else "repeated", request.id, kind
    )
    return AnswerState(claim_id=claim_id, answer=kind, state=state, new=new)
