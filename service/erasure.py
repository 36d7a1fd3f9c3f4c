"""Erasure that leaves nothing: one path for ``DELETE``, the web app's delete button and a
candidate's erasure request.

A verification goes with everything attached (its résumé, stored reading, report, evidence,
evidence requests and answers, deliveries and their payloads, idempotency keys, jobs); the
rate-limit counts kept under its evidence links and its candidate's address go too, and its
audit events lose the candidate's address but stay, with one more event saying who erased
it. Then no copy is left: SQLite's write-ahead log is folded into the database (whose
``secure_delete`` zeroed the rows), and this process's recent readings of the résumé are
dropped. No file under the data directory holds a candidate's data (uploads live in the
database), so there is none to remove.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from service import audit
from service.runtime import Runtime
from service.sandbox import recent_extractions
from service.storage import (
    AuditRepository,
    SubjectRepository,
    UploadRepository,
    VerificationRecord,
    VerificationRepository,
    fold_write_ahead_log,
)
from service.storage.models import WorkspaceScope


@dataclass(frozen=True, slots=True)
class Erased:
    """What an erasure removed, by kind, for the person who asked."""

    counts: dict[str, int]

    @property
    def verifications(self) -> int:
        return self.counts.get("verifications", 0)

    def lines(self) -> list[str]:
        return [f"{count}\t{what}" for what, count in self.counts.items()]


def people_of(
    record: VerificationRecord, reading: bytes | None = None
) -> tuple[set[str], set[str]]:
    """The candidate's emails and names a verification knows of (folded to lower case): its
    own email, the report's candidate, or else ``reading``, what its résumé says (JSON)."""
    emails = {record.candidate_email.casefold()} if record.candidate_email else set()
    names: set[str] = set()
    candidate: dict[str, object] = {}
    if record.report is not None:
        candidate = record.report.get("candidate") or {}
    elif reading is not None:
        try:
            candidate = json.loads(reading).get("candidate") or {}
        except (ValueError, AttributeError):
            candidate = {}
    found = candidate.get("emails")
    if isinstance(found, list):
        emails |= {str(email).casefold() for email in found}
    name = candidate.get("name")
    if isinstance(name, str) and name.strip():
        names.add(name.casefold())
    return emails, names


async def erase(
    *,
    runtime: Runtime,
    verification_ids: Sequence[str],
    workspace_id: WorkspaceScope,
    actor: audit.Actor,
    action: audit.Action = "deleted",
) -> Erased:
    """Erase the workspace's verifications among these and everything about them, in one
    transaction, and leave no copy; the audit trail records ``action`` by ``actor`` for
    each."""
    ids = list(dict.fromkeys(verification_ids))
    emails: set[str] = set()
    names: set[str] = set()
    async with runtime.sessions() as session, session.begin():
        verifications = VerificationRepository(session)
        uploads = UploadRepository(session, runtime.cipher)
        present: dict[str, int] = {}
        for verification_id in ids:
            record = await verifications.get(verification_id, workspace_id=workspace_id)
            if record is None:
                continue
            present[verification_id] = record.workspace_id
            reading = None
            if record.report is None:
                stored = await uploads.read(verification_id)
                reading = stored.extraction if stored is not None else None
            found_emails, found_names = people_of(record, reading)
            emails |= found_emails
            names |= found_names
        subjects = SubjectRepository(session)
        attached = await subjects.attached(list(present))
        counts = dict(attached.counts)
        counts["jobs"] = await subjects.delete_jobs(attached.answer_ids + attached.delivery_ids)
        counts["rate-limit counts"] = await subjects.delete_rate_limits(
            [f"evidence-token:{token}" for token in attached.token_hashes]
            + [f"evidence-address:{address}" for address in attached.candidate_addresses]
        )
        counts["audit events' addresses"] = await AuditRepository(session).scrub(list(present))
        counts["jobs"] += await subjects.delete_jobs(list(present))
        for verification_id, workspace in present.items():
            await audit.record(
                session,
                verification_id=verification_id,
                action=action,
                actor=actor,
                workspace_id=workspace,
            )
        await verifications.delete_many(list(present), workspace_id=workspace_id)
    digests = {bytes.fromhex(digest) for digest in attached.upload_digests}
    counts["readings in memory"] = recent_extractions.discard(
        lambda digest, reading: (
            digest in digests
            or bool(emails & {email.casefold() for email in reading.candidate.emails})
            or (reading.candidate.name or "").casefold() in names
        )
    )
    if present:
        await fold_write_ahead_log(runtime.sessions)
    return Erased(counts=counts)
