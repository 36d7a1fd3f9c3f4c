"""`credlens verify --role FILE` end to end: the role as text, JSON or a PDF job description;
a bad role file is one line on stderr and exit status 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
import pytest
import weasyprint
from typer.testing import CliRunner

from service.cli import app

RESUME = "Beth Kowalczyk\n\nCertifications\nCertified Kubernetes Administrator (CKA), 2024\n"
JOB = "Platform Engineer\n\nRequirements\n- CKA\n- Terraform\n\nNice to have\n- CISSP\n"
EXPECTED = [
    ("CKA", "required", "claimed"),
    ("Terraform", "required", "missing"),
    ("CISSP", "preferred", "missing"),
]


def verify(tmp_path: Path, role: Path, *extra: str) -> dict:
    resume = tmp_path / "beth.txt"
    resume.write_text(RESUME)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        app, ["verify", str(resume), "--role", str(role), "--json", str(out), *extra]
    )
    assert result.exit_code == 0, result.output
    report: dict = json.loads(out.read_text())
    return report


def fit(report: dict) -> list[tuple[str, str, str]]:
    return [(r["text"], r["kind"], r["status"]) for r in report["role_fit"]["requirements"]]


def test_a_text_job_description(tmp_path: Path) -> None:
    role = tmp_path / "role.txt"
    role.write_text(JOB)
    pdf = tmp_path / "report.pdf"
    report = verify(tmp_path, role, "--pdf", str(pdf))
    assert fit(report) == EXPECTED
    assert report["role_fit"]["required_proven"] == 0
    with pdfplumber.open(io.BytesIO(pdf.read_bytes())) as document:
        assert "0 of 2 required proven" in (document.pages[0].extract_text() or "")


def test_a_structured_json_role(tmp_path: Path) -> None:
    role = tmp_path / "role.json"
    role.write_text(json.dumps({"required": ["CKA", "Terraform"], "preferred": ["CISSP"]}))
    assert fit(verify(tmp_path, role)) == EXPECTED


def test_a_pdf_job_description_read_in_the_sandbox(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Platform Engineer</h1><h2>Requirements</h2><ul><li>CKA</li>"
        "<li>Terraform</li></ul><h2>Nice to have</h2><ul><li>CISSP</li></ul></body></html>"
    )
    role = tmp_path / "role.pdf"
    role.write_bytes(weasyprint.HTML(string=html).write_pdf())
    assert fit(verify(tmp_path, role)) == EXPECTED


def test_the_role_applies_to_every_resume_of_a_batch(tmp_path: Path) -> None:
    role = tmp_path / "role.txt"
    role.write_text(JOB)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(RESUME)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "verify",
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
            "--role",
            str(role),
            "--out-dir",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    for name in ("a", "b"):
        assert fit(json.loads((out / f"{name}.json").read_text())) == EXPECTED


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("role.json", '{"needed": ["CKA"]}', "unknown keys"),
        ("role.json", "[1, 2", "not JSON"),
        ("role.json", '{"required": "CKA"}', "list of strings"),
        ("role.txt", "   \n", "empty"),
        ("role.png", "\x89PNG\r\n\x1a\n" + "\x00" * 64, "job description file"),
    ],
)
def test_a_bad_role_file_is_one_line_and_exit_2(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    role = tmp_path / name
    role.write_bytes(content.encode("latin-1"))
    resume = tmp_path / "beth.txt"
    resume.write_text(RESUME)
    result = CliRunner().invoke(app, ["verify", str(resume), "--role", str(role)])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("credlens: ") and message in line
    assert "Traceback" not in result.output
