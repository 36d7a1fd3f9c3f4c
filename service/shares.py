"""Share links: a read-only view of one report, for a hiring manager who has no account.

A recruiter (web app), an API client or an operator (CLI) makes a link on a finished
verification of their workspace. The link opens the report page and its PDF and nothing
else; it expires (7 days by default, 90 at most), can be withdrawn, and may be protected by
a passcode the service makes and shows once, to be sent apart from the link. The link's
token and the passcode are kept only as keyed hashes and compared in constant time; wrong
passcodes lock the link for a while. Every view is written to the audit trail.

Keyword-only functions, no SQL (that is in ``service.storage.repositories.shares``).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from service import audit
from service.crypto import derive_key
from service.runtime import Runtime
from service.storage import VerificationRepository, VerificationStatus
from service.storage.models import ShareLink, new_id, utcnow
from service.storage.repositories.shares import ShareLinkRepository
from service.verifications import RequestError

logger = logging.getLogger(__name__)

#: Visible on every share link's token, so people and secret scanners recognise one.
TOKEN_PREFIX = "cls_"
_TOKEN_PATTERN = re.compile(rf"^{TOKEN_PREFIX}[A-Za-z0-9_-]{{43}}$")
DEFAULT_DAYS = 7
MAX_DAYS = 90
#: Passcodes are read aloud or typed from a message: no 0/O, 1/l/I. 12 of 31 signs: 59 bits.
PASSCODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
PASSCODE_LENGTH = 12
#: Wrong passcodes in a row that lock a link, and for how long.
MAX_PASSCODE_TRIES = 5
LOCKOUT = timedelta(minutes=15)


class ShareNotFound(Exception):
    """A token that opens nothing: wrong, expired or withdrawn (deliberately not said which)."""


class ShareLocked(Exception):
    """Too many wrong passcodes: the link refuses every passcode until ``until``."""

    def __init__(self, until: datetime) -> None:
        super().__init__(until.isoformat())
        self.until = until


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def is_well_formed(token: str) -> bool:
    """Whether a token has our shape; others are refused without a database lookup."""
    return bool(_TOKEN_PATTERN.fullmatch(token))


def token_hash(secret: str, token: str) -> str:
    """What the database keeps of a token: an HMAC under a key derived for this purpose."""
    return hmac.new(
        derive_key(secret, "credlens/share-links/v1"), token.encode(), hashlib.sha256
    ).hexdigest()


def passcode_hash(secret: str, link_id: str, passcode: str) -> str:
    """What the database keeps of a passcode: an HMAC bound to its link, so a table alone
    cannot test guesses and one passcode's hash says nothing about another link's."""
    key = derive_key(secret, "credlens/share-passcodes/v1")
    return hmac.new(key, f"{link_id}\0{passcode}".encode(), hashlib.sha256).hexdigest()


def new_passcode() -> str:
    return "".join(secrets.choice(PASSCODE_ALPHABET) for _ in range(PASSCODE_LENGTH))


def share_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/share/{token}"


@dataclass(frozen=True)
class CreatedShare:
    """A new link: its URL and passcode are shown this once and never stored in clear."""

    id: str
    verification_id: str
    url: str
    expires_at: datetime
    passcode: str | None


@dataclass(frozen=True)
class ShareSummary:
    """A link as the report page, the API and the CLI list it: never its token."""

    id: str
    created_at: datetime
    expires_at: datetime
    revoked: bool
    expired: bool
    passcode: bool
    views: int


async def create(
    *,
    runtime: Runtime,
    verification_id: str,
    workspace_id: int,
    actor: audit.Actor,
    base_url: str,
    days: int | None = None,
    passcode: bool = False,
    user_id: int | None = None,
    api_key_id: int | None = None,
) -> CreatedShare:
    """Make a link to the workspace's finished verification; raises ``RequestError`` (404
    for no such verification in the workspace, 409 before its report is done)."""
    if days is not None and not 1 <= days <= MAX_DAYS:
        raise RequestError(f"A share link lasts between 1 and {MAX_DAYS} days.")
    token = new_token()
    code = new_passcode() if passcode else None
    async with runtime.sessions() as session, session.begin():
        record = await VerificationRepository(session).get(
            verification_id, workspace_id=workspace_id
        )
        if record is None:
            raise RequestError("No such verification.", status_code=404)
        if record.status != VerificationStatus.DONE or record.report is None:
            raise RequestError(
                f"The verification is {record.status}; share it once its report is done.",
                status_code=409,
            )
        link_id = new_id()
        link = await ShareLinkRepository(session).create(
            link_id=link_id,
            verification_id=verification_id,
            token_hash=token_hash(runtime.secret, token),
            passcode_hash=passcode_hash(runtime.secret, link_id, code) if code else None,
            expires_at=utcnow() + timedelta(days=days or DEFAULT_DAYS),
            user_id=user_id,
            api_key_id=api_key_id,
        )
        await audit.record(session, verification_id=verification_id, action="shared", actor=actor)
    logger.info("share link made: verification=%s passcode=%s", verification_id, bool(code))
    return CreatedShare(
        id=link.id,
        verification_id=verification_id,
        url=share_url(runtime.settings.public_url or base_url, token),
        expires_at=link.expires_at,
        passcode=code,
    )


async def list_for(
    *, runtime: Runtime, verification_id: str, workspace_id: int
) -> list[ShareSummary]:
    """The links of the workspace's verification, oldest first, with how often each was
    opened; none for a verification the workspace does not have."""
    now = utcnow()
    async with runtime.sessions() as session:
        links = await ShareLinkRepository(session).list_for(
            verification_id, workspace_id=workspace_id
        )
    views: dict[str, int] = {}
    if links:
        trail = await audit.trail(
            runtime.sessions, verification_ids=[verification_id], workspace_id=workspace_id
        )
        for event in trail:
            if event.actor_kind == "share-link" and event.actor_id is not None:
                views[event.actor_id] = views.get(event.actor_id, 0) + 1
    return [
        ShareSummary(
            id=link.id,
            created_at=link.created_at,
            expires_at=link.expires_at,
            revoked=link.revoked_at is not None,
            expired=link.expires_at <= now,
            passcode=link.passcode_hash is not None,
            views=views.get(link.id, 0),
        )
        for link in links
    ]


async def revoke(
    *, runtime: Runtime, verification_id: str, share_id: str, workspace_id: int
) -> bool:
    """Withdraw a link; False when the workspace's verification has no such link."""
    async with runtime.sessions() as session, session.begin():
        revoked = await ShareLinkRepository(session).revoke(
            verification_id=verification_id, share_id=share_id, workspace_id=workspace_id
        )
    if revoked:
        logger.info("share link withdrawn: verification=%s", verification_id)
    return revoked


async def open_link(*, runtime: Runtime, token: str) -> ShareLink:
    """The live link a token opens; ``ShareNotFound`` for a wrong, expired or withdrawn one."""
    if not is_well_formed(token):
        raise ShareNotFound
    async with runtime.sessions() as session:
        link = await ShareLinkRepository(session).by_token_hash(token_hash(runtime.secret, token))
    if link is None or link.revoked_at is not None or link.expires_at <= utcnow():
        raise ShareNotFound
    return link


async def check_passcode(*, runtime: Runtime, link: ShareLink, passcode: str) -> bool:
    """Whether ``passcode`` is the link's, compared in constant time; each wrong one counts,
    and ``MAX_PASSCODE_TRIES`` in a row lock the link (``ShareLocked``) for ``LOCKOUT``."""
    if link.passcode_hash is None:
        return True
    now = utcnow()
    if link.locked_until is not None and link.locked_until > now:
        raise ShareLocked(link.locked_until)
    given = passcode_hash(runtime.secret, link.id, passcode.strip().lower()[:100])
    right = hmac.compare_digest(given, link.passcode_hash)
    async with runtime.sessions() as session, session.begin():
        repository = ShareLinkRepository(session)
        if right:
            await repository.passcode_right(link.id)
            return True
        failures = await repository.passcode_wrong(link.id)
        if failures >= MAX_PASSCODE_TRIES:
            await repository.lock(link.id, until=now + LOCKOUT)
    logger.info("share link passcode wrong: link=%s failures=%d", link.id[:8], failures)
    if failures >= MAX_PASSCODE_TRIES:
        raise ShareLocked(now + LOCKOUT)
    return False
