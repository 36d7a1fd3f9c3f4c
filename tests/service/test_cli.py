"""The CLI's contract: JSON out, and bad input as one line with exit status 2."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app, common
from tests.conftest import REPO_ROOT, SHARED_FIXTURES

RESUMES = SHARED_FIXTURES / "resumes"


def test_extract_prints_candidate_and_claims_without_network(tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Ana Souza\nana.souza@example.com\n\nCertifications\n"
        "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2023\n"
    )

    result = CliRunner().invoke(app, ["extract", str(resume)])

    assert result.exit_code == 0, result.output
    extraction = json.loads(result.stdout)
    assert extraction["candidate"]["name"] == "Ana Souza"
    assert extraction["candidate"]["emails"] == ["ana.souza@example.com"]
    [claim] = extraction["claims"]
    assert "Solutions Architect" in claim["title"]
    assert "verdict" not in claim


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.pdf", b""),
        ("corrupt.pdf", b"%PDF-1.7\n this is not really a PDF \x00\x01"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("archive.docx", b"PK\x03\x04 not a word document"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "verify"])
def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, command: str, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    result = CliRunner().invoke(app, [command, str(path)])

    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("credlens: ")
    assert "\n" not in message
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["extract", "verify"])
def test_encrypted_pdf_is_refused(command: str) -> None:
    result = CliRunner().invoke(
        app, [command, str(RESUMES / "edge_scorelia_password_protected.pdf")]
    )

    assert result.exit_code == 2
    assert "encrypted" in result.stderr.lower() or "password" in result.stderr.lower()


def test_missing_file_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nope.pdf")])

    assert result.exit_code == 2
    assert "no such file" in result.stderr


@pytest.mark.parametrize(("set_by_user", "expected"), [(None, "1"), ("3", "3")])
def test_the_command_asks_openblas_for_one_thread_unless_the_user_said(
    monkeypatch: pytest.MonkeyPatch, set_by_user: str | None, expected: str
) -> None:
    import service.cli

    monkeypatch.setenv("OPENBLAS_NUM_THREADS", set_by_user or "")  # restored afterwards
    if set_by_user is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS")
    seen: list[str | None] = []
    monkeypatch.setattr(
        service.cli, "app", lambda: seen.append(os.environ.get("OPENBLAS_NUM_THREADS"))
    )

    service.cli.main()

    assert seen == [expected]


def test_extract_in_a_test_process_leaves_the_collector_on(tmp_path: Path) -> None:
    # The command pauses the cyclic collector while it loads the readers and reads; run inside
    # another process (here, CliRunner's), it gives the collector back as it found it.
    resume = tmp_path / "resume.txt"
    resume.write_text("Ana Souza\n\nCertifications\nCKA, CNCF, 2022\n")
    assert gc.isenabled()

    result = CliRunner().invoke(app, ["extract", str(resume)])

    assert result.exit_code == 0, result.output
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("process_ends", "written", "enabled_after"),
    [(False, False, True), (False, True, True), (True, False, True), (True, True, False)],
)
def test_the_collector_stays_paused_only_for_a_process_that_ends_with_its_output(
    monkeypatch: pytest.MonkeyPatch, process_ends: bool, written: bool, enabled_after: bool
) -> None:
    monkeypatch.setattr(common, "process_ends_with_command", process_ends)
    monkeypatch.setattr(common, "end_without_collecting", False)
    monkeypatch.setattr(common, "collector_left_paused", False)
    try:
        with common.collector_paused():
            assert not gc.isenabled()
            common.end_without_collecting = written
        assert gc.isenabled() is enabled_after
        assert common.collector_left_paused is not enabled_after
        gc.enable()
        with pytest.raises(RuntimeError), common.collector_paused():
            raise RuntimeError("a failure inside the block")
        assert gc.isenabled() is enabled_after
    finally:
        gc.enable()


@pytest.mark.parametrize(("file", "frozen"), [("resume.txt", True), ("missing.txt", False)])
def test_extract_of_a_text_resume_ends_without_the_last_collections(
    tmp_path: Path, file: str, frozen: bool
) -> None:
    # A fresh interpreter, as the command runs: what is left is frozen (gc.freeze) once the
    # résumé is printed, so the shutdown collections skip it; the output is the same JSON.
    (tmp_path / "resume.txt").write_text(
        "Ana Souza\nana.souza@example.com\n\nCertifications\n"
        "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2023\n"
    )
    script = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, file=sys.stderr))\n"
        "atexit.register(lambda: print('collecting', gc.isenabled(), file=sys.stderr))\n"
        "from service.cli import main\n"
        f"sys.argv = ['credlens', 'extract', {str(tmp_path / file)!r}]\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env={**os.environ, "CREDLENS_DATA_DIR": str(tmp_path / "var")},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert f"frozen {frozen}" in result.stderr
    # The collector, paused while the readers loaded and read, is on again at the end.
    assert "collecting True" in result.stderr
    if frozen:
        assert result.returncode == 0, result.stderr
        in_process = CliRunner().invoke(app, ["extract", str(tmp_path / file)])
        assert json.loads(result.stdout) == json.loads(in_process.stdout)
    else:
        assert result.returncode == 2
