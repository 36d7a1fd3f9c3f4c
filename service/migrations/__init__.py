"""Alembic migrations for credlens's tables, run at startup on SQLite and PostgreSQL alike.

The Alembic configuration lives here in code rather than in an ``alembic.ini``, so an installed
wheel can migrate its database without a file beside it.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(engine_url: str) -> Config:
    """An Alembic configuration for the database at ``engine_url``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser would read "%" in a URL (an escaped password) as interpolation.
    config.set_main_option("sqlalchemy.url", engine_url.replace("%", "%%"))
    return config


def upgrade(engine_url: str, revision: str = "head") -> None:
    """Bring the database up to ``revision``, from synchronous code (the CLI).

    Inside a running event loop prefer ``upgrade_async``; called there anyway, this runs the
    migration on a helper thread (blocking the loop meanwhile) rather than failing.
    """
    config = alembic_config(engine_url)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        command.upgrade(config, revision)
        return
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(command.upgrade, config, revision).result()


async def upgrade_async(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the database up to ``revision`` on an existing engine (service startup)."""
    url = engine.url.render_as_string(hide_password=False)

    def run(connection: Connection) -> None:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(run)


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None before the first migration."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()
