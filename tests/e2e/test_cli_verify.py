"""`credlens verify` end to end: a real PDF résumé, an Open Badges 2.0 issuer faked with respx."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pdfplumber
import pytest
import respx
import weasyprint
from typer.testing import CliRunner

import reports
from service.cli import app
from tests.conftest import SHARED_FIXTURES

OB2 = SHARED_FIXTURES / "credentials" / "ob-validator-core"
ASSERTION_URL = "https://example.org/beths-robotics-badge.json"
BADGE_URL = "https://example.org/robotics-badge.json"
ISSUER_URL = "https://example.org/organization.json"
#: The fixture's recipient: sha256("nobody@example.org" + "deadsea"), per its upstream comment.
RECIPIENT_EMAIL = "nobody@example.org"


def load(name: str) -> dict[str, Any]:
    return json.loads((OB2 / name).read_text())


def resume_pdf(email: str) -> bytes:
    """A one-page résumé whose badge title is a hyperlink annotation to the assertion."""
    html = f"""
    <html><body style="font-family: DejaVu Sans">
      <h1>Beth Kowalczyk</h1>
      <p>{email} · +48 22 123 45 67</p>
      <h2>Experience</h2>
      <p>Robotics engineer, Example Robotics, 2017–2024. Built warehouse robots.</p>
      <h2>Certifications</h2>
      <p><a href="{ASSERTION_URL}">Awesome Robotics Badge</a> — An Example Badge Issuer,
         issued Dec 2016</p>
    </body></html>
    """
    pdf: bytes = weasyprint.HTML(string=html).write_pdf()
    return pdf


def serve_issuer(router: respx.MockRouter, assertion: dict[str, Any], status: int = 200) -> None:
    router.get(ASSERTION_URL).mock(return_value=httpx.Response(status, json=assertion))
    router.get(BADGE_URL).mock(
        return_value=httpx.Response(200, json=load("2_0_basic_badgeclass.json"))
    )
    router.get(ISSUER_URL).mock(
        return_value=httpx.Response(200, json=load("2_0_basic_issuer.json"))
    )


def run_verify(tmp_path: Path, email: str, *extra: str) -> tuple[dict[str, Any], Path]:
    resume = tmp_path / "beth.pdf"
    resume.write_bytes(resume_pdf(email))
    out_json, out_pdf = tmp_path / "report.json", tmp_path / "report.pdf"
    result = CliRunner().invoke(
        app,
        ["verify", str(resume), "--json", str(out_json), "--pdf", str(out_pdf), *extra],
    )
    assert result.exit_code == 0, result.output
    return json.loads(out_json.read_text()), out_pdf


def badge_claim(report: dict[str, Any]) -> dict[str, Any]:
    [claim] = [claim for claim in report["claims"] if claim["url"] == ASSERTION_URL]
    return claim


def test_verified_badge_end_to_end(tmp_path: Path, respx_mock: respx.MockRouter) -> None:
    serve_issuer(respx_mock, load("2_0_basic_assertion.json"))

    report, pdf_path = run_verify(tmp_path, RECIPIENT_EMAIL)

    jsonschema.validate(report, reports.report_schema())
    assert report["candidate"]["name"] == "Beth Kowalczyk"
    assert RECIPIENT_EMAIL in report["candidate"]["emails"]
    claim = badge_claim(report)
    assert claim["verdict"] == "verified"
    assert claim["source"]["page"] == 1
    assert {check["name"] for check in claim["checks"]} >= {"recipient"}
    assert {evidence["url"] for evidence in claim["evidence"]} >= {ASSERTION_URL, BADGE_URL}
    with pdfplumber.open(io.BytesIO(pdf_path.read_bytes())) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Beth Kowalczyk" in text
    assert "verified" in text.lower()


@pytest.mark.parametrize(
    ("change", "email", "expected"),
    [
        ({"revoked": True, "revocationReason": "Issued in error"}, RECIPIENT_EMAIL, "revoked"),
        ({"expires": "2018-12-31T23:59:59Z"}, RECIPIENT_EMAIL, "expired"),
        ({}, "somebody.else@example.org", "mismatch"),
    ],
    ids=["revoked", "expired", "other-recipient"],
)
def test_variants_get_their_verdict(
    tmp_path: Path,
    respx_mock: respx.MockRouter,
    change: dict[str, Any],
    email: str,
    expected: str,
) -> None:
    assertion = copy.deepcopy(load("2_0_basic_assertion.json")) | change
    serve_issuer(respx_mock, assertion)

    report, _ = run_verify(tmp_path, email)

    assert badge_claim(report)["verdict"] == expected


def test_gone_assertion_is_revoked(tmp_path: Path, respx_mock: respx.MockRouter) -> None:
    serve_issuer(respx_mock, {"revoked": True}, status=410)

    report, _ = run_verify(tmp_path, RECIPIENT_EMAIL)

    assert badge_claim(report)["verdict"] == "revoked"


def test_link_given_beside_the_resume_is_verified(
    tmp_path: Path, respx_mock: respx.MockRouter
) -> None:
    serve_issuer(respx_mock, load("2_0_basic_assertion.json"))
    resume = tmp_path / "plain.txt"
    resume.write_text("Beth Kowalczyk\nRobotics engineer\n")

    result = CliRunner().invoke(
        app, ["verify", str(resume), "--link", ASSERTION_URL, "--email", RECIPIENT_EMAIL]
    )

    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert badge_claim(report)["verdict"] == "verified"
