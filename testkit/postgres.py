"""A throwaway database on the machine's PostgreSQL (trust auth on loopback), for the tests'
session database and for the benches."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import sql

#: The maintenance database to create test databases from; trust auth on loopback.
POSTGRES_ADMIN_CONNINFO = os.environ.get(
    "CREDLENS_TEST_POSTGRES", "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
)


def _admin_connection() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(POSTGRES_ADMIN_CONNINFO, autocommit=True, connect_timeout=3)


@contextmanager
def throwaway_postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database as a SQLAlchemy URL, dropped on exit; skips the test
    with the reason if the server cannot be reached."""
    try:
        admin = _admin_connection()
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_ADMIN_CONNINFO!r}: {error}")
    name = f"credlens_test_{secrets.token_hex(6)}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    info = psycopg.conninfo.conninfo_to_dict(POSTGRES_ADMIN_CONNINFO)
    server = f"{info.get('user', 'postgres')}@{info.get('host')}:{info.get('port', 5432)}"
    try:
        yield f"postgresql+psycopg://{server}/{name}"
    finally:
        with _admin_connection() as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
