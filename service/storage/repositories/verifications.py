"""A verification and what hangs off it: its résumé (encrypted); its evidence is in
``evidence``."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from service.crypto import FileCipher
from service.storage.models import (
    Job,
    UploadedFile,
    VerificationRecord,
    VerificationStatus,
    WorkspaceScope,
    new_id,
    utcnow,
)
from service.storage.repositories.evidence import EvidenceRepository
from service.storage.repositories.job_end import FINISH_WITH_EVIDENCE
from service.storage.repositories.job_start import SET_PROGRESS, START_WITH_UPLOAD
from service.storage.repositories.scoping import scoped
from service.storage.unflushed import stands_alone
from verifiers import Evidence


class IntegrityCheckError(Exception):
    """A stored file decrypted to bytes whose SHA-256 is not the one recorded."""


class VerificationRepository:
    """Verifications: created queued, then running, then done with a report or failed.

    What a caller asks for (get, list, delete) is scoped to a workspace; the job's writes
    (``start`` … ``fail``) take the id their job was queued with by a scoped request.
    """

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def add(
        self,
        *,
        workspace_id: int,
        origin: str,
        candidate_email: str | None = None,
        links: Sequence[str] = (),
        resume_url: str | None = None,
        callback_url: str | None = None,
        user_id: int | None = None,
        api_key_id: int | None = None,
        verification_id: str | None = None,
        role: dict[str, Any] | None = None,
    ) -> VerificationRecord:
        """A new queued verification, written with the session's next flush or commit, so a
        batch of them goes to the database together."""
        now = utcnow()
        record = VerificationRecord(
            id=verification_id or new_id(),
            status=VerificationStatus.QUEUED,
            created_at=now,
            updated_at=now,
            origin=origin,
            workspace_id=workspace_id,
            candidate_email=candidate_email,
            links=list(links),
            resume_url=resume_url,
            callback_url=callback_url,
            user_id=user_id,
            api_key_id=api_key_id,
            progress={},
            role=role,
        )
        self.session.add(record)
        return record

    async def create(
        self,
        *,
        workspace_id: int,
        origin: str,
        candidate_email: str | None = None,
        links: Sequence[str] = (),
        resume_url: str | None = None,
        callback_url: str | None = None,
        user_id: int | None = None,
        api_key_id: int | None = None,
        verification_id: str | None = None,
    ) -> VerificationRecord:
        """A new queued verification, written now."""
        record = self.add(
            workspace_id=workspace_id,
            origin=origin,
            candidate_email=candidate_email,
            links=links,
            resume_url=resume_url,
            callback_url=callback_url,
            user_id=user_id,
            api_key_id=api_key_id,
            verification_id=verification_id,
        )
        await self.session.flush()
        return record

    async def get(
        self, verification_id: str, *, workspace_id: WorkspaceScope
    ) -> VerificationRecord | None:
        """The verification with this id in the workspace, if any, read fresh."""
        query = scoped(select(VerificationRecord), workspace_id).where(
            VerificationRecord.id == verification_id
        )
        return await self.session.scalar(query.execution_options(populate_existing=True))

    async def list_page(
        self,
        *,
        workspace_id: int,
        status: str | None = None,
        after: tuple[datetime, str] | None = None,
        limit: int = 50,
        user_id: int | None = None,
        api_key_id: int | None = None,
        search: str | None = None,
        with_report: bool = True,
    ) -> list[VerificationRecord]:
        """Newest first, keyset-paged: ``after`` is the (created_at, id) of the last row seen.

        ``search`` is matched as a folded substring (see ``search_key``) of the search text.
        Without ``with_report`` the reports are not read (a list that shows none need not
        fetch and decode each one); reading ``report`` from such a record raises.
        """
        query = scoped(select(VerificationRecord), workspace_id)
        if not with_report:
            query = query.options(defer(VerificationRecord.report, raiseload=True))
        if search:
            escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(VerificationRecord.search_text.like(f"%{escaped}%", escape="\\"))
        if status is not None:
            query = query.where(VerificationRecord.status == status)
        if user_id is not None:
            query = query.where(VerificationRecord.user_id == user_id)
        if api_key_id is not None:
            query = query.where(VerificationRecord.api_key_id == api_key_id)
        if after is not None:
            created_at, last_id = after
            query = query.where(
                or_(
                    VerificationRecord.created_at < created_at,
                    (VerificationRecord.created_at == created_at)
                    & (VerificationRecord.id < last_id),
                )
            )
        query = query.order_by(
            VerificationRecord.created_at.desc(), VerificationRecord.id.desc()
        ).limit(limit)
        return list((await self.session.scalars(query)).all())

    async def start(self, verification_id: str) -> VerificationRecord | None:
        """Mark the verification running for its job and return it, in one statement; None
        when there is nothing to run (no such verification, or it is done or failed already:
        a job run again after a crash leaves it as it is). A retried job may find it running.
        """
        return await self.session.scalar(
            update(VerificationRecord)
            .where(
                VerificationRecord.id == verification_id,
                VerificationRecord.status.not_in(
                    [VerificationStatus.DONE, VerificationStatus.FAILED]
                ),
            )
            .values(status=VerificationStatus.RUNNING, error=None, updated_at=utcnow())
            .returning(VerificationRecord)
            .execution_options(populate_existing=True)
        )

    async def start_with_upload(
        self, verification_id: str
    ) -> tuple[VerificationRecord, UploadedFile | None] | None:
        """``start``, and the verification's first stored file (encrypted, as stored; None if
        it has none or names a URL to fetch), or None when there is nothing to run. On
        PostgreSQL one statement (the update a data-modifying CTE the read joins): a round trip
        less a job, on the server the workers share. Elsewhere ``start``, then the read."""
        if self.session.bind is None or self.session.bind.dialect.name != "postgresql":
            record = await self.start(verification_id)
            if record is None or record.resume_url:
                return None if record is None else (record, None)
            file = await self.session.scalar(
                select(UploadedFile)
                .where(UploadedFile.verification_id == verification_id)
                .order_by(UploadedFile.created_at)
                .limit(1)
            )
            return record, file
        alone = stands_alone(await self.session.connection())
        row = (
            await self.session.execute(
                START_WITH_UPLOAD[alone], {"verification_id": verification_id, "now": utcnow()}
            )
        ).first()
        return None if row is None else (row[0], row[1])

    async def set_progress(self, verification_id: str, progress: Mapping[str, Any]) -> bool:
        """Write a running verification's whole progress as its job holds it (one statement,
        no read: while it runs, its job is the one writer of its progress); whether it was
        still running. A write that comes after the verification ended changes nothing."""
        connection = await self.session.connection()
        result = await connection.execute(
            SET_PROGRESS[stands_alone(connection)],
            {"verification_id": verification_id, "progress": dict(progress), "now": utcnow()},
        )
        return bool(result.rowcount)

    async def finish(
        self,
        verification_id: str,
        *,
        report: dict[str, Any],
        search_text: str | None = None,
        progress: dict[str, Any] | None = None,
    ) -> bool:
        """Done, with its report, what the history search looks in and, when given, the
        final progress (one entry per claim of the report, replacing the running ones)."""
        now = utcnow()
        final = {} if progress is None else {"progress": progress}
        return await self._set(
            verification_id,
            **final,
            status=VerificationStatus.DONE,
            report=report,
            search_text=search_text,
            error=None,
            finished_at=now,
            updated_at=now,
        )

    async def finish_with_evidence(
        self,
        verification_id: str,
        *,
        report: dict[str, Any],
        search_text: str | None,
        progress: dict[str, Any],
        evidence: Mapping[str, Sequence[Evidence]],
    ) -> bool:
        """``finish``, and the report's evidence recorded as ``EvidenceRepository.add_by_claim``
        does, only if the verification was there to finish (an erased one gets none).

        On PostgreSQL this is one statement (the update and the insert as data-modifying
        CTEs), atomic by itself: a ``statement_session`` may run it, with no BEGIN and COMMIT
        around it (4 round trips were 1). Elsewhere two statements: run it in a transaction.
        """
        if self.session.bind is None or self.session.bind.dialect.name != "postgresql":
            finished = await self.finish(
                verification_id, report=report, search_text=search_text, progress=progress
            )
            if finished:
                await EvidenceRepository(self.session).add_by_claim(
                    verification_id=verification_id, evidence=evidence
                )
            return finished
        now = utcnow()
        listed = [(key, item) for key, items in evidence.items() for item in items]
        # Through the session's connection: the ORM takes parameters for rows of a bulk write.
        connection = await self.session.connection()
        finished = await connection.scalar(
            FINISH_WITH_EVIDENCE,
            {
                "verification_id": verification_id,
                "status": VerificationStatus.DONE.value,
                "report": report,
                "progress": progress,
                "search_text": search_text,
                "now": now,
                "claim_keys": [key for key, _ in listed],
                "urls": [item.url for _, item in listed],
                "status_codes": [item.status_code for _, item in listed],
                "fetched_at": [item.fetched_at for _, item in listed],
                "sha256s": [item.sha256 for _, item in listed],
                "content_types": [item.content_type for _, item in listed],
            },
        )
        return bool(finished)

    async def claim_recheck(
        self, verification_id: str, *, workspace_id: int, now: datetime, stale_before: datetime
    ) -> bool:
        """Mark a re-check of the workspace's finished verification under way, unless one
        asked for at or after ``stale_before`` still is; whether this call marked it. One
        conditional ``UPDATE``: of two transactions asking at once (in any processes), the
        second waits for the first's row lock (SQLite's write lock) and then matches nothing.
        Run it first in its transaction, so SQLite takes its write lock before any read."""
        result = await self.session.execute(
            update(VerificationRecord)
            .where(
                VerificationRecord.id == verification_id,
                VerificationRecord.workspace_id == workspace_id,
                VerificationRecord.status == VerificationStatus.DONE,
                or_(
                    VerificationRecord.recheck_queued_at.is_(None),
                    VerificationRecord.recheck_queued_at < stale_before,
                ),
            )
            .values(recheck_queued_at=now)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def end_recheck(self, verification_id: str) -> None:
        """No re-check of the verification is under way any more."""
        await self.session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == verification_id)
            .values(recheck_queued_at=None)
            .execution_options(synchronize_session=False)
        )

    async def fail(self, verification_id: str, *, error: str) -> bool:
        """Failed for good; ``error`` is shown to the user, so it must hold no résumé text."""
        now = utcnow()
        return await self._set(
            verification_id,
            status=VerificationStatus.FAILED,
            error=error,
            finished_at=now,
            updated_at=now,
        )

    async def delete(self, verification_id: str, *, workspace_id: WorkspaceScope) -> bool:
        """Erase a verification of the workspace with its file, evidence, deliveries, keys and
        jobs; False when the workspace has no such verification."""
        deleted = await self.delete_many([verification_id], workspace_id=workspace_id)
        return deleted == 1

    async def delete_many(
        self, verification_ids: Sequence[str], *, workspace_id: WorkspaceScope
    ) -> int:
        """Erase the workspace's verifications among these, and everything attached; returns
        how many there were."""
        if not verification_ids:
            return 0
        ids = list(
            (
                await self.session.scalars(
                    scoped(select(VerificationRecord.id), workspace_id).where(
                        VerificationRecord.id.in_(list(verification_ids))
                    )
                )
            ).all()
        )
        if not ids:
            return 0
        # Jobs name their target by id only (payloads carry ids), so no foreign key cascades.
        await self.session.execute(delete(Job).where(Job.target_id.in_(ids)))
        # The rest cascades in the database (ON DELETE CASCADE; SQLite has foreign_keys=ON).
        result = await self.session.execute(
            delete(VerificationRecord)
            .where(VerificationRecord.id.in_(ids))
            .returning(VerificationRecord.id)
        )
        return len(result.all())

    async def _set(self, verification_id: str, **values: Any) -> bool:
        # One UPDATE: the row is not read first (its report and progress can be large); a
        # copy of it this session holds is brought up to date in memory.
        result = await self.session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == verification_id)
            .values(**values)
            .execution_options(synchronize_session="evaluate")
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def ids_created_before(
        self, cutoff: datetime, *, limit: int, workspace_id: WorkspaceScope
    ) -> list[str]:
        """Ids of the workspace's verifications older than the cutoff, oldest first."""
        query = (
            scoped(select(VerificationRecord.id), workspace_id)
            .where(VerificationRecord.created_at < cutoff)
            .order_by(VerificationRecord.created_at)
            .limit(limit)
        )
        return list((await self.session.scalars(query)).all())


@dataclass(frozen=True, slots=True)
class StoredUpload:
    """A résumé read back and decrypted."""

    data: bytes
    media_type: str
    suffix: str
    sha256: str
    #: What reading it found when it arrived (JSON), if an earlier version read it then.
    extraction: bytes | None = None


class UploadRepository:
    """Uploaded résumés, encrypted before they reach the database."""

    def __init__(self, session: AsyncSession, cipher: FileCipher) -> None:
        self.session = session
        self.cipher = cipher

    async def add(
        self,
        *,
        verification_id: str,
        data: bytes,
        media_type: str,
        suffix: str,
        extraction: bytes | None = None,
    ) -> UploadedFile:
        """Encrypt and store a résumé for a verification (with ``extraction``, what reading it
        found, as earlier versions stored it)."""
        # Rows are flushed by mapper, not by foreign key: the verification must be written first.
        await self.session.flush()
        file_id = new_id()
        record = UploadedFile(
            id=file_id,
            verification_id=verification_id,
            media_type=media_type,
            suffix=suffix,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            ciphertext=self.cipher.encrypt(data, record_id=file_id),
            extraction=(
                None
                if extraction is None
                else self.cipher.encrypt(extraction, record_id=f"{file_id}/extraction")
            ),
        )
        self.session.add(record)
        await self.session.flush()
        return record

    async def read(self, verification_id: str) -> StoredUpload | None:
        """The verification's résumé, decrypted and checked, or None if it has none."""
        record = await self.session.scalar(
            select(UploadedFile)
            .where(UploadedFile.verification_id == verification_id)
            .order_by(UploadedFile.created_at)
            .limit(1)
        )
        return None if record is None else self.opened(record)

    def opened(self, record: UploadedFile) -> StoredUpload:
        """A stored file's résumé, decrypted and checked."""
        data = self.cipher.decrypt(record.ciphertext, record_id=record.id)
        digest = hashlib.sha256(data).hexdigest()
        if not secrets.compare_digest(digest, record.sha256):
            raise IntegrityCheckError(f"uploaded file {record.id} does not match its checksum")
        extraction = (
            None
            if record.extraction is None
            else self.cipher.decrypt(record.extraction, record_id=f"{record.id}/extraction")
        )
        return StoredUpload(
            data=data,
            media_type=record.media_type,
            suffix=record.suffix,
            sha256=digest,
            extraction=extraction,
        )
