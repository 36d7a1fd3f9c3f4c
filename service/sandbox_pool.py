"""Reading and rendering untrusted documents in worker processes with memory and time limits.

A 306 KB PDF whose content stream inflates to 300 MB drives pdfplumber to 650 MiB; another
can make pdfminer spin. Such files are read in a child process whose address space
(``RLIMIT_AS``) and CPU time (``RLIMIT_CPU``) are capped, under a wall-clock timeout, so a
hostile file costs one worker, never the service.

Workers come from the ``forkserver`` context: the fork server is a fresh single-threaded
process, so no lock held by one of the service's threads or its asyncio loop is copied into a
worker half-taken, as plain ``fork`` would risk. The fork server imports the readers once
(preload), and workers are reused between tasks, so only the first task of a worker pays for
starting it. A worker that hit a limit is replaced.

This module is the pool; ``service.sandbox`` holds the process's shared pool and the entry
points that read résumés and render reports in it.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib.machinery
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from typing import Any, ParamSpec, TypeVar

from service.sandbox_worker import Reply, Task, serve

P = ParamSpec("P")
T = TypeVar("T")

_MIB = 2**20

#: The résumé readers, for a fork server to import once so each new worker starts with them
#: (``extractors`` imports its PDF and DOCX readers only when a first such file comes), and
#: the analysis, built once in the fork server (``service.sandbox_warm``), not in each worker.
READERS = ("extractors", "extractors.pdf", "extractors.word", "service.sandbox_warm")
DEFAULT_PRELOAD = (*READERS, "reports", "reports.pdf")
#: A worker is retired after this many tasks, so nothing it accumulates outlives it for long.
MAX_TASKS_PER_WORKER = 200
#: A worker holding more than this after a task is retired at once: a warm one holds about
#: 150-200 MiB, and memory one large file made Python take is seldom given back.
MAX_RESIDENT_BYTES = 512 * 2**20


class SandboxError(Exception):
    """Isolated work that was stopped or lost; the message says why in a person's words.

    The entry points in ``service.sandbox`` say whose fault it is: a résumé stopped by a limit is an
    ``UnreadableResumeError``, a report that could not be rendered a ``ReportRenderError``.
    """


class ResourceLimitError(SandboxError):
    """The work needed more memory than its limit allows."""


class ParseTimeoutError(SandboxError):
    """The work took longer than its CPU or wall-clock limit."""


class WorkerCrashedError(SandboxError):
    """The worker process died without an answer (a crash in native code, or killed)."""


@dataclass(frozen=True)
class Limits:
    """What one isolated task may use.

    ``memory_bytes`` is counted on top of what the warm worker already maps, so it is the
    memory the task itself may take, not the size of the whole process.
    """

    memory_bytes: int = 512 * _MIB
    cpu_seconds: int = 20
    wall_seconds: float = 30.0

    def __post_init__(self) -> None:
        if self.memory_bytes <= 0 or self.cpu_seconds <= 0 or self.wall_seconds <= 0:
            raise ValueError("sandbox limits must be positive")


class Sandbox:
    """A pool of worker processes that run picklable top-level functions under limits.

    Safe to share between threads and event loops: callers wait in a private thread pool
    with one thread per worker, which is also what queues tasks when all workers are busy.
    """

    def __init__(
        self,
        *,
        workers: int = 2,
        preload: Sequence[str] = DEFAULT_PRELOAD,
        warm_up: Callable[[], object] | None = None,
        max_tasks_per_worker: int = MAX_TASKS_PER_WORKER,
        max_resident_bytes: int | None = MAX_RESIDENT_BYTES,
    ) -> None:
        if workers < 1:
            raise ValueError("a sandbox needs at least one worker")
        if max_tasks_per_worker < 1:
            raise ValueError("a worker must be allowed at least one task")
        # Workers are replaced before they bloat: after so many tasks, or past this size.
        self._max_tasks = max_tasks_per_worker
        self._max_resident = max_resident_bytes
        self._context: ForkServerContext = multiprocessing.get_context("forkserver")
        # Has effect only if the fork server is not running yet; it is shared by the process.
        self._context.set_forkserver_preload(list(preload))
        self._warm_up = warm_up
        self._size = workers
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sandbox")
        self._idle: list[_Worker] = []
        self._busy = 0
        #: Workers being started for the pool; a caller waits for one rather than start another.
        self._starting = 0
        self._lock = threading.Condition()
        self._closed = False

    @property
    def idle_workers(self) -> int:
        """How many workers are started and waiting for a task."""
        with self._lock:
            return len(self._idle)

    def start(self) -> None:
        """Start every worker now, so that they warm up before the first task arrives."""
        with self._lock:
            missing = self._size - self._occupied()
        for _ in range(missing):
            self._replenish()

    def start_in_background(self) -> None:
        """``start`` in a thread, so that the caller's own start-up runs meanwhile."""
        threading.Thread(target=self.start, name="sandbox-start", daemon=True).start()

    def _occupied(self) -> int:
        """Places taken: idle workers, busy ones and ones starting (the lock is held)."""
        return len(self._idle) + self._busy + self._starting

    async def run(
        self, limits: Limits, func: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``func(*args, **kwargs)`` in a worker; its exceptions come back as themselves.

        Raises ResourceLimitError, ParseTimeoutError or WorkerCrashedError when the worker
        is stopped by a limit or dies.
        """
        task = Task(
            func=func,
            args=args,
            kwargs=dict(kwargs),
            memory_bytes=limits.memory_bytes,
            cpu_seconds=limits.cpu_seconds,
        )
        loop = asyncio.get_running_loop()
        call = functools.partial(self._call, task, limits)
        result: T = await loop.run_in_executor(self._executor, call)
        return result

    def close(self) -> None:
        """Stop every idle worker; tasks under way finish and their workers then stop."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _call(self, task: Task, limits: Limits) -> Any:
        worker = self._checkout()
        keep = False
        try:
            reply = worker.ask(task, limits)
            keep = reply[0] != "memory" and not self._worn_out(worker)
        finally:
            self._checkin(worker, keep=keep)
        return _unwrap(reply, limits)

    def _worn_out(self, worker: _Worker) -> bool:
        """Whether the worker has run its share of tasks or grown past the size allowed."""
        if worker.tasks >= self._max_tasks:
            return True
        return self._max_resident is not None and worker.resident_bytes() > self._max_resident

    def _checkout(self) -> _Worker:
        dead: list[_Worker] = []
        with self._lock:
            # A worker being started will be idle soon: wait for it rather than fork another.
            while (
                not self._closed
                and not self._idle
                and self._starting
                and self._occupied() >= self._size
            ):
                self._lock.wait()
            if self._closed:
                raise RuntimeError("the sandbox is closed")
            self._busy += 1
            worker = None
            while self._idle and worker is None:
                candidate = self._idle.pop()
                if candidate.alive:
                    worker = candidate
                else:
                    dead.append(candidate)
        for each in dead:
            each.stop()
        if worker is not None:
            return worker
        try:
            return _Worker(self._context, self._warm_up)
        except BaseException:
            with self._lock:
                self._busy -= 1
            raise

    def _checkin(self, worker: _Worker, *, keep: bool) -> None:
        with self._lock:
            self._busy -= 1
            room = self._occupied() < self._size
            if keep and room and worker.alive and not self._closed:
                self._idle.append(worker)
                return
            replace = not self._closed
        worker.stop()
        if replace:
            # In the background, so the caller has its answer without waiting for a fork.
            threading.Thread(target=self._replenish, name="sandbox-replenish", daemon=True).start()

    def _replenish(self) -> None:
        """Start one worker and leave it idle, if the pool has room and is open."""
        with self._lock:
            if self._closed or self._occupied() >= self._size:
                return
            self._starting += 1  # a place held while the worker starts
        try:
            worker = _Worker(self._context, self._warm_up)
        except OSError:
            with self._lock:
                self._starting -= 1
                self._lock.notify_all()
            return
        with self._lock:
            self._starting -= 1
            self._lock.notify_all()
            if not self._closed:
                self._idle.append(worker)
                return
        worker.stop()


class _Worker:
    """One child process answering tasks over a pipe, one at a time."""

    def __init__(self, context: ForkServerContext, warm_up: Callable[[], object] | None) -> None:
        parent_end, child_end = context.Pipe(duplex=True)
        self._connection: Connection = parent_end
        self._process: BaseProcess = context.Process(
            target=serve, args=(child_end, warm_up), name="credlens-sandbox", daemon=True
        )
        with _main_module_left_out():
            self._process.start()
        child_end.close()
        self.tasks = 0
        self._stopped = False

    @property
    def alive(self) -> bool:
        return not self._stopped and self._process.is_alive()

    def resident_bytes(self) -> int:
        """The worker's resident memory now (Linux); 0 where /proc cannot tell."""
        try:
            with open(f"/proc/{self._process.pid}/statm", encoding="ascii") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0

    def ask(self, task: Task, limits: Limits) -> Reply:
        """Send one task and wait for its answer; stop the worker if it breaks a limit."""
        self.tasks += 1
        try:
            self._connection.send(task)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            raise TypeError(f"the task cannot be sent to a worker: {error}") from None
        except (BrokenPipeError, ConnectionResetError, EOFError):
            return self._lost(limits)
        if not self._connection.poll(limits.wall_seconds):
            self.stop()
            return ("error", timed_out(limits.wall_seconds, "wall-clock"))
        try:
            reply: Reply = self._connection.recv()
        except (EOFError, ConnectionResetError, OSError):
            return self._lost(limits)
        return reply

    def _lost(self, limits: Limits) -> Reply:
        self._process.join(timeout=5)
        exitcode = self._process.exitcode
        self.stop()
        if exitcode == -signal.SIGXCPU:
            return ("error", timed_out(limits.cpu_seconds, "CPU"))
        if exitcode == -signal.SIGKILL:
            # The kernel's OOM killer, or an operator; with RLIMIT_AS set it is most likely
            # memory that ran out outside Python's reach.
            return ("memory", None)
        return ("error", WorkerCrashedError(_crash_message(exitcode)))

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        with contextlib.suppress(OSError):
            self._connection.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=5)
        with contextlib.suppress(ValueError):
            self._process.close()


_main_lock = threading.Lock()


@contextlib.contextmanager
def _main_module_left_out() -> Iterator[None]:
    """While a worker starts, have multiprocessing leave the main script out of it.

    A worker started from a script run by its path (the ``credlens`` command is one) runs
    that script again as ``__mp_main__`` before its first task: for ``credlens`` that is
    typer and the whole command line, a quarter of a second per worker, spent before the
    first résumé of a command is read. Workers run functions of importable modules only, so
    the main module is marked as one not to import (a spec named ``__main__``, which
    multiprocessing skips). A main module run with ``-m`` is left alone: it is imported by
    name, and its functions can be sent to a worker.
    """
    main = sys.modules.get("__main__")
    with _main_lock:
        if main is None or getattr(main, "__spec__", None) is not None:
            yield
            return
        main.__spec__ = importlib.machinery.ModuleSpec("__main__", None)
        try:
            yield
        finally:
            main.__spec__ = None


def timed_out(seconds: float, clock: str) -> ParseTimeoutError:
    """The error for work a clock stopped, saying which clock and its limit."""
    return ParseTimeoutError(f"the file took more than {seconds:g} s of {clock} time to read")


def _crash_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"the reader stopped unexpectedly (signal {signal.Signals(-exitcode).name})"
    return f"the reader stopped unexpectedly (exit code {exitcode})"


def _unwrap(reply: Reply, limits: Limits) -> Any:
    kind, value = reply
    if kind == "ok":
        return value
    if kind == "memory":
        raise ResourceLimitError(
            f"the file needs more than {limits.memory_bytes // _MIB} MiB to read"
        )
    raise value
