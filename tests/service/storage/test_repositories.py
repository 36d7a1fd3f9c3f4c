"""Repositories against real databases: SQLite on disk and the machine's PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError, InvalidRequestError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.crypto import ApiKeyHasher, DecryptionError, FileCipher
from service.storage import (
    ApiKeyRepository,
    DeliveryStatus,
    EvidenceRepository,
    IdempotencyRepository,
    InboundWebhookRepository,
    UploadedFile,
    UploadRepository,
    UserRepository,
    VerificationRepository,
    VerificationStatus,
    WebhookDeliveryRepository,
)
from testkit.factories import WORKSPACE
from verifiers import Evidence

Sessions = async_sessionmaker[AsyncSession]
RESUME = b"%PDF-1.7\nGrace Hopper grace@example.org COBOL, Certified Kubernetes Administrator"


async def test_verification_lifecycle(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        record = await VerificationRepository(session).create(
            workspace_id=WORKSPACE,
            origin="api",
            candidate_email="grace@example.org",
            links=["https://www.credly.com/badges/1"],
            callback_url="https://ats.example.com/hook",
        )
        verification_id = record.id
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        loaded = await repository.get(verification_id, workspace_id=WORKSPACE)
        assert loaded is not None
        assert loaded.status == VerificationStatus.QUEUED
        assert loaded.links == ["https://www.credly.com/badges/1"]
        assert loaded.created_at.tzinfo is not None
        started = await repository.start(verification_id)
        assert started is not None and started.status == VerificationStatus.RUNNING
        assert started.links == ["https://www.credly.com/badges/1"]
        await repository.finish(verification_id, report={"score": 0.5, "claims": []})
    async with sessions() as session:
        done = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
        assert done is not None
        assert done.status == VerificationStatus.DONE
        assert done.report == {"score": 0.5, "claims": []}
        assert done.finished_at is not None
        assert done.finished_at >= done.created_at


async def test_failure_records_the_error(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        record = await repository.create(workspace_id=WORKSPACE, origin="web")
        await repository.fail(record.id, error="the résumé could not be read")
        failed = await repository.get(record.id, workspace_id=WORKSPACE)
    assert failed is not None
    assert failed.status == VerificationStatus.FAILED
    assert failed.error == "the résumé could not be read"


async def test_a_job_starts_a_queued_or_running_verification_never_an_ended_one(
    sessions: Sessions,
) -> None:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        queued, running, done, failed = [
            (await repository.create(workspace_id=WORKSPACE, origin="api")).id for _ in range(4)
        ]
        await repository.start(running)
        await repository.finish(done, report={"claims": []})
        await repository.fail(failed, error="unreadable")
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        started = [await repository.start(id) for id in (queued, running, done, failed, "none")]
    async with sessions() as session:
        stored = [
            await VerificationRepository(session).get(id, workspace_id=WORKSPACE)
            for id in (queued, running, done, failed)
        ]

    assert [record and (record.id, record.status) for record in started] == [
        (queued, VerificationStatus.RUNNING),
        (running, VerificationStatus.RUNNING),
        None,
        None,
        None,
    ]
    assert [record and record.status for record in stored] == [
        VerificationStatus.RUNNING,
        VerificationStatus.RUNNING,
        VerificationStatus.DONE,
        VerificationStatus.FAILED,
    ]


async def test_a_running_verification_s_progress_is_written_whole(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        verification_id = (await repository.create(workspace_id=WORKSPACE, origin="api")).id
        queued_write = await repository.set_progress(verification_id, {"c1": {"state": "done"}})
        await repository.start(verification_id)
        await repository.set_progress(verification_id, {"c1": {"state": "done"}})
        written = await repository.set_progress(
            verification_id, {"c2": {"state": "checking"}, "c3": {"state": "checking"}}
        )
    async with sessions() as session:
        record = await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
    assert record is not None
    assert not queued_write and written
    assert record.progress == {"c2": {"state": "checking"}, "c3": {"state": "checking"}}


async def test_listing_pages_newest_first_by_status(sessions: Sessions) -> None:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        for index in range(7):
            record = await repository.create(
                workspace_id=WORKSPACE, origin="api", verification_id=f"v-{index:02d}"
            )
            record.created_at = base + timedelta(minutes=index)
            if index % 2:
                record.status = VerificationStatus.DONE
    async with sessions() as session:
        repository = VerificationRepository(session)
        first = await repository.list_page(workspace_id=WORKSPACE, limit=3)
        assert [record.id for record in first] == ["v-06", "v-05", "v-04"]
        last = first[-1]
        second = await repository.list_page(
            workspace_id=WORKSPACE, limit=3, after=(last.created_at, last.id)
        )
        assert [record.id for record in second] == ["v-03", "v-02", "v-01"]
        done = await repository.list_page(
            workspace_id=WORKSPACE, status=VerificationStatus.DONE, limit=10
        )
        assert [record.id for record in done] == ["v-05", "v-03", "v-01"]


async def test_a_listing_without_reports_leaves_them_unread(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        for index in range(3):
            record = await repository.create(
                workspace_id=WORKSPACE, origin="api", verification_id=f"v-{index}"
            )
            await repository.start(record.id)
            await repository.set_progress(record.id, {"c1": {"state": "done"}})
            await repository.finish(record.id, report={"claims": [], "index": index})
    async with sessions() as session:
        full = await VerificationRepository(session).list_page(workspace_id=WORKSPACE, limit=10)
    async with sessions() as session:
        bare = await VerificationRepository(session).list_page(
            workspace_id=WORKSPACE, limit=10, with_report=False
        )
        with pytest.raises(InvalidRequestError):  # not read, not even on demand
            _ = bare[0].report

    assert [record.report for record in full] == [{"claims": [], "index": i} for i in (2, 1, 0)]
    assert [(r.id, r.status, r.progress) for r in bare] == [
        (r.id, r.status, r.progress) for r in full
    ]


async def test_uploads_are_encrypted_in_the_database(sessions: Sessions) -> None:
    cipher = FileCipher("a service secret")
    async with sessions() as session, session.begin():
        verification_id = (
            await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="web")
        ).id
        stored = await UploadRepository(session, cipher).add(
            verification_id=verification_id,
            data=RESUME,
            media_type="application/pdf",
            suffix=".pdf",
        )
        assert stored.size == len(RESUME)
    async with sessions() as session:
        # Read the raw column, as anyone with a copy of the database would.
        raw = (
            await session.execute(
                text("SELECT ciphertext FROM uploaded_files WHERE verification_id = :id"),
                {"id": verification_id},
            )
        ).scalar_one()
        assert b"Grace Hopper" not in bytes(raw)
        assert b"grace@example.org" not in bytes(raw)
        upload = await UploadRepository(session, cipher).read(verification_id)
        assert upload is not None
        assert upload.data == RESUME
        assert (upload.media_type, upload.suffix) == ("application/pdf", ".pdf")
        with pytest.raises(DecryptionError):
            await UploadRepository(session, FileCipher("another secret")).read(verification_id)
        assert await UploadRepository(session, cipher).read("no-such-verification") is None


async def test_evidence_is_kept_per_claim(sessions: Sessions) -> None:
    fetched = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    evidence = [
        Evidence(
            url="https://api.credly.com/v1/obi/v2/badge_assertions/1",
            status_code=200,
            fetched_at=fetched,
            sha256="a" * 64,
            content_type="application/json",
        ),
        Evidence(
            url="https://issuer.example/key", status_code=404, fetched_at=fetched, sha256="b" * 64
        ),
    ]
    async with sessions() as session, session.begin():
        verification_id = (
            await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        ).id
        await EvidenceRepository(session).add_many(
            verification_id=verification_id, claim_key="claim-0", evidence=evidence
        )
    async with sessions() as session:
        rows = await EvidenceRepository(session).list_for(verification_id, workspace_id=WORKSPACE)
    assert [(row.url, row.status_code, row.sha256) for row in rows] == [
        (item.url, item.status_code, item.sha256) for item in evidence
    ]
    assert rows[0].fetched_at == fetched
    assert rows[1].content_type is None


async def test_several_claims_evidence_is_kept_in_order_in_one_statement(
    sessions: Sessions,
) -> None:
    fetched = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def item(number: int) -> Evidence:
        return Evidence(
            url=f"https://issuer.example/{number}",
            status_code=200,
            fetched_at=fetched,
            sha256=f"{number:064d}",
        )

    by_claim = {"c2": [item(1), item(2)], "c1": [], "c3": [item(3)]}
    inserts: list[str] = []
    async with sessions() as session, session.begin():
        verification_id = (
            await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        ).id
        await session.flush()

        def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            if statement.lstrip().upper().startswith("INSERT INTO EVIDENCE"):
                inserts.append(statement)

        engine = session.bind.sync_engine  # type: ignore[union-attr]
        dialect = engine.dialect.name
        event.listen(engine, "before_cursor_execute", seen)
        try:
            await EvidenceRepository(session).add_by_claim(
                verification_id=verification_id, evidence=by_claim
            )
        finally:
            event.remove(engine, "before_cursor_execute", seen)
    async with sessions() as session:
        rows = await EvidenceRepository(session).list_for(verification_id, workspace_id=WORKSPACE)

    assert [(row.claim_key, row.url) for row in rows] == [
        ("c2", "https://issuer.example/1"),
        ("c2", "https://issuer.example/2"),
        ("c3", "https://issuer.example/3"),
    ]
    # PostgreSQL takes the rows in one INSERT; SQLAlchemy sends SQLite one per row, as before.
    assert len(inserts) == (1 if dialect == "postgresql" else 3)


async def test_api_keys_authenticate_until_revoked(sessions: Sessions) -> None:
    hasher = ApiKeyHasher("a service secret")
    async with sessions() as session, session.begin():
        record, key = await ApiKeyRepository(session, hasher).create(
            "greenhouse", workspace_id=WORKSPACE
        )
        key_id = record.id
        assert record.prefix == key[:10]
    async with sessions() as session:
        stored = (await session.execute(text("SELECT key_hash, prefix FROM api_keys"))).one()
        assert key not in stored.key_hash
        assert stored.key_hash == hasher.hash(key)
    async with sessions() as session, session.begin():
        repository = ApiKeyRepository(session, hasher)
        found = await repository.authenticate(key)
        assert found is not None
        assert found.id == key_id
        assert found.last_used_at is not None
        # A key that ends in "x" would be its own forgery.
        assert await repository.authenticate(key[:-1] + ("y" if key.endswith("x") else "x")) is None
        assert await ApiKeyRepository(session, ApiKeyHasher("other")).authenticate(key) is None
        assert await repository.revoke(key_id, workspace_id=WORKSPACE)
        assert not await repository.revoke(key_id, workspace_id=WORKSPACE)
    async with sessions() as session:
        repository = ApiKeyRepository(session, hasher)
        assert await repository.authenticate(key) is None
        [listed] = await repository.list_all(workspace_id=WORKSPACE)
        assert listed.revoked_at is not None


async def test_users_sign_in_with_their_password(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        await UserRepository(session).create(
            email=" Recruiter@Example.com ", password="s3cret!", workspace_id=WORKSPACE
        )
    async with sessions() as session:
        repository = UserRepository(session)
        user = await repository.authenticate(email="recruiter@example.com", password="s3cret!")
        assert user is not None
        assert user.email == "recruiter@example.com"
        assert "s3cret" not in user.password_hash
        assert await repository.authenticate(email="recruiter@example.com", password="no") is None
        assert await repository.authenticate(email="nobody@example.com", password="s3cret!") is None
    with pytest.raises(IntegrityError):
        async with sessions() as session, session.begin():
            await UserRepository(session).create(
                email="RECRUITER@example.com", password="x", workspace_id=WORKSPACE
            )
    async with sessions() as session, session.begin():
        repository = UserRepository(session)
        assert user is not None
        await repository.set_password(user.id, "n3w passphrase")
    async with sessions() as session:
        repository = UserRepository(session)
        assert (
            await repository.authenticate(email="recruiter@example.com", password="s3cret!") is None
        )
        renewed = await repository.authenticate(
            email="recruiter@example.com", password="n3w passphrase"
        )
        assert renewed is not None
        assert renewed.id == user.id


async def test_idempotency_key_is_remembered_once(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        repository = VerificationRepository(session)
        first = (await repository.create(workspace_id=WORKSPACE, origin="api")).id
        second = (await repository.create(workspace_id=WORKSPACE, origin="api")).id
    async with sessions() as session, session.begin():
        keys = IdempotencyRepository(session)
        remembered = await keys.remember(
            scope="key:1", key="abc", request_hash="1" * 64, verification_id=first
        )
        again = await keys.remember(
            scope="key:1", key="abc", request_hash="2" * 64, verification_id=second
        )
        other_scope = await keys.remember(
            scope="key:2", key="abc", request_hash="3" * 64, verification_id=second
        )
    assert remembered and not again and other_scope
    async with sessions() as session:
        kept = await IdempotencyRepository(session).find(scope="key:1", key="abc")
    assert kept is not None
    assert (kept.verification_id, kept.request_hash) == (first, "1" * 64)


async def test_inbound_webhook_ids_detect_replays(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        verification_id = (
            await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="webhook")
        ).id
        inbound = InboundWebhookRepository(session)
        first = await inbound.remember_many([("ats", "msg_1"), ("greenhouse", "msg_1")])
        assert set(first) == {("ats", "msg_1"), ("greenhouse", "msg_1")}
        assert await inbound.remember_many([("ats", "msg_1")]) == {}
        await inbound.link({first["ats", "msg_1"]: verification_id})
    async with sessions() as session:
        inbound = InboundWebhookRepository(session)
        assert await inbound.verification_for(source="ats", event_id="msg_1") == verification_id


async def test_racing_replays_let_exactly_one_through(sessions: Sessions) -> None:
    async def deliver() -> bool:
        async with sessions() as session, session.begin():
            inbound = InboundWebhookRepository(session)
            first = await inbound.remember_many([("ats", "msg_race")])
            return bool(first)

    outcomes = await asyncio.gather(*(deliver() for _ in range(8)))
    assert outcomes.count(True) == 1


async def test_webhook_delivery_attempts_are_recorded(sessions: Sessions) -> None:
    retry_at = datetime.now(UTC) + timedelta(seconds=5)
    async with sessions() as session, session.begin():
        verification_id = (
            await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="api")
        ).id
        deliveries = WebhookDeliveryRepository(session)
        delivery = await deliveries.create(
            verification_id=verification_id,
            url="https://ats.example.com/hook",
            event_type="verification.completed",
            payload_summary={"id": verification_id, "score": 0.8},
        )
        await deliveries.record_attempt(
            delivery.id, succeeded=False, status_code=503, error=None, next_attempt_at=retry_at
        )
        pending = await deliveries.get(delivery.id)
        assert pending is not None
        assert (pending.status, pending.attempts, pending.last_status_code) == (
            DeliveryStatus.PENDING,
            1,
            503,
        )
        assert pending.next_attempt_at == retry_at
        await deliveries.record_attempt(
            delivery.id, succeeded=True, status_code=204, error=None, next_attempt_at=None
        )
    async with sessions() as session:
        [done] = await WebhookDeliveryRepository(session).list_for(
            verification_id, workspace_id=WORKSPACE
        )
        assert (done.status, done.attempts, done.next_attempt_at) == (
            DeliveryStatus.SUCCEEDED,
            2,
            None,
        )
        assert done.message_id.startswith("msg_")
        recent = await WebhookDeliveryRepository(session).list_recent(
            workspace_id=WORKSPACE, limit=5
        )
        assert [item.id for item in recent] == [done.id]


async def test_deleting_a_verification_erases_what_hangs_off_it(sessions: Sessions) -> None:
    cipher = FileCipher("a service secret")
    async with sessions() as session, session.begin():
        verification_id = (
            await VerificationRepository(session).create(workspace_id=WORKSPACE, origin="web")
        ).id
        await UploadRepository(session, cipher).add(
            verification_id=verification_id,
            data=RESUME,
            media_type="application/pdf",
            suffix=".pdf",
        )
    async with sessions() as session, session.begin():
        assert await VerificationRepository(session).delete(verification_id, workspace_id=WORKSPACE)
        assert not await VerificationRepository(session).delete(
            verification_id, workspace_id=WORKSPACE
        )
    async with sessions() as session:
        assert (await session.scalars(select(UploadedFile))).all() == []
        assert (
            await VerificationRepository(session).get(verification_id, workspace_id=WORKSPACE)
            is None
        )
