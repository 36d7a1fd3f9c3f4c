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
