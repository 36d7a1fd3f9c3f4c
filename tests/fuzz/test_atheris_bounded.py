"""The atheris harnesses, run for a few seconds each in CI when atheris is installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.fuzz.conftest import SCALE

pytest.importorskip("atheris")

SECONDS = 8 * SCALE


@pytest.mark.parametrize("target", ["readers", "credentials"])
def test_atheris_finds_nothing_new(target: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.fuzz.atheris_harness",
            target,
            f"-max_total_time={SECONDS}",
            "-rss_limit_mb=4096",
            "-timeout=20",
        ],
        cwd=tmp_path,  # libFuzzer writes crash-* files here
        # A reader input that spins (pdfminer's loops) is set aside, not failed: the parse
        # sandbox stops those (test_sandbox.py's spin and wall-clock tests), and under a busy
        # machine libFuzzer's own timeout failed CI on one (18:56, session 8) with no exception.
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), "CREDLENS_FUZZ_SKIP_HANGS": "10"},
        capture_output=True,
        text=True,
        timeout=SECONDS + 120,
        check=False,
    )
    crashes = sorted(path.name for path in tmp_path.glob("crash-*"))
    tail = "\n".join(result.stderr.splitlines()[-30:])
    assert result.returncode == 0 and not crashes, f"atheris found {crashes}:\n{tail}"
    assert "Done " in result.stderr
