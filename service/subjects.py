"""A candidate's rights: everything credlens holds about one email, exported as a ZIP of JSON
and PDF (an access request), or erased leaving nothing (an erasure request).

Emails are stored as given (``candidate_email``) and as the report read them from the résumé;
both are matched case-insensitively. A verification without a report yet is matched by a
reading of its résumé, made here in the sandbox (or the one an earlier version stored with the
upload, decrypted here); it is never written out.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr
from typing import Any

from pydantic import ValidationError

import reports
from extractors import ExtractionError
from service import audit, erasure
from service.pipeline import extract, render_limits
from service.runtime import Runtime
from service.sandbox import ReportRenderError, render_pdf_isolated
from service.storage import (
    AuditRepository,
    StoredUpload,
    SubjectRepository,
    UploadRepository,
    VerificationRecord,
)
from service.storage.models import WorkspaceScope
from service.verifications import RequestError, search_key

logger = logging.getLogger(__name__)


def checked_email(email: str) -> str:
    """The address, trimmed; ``RequestError`` if it is not one."""
    email = email.strip()
    _, address = parseaddr(email)
    if "@" not in address or address != email or len(email) > 320:
        raise RequestError("That is not an email address.")
    return email


async def verifications_of(
    *, runtime: Runtime, email: str, workspace_id: WorkspaceScope
) -> list[VerificationRecord]:
    """The workspace's verifications whose candidate has this email, oldest first."""
    email = checked_email(email)
    wanted = email.casefold()
    async with runtime.sessions() as session:
        maybe = await SubjectRepository(session).maybe_about(
            email=email, folded=search_key(email), workspace_id=workspace_id
        )
        uploads = UploadRepository(session, runtime.cipher)
        unread = {
            record.id: upload
            for record in maybe
            if record.report is None and (upload := await uploads.read(record.id)) is not None
        }
    found = []
    for record in maybe:
        emails, _ = erasure.people_of(record)
        if wanted not in emails and record.id in unread:
            # Read outside the session: a reading must not hold the database's one connection.
            reading = await _reading_of(runtime, unread[record.id])
            emails, _ = erasure.people_of(record, reading)
        if wanted in emails:
            found.append(record)
    return found


async def _reading_of(runtime: Runtime, upload: StoredUpload) -> bytes | None:
    """What a résumé its job has not read yet says (JSON), read now in the sandbox; None if it
    cannot be read. An upload stored by an earlier version carries its reading."""
    if upload.extraction is not None:
        return upload.extraction
    try:
        extraction = await extract(
            data=upload.data, filename=f"resume{upload.suffix}", settings=runtime.settings
        )
    except ExtractionError:
        return None
    return extraction.model_dump_json().encode()


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _json(data: Any) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str).encode()


@dataclass(frozen=True, slots=True)
class Export:
    """The ZIP and how many verifications it holds."""

    data: bytes
    verifications: int


async def export(
    *, runtime: Runtime, email: str, workspace_id: WorkspaceScope, actor: audit.Actor
) -> Export:
    """Everything held about the candidate with this email, as a ZIP: per verification its
    record and report (JSON and PDF), résumé as uploaded, evidence, evidence requests and
    answers, callback deliveries and audit events. Each export is audited."""
    records = await verifications_of(runtime=runtime, email=email, workspace_id=workspace_id)
    ids = [record.id for record in records]
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt",
            "What credlens holds about the candidate with this email: one folder per\n"
            "verification, each with verification.json (the request and its report),\n"
            "report.pdf, the résumé as uploaded, evidence.json (what each verdict rests on),\n"
            "evidence-requests.json (the candidate's answers with their files),\n"
            "deliveries.json (results sent to the recruiter's system) and audit.json.\n",
        )
        archive.writestr("verifications.json", _json({"email": email, "verifications": ids}))
        for record in records:
            for name, content in (await _files_of(runtime, record)).items():
                archive.writestr(f"{record.id}/{name}", content)
    async with runtime.sessions() as session, session.begin():
        for verification_id in ids:
            await audit.record(
                session, verification_id=verification_id, action="exported", actor=actor
            )
    return Export(data=output.getvalue(), verifications=len(ids))


async def _files_of(runtime: Runtime, record: VerificationRecord) -> dict[str, bytes]:
    ids = [record.id]
    async with runtime.sessions() as session:
        subjects = SubjectRepository(session)
        evidence = await subjects.evidence(ids)
        requests = await subjects.requests(ids)
        answers = await subjects.answers(ids)
        deliveries = await subjects.deliveries(ids)
        uploads = await subjects.uploads(ids)
        events = await AuditRepository(session).list_for(ids, workspace_id=record.workspace_id)
        files: dict[str, bytes] = {}
        for upload in uploads:
            plain = runtime.cipher.decrypt(upload.ciphertext, record_id=upload.id)
            files[f"resume{upload.suffix or '.bin'}"] = plain
        answer_rows = []
        for answer in answers:
            content = runtime.cipher.decrypt(answer.ciphertext, record_id=answer.id)
            row: dict[str, Any] = {
                "id": answer.id,
                "request_id": answer.request_id,
                "claim_id": answer.claim_id,
                "kind": answer.kind,
                "state": answer.state,
                "verdict": answer.verdict,
                "received_at": _iso(answer.received_at),
                "checked_at": _iso(answer.checked_at),
            }
            if answer.kind == "file":
                row["file"] = f"answers/{answer.id}{answer.suffix}"
                files[row["file"]] = content
            elif answer.kind != "withdraw":
                row["value"] = content.decode("utf-8", "replace")
            answer_rows.append(row)
    files["verification.json"] = _json(
        {
            "id": record.id,
            "status": record.status,
            "origin": record.origin,
            "created_at": _iso(record.created_at),
            "updated_at": _iso(record.updated_at),
            "finished_at": _iso(record.finished_at),
            "candidate_email": record.candidate_email,
            "resume_url": record.resume_url,
            "links": record.links,
            "callback_url": record.callback_url,
            "progress": record.progress,
            "error": record.error,
            "report": record.report,
        }
    )
    if record.report is not None:
        pdf = await _pdf(runtime, record.report)
        if pdf is not None:
            files["report.pdf"] = pdf
    files["evidence.json"] = _json(
        [
            {
                "claim_id": item.claim_key,
                "url": item.url,
                "status_code": item.status_code,
                "fetched_at": _iso(item.fetched_at),
                "sha256": item.sha256,
                "content_type": item.content_type,
            }
            for item in evidence
        ]
    )
    files["evidence-requests.json"] = _json(
        {
            "requests": [
                {
                    "id": request.id,
                    "claims": request.claims,
                    "message": request.message,
                    "created_at": _iso(request.created_at),
                    "expires_at": _iso(request.expires_at),
                    "revoked_at": _iso(request.revoked_at),
                }
                for request in requests
            ],
            "answers": answer_rows,
        }
    )
    files["deliveries.json"] = _json(
        [
            {
                "id": delivery.id,
                "url": delivery.url,
                "event_type": delivery.event_type,
                # The sealed payload carries the evidence link's secret; its summary is shown.
                "payload": delivery.payload_summary,
                "status": delivery.status,
                "attempts": delivery.attempts,
                "created_at": _iso(delivery.created_at),
                "last_attempt_at": _iso(delivery.last_attempt_at),
                "last_status_code": delivery.last_status_code,
            }
            for delivery in deliveries
        ]
    )
    files["audit.json"] = _json(audit_rows(events))
    return files


def audit_rows(events: Sequence[Any]) -> list[dict[str, Any]]:
    """Audit events as JSON objects, oldest first."""
    return [
        {
            "verification_id": event.verification_id,
            "at": _iso(event.at),
            "action": event.action,
            "detail": event.detail,
            "actor": {
                "kind": event.actor_kind,
                "id": event.actor_id,
                "label": event.actor_label,
                "address": event.client_address,
            },
        }
        for event in events
    ]


async def _pdf(runtime: Runtime, report: dict[str, Any]) -> bytes | None:
    try:
        parsed = reports.Report.model_validate(report)
    except ValidationError:
        # Written by a version whose reports this one cannot render; its JSON is exported.
        logger.warning("a PDF report was left out of a subject export: not a current report")
        return None
    try:
        return await render_pdf_isolated(
            parsed, limits=render_limits(runtime.settings), tagged=runtime.settings.tagged_pdf
        )
    except ReportRenderError:
        # The JSON report holds the same; the export is not refused for a busy machine.
        logger.warning("a PDF report was left out of a subject export: the render was stopped")
        return None


async def erase(
    *, runtime: Runtime, email: str, workspace_id: WorkspaceScope, actor: audit.Actor
) -> erasure.Erased:
    """Erase every verification of the workspace's candidate with this email, leaving
    nothing."""
    records = await verifications_of(runtime=runtime, email=email, workspace_id=workspace_id)
    return await erasure.erase(
        runtime=runtime,
        verification_ids=[record.id for record in records],
        workspace_id=workspace_id,
        actor=actor,
        action="erased",
    )
