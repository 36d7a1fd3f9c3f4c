"""Queries limited to one workspace's verifications, or to every workspace's."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select

from service.storage.models import AllWorkspaces, VerificationRecord, WorkspaceScope

T = TypeVar("T")


def scoped(query: Select[T], workspace_id: WorkspaceScope) -> Select[T]:
    """``query`` (which selects from verifications) limited to one workspace's, unless the
    scope is every workspace."""
    if isinstance(workspace_id, AllWorkspaces):
        return query
    return query.where(VerificationRecord.workspace_id == workspace_id)
