"""A verify job's end on PostgreSQL as one statement: the verification's row done with its
report, and the report's evidence recorded, as data-modifying CTEs (atomic by itself)."""

from __future__ import annotations

from sqlalchemy import Select, bindparam, func, insert, select, true, update
from sqlalchemy.dialects.postgresql import ARRAY

from service.storage.models import EvidenceRecord, VerificationRecord


def _finish_with_evidence() -> Select[int]:
    """``finish_with_evidence``'s PostgreSQL statement, built once (building it for each job
    cost the worker more CPU than the round trips it saves): the evidence as arrays, one per
    column, unnested in their order."""
    table = VerificationRecord.__table__.c
    done = (
        update(VerificationRecord)
        .where(table.id == bindparam("verification_id", type_=table.id.type))
        .values(
            status=bindparam("status", type_=table.status.type),
            report=bindparam("report", type_=table.report.type),
            progress=bindparam("progress", type_=table.progress.type),
            search_text=bindparam("search_text", type_=table.search_text.type),
            error=None,
            finished_at=bindparam("now", type_=table.finished_at.type),
            updated_at=bindparam("now", type_=table.updated_at.type),
        )
        .returning(table.id)
        .cte("done")
    )
    columns = EvidenceRecord.__table__.c
    arrays = {
        "claim_key": "claim_keys",
        "url": "urls",
        "status_code": "status_codes",
        "fetched_at": "fetched_at",
        "sha256": "sha256s",
        "content_type": "content_types",
    }
    given = (
        func.unnest(
            *(bindparam(name, type_=ARRAY(columns[column].type)) for column, name in arrays.items())
        )
        .table_valued(*arrays, with_ordinality="number")
        .render_derived(name="given")
    )
    chosen = (
        select(done.c.id, *(given.c[column] for column in arrays))
        .join_from(done, given, true())
        .order_by(given.c.number)
    )
    added = insert(EvidenceRecord).from_select(["verification_id", *arrays], chosen)
    return select(func.count()).select_from(done).add_cte(added.cte("added"))


#: ``VerificationRepository.finish_with_evidence``'s statement on PostgreSQL.
FINISH_WITH_EVIDENCE = _finish_with_evidence()
