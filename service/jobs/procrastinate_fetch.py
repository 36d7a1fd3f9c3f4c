"""A worker that is never deaf to a job queued while it looked for one.

procrastinate 3.10's worker waits for a new-job notification (or its polling interval) once a
fetch finds nothing, and clears its new-job event after every fetch. A notification that
arrives while a fetch finds nothing (the job committed just after the fetch's snapshot) is
therefore forgotten with it: the job waits for the next notification, or the polling interval
(5 s by default), with the worker idle. ``WorkerJobManager`` counts the notifications and
fetches once more when one came during a fetch that found nothing. A notification during a
fetch that found a job is not lost: the worker fetches again while it finds jobs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from procrastinate import manager
from procrastinate.jobs import Job, Notification


class WorkerJobManager(manager.JobManager):
    """procrastinate's job manager, fetching again after a missed notification."""

    def __init__(self, connector: Any) -> None:
        super().__init__(connector)
        #: New-job notifications received so far.
        self.notified = 0

    async def fetch_job(self, queues: Iterable[str] | None, worker_id: int) -> Job | None:
        while True:
            notified = self.notified
            job = await super().fetch_job(queues, worker_id)
            if job is not None or self.notified == notified:
                return job

    async def listen_for_jobs(
        self,
        *,
        on_notification: manager.NotificationCallback,
        queues: Iterable[str] | None = None,
    ) -> None:
        async def counted(*, channel: str, notification: Notification) -> None:
            if notification["type"] == "job_inserted":
                self.notified += 1
            await on_notification(channel=channel, notification=notification)

        await super().listen_for_jobs(on_notification=counted, queues=queues)
