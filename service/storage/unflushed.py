"""Writes that a database crash may lose without anything being lost, committed without
waiting for PostgreSQL to flush its write-ahead log.

A transaction's commit on PostgreSQL waits, by default, until its write-ahead log is on disk
(``synchronous_commit = on``): a system call that costs the server ≈ 0.25 ms of CPU and the
caller the disk's flush time (7–20 ms on the machine the benches run on) for every
committing statement. Some of the service's writes are worth neither, because a crash of the
database server that lost them would lose nothing:

- a running job's **progress** (the job's end writes the final progress with its report);
- a job's **start** (the verification marked running; a job whose start was lost runs again,
  and a job's start is safe to repeat);
- the **rate-limit counts** (a crash forgets at most the last fraction of a second's
  requests, and no request is let through that the limit refused when it was asked).

These commit with ``synchronous_commit = off`` for their own transaction only: the server
writes them to the log at once and flushes it within ``wal_writer_delay`` × 3 (0.6 s by
default). PostgreSQL never loses a transaction that committed before a flushed one, so a
durable write (an upload, a report, an audit event, a deletion) still makes every earlier
write durable with it, and no order of events is changed; a server crash in between forgets
only such writes, never corrupts anything. Nothing else is relaxed: every other statement of
the service commits as before.

The setting goes in the statement itself (``set_config(…, true)``, local to the statement's
own transaction), so an autocommit write stays one statement and one round trip, and the
connection goes back to its pool as it was. It is used only where the statement is its own
transaction (``stands_alone``: a ``statement_session``); inside a larger transaction it
would relax that transaction's other writes too, so there the plain statement is sent.
SQLite has no such setting (its commits are local and cheap): the statements there are
unchanged.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func
from sqlalchemy.ext.asyncio import AsyncConnection


def stands_alone(connection: AsyncConnection) -> bool:
    """Whether ``connection`` is PostgreSQL's and each statement on it is a transaction of
    its own (``statement_session``): where a write may commit unflushed."""
    options = (
        connection.sync_connection.get_execution_options() if connection.sync_connection else {}
    )
    return (
        connection.dialect.name == "postgresql" and options.get("isolation_level") == "AUTOCOMMIT"
    )


def commits_unflushed() -> ColumnElement[bool]:
    """A condition that is always true and, once evaluated, lets the transaction it runs in
    commit without waiting for the log's flush (PostgreSQL only). Put it in the ``WHERE`` of
    the row a write changes: when no row matches nothing is written, and nothing waits."""
    return func.set_config("synchronous_commit", "off", True).is_not(None)
