"""Retention: the service purges verifications past their time on its own, and on demand."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import update
from typer.testing import CliRunner

from service.app import create_app
from service.cli import app as cli
from service.runtime import Runtime, open_runtime
from service.storage import VerificationRecord, VerificationRepository
from service.storage.models import utcnow
from tests.service.conftest import settings_for


async def make_verification(runtime: Runtime, *, age_days: int) -> str:
    async with runtime.sessions() as session, session.begin():
        record = await VerificationRepository(session).create(origin="api")
        await session.execute(
            update(VerificationRecord)
            .where(VerificationRecord.id == record.id)
            .values(created_at=utcnow() - timedelta(days=age_days))
        )
        return record.id


async def exists(runtime: Runtime, verification_id: str) -> bool:
    async with runtime.sessions() as session:
        return await VerificationRepository(session).get(verification_id) is not None


async def test_the_running_service_purges_what_is_past_retention(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, retention_days=30, workers=0)
    async with open_runtime(settings) as runtime:
        old = await make_verification(runtime, age_days=31)
        recent = await make_verification(runtime, age_days=29)

    app = create_app(settings)
    async with app.router.lifespan_context(app):
        runtime = app.state.runtime
        # The purge runs beside the app, at its start and hourly after.
        for _ in range(200):
            if not await exists(runtime, old):
                break
            await asyncio.sleep(0.05)
        assert not await exists(runtime, old)
        assert await exists(runtime, recent)


def test_purge_command(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)

    async def seed() -> tuple[str, str]:
        async with open_runtime(settings) as runtime:
            return (
                await make_verification(runtime, age_days=10),
                await make_verification(runtime, age_days=1),
            )

    old, recent = asyncio.run(seed())
    result = CliRunner().invoke(
        cli, ["purge", "--days", "5"], env={"CREDLENS_DATA_DIR": str(settings.data_dir)}
    )

    assert result.exit_code == 0, result.output
    assert "Purged 1 verifications" in result.stdout

    async def check() -> tuple[bool, bool]:
        async with open_runtime(settings) as runtime:
            return await exists(runtime, old), await exists(runtime, recent)

    assert asyncio.run(check()) == (False, True)
