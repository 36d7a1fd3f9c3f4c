"""Checking a finished verification again later: a badge may have been revoked, renewed or
published since. The stored résumé, the links and the role given with it go through the
same pipeline; each claim's history gains the verdict it has now, so the report says what
changed since the check before; the callback is signed as usual.

Claims the candidate answered an evidence request for keep that evidence, through any
number of re-checks: a link or an ID they gave is checked again, and so is a file they
uploaded (not in the report, but stored with their answer), and their word that they do not
hold a credential stands.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

import reports
import verifiers
from extractors import ClaimOrigin, ExtractionError, Role
from service import audit, evidence_requests, roles, stored_resumes, verifications
from service.jobs.port import TransientJobError
from service.runtime import Runtime
from service.storage import (
    EvidenceRepository,
    VerificationRecord,
    VerificationRepository,
    WebhookDeliveryRepository,
)
from service.storage.models import ALL_WORKSPACES, VerificationStatus, utcnow
from service.storage.repositories.evidence_requests import EvidenceRequestRepository
from service.verifications import RequestError
from verifiers import Verification

logger = logging.getLogger(__name__)

REVERIFY_JOB = "reverify"
#: A re-check asked for this long ago and not ended is taken for lost (its job failed in a
#: way that could not say so): a new request queues another.
RECHECK_LOST_AFTER = timedelta(hours=1)
#: Answers whose evidence is in the report's claim (its link or ID): checked again.
_CHECKED_AGAIN = frozenset(
    {reports.HistorySource.CANDIDATE_LINK, reports.HistorySource.CANDIDATE_ID}
)


def under_way(record: VerificationRecord, *, at: datetime) -> bool:
    """Whether a re-check of the verification is queued or running (and not taken for lost)."""
    queued = record.recheck_queued_at
    return queued is not None and queued >= at - RECHECK_LOST_AFTER


async def _claimed(session: AsyncSession, verification_id: str, workspace_id: int) -> bool:
    """Mark a re-check of the verification under way; False when one already is.

    Decided in the database, first thing in the caller's transaction: of two requests at once,
    from any processes, one marks the verification. Raises ``RequestError`` as ``_checkable``
    does when there is nothing to re-check.
    """
    now = utcnow()
    claimed = await VerificationRepository(session).claim_recheck(
        verification_id,
        workspace_id=workspace_id,
        now=now,
        stale_before=now - RECHECK_LOST_AFTER,
    )
    if not claimed:
        await _checkable(session, verification_id, workspace_id)
    return claimed


async def request(
    *, runtime: Runtime, verification_id: str, workspace_id: int, actor: audit.Actor
) -> bool:
    """Queue a new check of a finished verification, ``actor`` asking audited; False when
    one is already queued or running (nothing more is queued: that one replaces the report).

    Raises ``RequestError``: 404 for no such verification in the workspace, 409 before its
    first report is done.
    """
    async with runtime.sessions() as session, session.begin():
        if not await _claimed(session, verification_id, workspace_id):
            return False
        await _audited(session, verification_id, workspace_id, actor)
        await runtime.queue.enqueue_in(session, REVERIFY_JOB, verification_id)
        return True


async def run_now(
    *, runtime: Runtime, verification_id: str, workspace_id: int, actor: audit.Actor
) -> reports.Report:
    """Check again in this process (the CLI), without a job; the updated report. Marks the
    re-check under way as ``request`` does, so a request meanwhile queues none and this one
    is refused while another is under way. Raises ``RequestError`` as ``request`` does, 409
    while another re-check is under way, and 409 for a résumé that can no longer be read."""
    async with runtime.sessions() as session, session.begin():
        if not await _claimed(session, verification_id, workspace_id):
            raise RequestError(
                "A re-check of this verification is already under way; its report will say "
                "what changed.",
                status_code=409,
            )
        await _audited(session, verification_id, workspace_id, actor)
    try:
        updated = await execute(runtime=runtime, verification_id=verification_id)
    except TransientJobError:
        # No job runs this again: the re-check is over (``execute`` ends it on any other end).
        await _ended(runtime, verification_id)
        raise
    if updated is None:
        raise RequestError("The verification could not be checked again.", status_code=409)
    return updated


async def _checkable(session: AsyncSession, verification_id: str, workspace_id: int) -> None:
    record = await VerificationRepository(session).get(verification_id, workspace_id=workspace_id)
    if record is None:
        raise RequestError("No such verification.", status_code=404)
    if record.status != VerificationStatus.DONE or record.report is None:
        raise RequestError(
            f"The verification is {record.status}; check it again once its report is done.",
            status_code=409,
        )


async def _audited(
    session: AsyncSession, verification_id: str, workspace_id: int, actor: audit.Actor
) -> None:
    await _checkable(session, verification_id, workspace_id)
    await audit.record(
        session,
        verification_id=verification_id,
        action="re-verified",
        actor=actor,
        detail="recheck",
    )


async def execute(*, runtime: Runtime, verification_id: str) -> reports.Report | None:
    """The job handler for ``reverify``: the whole verification checked again, the report
    replaced with every claim's history carried on. None when there is nothing to check (gone,
    not done) or the résumé can no longer be read (the report is left as it was). However it
    ends, but for a failure the job is run again for, the re-check is no longer under way."""
    try:
        updated = await _checked_again(runtime=runtime, verification_id=verification_id)
    except TransientJobError:
        raise  # the job runs again: the re-check is still under way
    except BaseException:
        await _ended(runtime, verification_id)
        raise
    if updated is None:
        await _ended(runtime, verification_id)
    return updated


async def _ended(runtime: Runtime, verification_id: str) -> None:
    async with runtime.sessions() as session, session.begin():
        await VerificationRepository(session).end_recheck(verification_id)


async def _checked_again(*, runtime: Runtime, verification_id: str) -> reports.Report | None:
    async with runtime.sessions() as session:
        # The job's id was queued by a request in the verification's workspace.
        record = await VerificationRepository(session).get(
            verification_id, workspace_id=ALL_WORKSPACES
        )
    if record is None or record.report is None:
        return None
    before = reports.Report.model_validate(record.report)
    role = await asyncio.to_thread(roles.stored_role, record.role)
    try:
        # A re-check asks every source again, even what the cache answered minutes ago.
        with verifiers.fresh_answers():
            fresh = await stored_resumes.run_stored(
                runtime,
                record,
                role=role,
                attached={
                    claim.url: claim.id
                    for claim in before.claims
                    if claim.url in record.links and claim.source.origin is ClaimOrigin.RESUME
                },
            )
            answered = await _answers_again(runtime, verification_id, before)
    except ExtractionError:
        logger.info("re-check skipped: id=%s (résumé unreadable)", verification_id)
        return None
    if answered:
        fresh = reports.rebuild(
            fresh,
            [answered.get(claim.id) or reports.verification_of(claim) for claim in fresh.claims],
            role=role,
        )
    return await _store(runtime, record.callback_url, verification_id, before, fresh, role)


def _evidence_source(history: Sequence[reports.HistoryEntry]) -> reports.HistorySource | None:
    """Where a claim's evidence last came from: a re-check checked the evidence it had, so
    the source before it still holds."""
    return next(
        (e.source for e in reversed(history) if e.source is not reports.HistorySource.RECHECK),
        None,
    )


async def _answers_again(
    runtime: Runtime, verification_id: str, before: reports.Report
) -> dict[str, Verification]:
    """The claims whose evidence last came from the candidate's answer, checked again with it
    (their word that they do not hold one stands)."""
    claims = reports.with_history(before).claims
    source = {claim.id: _evidence_source(claim.history) for claim in claims}
    async with runtime.sessions() as session:
        # The report keeps a candidate's link or ID in its claim, but not their file: that is
        # read back from their answer, as its own check read it.
        files = await EvidenceRequestRepository(session, runtime.cipher).latest_checked(
            verification_id,
            kind="file",
            claim_ids=[
                c.id for c in claims if source[c.id] is reports.HistorySource.CANDIDATE_FILE
            ],
        )
    again = [
        reports.verification_of(claim).claim
        for claim in claims
        if source[claim.id] in _CHECKED_AGAIN
    ] + [
        evidence_requests.with_evidence(reports.verification_of(claim).claim, files[claim.id])
        for claim in claims
        if claim.id in files
    ]
    kept = {
        claim.id: reports.verification_of(claim)
        for claim in claims
        if source[claim.id] is reports.HistorySource.CANDIDATE_WITHDRAWAL
        # A file answer no longer stored (erased since) keeps the verdict it gave.
        or (source[claim.id] is reports.HistorySource.CANDIDATE_FILE and claim.id not in files)
    }
    checked = await verifiers.verify(again, before.candidate, runtime.http, verifiers=runtime.chain)
    return kept | {verification.claim.id: verification for verification in checked}


async def _store(
    runtime: Runtime,
    callback_url: str | None,
    verification_id: str,
    before: reports.Report,
    fresh: reports.Report,
    role: Role | None,
) -> reports.Report | None:
    async with runtime.sessions() as session, session.begin():
        latest = await EvidenceRequestRepository(session, runtime.cipher).lock_report(
            verification_id
        )
        if latest is None:
            return None  # deleted meanwhile
        current = reports.Report.model_validate(latest)
        # An answer checked while this ran keeps its verdict rather than being undone.
        moved = _answered_meanwhile(before, current)
        if moved:
            fresh = reports.rebuild(
                fresh,
                [moved.get(claim.id) or reports.verification_of(claim) for claim in fresh.claims],
                role=role,
            )
        updated = reports.rechecked(current, fresh, at=utcnow())
        report_json: dict[str, Any] = json.loads(reports.render_json(updated))
        repository = VerificationRepository(session)
        await repository.finish(
            verification_id,
            report=report_json,
            search_text=verifications.search_text(report_json),
            progress={
                claim.id: verifications.progress_entry(claim.title, claim.verdict)
                for claim in updated.claims
            },
        )
        # With the report written, a new request may queue the next re-check.
        await repository.end_recheck(verification_id)
        evidence = EvidenceRepository(session)
        for claim in updated.claims:
            await evidence.add_many(
                verification_id=verification_id, claim_key=claim.id, evidence=claim.evidence
            )
        if callback_url:
            _, changes = reports.recheck_changes(updated)
            delivery = await WebhookDeliveryRepository(session).create(
                verification_id=verification_id,
                url=callback_url,
                event_type="verification.updated",
                payload_summary=verifications.summary(verification_id, report_json)
                | {"changed": _changed(changes)},
            )
            await runtime.queue.enqueue_in(session, verifications.DELIVER_JOB, str(delivery.id))
    logger.info("verification checked again: id=%s", verification_id)
    return updated


def _answered_meanwhile(before: reports.Report, current: reports.Report) -> dict[str, Verification]:
    lengths = {claim.id: len(claim.history) for claim in reports.with_history(before).claims}
    return {
        claim.id: reports.verification_of(claim)
        for claim in reports.with_history(current).claims
        if len(claim.history) > lengths.get(claim.id, 0)
    }


def _changed(changes: Sequence[reports.Change]) -> dict[str, Any]:
    """What the callback says changed: the source, and each claim whose verdict moved."""
    return {
        "source": reports.HistorySource.RECHECK.value,
        "claims": [
            {"claim": change.claim.id, "from": change.before.value, "to": change.after.value}
            for change in changes
        ],
    }
