"""``credlens audit`` and ``credlens subject``: who did what to a verification, and a
candidate's access and erasure requests (see docs/security.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from service.cli.common import app, fail, with_runtime, write_output

if TYPE_CHECKING:
    from service.erasure import Erased
    from service.runtime import Runtime
    from service.storage import AuditEvent
    from service.subjects import Export

subject_app = typer.Typer(
    help="A candidate's rights: export or erase everything held about their email.",
    no_args_is_help=True,
)
app.add_typer(subject_app, name="subject")

#: Exit status when the person at the terminal declines an erasure: nothing was done.
DECLINED = 1


@app.command("audit")
def audit_trail(
    verification_id: Annotated[str, typer.Argument(help="The verification's id.")],
) -> None:
    """Show who created, viewed, downloaded, shared or deleted a verification, and when."""
    from service import audit
    from service.storage.models import ALL_WORKSPACES

    async def read(runtime: Runtime) -> list[AuditEvent]:
        return await audit.trail(
            runtime.sessions, verification_ids=[verification_id], workspace_id=ALL_WORKSPACES
        )

    events = with_runtime(read)
    if not events:
        fail(f"no audit events for {verification_id!r} (never existed, or past retention)")
    for event in events:
        action = f"{event.action} ({event.detail})" if event.detail else event.action
        where = f" from {event.client_address}" if event.client_address else ""
        typer.echo(
            f"{event.at.strftime('%Y-%m-%d %H:%M:%S')} UTC\t{action}\t{event.actor_label}{where}"
        )


@subject_app.command("export")
def subject_export(
    email: Annotated[str, typer.Argument(help="The candidate's email, in any case.")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Write the ZIP here (default: standard output, if not a terminal)."
        ),
    ] = None,
) -> None:
    """Everything held about a candidate in every workspace, as a ZIP of JSON and PDF: the
    answer to an access request."""
    from service import audit, subjects
    from service.sandbox import Sandbox, sandbox_in_use
    from service.storage.models import ALL_WORKSPACES
    from service.verifications import RequestError

    if out is None and sys.stdout.isatty():
        fail("the export is a ZIP file: pass --out FILE.zip or redirect standard output")

    async def run(runtime: Runtime) -> Export:
        return await subjects.export(
            runtime=runtime, email=email, workspace_id=ALL_WORKSPACES, actor=audit.Actor.cli()
        )

    try:
        with sandbox_in_use(Sandbox(workers=1)):
            exported = with_runtime(run)
    except RequestError as error:
        fail(str(error))
    if out is None:
        sys.stdout.buffer.write(exported.data)
        sys.stdout.buffer.flush()
    else:
        write_output(out, exported.data)
    typer.echo(f"Exported {exported.verifications} verifications.", err=True)


@subject_app.command("erase")
def subject_erase(
    email: Annotated[str, typer.Argument(help="The candidate's email, in any case.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Erase everything held about a candidate in every workspace, leaving no copy, and say
    what was erased:
    the answer to an erasure request. Asks first; "y" on standard input also confirms."""
    from service import audit, subjects
    from service.sandbox import READERS, Sandbox, sandbox_in_use
    from service.storage.models import ALL_WORKSPACES
    from service.verifications import RequestError

    async def find(runtime: Runtime) -> int:
        found = await subjects.verifications_of(
            runtime=runtime, email=email, workspace_id=ALL_WORKSPACES
        )
        return len(found)

    async def run(runtime: Runtime) -> Erased:
        return await subjects.erase(
            runtime=runtime, email=email, workspace_id=ALL_WORKSPACES, actor=audit.Actor.cli()
        )

    # A résumé its job has not read yet is read to learn whom it is about: one reader, started
    # only if there is such a résumé.
    with sandbox_in_use(Sandbox(workers=1, preload=READERS)):
        try:
            subjects.checked_email(email)
            found = with_runtime(find)
        except RequestError as error:
            fail(str(error))
        if found == 0:
            typer.echo("Nothing is held about that email; nothing erased.")
            return
        if not yes and not confirmed(found):
            typer.echo("Nothing erased.", err=True)
            raise typer.Exit(DECLINED)
        erased = with_runtime(run)
    typer.echo("Erased everything held about that email:")
    for line in erased.lines():
        typer.echo(f"  {line}")


def confirmed(found: int) -> bool:
    """Ask on a terminal; otherwise read one line of standard input, where "y" confirms."""
    question = f"Erase {found} verifications of this candidate, with everything attached?"
    if sys.stdin.isatty():
        return typer.confirm(question, default=False)
    typer.echo(f"{question} [y/N] (pass --yes to skip this question)", err=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")
