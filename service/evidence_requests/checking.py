"""Checking an answer: the claim verified again with the candidate's evidence, the report
rebuilt in place."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import reports
import verifiers
from extractors import Claim, ClaimOrigin, Role
from service import audit, pipeline, roles, verifications
from service.evidence_requests.common import ANSWER_SOURCES
from service.runtime import Runtime
from service.storage import (
    EvidenceRepository,
    VerificationRepository,
    WebhookDeliveryRepository,
)
from service.storage.models import ALL_WORKSPACES, utcnow
from service.storage.repositories.evidence_requests import (
    CHECKED,
    EvidenceRequestRepository,
    StoredAnswer,
)
from verifiers import Check, CheckStatus, Verdict, Verification

logger = logging.getLogger(__name__)


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
    report: reports.Report,
    verification: Verification,
    entry: reports.HistoryEntry,
    role: Role | None = None,
) -> reports.Report:
    """The report with one claim's verification replaced, scored again, its history longer;
    the wallets it opened and what they hold kept, and judged again against the
    verification's ``role``, if it had one."""
    report = reports.with_history(report)
    verifications_now = [
        verification if claim.id == verification.claim.id else reports.verification_of(claim)
        for claim in report.claims
    ]
    fresh = reports.rebuild(report, verifications_now, role=role)
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
            # The job's answer id was queued by its token's request.
            await VerificationRepository(session).get(
                stored.verification_id, workspace_id=ALL_WORKSPACES
            )
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
    role = await asyncio.to_thread(roles.stored_role, record.role)
    async with runtime.sessions() as session, session.begin():
        repository = EvidenceRequestRepository(session, runtime.cipher)
        latest = await repository.lock_report(stored.verification_id)
        state, _ = await repository.answer_state(answer_id)
        if latest is None or state == CHECKED:
            # Gone, or another run of this job (a lease that lapsed) wrote it first.
            return
        updated = rebuilt(
            reports.Report.model_validate(latest),
            verification,
            entry,
            role,
        )
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
        await audit.record(
            session,
            verification_id=stored.verification_id,
            action="re-verified",
            actor=audit.Actor.system("evidence check"),
            detail=stored.kind.replace("_", "-"),
        )
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
