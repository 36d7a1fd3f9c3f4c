"""Durable background jobs behind one small port, with an embedded and a PostgreSQL backend."""

from service.jobs.embedded import EmbeddedJobQueue
from service.jobs.port import (
    JobHandler,
    JobQueue,
    JobTimeLimitExceeded,
    RetryPolicy,
    TransientJobError,
)
from service.jobs.repository import ClaimedJob, JobRepository

__all__ = [
    "ClaimedJob",
    "EmbeddedJobQueue",
    "JobHandler",
    "JobQueue",
    "JobRepository",
    "JobTimeLimitExceeded",
    "RetryPolicy",
    "TransientJobError",
]
