"""What runs inside a sandbox worker process: take a task, run it under its memory and CPU
limits, answer, repeat. The parent side (the pool, the wall clock, crashes) is
``service/sandbox.py``; this module is all a worker needs, and imports nothing of it."""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import resource
import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from service.logs import quiet_pdf_reader


@dataclass(frozen=True)
class Task:
    """One call for a worker: the function, its arguments, and the limits it runs under."""

    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    memory_bytes: int
    cpu_seconds: int


# What a worker answers: ("ok", result), ("error", exception) or ("memory", None).
Reply = tuple[str, Any]


def serve(connection: Connection, warm_up: Callable[[], object] | None) -> None:
    """The worker's loop: take a task, run it under its limits, answer, repeat until EOF."""
    # The parent owns Ctrl-C; a worker interrupted mid-task would only answer nonsense.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet_pdf_reader()
    if warm_up is not None:
        # Caches built now (the spaCy pipeline, the catalog) are not paid by the first task.
        with contextlib.suppress(Exception):
            warm_up()
    while True:
        try:
            task: Task = connection.recv()
        except (EOFError, OSError):
            return
        reply = _run(task)
        try:
            connection.send(reply)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            connection.send(("error", TypeError(f"the result cannot be sent back: {error}")))
        except (BrokenPipeError, OSError):
            return


def _run(task: Task) -> Reply:
    _limit_address_space(task.memory_bytes)
    _limit_cpu(task.cpu_seconds)
    try:
        return ("ok", task.func(*task.args, **task.kwargs))
    except MemoryError:
        return ("memory", None)
    except BaseException as error:  # every failure of the task is its caller's to judge
        if _caused_by_memory(error):
            return ("memory", None)
        return ("error", _picklable(error))
    finally:
        _lift_limits()


def _limit_address_space(memory_bytes: int) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = _mapped_bytes() + memory_bytes
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _limit_cpu(cpu_seconds: int) -> None:
    # RLIMIT_CPU counts the process's whole life, so the budget starts from what it has used.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = math.ceil(usage.ru_utime + usage.ru_stime)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = used + cpu_seconds
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _lift_limits() -> None:
    for limit in (resource.RLIMIT_AS, resource.RLIMIT_CPU):
        _, hard = resource.getrlimit(limit)
        resource.setrlimit(limit, (hard, hard))


def _mapped_bytes() -> int:
    """The worker's current address-space size (Linux); 0 where /proc is not available."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _caused_by_memory(error: BaseException) -> bool:
    """Whether a MemoryError lies behind ``error``: readers wrap it in their own exceptions."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, MemoryError):
            return True
        pending.extend(
            linked
            for linked in (current.__cause__, current.__context__, *current.args)
            if isinstance(linked, BaseException)
        )
    return False


def _picklable(error: BaseException) -> BaseException:
    """The exception itself if it survives the pipe, else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
