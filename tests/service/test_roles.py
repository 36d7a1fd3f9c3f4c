"""The role travels with a verification: form, API, webhook; stored, kept on rebuilds, and in
the callback summary. Bad shapes are a 400 with a sentence, like every other refusal."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
import respx

from service import verifications
from service.storage import VerificationRecord
from service.webhooks.signatures import sign_standard
from tests.service.conftest import (
    ASSERTION_URL,
    Running,
    sign_in,
    wait_until_finished,
)
from tests.service.webhooks.conftest import ATS, SECRET, serve
from tests.verifiers.ob2_issuer import serve_example_issuer

#: A résumé whose CKA is only claimed; the linked robotics badge is verified.
RESUME = b"Beth Kowalczyk\n\nCertifications\nCertified Kubernetes Administrator (CKA), 2024\n"
ROLE = {"required": ["CKA", "Awesome Robotics"], "preferred": ["CISSP"]}
JOB_DESCRIPTION = "Robotics Engineer\n\nRequirements\n- CKA\n\nNice to have\n- CISSP\n"


def auth(running: Running) -> dict[str, str]:
    return {"Authorization": f"Bearer {running.api_key}"}


async def finished(running: Running, verification_id: str) -> dict[str, Any]:
    done = await wait_until_finished(
        running.client, f"/api/v1/verifications/{verification_id}", headers=auth(running)
    )
    assert done["status"] == "done", done
    return done


def fit_of(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(r["text"], r["kind"], r["status"]) for r in report["role_fit"]["requirements"]]


async def test_a_structured_role_in_json_is_judged_and_kept(
    running: Running, respx_mock: respx.MockRouter
) -> None:
    serve_example_issuer(respx_mock)
    respx_mock.get("https://ats.example.com/beth.txt").respond(200, content=RESUME)
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        json={
            "resume_url": "https://ats.example.com/beth.txt",
            "links": [ASSERTION_URL],
            "email": "nobody@example.org",
            "role": ROLE,
        },
    )
    assert response.status_code == 202, response.text
    done = await finished(running, response.json()["id"])
    report = done["report"]
    assert fit_of(report) == [
        ("CKA", "required", "claimed"),
        ("Awesome Robotics", "required", "proven"),
        ("CISSP", "preferred", "missing"),
    ]
    assert (report["role_fit"]["required_proven"], report["role_fit"]["required_total"]) == (1, 2)
    async with running.runtime.sessions() as session:
        record = await session.get(VerificationRecord, response.json()["id"])
    assert record is not None and record.role == ROLE
    pdf = await running.client.get(
        f"/api/v1/verifications/{response.json()['id']}/report.pdf", headers=auth(running)
    )
    with pdfplumber.open(io.BytesIO(pdf.content)) as document:
        assert "1 of 2 required proven" in (document.pages[0].extract_text() or "")


async def test_a_job_description_as_a_multipart_field(running: Running) -> None:
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("beth.txt", RESUME, "text/plain")},
        data={"role": JOB_DESCRIPTION},
    )
    assert response.status_code == 202, response.text
    report = (await finished(running, response.json()["id"]))["report"]
    assert fit_of(report) == [("CKA", "required", "claimed"), ("CISSP", "preferred", "missing")]


async def test_no_role_no_role_fit(running: Running) -> None:
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        files={"file": ("beth.txt", RESUME, "text/plain")},
    )
    report = (await finished(running, response.json()["id"]))["report"]
    assert "role_fit" not in report


@pytest.mark.parametrize(
    ("role", "message"),
    [
        (["CKA"], "must be text or"),
        ({"needed": ["CKA"]}, "unknown keys"),
        ({"required": "CKA"}, "list of strings"),
        ({"required": ["CKA"], "text": "CKA"}, "text"),
        ("x" * 20_001, "longer than 20000"),
        ({"required": ["CKA"] * 101}, "more than 100"),
        ({"required": [{"at_least": 2, "any_of": "CKA, CKAD"}]}, "any_of must be a list"),
        ({"required": [{"at_least": 0, "any_of": ["CKA"]}]}, "whole number of 1 or more"),
    ],
)
async def test_a_role_of_a_bad_shape_is_400_with_a_sentence(
    running: Running, role: object, message: str
) -> None:
    response = await running.client.post(
        "/api/v1/verifications",
        headers=auth(running),
        json={"resume_url": "https://ats.example.com/beth.txt", "role": role},
    )
    assert response.status_code == 400, response.text
    assert message in response.json()["detail"]


async def test_the_web_form_takes_a_pasted_or_uploaded_job_description(
    running: Running, tmp_path: Path
) -> None:
    csrf = await sign_in(running.client)
    page = await running.client.get("/")
    assert 'name="role"' in page.text and 'name="role_file"' in page.text
    for fields, files in (
        ({"role": JOB_DESCRIPTION}, {}),
        ({}, {"role_file": ("role.txt", JOB_DESCRIPTION.encode(), "text/plain")}),
    ):
        response = await running.client.post(
            "/verifications",
            data={"csrf_token": csrf, **fields},
            files={"resume": ("beth.txt", RESUME, "text/plain"), **files},
        )
        assert response.status_code == 303, response.text
        verification_id = response.headers["location"].rsplit("/", 1)[1]
        report = (await finished(running, verification_id))["report"]
        assert fit_of(report) == [("CKA", "required", "claimed"), ("CISSP", "preferred", "missing")]
    both = await running.client.post(
        "/verifications",
        data={"csrf_token": csrf, "role": JOB_DESCRIPTION},
        files={
            "resume": ("beth.txt", RESUME, "text/plain"),
            "role_file": ("role.txt", JOB_DESCRIPTION.encode(), "text/plain"),
        },
    )
    assert both.status_code == 400 and "not both" in both.text
    photo = await running.client.post(
        "/verifications",
        data={"csrf_token": csrf},
        files={
            "resume": ("beth.txt", RESUME, "text/plain"),
            "role_file": ("role.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
        },
    )
    assert photo.status_code == 422 and "job description file" in photo.text


async def test_the_ats_webhook_takes_a_role_and_refuses_a_bad_one(tmp_path: Path) -> None:
    async for app in serve(tmp_path, webhook_secret=SECRET, workers=0):
        counted = {"required": [{"at_least": 2, "any_of": ["CKA", "CKAD", "CKS"]}]}
        too_many = {"required": [{"at_least": 3, "any_of": ["CKA", "CKAD"]}]}
        cases = (
            (ROLE, 202, ""),
            (counted, 202, ""),
            ({"required": 3}, 400, "list of strings"),
            (too_many, 400, "at least 3 of only 2"),
        )
        for number, (role, status, message) in enumerate(cases):
            event = {
                "type": "verification.requested",
                "data": {"resume_url": "https://ats.example.com/beth.txt", "role": role},
            }
            body = json.dumps(event).encode()
            headers = sign_standard(SECRET, webhook_id=f"msg_{number}", body=body)
            response = await app.client.post(
                ATS, content=body, headers=headers | {"Content-Type": "application/json"}
            )
            assert response.status_code == status, response.text
            if status == 202:
                async with app.runtime.sessions() as session:
                    record = await session.get(VerificationRecord, response.json()["id"])
                assert record is not None and record.role == role
            else:
                assert message in response.json()["detail"]


def test_the_callback_summary_carries_the_figure_only_with_a_role() -> None:
    report = {"id": "r", "score": {"overall": 40}, "claims": []}
    assert "role_fit" not in verifications.summary("v", report)
    with_fit = report | {
        "role_fit": {"required_proven": 1, "required_total": 2, "requirements": []}
    }
    assert verifications.summary("v", with_fit)["role_fit"] == {
        "required_proven": 1,
        "required_total": 2,
    }
