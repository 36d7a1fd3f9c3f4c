"""Database fixtures for the job tests: the same real databases the storage tests use."""

from tests.service.storage.databases import database_url, engine, postgres_url, sessions

__all__ = ["database_url", "engine", "postgres_url", "sessions"]
