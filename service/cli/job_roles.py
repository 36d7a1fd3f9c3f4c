"""``credlens role``: the roles a workspace keeps by name, for the ATS jobs they are for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from service.cli.common import WORKSPACE_HELP, app, fail, with_runtime, workspace_id
from service.permissions import DEFAULT_WORKSPACE

if TYPE_CHECKING:
    from service.named_roles import NamedRole
    from service.runtime import Runtime
    from service.storage import AuditEvent

role_app = typer.Typer(
    help="Named roles: a job's requirements kept once, used by name or by the ATS job "
    "(Greenhouse sends only the job's id and name).",
    no_args_is_help=True,
)
app.add_typer(role_app, name="role")


@role_app.command("set")
def role_set(
    name: Annotated[str, typer.Argument(help="The role's name, e.g. 'Cloud Engineer'.")],
    file: Annotated[
        Path,
        typer.Option(
            "--file",
            help="The job description (text, PDF or DOCX), or a JSON role "
            '{"required": [...], "preferred": [...]}.',
        ),
    ],
    ats_job: Annotated[
        str | None,
        typer.Option("--ats-job", help="The ATS job id it is for (Greenhouse's job id)."),
    ] = None,
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """Keep a role under NAME (replacing one of that name)."""
    from service import audit, named_roles
    from service.cli.resumes import role_file

    stored = role_file(file)

    async def keep(runtime: Runtime) -> tuple[NamedRole, bool]:
        scope = await workspace_id(runtime, workspace)
        try:
            return await named_roles.keep(
                runtime=runtime,
                workspace_id=scope,
                name=name,
                role=stored,
                ats_job_id=ats_job,
                actor=audit.Actor.cli(),
            )
        except named_roles.BadNamedRole as error:
            fail(str(error))

    kept, created = with_runtime(keep)
    bound = f" for ATS job {kept.ats_job_id}" if kept.ats_job_id else ""
    typer.echo(f"{'Kept' if created else 'Replaced'} the role {kept.name!r}{bound} in {workspace}.")


@role_app.command("list")
def role_list(
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """List the workspace's roles: name, ATS job id, what the role is."""
    from service import named_roles

    async def listing(runtime: Runtime) -> list[NamedRole]:
        scope = await workspace_id(runtime, workspace)
        return await named_roles.listed(runtime=runtime, workspace_id=scope)

    for kept in with_runtime(listing):
        given = kept.role.get("text")
        what = (
            f"job description, {len(given)} characters"
            if isinstance(given, str)
            else json.dumps(kept.role, ensure_ascii=False)[:120]
        )
        typer.echo(f"{kept.name}\t{kept.ats_job_id or '-'}\t{what}")


@role_app.command("delete")
def role_delete(
    name: Annotated[str, typer.Argument(help="The role's name.")],
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """Forget a role; verifications judged against it keep their own copy."""
    from service import audit, named_roles

    async def forget(runtime: Runtime) -> bool:
        scope = await workspace_id(runtime, workspace)
        return await named_roles.forget(
            runtime=runtime, workspace_id=scope, name=name, actor=audit.Actor.cli()
        )

    if not with_runtime(forget):
        fail(f"no role named {name!r} in {workspace} (credlens role list shows them)")
    typer.echo(f"Deleted the role {name!r} from {workspace}.")


@role_app.command("history")
def role_history(
    name: Annotated[str, typer.Argument(help="The role's name (any case).")],
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """Show who created, replaced or deleted a role, and when (kept after it is deleted, for
    the audit retention period)."""
    from service import audit

    async def read(runtime: Runtime) -> list[AuditEvent]:
        scope = await workspace_id(runtime, workspace)
        return await audit.role_history(runtime.sessions, workspace_id=scope, name=name)

    events = with_runtime(read)
    if not events:
        fail(f"no changes recorded to a role named {name!r} in {workspace} (or past retention)")
    for event in events:
        where = f" from {event.client_address}" if event.client_address else ""
        typer.echo(
            f"{event.at.strftime('%Y-%m-%d %H:%M:%S')} UTC\t{event.action}\t{event.role_name}"
            f"\t{event.actor_label}{where}"
        )
