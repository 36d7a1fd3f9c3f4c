"""A verify job's statements before its end, built once: its start on PostgreSQL as one
statement (the verification marked running, a data-modifying CTE, and read with its stored
résumé's row, which the same round trip joins), and its progress writes."""

from __future__ import annotations

from sqlalchemy import Select, Update, bindparam, select, true, update
from sqlalchemy.orm import aliased

from service.storage.models import UploadedFile, VerificationRecord, VerificationStatus
from service.storage.unflushed import commits_unflushed


def _start_with_upload(*, unflushed: bool) -> Select[VerificationRecord, UploadedFile]:
    """``VerificationRepository.start_with_upload``'s PostgreSQL statement, built once (as
    the job's end: building an ORM statement for each job costs the worker about what a
    round trip does). The first file of the verification, as ``UploadRepository.read``."""
    table = VerificationRecord.__table__.c
    started = (
        update(VerificationRecord)
        .where(
            table.id == bindparam("verification_id", type_=table.id.type),
            table.status.not_in([VerificationStatus.DONE, VerificationStatus.FAILED]),
            # A start lost in a server crash runs the job again: not worth a flush.
            *([commits_unflushed()] if unflushed else []),
        )
        .values(
            status=VerificationStatus.RUNNING,
            error=None,
            updated_at=bindparam("now", type_=table.updated_at.type),
        )
        .returning(*VerificationRecord.__table__.c)
        .cte("started")
    )
    record = aliased(VerificationRecord, started)
    first_file = (
        select(UploadedFile)
        .where(UploadedFile.verification_id == started.c.id)
        .order_by(UploadedFile.created_at)
        .limit(1)
        .lateral("first_file")
    )
    upload = aliased(UploadedFile, first_file)
    return (
        select(record, upload)
        .select_from(started)
        .outerjoin(first_file, true())
        .execution_options(populate_existing=True)
    )


#: ``VerificationRepository.start_with_upload``'s statement on PostgreSQL: [in a transaction,
#: standing alone (committed unflushed, ``service.storage.unflushed``)].
START_WITH_UPLOAD = (_start_with_upload(unflushed=False), _start_with_upload(unflushed=True))


def _set_progress(*, unflushed: bool) -> Update:
    """``VerificationRepository.set_progress``'s statement (a job makes two or three a
    résumé): built each time through the ORM it cost the worker ≈ 1.75 ms of CPU a write,
    built once ≈ 1.2 ms (PostgreSQL, 200 writes, 3 rounds). Standing alone on PostgreSQL it
    commits without waiting for the log's flush (``service.storage.unflushed``): the job's
    end writes the final progress."""
    table = VerificationRecord.__table__.c
    return (
        update(VerificationRecord)
        .where(
            table.id == bindparam("verification_id", type_=table.id.type),
            table.status == VerificationStatus.RUNNING,
            *([commits_unflushed()] if unflushed else []),
        )
        .values(
            progress=bindparam("progress", type_=table.progress.type),
            updated_at=bindparam("now", type_=table.updated_at.type),
        )
    )


#: ``VerificationRepository.set_progress``'s statement: [in a transaction or on SQLite,
#: standing alone on PostgreSQL (committed unflushed)].
SET_PROGRESS = (_set_progress(unflushed=False), _set_progress(unflushed=True))
