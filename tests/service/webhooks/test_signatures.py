"""Webhook signatures: valid, wrong secret, stale or future timestamp, malformed, tampered."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import pytest

from service.webhooks.signatures import (
    SignatureError,
    sign_standard,
    verify_greenhouse,
    verify_standard,
)

SECRET = "whsec_" + base64.b64encode(b"a-32-byte-long-secret-for-tests!").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another-32-byte-secret-for-tests").decode()
BODY = json.dumps({"type": "verification.requested", "data": {"name": "Zoë"}}).encode()


def test_standard_round_trip() -> None:
    headers = sign_standard(SECRET, webhook_id="msg_1", body=BODY)

    webhook_id, payload = verify_standard(SECRET, BODY, headers)

    assert webhook_id == "msg_1"
    assert payload["data"]["name"] == "Zoë"


def test_standard_accepts_any_listed_signature_for_rotation() -> None:
    good = sign_standard(SECRET, webhook_id="msg_1", body=BODY)
    stale = sign_standard(OTHER_SECRET, webhook_id="msg_1", body=BODY)
    headers = good | {
        "webhook-signature": f"{stale['webhook-signature']} {good['webhook-signature']}"
    }

    assert verify_standard(SECRET, BODY, headers)[0] == "msg_1"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda h, b: (sign_standard(OTHER_SECRET, webhook_id="msg_1", body=BODY), b),
        lambda h, b: (h, b.replace(b"Zo", b"Jo")),
        lambda h, b: (h | {"webhook-id": "msg_2"}, b),
        lambda h, b: (
            sign_standard(
                SECRET,
                webhook_id="msg_1",
                body=BODY,
                timestamp=datetime.now(UTC) - timedelta(minutes=6),
            ),
            b,
        ),
        lambda h, b: (
            sign_standard(
                SECRET,
                webhook_id="msg_1",
                body=BODY,
                timestamp=datetime.now(UTC) + timedelta(minutes=6),
            ),
            b,
        ),
        lambda h, b: ({k: v for k, v in h.items() if k != "webhook-timestamp"}, b),
        lambda h, b: (h | {"webhook-signature": "garbage"}, b),
        lambda h, b: (h | {"webhook-timestamp": "yesterday"}, b),
        lambda h, b: (h, b"\xff\xfe not utf-8"),
    ],
    ids=[
        "wrong-secret",
        "tampered-body",
        "other-id",
        "stale",
        "future",
        "missing-timestamp",
        "malformed-signature",
        "malformed-timestamp",
        "not-utf8",
    ],
)
def test_standard_refuses(tamper) -> None:  # type: ignore[no-untyped-def]
    headers, body = tamper(sign_standard(SECRET, webhook_id="msg_1", body=BODY), BODY)

    with pytest.raises(SignatureError):
        verify_standard(SECRET, body, headers)


def greenhouse_signature(secret: str, body: bytes) -> str:
    return "sha256 " + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_greenhouse_valid() -> None:
    verify_greenhouse("gh-secret", BODY, greenhouse_signature("gh-secret", BODY))


@pytest.mark.parametrize(
    "signature",
    [None, "", "sha256", "sha1 abc", "sha256=abc", greenhouse_signature("other", BODY)],
)
def test_greenhouse_refuses(signature: str | None) -> None:
    with pytest.raises(SignatureError):
        verify_greenhouse("gh-secret", BODY, signature)


def test_greenhouse_checks_the_raw_body_not_a_reserialisation() -> None:
    raw = b'{"payload": {"name": "\\u003cb\\u003e"}}'
    signature = greenhouse_signature("gh-secret", raw)

    verify_greenhouse("gh-secret", raw, signature)
    with pytest.raises(SignatureError):
        verify_greenhouse("gh-secret", json.dumps(json.loads(raw)).encode(), signature)
