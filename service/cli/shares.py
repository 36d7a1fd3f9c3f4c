"""``credlens share``: read-only links to a report for hiring managers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from service.cli.common import (
    WORKSPACE_HELP,
    app,
    fail,
    public_base_url,
    with_runtime,
    workspace_id,
)
from service.permissions import DEFAULT_WORKSPACE

if TYPE_CHECKING:
    from service.runtime import Runtime
    from service.shares import CreatedShare, ShareSummary

share_app = typer.Typer(
    help="Share links: a report's page and PDF, read-only, for a hiring manager.",
    no_args_is_help=True,
)
app.add_typer(share_app, name="share")

VerificationArgument = Annotated[str, typer.Argument(help="The finished verification's id.")]
WorkspaceOption = Annotated[str, typer.Option(help=WORKSPACE_HELP)]


@share_app.command("create")
def share_create(
    verification_id: VerificationArgument,
    days: Annotated[int, typer.Option(min=1, max=90, help="Days the link works.")] = 7,
    passcode: Annotated[
        bool, typer.Option("--passcode", help="Protect it with a passcode, printed once.")
    ] = False,
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
) -> None:
    """Make a share link: print it (and its passcode, to send apart), shown only once."""
    from service import audit, shares
    from service.verifications import RequestError

    base_url = public_base_url()

    async def create(runtime: Runtime) -> CreatedShare:
        return await shares.create(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=await workspace_id(runtime, workspace),
            actor=audit.Actor.cli(),
            base_url=base_url,
            days=days,
            passcode=passcode,
        )

    try:
        created = with_runtime(create)
    except RequestError as error:
        fail(str(error))
    typer.echo(created.url)
    expires = created.expires_at.strftime("%Y-%m-%d %H:%M UTC")
    typer.echo(f"Share link {created.id}: until {expires}.", err=True)
    if created.passcode:
        typer.echo(f"Passcode (send it apart from the link): {created.passcode}", err=True)


@share_app.command("list")
def share_list(
    verification_id: VerificationArgument, workspace: WorkspaceOption = DEFAULT_WORKSPACE
) -> None:
    """List a report's share links: id, dates, state, passcode, views; never the links."""
    from service import shares

    async def listing(runtime: Runtime) -> list[ShareSummary]:
        from service import verifications

        scope = await workspace_id(runtime, workspace)
        if (
            await verifications.get(
                runtime=runtime, verification_id=verification_id, workspace_id=scope
            )
            is None
        ):
            fail(f"no such verification in the workspace {workspace}")
        return await shares.list_for(
            runtime=runtime, verification_id=verification_id, workspace_id=scope
        )

    for item in with_runtime(listing):
        state = "withdrawn" if item.revoked else ("expired" if item.expired else "open")
        typer.echo(
            f"{item.id}\tmade {item.created_at:%Y-%m-%d %H:%M}\tuntil {item.expires_at:%Y-%m-%d}"
            f"\t{state}\t{'passcode' if item.passcode else 'no passcode'}\t{item.views} views"
        )


@share_app.command("revoke")
def share_revoke(
    verification_id: VerificationArgument,
    share_id: Annotated[str, typer.Argument(help="The link's id (credlens share list).")],
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
) -> None:
    """Withdraw a share link: it opens nothing from now on."""
    from service import shares

    async def revoke(runtime: Runtime) -> bool:
        return await shares.revoke(
            runtime=runtime,
            verification_id=verification_id,
            share_id=share_id,
            workspace_id=await workspace_id(runtime, workspace),
        )

    if not with_runtime(revoke):
        fail(f"no such share link on that verification in the workspace {workspace}")
    typer.echo(f"Withdrew the share link {share_id}.")
