"""Webhook signatures: Standard Webhooks (inbound and outbound) and Greenhouse (inbound).

Both are HMAC-SHA256 over the raw body; neither may be checked against a re-serialised body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


class SignatureError(Exception):
    """A webhook whose signature, timestamp or headers do not hold; answered with 401."""


def verify_standard(secret: str, body: bytes, headers: Mapping[str, str]) -> tuple[str, Any]:
    """Check a Standard Webhooks request; returns its ``webhook-id`` and parsed JSON body.

    The timestamp must be within five minutes of now (the reference libraries' tolerance).
    """
    try:
        payload = Webhook(secret).verify(body, dict(headers))
    except WebhookVerificationError as error:
        raise SignatureError(str(error)) from None
    # The library lets malformed headers and bodies escape as these; they are bad requests too.
    except (ValueError, UnicodeDecodeError, json.JSONDecodeError):
        raise SignatureError("Malformed webhook signature headers or body") from None
    webhook_id = next(value for key, value in headers.items() if key.lower() == "webhook-id")
    return webhook_id, payload


def sign_standard(
    secret: str, *, webhook_id: str, body: bytes, timestamp: datetime | None = None
) -> dict[str, str]:
    """The three Standard Webhooks headers for an outbound request."""
    timestamp = timestamp or datetime.now(UTC)
    signature = Webhook(secret).sign(webhook_id, timestamp, body.decode("utf-8"))
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signature,
    }


def verify_greenhouse(secret: str, body: bytes, signature: str | None) -> None:
    """Check Greenhouse's ``Signature: sha256 <hex>`` header, an HMAC of the raw body."""
    if not signature:
        raise SignatureError("Missing Signature header")
    scheme, _, digest = signature.strip().partition(" ")
    if scheme.lower() != "sha256" or not digest:
        raise SignatureError("Signature header is not of the form 'sha256 <hex>'")
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, digest.strip().lower()):
        raise SignatureError("Signature does not match the body")
