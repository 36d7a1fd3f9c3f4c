"""Personal data: never in the logs, encrypted at rest, and gone after DELETE.

The whole flow runs (web upload, API upload, the jobs, the reports) while every log record is
kept; then the candidate's name, email, phone and a sentence of their résumé are searched for
in the logs, and after DELETE in every byte the service keeps on disk.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
import respx

from service.logs import configure_logging
from service.retention import purge_expired
from tests.service.conftest import (
    ASSERTION_URL,
    Running,
    found,
    sign_in,
    stored_bytes,
    wait_until_finished,
)
from tests.verifiers.ob2_issuer import serve_example_issuer

NAME = "Zofia Wiśniewska-Kowalczyk"
EMAIL = "zofia.private@example.net"
PHONE = "+48 601 234 567"
SENTENCE = "Led the Kraków cold-chain logistics migration"
RESUME = "\n".join(
    [NAME, f"{EMAIL} · {PHONE}", "", "Experience", f"{SENTENCE}, 2019–2024.", ""]
).encode()
SECRETS = [NAME, "Wiśniewska", EMAIL, PHONE, SENTENCE]


@pytest.fixture
def every_log_record(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    configure_logging()
    caplog.set_level(logging.DEBUG, logger="service")
    caplog.set_level(logging.DEBUG, logger="verifiers")
    caplog.set_level(logging.DEBUG, logger="extractors")
    caplog.set_level(logging.DEBUG, logger="reports")
    caplog.set_level(logging.INFO)
    return caplog


async def test_no_personal_data_in_logs_and_none_left_after_delete(
    running: Running, respx_mock: respx.MockRouter, every_log_record: pytest.LogCaptureFixture
) -> None:
    serve_example_issuer(respx_mock)
    key = {"Authorization": f"Bearer {running.api_key}"}
    csrf = await sign_in(running.client)
    web = await running.client.post(
        "/verifications",
        data={"csrf_token": csrf, "links": ASSERTION_URL, "email": EMAIL},
        files={"resume": ("zofia.txt", RESUME, "text/plain")},
    )
    web_id = web.headers["location"].rsplit("/", 1)[1]
    api = await running.client.post(
        "/api/v1/verifications",
        headers=key,
        files={"file": ("zofia.txt", RESUME, "text/plain")},
        data={"link": [ASSERTION_URL], "email": EMAIL},
    )
    api_id = api.json()["id"]
    for verification_id in (web_id, api_id):
        done = await wait_until_finished(
            running.client, f"/api/v1/verifications/{verification_id}", headers=key
        )
        assert done["report"]["candidate"]["name"] == NAME
        await running.client.get(f"/verifications/{verification_id}/report.pdf")

    logged = "\n".join(
        record.getMessage() + (record.exc_text or "") for record in every_log_record.records
    )
    assert every_log_record.records, "the flow logged nothing at all; the test would prove nothing"
    for secret in SECRETS:
        assert secret not in logged

    await running.runtime.engine.dispose()
    before = stored_bytes(running.runtime.settings.data_dir)
    assert found(NAME, before), "the report is stored, so the search must find the name"
    assert found(EMAIL, before)

    for verification_id in (web_id, api_id):
        deleted = await running.client.delete(
            f"/api/v1/verifications/{verification_id}", headers=key
        )
        assert deleted.status_code == 204
    await running.runtime.engine.dispose()  # let SQLite fold its write-ahead log back in

    on_disk = stored_bytes(running.runtime.settings.data_dir)
    for secret in SECRETS:
        assert not found(secret, on_disk), f"{secret!r} is still on disk after DELETE"


async def test_uploads_are_encrypted_at_rest(running: Running) -> None:
    key = {"Authorization": f"Bearer {running.api_key}"}
    response = await running.client.post(
        "/api/v1/verifications", headers=key, files={"file": ("zofia.txt", RESUME, "text/plain")}
    )
    assert response.status_code == 202
    await running.runtime.engine.dispose()

    on_disk = stored_bytes(running.runtime.settings.data_dir)
    assert not found(SENTENCE, on_disk)
    assert RESUME[:40] not in on_disk


@pytest.mark.parametrize("erase", ["delete", "purge"])
async def test_an_erasure_leaves_no_copy_in_the_write_ahead_log(
    running: Running, respx_mock: respx.MockRouter, erase: str
) -> None:
    """An idle connection elsewhere (another process, a backup tool) keeps SQLite from
    folding its log on close: the erasure itself must empty it."""
    serve_example_issuer(respx_mock)
    key = {"Authorization": f"Bearer {running.api_key}"}
    created = await running.client.post(
        "/api/v1/verifications",
        headers=key,
        files={"file": ("zofia.txt", RESUME, "text/plain")},
        data={"link": [ASSERTION_URL], "email": EMAIL},
    )
    verification_id = created.json()["id"]
    await wait_until_finished(
        running.client, f"/api/v1/verifications/{verification_id}", headers=key
    )
    database = running.runtime.settings.data_dir / "credlens.db"
    bystander = sqlite3.connect(database)
    try:
        assert found(NAME, stored_bytes(running.runtime.settings.data_dir))
        if erase == "delete":
            deleted = await running.client.delete(
                f"/api/v1/verifications/{verification_id}", headers=key
            )
            assert deleted.status_code == 204
        else:
            result = await purge_expired(
                running.runtime.sessions,
                retention_days=0,
                now=datetime.now(UTC) + timedelta(days=1),
            )
            assert result.verifications == 1
        on_disk = stored_bytes(running.runtime.settings.data_dir)
    finally:
        bystander.close()
    for secret in SECRETS:
        assert not found(secret, on_disk), f"{secret!r} is still on disk after {erase}"
