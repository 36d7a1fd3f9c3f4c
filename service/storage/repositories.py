"""Every query credlens makes. Services and handlers call these; they never write SQL.

Repositories flush but never commit: the request or job that owns the session decides when
its work is done (the polarsource/polar rule), so a verification and its job can be written
in one transaction.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import Insert as PostgresqlInsert
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from service.crypto import (
    ApiKeyHasher,
    FileCipher,
    api_key_display_prefix,
    generate_api_key,
    hash_password,
    is_well_formed_api_key,
    verify_password,
)
from service.storage.models import (
    ApiKey,
    Base,
    DeliveryStatus,
    EvidenceRecord,
    IdempotencyKey,
    InboundWebhook,
    Job,
    JobStatus,
    UploadedFile,
    User,
    VerificationRecord,
    VerificationStatus,
    WebhookDelivery,
    utcnow,
)
from verifiers import Evidence

#: ``last_used_at`` is refreshed at most this often, so authenticating is not a write per request.
API_KEY_TOUCH_INTERVAL = timedelta(minutes=1)


class IntegrityCheckError(Exception):
    """A stored file decrypted to bytes whose SHA-256 is not the one recorded."""


def new_id() -> str:
    """A random identifier for verifications and files; unguessable, so it can go in URLs."""
    return str(uuid.uuid4())


def _insert_new(session: AsyncSession, model: type[Base]) -> SqliteInsert | PostgresqlInsert:
    """An INSERT that skips a row clashing with a unique key, on either database: no
    IntegrityError, so no savepoint around it."""
    assert session.bind is not None
    insert = sqlite_insert if session.bind.dialect.name == "sqlite" else postgresql_insert
    return insert(model).on_conflict_do_nothing()


class VerificationRepository:
    """Verifications: created queued, then running, then done with a report or failed."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def add(
        self,
        *,
        origin: str,
        candidate_email: str | None = None,
        links: Sequence[str] = (),
        resume_url: str | None = None,
        callback_url: str | None = None,
        user_id: int | None = None,
        api_key_id: int | None = None,
        verification_id: str | None = None,
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
            candidate_email=candidate_email,
            links=list(links),
            resume_url=resume_url,
            callback_url=callback_url,
            user_id=user_id,
            api_key_id=api_key_id,
            progress={},
        )
        self.session.add(record)
        return record

    async def create(
        self,
        *,
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

    async def get(self, verification_id: str) -> VerificationRecord | None:
        """The verification with this id, if any, read fresh from the database."""
        return await self.session.get(VerificationRecord, verification_id, populate_existing=True)

    async def list_page(
        self,
        *,
        status: str | None = None,
        after: tuple[datetime, str] | None = None,
        limit: int = 50,
        user_id: int | None = None,
        api_key_id: int | None = None,
        search: str | None = None,
    ) -> list[VerificationRecord]:
        """Newest first, keyset-paged: ``after`` is the (created_at, id) of the last row seen.

        ``search`` is matched as a folded substring (see ``search_key``) of the search text.
        """
        query = select(VerificationRecord)
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

    async def mark_running(self, verification_id: str) -> bool:
        """The job has started; a retried job may find it running already."""
        return await self._set(
            verification_id, status=VerificationStatus.RUNNING, error=None, updated_at=utcnow()
        )

    async def record_progress(
        self, verification_id: str, claim_key: str, entry: dict[str, Any]
    ) -> None:
        """Set one claim's progress entry without losing concurrent writers' entries."""
        # Touching the row first takes its write lock (a row lock on PostgreSQL, the database
        # lock on SQLite), so the read below sees the latest progress and nobody can slip in.
        touched = await self.session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == verification_id)
            .values(updated_at=utcnow())
            .returning(VerificationRecord.progress)
            .execution_options(synchronize_session=False)
        )
        current = touched.scalar_one_or_none()
        if current is None:
            return
        progress = dict(current)
        progress[claim_key] = entry
        await self.session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == verification_id)
            .values(progress=progress)
            .execution_options(synchronize_session=False)
        )

    async def finish(
        self, verification_id: str, *, report: dict[str, Any], search_text: str | None = None
    ) -> bool:
        """Done, with its report and what the history search looks in."""
        now = utcnow()
        return await self._set(
            verification_id,
            status=VerificationStatus.DONE,
            report=report,
            search_text=search_text,
            error=None,
            finished_at=now,
            updated_at=now,
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

    async def delete(self, verification_id: str) -> bool:
        """Erase a verification with its file, evidence, deliveries, keys and jobs."""
        deleted = await self.delete_many([verification_id])
        return deleted == 1

    async def delete_many(self, verification_ids: Sequence[str]) -> int:
        """Erase verifications and everything attached; returns how many there were."""
        if not verification_ids:
            return 0
        ids = list(verification_ids)
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
        record = await self.session.get(VerificationRecord, verification_id)
        if record is None:
            return False
        for name, value in values.items():
            setattr(record, name, value)
        await self.session.flush()
        return True

    async def ids_created_before(self, cutoff: datetime, *, limit: int) -> list[str]:
        """Ids of verifications older than the cutoff, oldest first."""
        query = (
            select(VerificationRecord.id)
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


class UploadRepository:
    """Uploaded résumés, encrypted before they reach the database."""

    def __init__(self, session: AsyncSession, cipher: FileCipher) -> None:
        self.session = session
        self.cipher = cipher

    async def add(
        self, *, verification_id: str, data: bytes, media_type: str, suffix: str
    ) -> UploadedFile:
        """Encrypt and store a résumé for a verification."""
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
        if record is None:
            return None
        data = self.cipher.decrypt(record.ciphertext, record_id=record.id)
        digest = hashlib.sha256(data).hexdigest()
        if not secrets.compare_digest(digest, record.sha256):
            raise IntegrityCheckError(f"uploaded file {record.id} does not match its checksum")
        return StoredUpload(
            data=data, media_type=record.media_type, suffix=record.suffix, sha256=digest
        )


class EvidenceRepository:
    """The responses verdicts rest on."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_many(
        self, *, verification_id: str, claim_key: str, evidence: Sequence[Evidence]
    ) -> None:
        """Record one claim's evidence."""
        self.session.add_all(
            EvidenceRecord(
                verification_id=verification_id,
                claim_key=claim_key,
                url=item.url,
                status_code=item.status_code,
                fetched_at=item.fetched_at,
                sha256=item.sha256,
                content_type=item.content_type,
            )
            for item in evidence
        )
        await self.session.flush()

    async def list_for(self, verification_id: str) -> list[EvidenceRecord]:
        """A verification's evidence, in the order recorded."""
        query = (
            select(EvidenceRecord)
            .where(EvidenceRecord.verification_id == verification_id)
            .order_by(EvidenceRecord.id)
        )
        return list((await self.session.scalars(query)).all())


class ApiKeyRepository:
    """API keys, stored as HMACs only; the key itself is shown once, at creation."""

    def __init__(self, session: AsyncSession, hasher: ApiKeyHasher) -> None:
        self.session = session
        self.hasher = hasher

    async def create(self, name: str) -> tuple[ApiKey, str]:
        """A new key: the stored record and the plaintext key to show once."""
        key = generate_api_key()
        record = ApiKey(
            name=name, prefix=api_key_display_prefix(key), key_hash=self.hasher.hash(key)
        )
        self.session.add(record)
        await self.session.flush()
        return record, key

    async def authenticate(self, key: str) -> ApiKey | None:
        """The live key matching ``key``, with its last use noted; None otherwise."""
        if not is_well_formed_api_key(key):
            return None
        record = await self.session.scalar(
            select(ApiKey).where(ApiKey.key_hash == self.hasher.hash(key))
        )
        if record is None or record.revoked_at is not None:
            return None
        now = utcnow()
        if record.last_used_at is None or now - record.last_used_at >= API_KEY_TOUCH_INTERVAL:
            record.last_used_at = now
            await self.session.flush()
        return record

    async def revoke(self, key_id: int) -> bool:
        """Revoke a key; False if there is no such live key."""
        result = await self.session.execute(
            update(ApiKey)
            .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
            .values(revoked_at=utcnow())
            .returning(ApiKey.id)
        )
        return result.first() is not None

    async def list_all(self) -> list[ApiKey]:
        """Every key, live or revoked, oldest first."""
        return list((await self.session.scalars(select(ApiKey).order_by(ApiKey.id))).all())


def normalise_email(email: str) -> str:
    """Addresses compare case-insensitively and without surrounding blanks."""
    return email.strip().lower()


# Verified against when an address is unknown, so a miss costs as long as a wrong password.
_DUMMY_PASSWORD_HASH = hash_password(secrets.token_urlsafe(16))


class UserRepository:
    """Recruiters' accounts."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(self, *, email: str, password: str) -> User:
        """A new account; raises ``IntegrityError`` if the address is taken."""
        user = User(email=normalise_email(email), password_hash=hash_password(password))
        self.session.add(user)
        await self.session.flush()
        return user

    async def get(self, user_id: int) -> User | None:
        """The user with this id, if any."""
        return await self.session.get(User, user_id)

    async def get_by_email(self, email: str) -> User | None:
        """The user with this address, if any."""
        return await self.session.scalar(select(User).where(User.email == normalise_email(email)))

    async def authenticate(self, *, email: str, password: str) -> User | None:
        """The user if the password is right; None otherwise, in about the same time."""
        user = await self.get_by_email(email)
        if user is None:
            verify_password(password, _DUMMY_PASSWORD_HASH)
            return None
        return user if verify_password(password, user.password_hash) else None

    async def set_password(self, user_id: int, password: str) -> None:
        """Replace a user's password."""
        await self.session.execute(
            update(User).where(User.id == user_id).values(password_hash=hash_password(password))
        )


class WebhookDeliveryRepository:
    """Outbound callbacks and their attempts."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(
        self,
        *,
        verification_id: str,
        url: str,
        event_type: str,
        payload_summary: dict[str, Any],
        message_id: str | None = None,
    ) -> WebhookDelivery:
        """A delivery due now."""
        delivery = WebhookDelivery(
            verification_id=verification_id,
            message_id=message_id or f"msg_{uuid.uuid4().hex}",
            url=url,
            event_type=event_type,
            payload_summary=payload_summary,
            status=DeliveryStatus.PENDING,
            attempts=0,
            next_attempt_at=utcnow(),
        )
        self.session.add(delivery)
        await self.session.flush()
        return delivery

    async def get(self, delivery_id: int) -> WebhookDelivery | None:
        """The delivery with this id, if any, read fresh from the database."""
        return await self.session.get(WebhookDelivery, delivery_id, populate_existing=True)

    async def record_attempt(
        self,
        delivery_id: int,
        *,
        succeeded: bool,
        status_code: int | None,
        error: str | None,
        next_attempt_at: datetime | None,
    ) -> None:
        """Note one attempt; without a next attempt, a failure is final."""
        if succeeded:
            status = DeliveryStatus.SUCCEEDED
        elif next_attempt_at is None:
            status = DeliveryStatus.FAILED
        else:
            status = DeliveryStatus.PENDING
        await self.session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id)
            .values(
                attempts=WebhookDelivery.attempts + 1,
                status=status,
                last_attempt_at=utcnow(),
                last_status_code=status_code,
                last_error=error,
                next_attempt_at=None if succeeded else next_attempt_at,
            )
            .execution_options(synchronize_session=False)
        )

    async def list_recent(
        self, *, limit: int = 50, status: str | None = None
    ) -> list[WebhookDelivery]:
        """Newest first."""
        query = select(WebhookDelivery)
        if status is not None:
            query = query.where(WebhookDelivery.status == status)
        query = query.order_by(WebhookDelivery.id.desc()).limit(limit)
        return list((await self.session.scalars(query)).all())

    async def list_for(self, verification_id: str) -> list[WebhookDelivery]:
        """A verification's deliveries, oldest first."""
        query = (
            select(WebhookDelivery)
            .where(WebhookDelivery.verification_id == verification_id)
            .order_by(WebhookDelivery.id)
        )
        return list((await self.session.scalars(query)).all())


class IdempotencyRepository:
    """``Idempotency-Key`` headers and the verifications they created."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, *, scope: str, key: str) -> IdempotencyKey | None:
        """The earlier use of this key in this scope, if any."""
        return await self.session.scalar(
            select(IdempotencyKey).where(IdempotencyKey.scope == scope, IdempotencyKey.key == key)
        )

    async def remember(
        self, *, scope: str, key: str, request_hash: str, verification_id: str
    ) -> bool:
        """Record a key's first use; False if it was used before (by a concurrent request,
        perhaps), which leaves the earlier use in place."""
        inserted = await self.session.execute(
            _insert_new(self.session, IdempotencyKey)
            .values(
                scope=scope,
                key=key,
                request_hash=request_hash,
                verification_id=verification_id,
            )
            .returning(IdempotencyKey.id)
        )
        return inserted.first() is not None

    async def delete_created_before(self, cutoff: datetime) -> int:
        """Forget keys older than the cutoff."""
        result = await self.session.execute(
            delete(IdempotencyKey)
            .where(IdempotencyKey.created_at < cutoff)
            .returning(IdempotencyKey.id)
        )
        return len(result.all())


class InboundWebhookRepository:
    """Ids of inbound webhooks already accepted, so replays are not run twice."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def remember(
        self, *, source: str, event_id: str, verification_id: str | None = None
    ) -> bool:
        """True the first time an id is seen from a source; False for a replay."""
        return bool(await self.remember_many([(source, event_id, verification_id)]))

    async def remember_many(
        self, events: Sequence[tuple[str, str, str | None]]
    ) -> dict[tuple[str, str], str | None]:
        """Remember (source, event id, verification id) triples in one statement; returns the
        verification id of each event seen for the first time, by (source, event id). Of two
        deliveries of one event in the same call, one is taken."""
        if not events:
            return {}
        now = utcnow()
        inserted = await self.session.execute(
            _insert_new(self.session, InboundWebhook)
            .values(
                [
                    {
                        "source": source,
                        "event_id": event_id,
                        "verification_id": verification_id,
                        "received_at": now,
                    }
                    for source, event_id, verification_id in events
                ]
            )
            .returning(
                InboundWebhook.source, InboundWebhook.event_id, InboundWebhook.verification_id
            )
        )
        return {(row.source, row.event_id): row.verification_id for row in inserted.all()}

    async def verification_for(self, *, source: str, event_id: str) -> str | None:
        """The verification an accepted webhook started, if it is still kept."""
        return await self.session.scalar(
            select(InboundWebhook.verification_id).where(
                InboundWebhook.source == source, InboundWebhook.event_id == event_id
            )
        )

    async def attach(self, *, source: str, event_id: str, verification_id: str) -> None:
        """Link an accepted webhook to the verification it started."""
        await self.session.execute(
            update(InboundWebhook)
            .where(InboundWebhook.source == source, InboundWebhook.event_id == event_id)
            .values(verification_id=verification_id)
        )

    async def delete_received_before(self, cutoff: datetime) -> int:
        """Forget ids older than the cutoff (long past any sender's replay window)."""
        result = await self.session.execute(
            delete(InboundWebhook)
            .where(InboundWebhook.received_at < cutoff)
            .returning(InboundWebhook.id)
        )
        return len(result.all())


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    """A job this worker holds the lease on."""

    id: int
    kind: str
    target_id: str
    attempts: int
    max_attempts: int
    lease_token: str


class JobRepository:
    """The embedded queue's table: enqueue, claim with a lease, renew, finish."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def enqueue(
        self, *, kind: str, target_id: str, max_attempts: int, run_after: datetime | None = None
    ) -> None:
        """A queued job, written with the session's next flush or commit."""
        now = utcnow()
        self.session.add(
            Job(
                kind=kind,
                target_id=target_id,
                status=JobStatus.QUEUED,
                attempts=0,
                max_attempts=max_attempts,
                run_after=run_after or now,
                created_at=now,
                updated_at=now,
            )
        )

    async def claim(
        self, *, kinds: Sequence[str], lease: timedelta, now: datetime | None = None
    ) -> ClaimedJob | None:
        """Take the next due job, or one whose lease ran out (its worker died), if any.

        One ``UPDATE … RETURNING`` does it: SQLite runs it under its single write lock, and
        on PostgreSQL the subquery's ``FOR UPDATE SKIP LOCKED`` keeps two workers apart.
        """
        now = now or utcnow()
        claimable = or_(
            (Job.status == JobStatus.QUEUED) & (Job.run_after <= now),
            (Job.status == JobStatus.RUNNING) & (Job.lease_until < now),
        )
        candidate = (
            select(Job.id)
            .where(claimable, Job.kind.in_(list(kinds)))
            .order_by(Job.run_after, Job.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        token = secrets.token_hex(16)
        result = await self.session.execute(
            update(Job)
            # Repeating the condition makes the claim safe even where the row changed
            # between the subquery's read and the update.
            .where(Job.id == candidate, claimable)
            .values(
                status=JobStatus.RUNNING,
                attempts=Job.attempts + 1,
                lease_until=now + lease,
                lease_token=token,
                updated_at=now,
            )
            .returning(Job.id, Job.kind, Job.target_id, Job.attempts, Job.max_attempts)
            .execution_options(synchronize_session=False)
        )
        row = result.first()
        if row is None:
            return None
        return ClaimedJob(
            id=row.id,
            kind=row.kind,
            target_id=row.target_id,
            attempts=row.attempts,
            max_attempts=row.max_attempts,
            lease_token=token,
        )

    async def renew(self, job: ClaimedJob, *, lease: timedelta) -> bool:
        """Extend the lease; False if it was lost (expired and taken by another worker)."""
        now = utcnow()
        return await self._update_held(
            job, lease_until=now + lease, updated_at=now, status=JobStatus.RUNNING
        )

    async def complete(self, job: ClaimedJob) -> bool:
        """Done; False if the lease had been lost meanwhile."""
        return await self._update_held(
            job, status=JobStatus.DONE, lease_until=None, lease_token=None, last_error=None
        )

    async def retry_later(self, job: ClaimedJob, *, run_after: datetime, error: str) -> bool:
        """Back in the queue after a transient failure."""
        return await self._update_held(
            job,
            status=JobStatus.QUEUED,
            run_after=run_after,
            lease_until=None,
            lease_token=None,
            last_error=error,
        )

    async def fail(self, job: ClaimedJob, *, error: str) -> bool:
        """Failed for good."""
        return await self._update_held(
            job, status=JobStatus.FAILED, lease_until=None, lease_token=None, last_error=error
        )

    async def release(self, job: ClaimedJob) -> bool:
        """Hand a job back unfinished (its worker is stopping): due now, attempt not counted."""
        return await self._update_held(
            job,
            status=JobStatus.QUEUED,
            attempts=Job.attempts - 1,
            run_after=utcnow(),
            lease_until=None,
            lease_token=None,
        )

    async def take_waiting(self, *, now: datetime | None = None) -> list[tuple[str, str, datetime]]:
        """Remove the jobs no live worker holds (queued, or running on a lapsed lease) and
        return their kind, target and due time, for another queue to take over."""
        now = now or utcnow()
        result = await self.session.execute(
            delete(Job)
            .where(
                (Job.status == JobStatus.QUEUED)
                | ((Job.status == JobStatus.RUNNING) & (Job.lease_until < now))
            )
            .returning(Job.kind, Job.target_id, Job.run_after)
        )
        return [(row.kind, row.target_id, row.run_after) for row in result.all()]

    async def get(self, job_id: int) -> Job | None:
        """The job with this id, read fresh from the database."""
        return await self.session.get(Job, job_id, populate_existing=True)

    async def count_by_status(self) -> dict[str, int]:
        """How many jobs are in each state."""
        rows = await self.session.execute(select(Job.status, func.count()).group_by(Job.status))
        return {str(status): int(total) for status, total in rows.all()}

    async def delete_finished_before(self, cutoff: datetime) -> int:
        """Forget done and failed jobs last touched before the cutoff."""
        result = await self.session.execute(
            delete(Job)
            .where(Job.status.in_([JobStatus.DONE, JobStatus.FAILED]), Job.updated_at < cutoff)
            .returning(Job.id)
        )
        return len(result.all())

    async def _update_held(self, job: ClaimedJob, **values: Any) -> bool:
        values.setdefault("updated_at", utcnow())
        result = await self.session.execute(
            update(Job)
            .where(
                Job.id == job.id,
                Job.lease_token == job.lease_token,
                Job.status == JobStatus.RUNNING,
            )
            .values(**values)
            .returning(Job.id)
            .execution_options(synchronize_session=False)
        )
        return result.first() is not None
