"""Database fixtures for the storage tests."""

from tests.service.storage.databases import database_url, engine, postgres_url, sessions

__all__ = ["database_url", "engine", "postgres_url", "sessions"]
