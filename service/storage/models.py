"""The tables credlens keeps. Only repositories query them.

Uploaded résumés are stored as encrypted blobs in ``uploaded_files`` rather than as files
under the data directory: workers on other machines (the PostgreSQL deployment) can then read
them, and deleting a verification deletes its résumé in the same transaction.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from service.permissions import Role

#: Stable constraint names, so migrations can refer to them on both SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend; SQLite would hand back naive ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


def new_id() -> str:
    """A random identifier for verifications and files; unguessable, so it can go in URLs."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
    }


class VerificationStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class AllWorkspaces(enum.Enum):
    """The scope of the service's own work (a job whose id came from our queue, the retention
    purge), never of a caller's request: named on purpose wherever it is used."""

    ALL = "all"


ALL_WORKSPACES = AllWorkspaces.ALL
#: What repository queries take, keyword-only and without a default: one workspace's id, or
#: ``ALL_WORKSPACES`` said out loud.
WorkspaceScope = int | AllWorkspaces


class Workspace(Base):
    """A team, or an agency's client: its users, keys and verifications see nothing of
    another workspace's."""

    __tablename__ = "workspaces"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: A workspace is never deleted, and SQLite could add these columns to existing tables
    #: only without a foreign key (recreating a table would cascade its deletion), hence
    #: plain integers here and on keys and verifications.
    workspace_id: Mapped[int] = mapped_column(Integer, index=True)
    role: Mapped[str] = mapped_column(String(16), default=Role.ADMIN)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(20))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    workspace_id: Mapped[int] = mapped_column(Integer, index=True)
    role: Mapped[str] = mapped_column(String(16), default=Role.RECRUITER)


class VerificationRecord(Base):
    """One request to verify a résumé, from queued to its report."""

    __tablename__ = "verifications"
    __table_args__ = (Index("ix_verifications_status_created", "status", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default=VerificationStatus.QUEUED)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Where the request came from: "web", "api", "webhook" or "cli".
    origin: Mapped[str] = mapped_column(String(16))
    #: Whose it is: only this workspace's users and keys can see it (what hangs off it, its
    #: file, evidence, deliveries, jobs and evidence requests, is reached through it).
    workspace_id: Mapped[int] = mapped_column(Integer, index=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    api_key_id: Mapped[int | None] = mapped_column(
        ForeignKey("api_keys.id", ondelete="SET NULL"), default=None
    )
    #: The address badges must be issued to; kept because recipient binding needs it.
    candidate_email: Mapped[str | None] = mapped_column(String(320), default=None)
    resume_url: Mapped[str | None] = mapped_column(Text, default=None)
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    callback_url: Mapped[str | None] = mapped_column(Text, default=None)
    #: Claim key → {"state": ..., "verdict": ...}, updated as each claim's check ends.
    progress: Mapped[dict[str, Any]] = mapped_column(default=dict)
    report: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    #: Candidate name, emails and claim titles, folded (``search_key``), for the history search.
    search_text: Mapped[str | None] = mapped_column(Text, default=None)
    #: The role the report is judged against (``service.roles``): ``{"text": …}`` or
    #: ``{"required": […], "preferred": […]}``; None when none was given.
    role: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    #: When the re-check under way (queued or running) was asked for; None when there is
    #: none. Set by a conditional update, so processes asking at once queue one between them.
    recheck_queued_at: Mapped[datetime | None] = mapped_column(default=None)


class UploadedFile(Base):
    """A résumé as uploaded, encrypted with the key derived from the service secret."""

    __tablename__ = "uploaded_files"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    verification_id: Mapped[str] = mapped_column(
        ForeignKey("verifications.id", ondelete="CASCADE"), index=True
    )
    media_type: Mapped[str] = mapped_column(String(120))
    #: ".pdf", ".docx" or ".txt": what the extractor needs; the client's filename is not kept.
    suffix: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    #: SHA-256 of the plaintext, to check the decrypted bytes and to match duplicate uploads.
    sha256: Mapped[str] = mapped_column(String(64))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    #: What reading the file found (JSON), encrypted like the file, if it was read on arrival:
    #: earlier versions did, and their jobs start from it. Uploads are now only opened on
    #: arrival and read by their job, in whichever process runs it.
    extraction: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EvidenceRecord(Base):
    """A response a verdict rests on, kept for audit."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    verification_id: Mapped[str] = mapped_column(
        ForeignKey("verifications.id", ondelete="CASCADE"), index=True
    )
    claim_key: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    status_code: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[datetime]
    sha256: Mapped[str] = mapped_column(String(64))
    content_type: Mapped[str | None] = mapped_column(String(200), default=None)


class WebhookDelivery(Base):
    """One outbound callback and the attempts made to deliver it."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    verification_id: Mapped[str] = mapped_column(
        ForeignKey("verifications.id", ondelete="CASCADE"), index=True
    )
    #: The Standard Webhooks ``webhook-id``: the same across retries of one event.
    message_id: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(Text)
    event_type: Mapped[str] = mapped_column(String(100))
    payload_summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The event's data, encrypted, when it carries a secret (an evidence request's link):
    #: sent in place of ``payload_summary``, which then keeps it without the secret.
    sealed_payload: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    last_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    last_status_code: Mapped[int | None] = mapped_column(Integer, default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class IdempotencyKey(Base):
    """An ``Idempotency-Key`` header seen, and the verification it created."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("scope", "key", name="uq_idempotency_keys_scope_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Whose key it is (an API key id, a user), so two clients' keys never collide.
    scope: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(255))
    #: SHA-256 of the request, so the same key with another request can be refused.
    request_hash: Mapped[str] = mapped_column(String(64))
    verification_id: Mapped[str] = mapped_column(
        ForeignKey("verifications.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InboundWebhook(Base):
    """An inbound webhook's id, remembered so a replay is acknowledged but not run twice."""

    __tablename__ = "inbound_webhooks"
    __table_args__ = (
        UniqueConstraint("source", "event_id", name="uq_inbound_webhooks_source_event_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(50))
    event_id: Mapped[str] = mapped_column(String(255))
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    verification_id: Mapped[str | None] = mapped_column(
        ForeignKey("verifications.id", ondelete="SET NULL"), default=None
    )


class Job(Base):
    """A unit of background work for the embedded queue; its payload is an id, never data."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_claimable", "status", "run_after"),
        Index("ix_jobs_target", "target_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(100))
    target_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer)
    run_after: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(default=None)
    #: A fresh random token per claim: only the holder of the current lease may finish the job.
    lease_token: Mapped[str | None] = mapped_column(String(64), default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class EvidenceRequest(Base):
    """A request to the candidate for evidence of some claims; its link's token is kept only
    as a keyed hash, so the table alone cannot be used to answer."""

    __tablename__ = "evidence_requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    verification_id: Mapped[str] = mapped_column(
        ForeignKey("verifications.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: The ids of the report's claims the candidate is asked about, in the report's order.
    claims: Mapped[list[str]] = mapped_column(JSON, default=list)
    message: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class EvidenceAnswer(Base):
    """One answer of the candidate for one claim; what they gave is encrypted like uploads."""

    __tablename__ = "evidence_answers"
    __table_args__ = (
        UniqueConstraint(
            "request_id", "fingerprint", name="uq_evidence_answers_request_fingerprint"
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("evidence_requests.id", ondelete="CASCADE"), index=True
    )
    verification_id: Mapped[str] = mapped_column(
        ForeignKey("verifications.id", ondelete="CASCADE"), index=True
    )
    claim_id: Mapped[str] = mapped_column(String(200))
    #: "link", "file", "credential_id" or "withdraw".
    kind: Mapped[str] = mapped_column(String(20))
    #: SHA-256 of the claim, kind and content: the same answer sent twice is stored once.
    fingerprint: Mapped[str] = mapped_column(String(64))
    #: The link, the credential ID or the file's bytes, encrypted; a file keeps its suffix.
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    suffix: Mapped[str] = mapped_column(String(16), default="")
    #: "checking" until its job has checked it, then "checked".
    state: Mapped[str] = mapped_column(String(16), default="checking")
    verdict: Mapped[str | None] = mapped_column(String(16), default=None)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    checked_at: Mapped[datetime | None] = mapped_column(default=None)


class RateLimitCounter(Base):
    """How many requests one client made in one window of a rate limit, counted here when
    the service runs as several processes so that they share one count."""

    __tablename__ = "rate_limit_counters"

    #: The limit's name and the client's key, e.g. "api-key:api-key:7".
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    #: The window's start, in whole seconds since the epoch.
    window_start: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class AuditEvent(Base):
    """Who did what to a verification or a named role, and when: never résumé content or the
    candidate's data.

    No foreign key: the trail outlives its verification (by ``audit_retention_days``), so a
    deletion can itself be audited.
    """

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_verification_at", "verification_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: None for a change to a named role, which ``role_name`` names instead.
    verification_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: The named role created, replaced or deleted (a job's title, not a person's data).
    role_name: Mapped[str | None] = mapped_column(String(200), default=None)
    #: The verification's workspace, kept so its trail stays within it after it is gone.
    workspace_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    #: "created", "viewed", "downloaded", "shared", "re-verified", "evidence-requested",
    #: "deleted", "exported" or "erased"; "role-created", "role-replaced" or "role-deleted".
    action: Mapped[str] = mapped_column(String(32))
    #: A word more about the action, from a fixed set (a download's format: "pdf").
    detail: Mapped[str | None] = mapped_column(String(32), default=None)
    #: "user", "api-key", "share-link", "webhook", "candidate", "cli" or "system".
    actor_kind: Mapped[str] = mapped_column(String(16))
    #: The actor's id in its own table (a user's, a key's, a share link's), if it has one.
    actor_id: Mapped[str | None] = mapped_column(String(64), default=None)
    #: How a person reading the trail tells actors apart, without personal data.
    actor_label: Mapped[str] = mapped_column(String(200))
    #: The client's network address, when the action came over HTTP.
    client_address: Mapped[str | None] = mapped_column(String(64), default=None)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ShareLink(Base):
    """A read-only link to one report for a hiring manager; its token and its passcode are
    kept only as keyed hashes."""

    __tablename__ = "share_links"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    verification_id: Mapped[str] = mapped_column(
        ForeignKey("verifications.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: A keyed hash of the passcode sent apart from the link, or None without one.
    passcode_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    #: Who made it: a user's id or an API key's (the other None), for the list and the audit.
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    api_key_id: Mapped[int | None] = mapped_column(
        ForeignKey("api_keys.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Wrong passcodes in a row; past the limit the link is locked until ``locked_until``.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class JobRole(Base):
    """A role a workspace keeps by name, with its requirements, so a verification can be
    judged against it by naming it (or the ATS job it is for) instead of sending the role."""

    __tablename__ = "job_roles"
    __table_args__ = (
        UniqueConstraint("workspace_id", "name_key", name="uq_job_roles_workspace_name"),
        UniqueConstraint("workspace_id", "ats_job_id", name="uq_job_roles_workspace_ats_job"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: A plain integer like every other table's (a workspace is never deleted).
    workspace_id: Mapped[int] = mapped_column(Integer, index=True)
    #: As the workspace wrote it; ``name_key`` is what names are matched by (case and spacing
    #: do not matter: an ATS writes "Cloud Engineer", a recruiter "cloud engineer").
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    #: The applicant tracking system's job this role is for (Greenhouse's job id), if any.
    ats_job_id: Mapped[str | None] = mapped_column(String(100), default=None)
    #: As ``service.roles.checked`` stores it: ``{"text": …}`` or ``{"required": […], …}``.
    role: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
