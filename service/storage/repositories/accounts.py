"""Who may use credlens: recruiters' accounts and API keys."""

from __future__ import annotations

import functools
import secrets
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from service.crypto import (
    ApiKeyHasher,
    api_key_display_prefix,
    generate_api_key,
    hash_password,
    is_well_formed_api_key,
    verify_password,
)
from service.permissions import Role
from service.storage.models import (
    AllWorkspaces,
    ApiKey,
    User,
    Workspace,
    WorkspaceScope,
    utcnow,
)

#: ``last_used_at`` is refreshed at most this often, so authenticating is not a write per request.
API_KEY_TOUCH_INTERVAL = timedelta(minutes=1)


class WorkspaceRepository:
    """Workspaces: a team's, or an agency's client's, users, keys and verifications."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(self, name: str) -> Workspace:
        """A new workspace; raises ``IntegrityError`` if the name is taken."""
        workspace = Workspace(name=name, created_at=utcnow())
        self.session.add(workspace)
        await self.session.flush()
        return workspace

    async def by_name(self, name: str) -> Workspace | None:
        """The workspace with this name, if any."""
        return await self.session.scalar(select(Workspace).where(Workspace.name == name))

    async def get(self, workspace_id: int) -> Workspace | None:
        """The workspace with this id, if any."""
        return await self.session.get(Workspace, workspace_id)

    async def list_all(self) -> list[Workspace]:
        """Every workspace, oldest first."""
        return list((await self.session.scalars(select(Workspace).order_by(Workspace.id))).all())


def _in(workspace_id: WorkspaceScope) -> bool:
    return not isinstance(workspace_id, AllWorkspaces)


class ApiKeyRepository:
    """API keys, stored as HMACs only; the key itself is shown once, at creation."""

    def __init__(self, session: AsyncSession, hasher: ApiKeyHasher) -> None:
        self.session = session
        self.hasher = hasher

    async def create(
        self, name: str, *, workspace_id: int, role: Role = Role.RECRUITER
    ) -> tuple[ApiKey, str]:
        """A new key of the workspace: the stored record and the plaintext key to show once."""
        key = generate_api_key()
        record = ApiKey(
            name=name,
            prefix=api_key_display_prefix(key),
            key_hash=self.hasher.hash(key),
            workspace_id=workspace_id,
            role=role,
        )
        self.session.add(record)
        await self.session.flush()
        return record, key

    async def authenticate(self, key: str) -> ApiKey | None:
        """The live key matching ``key``, with its last use noted; None otherwise."""
        if not is_well_formed_api_key(key):
            return None
        record = await self.session.scalar(
            select(ApiKey).where(ApiKey.key_hash == self.hasher.hash(key))
        )
        if record is None or record.revoked_at is not None:
            return None
        now = utcnow()
        if record.last_used_at is None or now - record.last_used_at >= API_KEY_TOUCH_INTERVAL:
            record.last_used_at = now
            await self.session.flush()
        return record

    async def revoke(self, key_id: int, *, workspace_id: WorkspaceScope) -> bool:
        """Revoke a key of the workspace; False if it has no such live key."""
        query = update(ApiKey).where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
        if _in(workspace_id):
            query = query.where(ApiKey.workspace_id == workspace_id)
        result = await self.session.execute(query.values(revoked_at=utcnow()).returning(ApiKey.id))
        return result.first() is not None

    async def list_all(self, *, workspace_id: WorkspaceScope) -> list[ApiKey]:
        """The workspace's keys, live or revoked, oldest first."""
        query = select(ApiKey).order_by(ApiKey.id)
        if _in(workspace_id):
            query = query.where(ApiKey.workspace_id == workspace_id)
        return list((await self.session.scalars(query)).all())


def normalise_email(email: str) -> str:
    """Addresses compare case-insensitively and without surrounding blanks."""
    return email.strip().lower()


@functools.cache
def _dummy_password_hash() -> str:
    """Verified against when an address is unknown, so a miss costs as long as a wrong
    password; made at the first miss (scrypt is slow on purpose), not at import."""
    return hash_password(secrets.token_urlsafe(16))


class UserRepository:
    """Recruiters' accounts."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(
        self, *, email: str, password: str, workspace_id: int, role: Role = Role.ADMIN
    ) -> User:
        """A new account in the workspace; raises ``IntegrityError`` if the address is taken."""
        user = User(
            email=normalise_email(email),
            password_hash=hash_password(password),
            workspace_id=workspace_id,
            role=role,
        )
        self.session.add(user)
        await self.session.flush()
        return user

    async def get(self, user_id: int) -> User | None:
        """The user with this id, if any (the session's own user: it names its workspace)."""
        return await self.session.get(User, user_id)

    async def list_all(self, *, workspace_id: WorkspaceScope) -> list[User]:
        """The workspace's users, oldest first."""
        query = select(User).order_by(User.id)
        if _in(workspace_id):
            query = query.where(User.workspace_id == workspace_id)
        return list((await self.session.scalars(query)).all())

    async def get_by_email(self, email: str) -> User | None:
        """The user with this address, if any."""
        return await self.session.scalar(select(User).where(User.email == normalise_email(email)))

    async def authenticate(self, *, email: str, password: str) -> User | None:
        """The user if the password is right; None otherwise, in about the same time."""
        user = await self.get_by_email(email)
        if user is None:
            verify_password(password, _dummy_password_hash())
            return None
        return user if verify_password(password, user.password_hash) else None

    async def set_password(self, user_id: int, password: str) -> None:
        """Replace a user's password."""
        await self.session.execute(
            update(User).where(User.id == user_id).values(password_hash=hash_password(password))
        )
