"""The pool's workers start with what they need and nothing of the command that started them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.sandbox_pool import READERS
from tests.conftest import REPO_ROOT

# A command run by its path, as the ``credlens`` script is: it notes each process that runs
# it, then asks a worker for its process id.
_COMMAND = """
import asyncio, os
with open({marker!r}, "a") as runs:
    runs.write(f"{{os.getpid()}}\\n")
from service.sandbox_pool import Limits, Sandbox
if __name__ == "__main__":
    pool = Sandbox(workers=1, preload=())
    print(asyncio.run(pool.run(Limits(), os.getpid)))
    pool.close()
"""


def test_a_worker_does_not_run_the_command_script_again(tmp_path: Path) -> None:
    marker = tmp_path / "runs"
    script = tmp_path / "command.py"
    script.write_text(_COMMAND.format(marker=str(marker)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    worker = result.stdout.strip()
    runs = marker.read_text(encoding="utf-8").split()
    assert worker.isdigit()
    assert len(runs) == 1
    assert worker not in runs


# A command run as a module (``-m``), so that its function can be sent to the workers: how
# many shared tokenizers each of two workers holds before its first task.
_PROBE = """
import asyncio, sys
from service.sandbox_pool import Limits, Sandbox

def tokenizers_built() -> int:
    from extractors.tokens import english
    return english.cache_info().currsize

async def ask_two(pool: Sandbox) -> list[int]:
    return list(await asyncio.gather(*(pool.run(Limits(), tokenizers_built) for _ in range(2))))

if __name__ == "__main__":
    pool = Sandbox(workers=2, preload=sys.argv[1:])
    print(*asyncio.run(ask_two(pool)))
    pool.close()
"""


@pytest.mark.parametrize(
    ("preload", "built_before_the_first_task"),
    [(READERS, "1 1"), (("extractors",), "0 0")],
)
def test_workers_are_forked_with_the_analysis_the_readers_preload_built(
    tmp_path: Path, preload: tuple[str, ...], built_before_the_first_task: str
) -> None:
    (tmp_path / "probe.py").write_text(_PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "probe", *preload],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": f"{REPO_ROOT}{os.pathsep}{tmp_path}"},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert result.stdout.strip() == built_before_the_first_task
