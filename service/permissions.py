"""Roles and the default workspace's name: plain values, importable without the database
(the CLI's options name them while ``credlens --help`` loads no driver)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """What a user or an API key may do in its workspace; each role may do all that the
    roles below it (``ROLE_RANK``) may."""

    VIEWER = "viewer"
    RECRUITER = "recruiter"
    ADMIN = "admin"


#: Roles in increasing power: a check for one role admits every role ranked above it.
ROLE_RANK = {Role.VIEWER: 0, Role.RECRUITER: 1, Role.ADMIN: 2}
#: The workspace made by the migration, so at first start; CLI options default to it.
DEFAULT_WORKSPACE = "default"
