"""``credlens workspace``: the teams, or an agency's clients, whose data is kept apart."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated

import typer

from service.cli.common import app, fail, with_runtime

if TYPE_CHECKING:
    from service.runtime import Runtime
    from service.storage.models import Workspace

workspace_app = typer.Typer(
    help="Workspaces: each one's users, keys and verifications see nothing of another's.",
    no_args_is_help=True,
)
app.add_typer(workspace_app, name="workspace")

#: Names go in commands and settings (CREDLENS_WEBHOOK_WORKSPACE): plain words only.
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


@workspace_app.command("create")
def workspace_create(
    name: Annotated[str, typer.Argument(help="Lower-case letters, digits, '-' and '_'.")],
) -> None:
    """Make a workspace; then give it users and keys with --workspace."""
    if not NAME_PATTERN.fullmatch(name):
        fail(f"{name!r} is not a workspace name: use a-z, 0-9, '-' and '_' (at most 100)")

    from service.storage.repositories.accounts import WorkspaceRepository

    async def create(runtime: Runtime) -> None:
        async with runtime.sessions() as session, session.begin():
            workspaces = WorkspaceRepository(session)
            if await workspaces.by_name(name) is not None:
                fail(f"a workspace named {name!r} exists already")
            await workspaces.create(name)

    with_runtime(create)
    typer.echo(f"Created the workspace {name}.")


@workspace_app.command("list")
def workspace_list() -> None:
    """List the workspaces: number, name, date made."""
    from service.storage.repositories.accounts import WorkspaceRepository

    async def listing(runtime: Runtime) -> list[Workspace]:
        async with runtime.sessions() as session:
            return await WorkspaceRepository(session).list_all()

    for workspace in with_runtime(listing):
        typer.echo(f"{workspace.id}\t{workspace.name}\tmade {workspace.created_at:%Y-%m-%d}")
