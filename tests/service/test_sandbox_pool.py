"""The pool's workers start with what they need and nothing of the command that started them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
