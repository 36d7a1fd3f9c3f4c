"""``credlens user`` and ``credlens apikey``: who may sign in and which systems may call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from service.cli.common import WORKSPACE_HELP, app, fail, with_runtime, workspace_id
from service.permissions import DEFAULT_WORKSPACE, Role

if TYPE_CHECKING:
    from service.runtime import Runtime
    from service.storage import ApiKey, User

user_app = typer.Typer(help="Recruiters' accounts for the web app.", no_args_is_help=True)
apikey_app = typer.Typer(help="API keys for applicant tracking systems.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(apikey_app, name="apikey")


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Argument(help="The recruiter's email; it signs them in.")],
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            help="Asked for when not given; at least 12 characters.",
        ),
    ],
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
    role: Annotated[
        Role, typer.Option(help="viewer reads; recruiter also verifies; admin also manages.")
    ] = Role.ADMIN,
) -> None:
    """Make an account for the web app, in a workspace, with a role."""
    if len(password) < 12:
        fail("the password must have at least 12 characters")
    if "@" not in email:
        fail(f"{email!r} is not an email address")

    from service.storage import UserRepository

    async def create(runtime: Runtime) -> None:
        scope = await workspace_id(runtime, workspace)
        async with runtime.sessions() as session, session.begin():
            users = UserRepository(session)
            if await users.get_by_email(email) is not None:
                fail(f"an account for {email} exists already")
            await users.create(email=email, password=password, workspace_id=scope, role=role)

    with_runtime(create)
    typer.echo(f"Created the account {email} ({role.value} in {workspace}).")


@user_app.command("list")
def user_list(
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """List a workspace's accounts: number, email, role."""
    from service.storage import UserRepository

    async def listing(runtime: Runtime) -> list[User]:
        scope = await workspace_id(runtime, workspace)
        async with runtime.sessions() as session:
            return await UserRepository(session).list_all(workspace_id=scope)

    for user in with_runtime(listing):
        typer.echo(f"{user.id}	{user.email}	{user.role}")


@apikey_app.command("create")
def apikey_create(
    name: Annotated[str, typer.Argument(help="Who uses the key, e.g. 'greenhouse-prod'.")],
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
    role: Annotated[
        Role, typer.Option(help="viewer reads; recruiter also verifies; admin also manages.")
    ] = Role.RECRUITER,
) -> None:
    """Make an API key in a workspace, with a role; printed once, stored only as a hash."""
    from service.storage import ApiKeyRepository

    async def create(runtime: Runtime) -> tuple[int, str]:
        scope = await workspace_id(runtime, workspace)
        async with runtime.sessions() as session, session.begin():
            key, token = await ApiKeyRepository(session, runtime.api_keys).create(
                name, workspace_id=scope, role=role
            )
            return key.id, token

    key_id, token = with_runtime(create)
    typer.echo(
        f"API key {key_id} ({name}, {role.value} in {workspace}); shown once, keep it secret:",
        err=True,
    )
    typer.echo(token)


@apikey_app.command("revoke")
def apikey_revoke(
    key_id: Annotated[int, typer.Argument(help="The key's number.")],
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """Revoke an API key; requests carrying it are refused from now on."""
    from service.storage import ApiKeyRepository

    async def revoke(runtime: Runtime) -> bool:
        scope = await workspace_id(runtime, workspace)
        async with runtime.sessions() as session, session.begin():
            return await ApiKeyRepository(session, runtime.api_keys).revoke(
                key_id, workspace_id=scope
            )

    if not with_runtime(revoke):
        fail(f"no active API key {key_id} in the workspace {workspace}")
    typer.echo(f"Revoked API key {key_id}.")


@apikey_app.command("list")
def apikey_list(
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """List a workspace's API keys: number, name, prefix, role, dates; never the keys."""
    from service.storage import ApiKeyRepository

    async def listing(runtime: Runtime) -> list[ApiKey]:
        scope = await workspace_id(runtime, workspace)
        async with runtime.sessions() as session:
            return await ApiKeyRepository(session, runtime.api_keys).list_all(workspace_id=scope)

    for key in with_runtime(listing):
        state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
        used = f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never"
        typer.echo(f"{key.id}\t{key.name}\t{key.prefix}…\t{key.role}\t{state}\tlast used {used}")
