"""Signed webhooks with arbitrary JSON: answered 2xx or 400, never a server error."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from anyio.from_thread import BlockingPortal, start_blocking_portal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.webhooks.signatures import sign_standard
from tests.service.webhooks.conftest import (
    ATS,
    GREENHOUSE,
    GREENHOUSE_SECRET,
    SECRET,
    App,
    serve,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=15,
)
URLISH = st.sampled_from(
    [
        "https://files.example.com/cv.pdf",
        "http://127.0.0.1/cv.pdf",
        "file:///etc/passwd",
        "https://",
        "http://[::1",
        "https://exa mple.com/x",
        "javascript:alert(1)",
        "",
    ]
)
FIELD = URLISH | JSON
ATS_LIKE = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["verification.requested", "verification.completed"]) | JSON,
        "data": st.fixed_dictionaries(
            {},
            optional={
                "candidate": st.fixed_dictionaries(
                    {}, optional={"name": FIELD, "email": st.emails() | FIELD}
                )
                | JSON,
                "resume_url": FIELD,
                "links": st.lists(FIELD, max_size=3) | JSON,
                "callback_url": FIELD,
            },
        )
        | JSON,
    }
)
GOOD_URL = st.sampled_from(
    ["https://files.example.com/cv.pdf", "https://www.credly.com/badges/1", "http://a.example/"]
)
VALID_ATS = st.fixed_dictionaries(
    {
        "type": st.just("verification.requested"),
        "data": st.fixed_dictionaries(
            {"resume_url": GOOD_URL},
            optional={
                "candidate": st.fixed_dictionaries({}, optional={"name": st.text(max_size=40)}),
                "links": st.lists(GOOD_URL, max_size=3),
                "callback_url": GOOD_URL,
            },
        ),
    }
)
GREENHOUSE_LIKE = st.fixed_dictionaries(
    {
        "action": st.sampled_from(["ping", "new_candidate_application"]) | JSON,
        "payload": st.fixed_dictionaries(
            {
                "application": st.fixed_dictionaries(
                    {
                        "candidate": st.fixed_dictionaries(
                            {
                                "email_addresses": st.lists(
                                    st.fixed_dictionaries({"value": FIELD}), max_size=2
                                )
                                | JSON,
                                "website_addresses": st.lists(
                                    st.fixed_dictionaries({"value": FIELD}), max_size=2
                                )
                                | JSON,
                                "attachments": st.lists(
                                    st.fixed_dictionaries(
                                        {
                                            "type": st.just("resume") | FIELD,
                                            "url": GOOD_URL | FIELD,
                                        }
                                    ),
                                    max_size=2,
                                )
                                | JSON,
                            }
                        )
                        | JSON
                    }
                )
                | JSON
            }
        )
        | JSON,
    }
)


@asynccontextmanager
async def serving(tmp_path: Path) -> Any:
    async for app in serve(
        tmp_path, webhook_secret=SECRET, greenhouse_secret=GREENHOUSE_SECRET, workers=0
    ):
        yield app


async def post_ats(app: App, payload: Any) -> int:
    body = json.dumps(payload).encode()
    headers = sign_standard(SECRET, webhook_id=f"msg_{uuid.uuid4().hex}", body=body)
    return (await app.client.post(ATS, content=body, headers=headers)).status_code


async def post_greenhouse(app: App, payload: Any) -> int:
    body = json.dumps(payload).encode()
    digest = hmac.new(GREENHOUSE_SECRET.encode(), body, hashlib.sha256).hexdigest()
    headers = {"Signature": f"sha256 {digest}", "Greenhouse-Event-ID": uuid.uuid4().hex}
    return (await app.client.post(GREENHOUSE, content=body, headers=headers)).status_code


FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def run_against_app(tmp_path: Path, check: Any) -> None:
    portal: BlockingPortal
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(serving(tmp_path)) as app,
    ):
        check(portal, app)


def test_signed_ats_payloads_are_accepted_or_refused_never_failed(tmp_path: Path) -> None:
    statuses: list[int] = []

    def check(portal: BlockingPortal, app: App) -> None:
        @FUZZ
        @given(payload=VALID_ATS | ATS_LIKE | JSON)
        def one(payload: Any) -> None:
            status = portal.call(post_ats, app, payload)
            statuses.append(status)
            # 200 is the acknowledgement of an event type credlens does not act on.
            assert status in (200, 202, 400), (status, payload)
            if status == 200:
                assert isinstance(payload, dict)
                assert payload.get("type") != "verification.requested"

        one()

    run_against_app(tmp_path, check)
    # The strategies reach the acceptance and the refusal, so the property is not vacuous.
    assert {202, 400} <= set(statuses)
    assert len(statuses) >= 100


def test_signed_greenhouse_payloads_are_accepted_or_refused_never_failed(tmp_path: Path) -> None:
    statuses: list[int] = []

    def check(portal: BlockingPortal, app: App) -> None:
        @FUZZ
        @given(payload=GREENHOUSE_LIKE | JSON)
        def one(payload: Any) -> None:
            status = portal.call(post_greenhouse, app, payload)
            statuses.append(status)
            assert status in (200, 400), (status, payload)

        one()

    run_against_app(tmp_path, check)
    assert set(statuses) == {200, 400}
    assert len(statuses) >= 100
