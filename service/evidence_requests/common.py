"""What the parts of evidence requests share: the job's name, the limits, the kinds of
answer, and the links' tokens."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Literal

import reports
from service.crypto import derive_key
from verifiers import Verdict

EVIDENCE_JOB = "evidence"
#: Visible on every link's token so people and secret scanners recognise one.
TOKEN_PREFIX = "cle_"
#: 32 random bytes (256 bits) in URL-safe base64 without padding.
TOKEN_RANDOM_BYTES = 32
_TOKEN_PATTERN = re.compile(rf"^{TOKEN_PREFIX}[A-Za-z0-9_-]{{43}}$")
#: Verdicts that say nothing either way: the claims a request asks about by default.
NOT_DEFINITIVE = frozenset({Verdict.UNVERIFIED, Verdict.UNSUPPORTED, Verdict.UNREACHABLE})
MAX_MESSAGE_CHARS = 2000
MAX_LINK_CHARS = 4096
MAX_CREDENTIAL_ID_CHARS = 200
MAX_EXPIRY_DAYS = 90

AnswerKind = Literal["link", "file", "credential_id", "withdraw"]
ANSWER_SOURCES: dict[str, reports.HistorySource] = {
    "link": reports.HistorySource.CANDIDATE_LINK,
    "file": reports.HistorySource.CANDIDATE_FILE,
    "credential_id": reports.HistorySource.CANDIDATE_ID,
    "withdraw": reports.HistorySource.CANDIDATE_WITHDRAWAL,
}


class RequestNotFound(Exception):
    """A token that opens nothing: wrong, expired or revoked (deliberately not said which)."""


# -- tokens -------------------------------------------------------------------------------


def new_token() -> str:
    """A fresh link token: the prefix and 256 random bits."""
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_RANDOM_BYTES)


def token_hash(secret: str, token: str) -> str:
    """What the database keeps of a token: an HMAC under a key derived for this purpose, so
    a stolen table alone cannot be used to test guesses."""
    key = derive_key(secret, "credlens/evidence-requests/v1")
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def is_well_formed(token: str) -> bool:
    """Whether a token has our shape; others are refused without a database lookup."""
    return bool(_TOKEN_PATTERN.fullmatch(token))


def candidate_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/evidence/{token}"
