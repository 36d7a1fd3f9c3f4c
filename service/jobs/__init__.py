"""Durable background jobs behind one small port, with an embedded and a PostgreSQL backend."""

from service.jobs.embedded import EmbeddedJobQueue
from service.jobs.port import (
    JobHandler,
    JobQueue,
    JobTimeLimitExceeded,
    RetryPolicy,
    TransientJobError,
)

__all__ = [
    "EmbeddedJobQueue",
    "JobHandler",
    "JobQueue",
    "JobTimeLimitExceeded",
    "RetryPolicy",
    "TransientJobError",
]
