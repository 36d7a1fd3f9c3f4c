"""The real ``credlens`` command: a quick start, and batches of résumés in one process."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.conftest import SHARED_FIXTURES

CREDLENS = Path(sys.executable).with_name("credlens")

ANA = (
    "Ana Souza\nana.souza@example.com\n\nCertifications\n"
    "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2023\n"
)
BEA = (
    "Bea Lima\nbea.lima@example.com\n\nCertifications\n"
    "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
    "Professional Scrum Master I (PSM I), Scrum.org, 2021\n"
)


def credlens(*args: str | Path, cwd: Path, **options: object) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CREDLENS_DATA_DIR": str(cwd / "var")}
    return subprocess.run(
        [str(CREDLENS), *map(str, args)],
        cwd=cwd,
        env=environment,
        capture_output="stderr" not in options,
        text=True,
        timeout=300,
        check=False,
        **options,  # type: ignore[call-overload]
    )


def modules_loaded_by(argv: list[str], cwd: Path) -> set[str]:
    """The heavy packages imported by the ``credlens`` process itself (not its workers), and
    the fork server's module if it started a sandbox."""
    script = (
        "import sys\n"
        f"sys.argv = {['credlens', *argv]!r}\n"
        "from service.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('spacy', 'spacy.vocab', 'spacy.language', 'spacy.pipeline', 'weasyprint',\n"
        "         'pdfplumber', 'sqlalchemy', 'fastapi', 'uvicorn',\n"
        "         'pyld', 'multiprocessing.forkserver', 'pdfminer', 'docx', 'httpx', 'reports',\n"
        "         'cryptography', 'extractors.requirements', 'extractors.role_languages',\n"
        "         'extractors.role_model')\n"
        "print(' '.join(name for name in heavy if name in sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=cwd,
        env={**os.environ, "CREDLENS_DATA_DIR": str(cwd / "var")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return set(result.stderr.strip().splitlines()[-1].split()) if result.stderr.strip() else set()


def test_help_loads_no_reader_renderer_or_database(tmp_path: Path) -> None:
    assert modules_loaded_by(["--help"], tmp_path) == set()


def test_extract_reads_one_text_resume_itself_and_loads_no_renderer_or_database(
    tmp_path: Path,
) -> None:
    resume = tmp_path / "ana.txt"
    resume.write_text(ANA)

    loaded = modules_loaded_by(["extract", str(resume)], tmp_path)

    # Read here (spaCy's vocabulary, tokenizer and matchers, not its package's __init__ with
    # the pipelines and spacy.language), with no sandbox started, nor the verifiers' JSON-LD
    # processor loaded, nor the PDF and DOCX readers, the report's models, the HTTP client or
    # the role reader (and its languages' words) or a role's models: a text résumé's reading
    # needs none of them.
    assert loaded == {"spacy.vocab"}, loaded


def test_verify_reads_one_text_resume_itself(tmp_path: Path) -> None:
    resume = tmp_path / "ana.txt"
    resume.write_text(ANA)

    loaded = modules_loaded_by(["verify", str(resume)], tmp_path)

    assert "spacy.vocab" in loaded
    assert "multiprocessing.forkserver" not in loaded


def test_extract_reads_a_pdf_in_a_worker(tmp_path: Path) -> None:
    resume = SHARED_FIXTURES / "resumes" / "hrhelper_sample.pdf"

    loaded = modules_loaded_by(["extract", str(resume)], tmp_path)

    assert loaded == {"multiprocessing.forkserver"}, loaded


def test_extract_several_files_prints_json_lines_and_names_bad_files(tmp_path: Path) -> None:
    (tmp_path / "ana.txt").write_text(ANA)
    (tmp_path / "bea.txt").write_text(BEA)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a PDF \x00\x01")

    result = credlens(
        "extract", "ana.txt", "broken.pdf", "missing.pdf", "bea.txt", "--jobs", "2", cwd=tmp_path
    )

    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == ["ana.txt", "bea.txt"]
    assert lines[0]["candidate"]["name"] == "Ana Souza"
    assert len(lines[1]["claims"]) == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("credlens: broken.pdf: ")
    assert errors[1] == "credlens: missing.pdf: no such file"
    assert "Traceback" not in result.stderr


def test_verify_batch_writes_a_report_set_per_resume_and_a_summary(tmp_path: Path) -> None:
    for folder, text in (("a", ANA), ("b", BEA)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "cv.txt").write_text(text)
    (tmp_path / "empty.pdf").write_bytes(b"")

    result = credlens(
        "verify", "a/cv.txt", "empty.pdf", "b/cv.txt", "--out-dir", "reports", cwd=tmp_path
    )

    assert result.returncode == 2
    [error] = result.stderr.strip().splitlines()
    assert error.startswith("credlens: empty.pdf: ")
    # Piped: no progress bar drawn over the output.
    assert "\r" not in result.stderr
    written = sorted(path.name for path in (tmp_path / "reports").iterdir())
    assert written == ["cv-2.html", "cv-2.json", "cv-2.pdf", "cv.html", "cv.json", "cv.pdf"]
    assert json.loads((tmp_path / "reports/cv.json").read_text())["candidate"]["name"] == (
        "Ana Souza"
    )
    second = json.loads((tmp_path / "reports/cv-2.json").read_text())
    assert second["candidate"]["name"] == "Bea Lima"
    assert len(second["claims"]) == 2
    assert "Bea Lima" in (tmp_path / "reports/cv-2.html").read_text()
    with pdfplumber.open(tmp_path / "reports/cv-2.pdf") as pdf:
        assert "Bea Lima" in pdf.pages[0].extract_text()
    header, *rows, total = result.stdout.strip().splitlines()
    assert header.split()[:5] == ["résumé", "claims", "verified", "score", "reports"]
    assert [row.split()[0] for row in rows] == ["a/cv.txt", "empty.pdf", "b/cv.txt"]
    assert rows[2].split()[1:3] == ["2", "0"]
    assert "not verified" in rows[1]
    assert total == "2 of 3 résumés verified"


def test_verify_batch_draws_progress_on_a_terminal_and_exits_0_when_all_are_read(
    tmp_path: Path,
) -> None:
    (tmp_path / "ana.txt").write_text(ANA)
    (tmp_path / "bea.txt").write_text(BEA)
    terminal, attached = pty.openpty()
    try:
        result = credlens(
            "verify",
            "ana.txt",
            "bea.txt",
            "--out-dir",
            "out",
            cwd=tmp_path,
            stderr=attached,
            stdout=subprocess.PIPE,
        )
        os.close(attached)
        drawn = b""
        while True:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # EIO: everything written has been read
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(terminal)

    assert result.returncode == 0
    assert b"verifying [" in drawn
    assert b"2/2" in drawn
    assert result.stdout.strip().endswith("2 of 2 résumés verified")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["verify", "a.txt", "b.txt"], "several résumés need --out-dir"),
        (["verify", "a.txt", "--out-dir", "out", "--pdf", "a.pdf"], "--out-dir names them all"),
        (
            ["verify", "a.txt", "b.txt", "--out-dir", "out", "--link", "https://x.example/1"],
            "belong to one résumé",
        ),
    ],
)
def test_batch_options_that_do_not_fit_are_one_line_errors(
    tmp_path: Path, arguments: list[str], message: str
) -> None:
    result = CliRunner().invoke(app, arguments)

    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
