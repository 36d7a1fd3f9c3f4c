"""``credlens user`` and ``credlens apikey``: who may sign in and which systems may call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from service.cli.common import app, fail, with_runtime

if TYPE_CHECKING:
    from service.runtime import Runtime
    from service.storage import ApiKey

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
) -> None:
    """Make an account for the web app."""
    if len(password) < 12:
        fail("the password must have at least 12 characters")
    if "@" not in email:
        fail(f"{email!r} is not an email address")

    from service.storage import UserRepository

    async def create(runtime: Runtime) -> None:
        async with runtime.sessions() as session, session.begin():
            users = UserRepository(session)
            if await users.get_by_email(email) is not None:
                fail(f"an account for {email} exists already")
            await users.create(email=email, password=password)

    with_runtime(create)
    typer.echo(f"Created the account {email}.")


@apikey_app.command("create")
def apikey_create(
    name: Annotated[str, typer.Argument(help="Who uses the key, e.g. 'greenhouse-prod'.")],
) -> None:
    """Make an API key; it is printed once and stored only as a hash."""
    from service.storage import ApiKeyRepository

    async def create(runtime: Runtime) -> tuple[int, str]:
        async with runtime.sessions() as session, session.begin():
            key, token = await ApiKeyRepository(session, runtime.api_keys).create(name)
            return key.id, token

    key_id, token = with_runtime(create)
    typer.echo(f"API key {key_id} ({name}); shown once, keep it secret:", err=True)
    typer.echo(token)


@apikey_app.command("revoke")
def apikey_revoke(key_id: Annotated[int, typer.Argument(help="The key's number.")]) -> None:
    """Revoke an API key; requests carrying it are refused from now on."""
    from service.storage import ApiKeyRepository

    async def revoke(runtime: Runtime) -> bool:
        async with runtime.sessions() as session, session.begin():
            return await ApiKeyRepository(session, runtime.api_keys).revoke(key_id)

    if not with_runtime(revoke):
        fail(f"no active API key {key_id}")
    typer.echo(f"Revoked API key {key_id}.")


@apikey_app.command("list")
def apikey_list() -> None:
    """List API keys: number, name, prefix, dates; never the keys."""
    from service.storage import ApiKeyRepository

    async def listing(runtime: Runtime) -> list[ApiKey]:
        async with runtime.sessions() as session:
            return await ApiKeyRepository(session, runtime.api_keys).list_all()

    for key in with_runtime(listing):
        state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
        used = f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never"
        typer.echo(f"{key.id}\t{key.name}\t{key.prefix}…\t{state}\tlast used {used}")
