"""What one credlens process holds: database, ciphers, the outbound client; built once."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from service import pipeline
from service.crypto import ApiKeyHasher, FileCipher
from service.jobs import EmbeddedJobQueue, JobQueue, JobRepository
from service.migrations import upgrade_async
from service.settings import Settings
from service.storage import (
    create_engine,
    create_session_factory,
    database_url,
)
from verifiers import Verifier

logger = logging.getLogger(__name__)

SECRET_FILE = "secret.key"


@dataclass(frozen=True)
class Runtime:
    """The heavy, shared objects of a web or worker process."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    cipher: FileCipher
    api_keys: ApiKeyHasher
    secret: str
    http: httpx.AsyncClient
    queue: JobQueue
    #: The verifiers, built once so their key and status-list caches serve every job.
    chain: tuple[Verifier, ...]


def service_secret(settings: Settings) -> str:
    """The configured secret, or one generated once into the data directory (mode 0600)."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value()
    path = settings.data_dir / SECRET_FILE
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        # Another process of this deployment generated it first; use theirs.
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(secret)
    logger.warning("generated a service secret in %s; set CREDLENS_SECRET_KEY to keep it", path)
    return secret


@asynccontextmanager
async def open_job_queue(
    settings: Settings, sessions: async_sessionmaker[AsyncSession]
) -> AsyncIterator[JobQueue]:
    """The configured queue backend, open for enqueueing and working."""
    if settings.queue_backend == "embedded":
        yield EmbeddedJobQueue(sessions, time_limit_seconds=settings.job_time_limit)
        return
    # Imported here: procrastinate and psycopg are the optional `postgres` extra.
    from service.jobs.procrastinate_queue import ProcrastinateJobQueue

    assert settings.database_url is not None  # the settings refuse procrastinate without it
    queue = ProcrastinateJobQueue(settings.database_url, time_limit_seconds=settings.job_time_limit)
    await queue.open()
    try:
        await take_over_embedded_jobs(sessions, queue)
        yield queue
    finally:
        await queue.close()


async def take_over_embedded_jobs(
    sessions: async_sessionmaker[AsyncSession], queue: JobQueue
) -> int:
    """Move jobs left in the embedded table into ``queue``, in one transaction, so switching
    the backend loses no verification or callback; returns how many moved."""
    async with sessions() as session, session.begin():
        waiting = await JobRepository(session).take_waiting()
        for kind, target_id, run_after in waiting:
            await queue.enqueue_in(session, kind, target_id, run_after=run_after)
    if waiting:
        logger.info("moved %d jobs from the embedded queue", len(waiting))
    return len(waiting)


@asynccontextmanager
async def open_runtime(settings: Settings) -> AsyncIterator[Runtime]:
    """Open the database (migrated to the latest revision), the queue and the outbound client."""
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    secret = service_secret(settings)
    engine = create_engine(
        database_url(data_dir=settings.data_dir, configured=settings.database_url)
    )
    try:
        await upgrade_async(engine)
        sessions = create_session_factory(engine)
        async with (
            open_job_queue(settings, sessions) as queue,
            pipeline.create_http_client(settings) as http,
        ):
            yield Runtime(
                settings=settings,
                engine=engine,
                sessions=sessions,
                cipher=FileCipher(secret),
                api_keys=ApiKeyHasher(secret),
                secret=secret,
                http=http,
                queue=queue,
                chain=pipeline.verifier_chain(settings),
            )
    finally:
        await engine.dispose()
