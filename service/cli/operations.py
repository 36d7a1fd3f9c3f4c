"""Running and looking after the service: ``serve``, ``worker``, ``purge``, ``deliveries``,
``evidence-request`` and ``reverify``."""

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
    from datetime import datetime

    from reports import Change
    from service.retention import PurgeResult
    from service.runtime import Runtime
    from service.storage import WebhookDelivery


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to bind.")] = None,
) -> None:
    """Run the web app and API."""
    import uvicorn

    from service.app import create_app
    from service.logs import configure_logging
    from service.settings import get_settings

    settings = get_settings()
    configure_logging()
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_config=None,
        # Access lines would carry query strings; requests are logged by id where they matter.
        access_log=False,
    )


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(min=1, help="Jobs run at once.")] = 2,
) -> None:
    """Run verification and callback jobs until stopped (SIGINT or SIGTERM)."""
    import asyncio
    import signal
    import threading

    from service.app import job_handlers
    from service.logs import configure_logging
    from service.sandbox import default_sandbox

    # A stop asked for while the worker still starts ends it cleanly once it has started,
    # where the signal's default action killed it (a deployment stopping a starting worker).
    # The sandbox's readers come from a fresh interpreter (forkserver): they keep the defaults.
    stop_asked = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda _signum, _frame: stop_asked.set())
    configure_logging()
    typer.echo("credlens worker: starting", err=True)

    # Warm the reading and rendering workers now, not on the first job.
    default_sandbox().start()

    async def work(runtime: Runtime) -> None:
        import verifiers

        # What the first job would build (the catalog's variants, anyio's backend), now:
        # not while the first jobs wait on this process's one event loop.
        await verifiers.warm_up()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        if stop_asked.is_set():
            typer.echo("credlens worker: stopped while starting", err=True)
            return
        typer.echo(f"credlens worker: running up to {concurrency} jobs at once", err=True)
        await runtime.queue.run_worker(
            job_handlers(runtime), concurrency=concurrency, stop_event=stop
        )

    with_runtime(work)


@app.command()
def purge(
    days: Annotated[
        int | None, typer.Option(min=0, help="Keep this many days (default: the setting).")
    ] = None,
) -> None:
    """Erase verifications older than the retention period, with everything attached."""
    from service.retention import purge_expired
    from service.settings import get_settings

    settings = get_settings()
    retention = days if days is not None else settings.retention_days

    async def run(runtime: Runtime) -> PurgeResult:
        return await purge_expired(
            runtime.sessions,
            retention_days=retention,
            audit_retention_days=settings.audit_retention_days,
        )

    result = with_runtime(run)
    typer.echo(f"Purged {result.verifications} verifications older than {retention} days.")


@app.command()
def deliveries(
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many, newest first.")] = 50,
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """List a workspace's outbound callback deliveries and how their attempts went."""
    from service.storage import WebhookDeliveryRepository

    async def listing(runtime: Runtime) -> list[WebhookDelivery]:
        scope = await workspace_id(runtime, workspace)
        async with runtime.sessions() as session:
            return await WebhookDeliveryRepository(session).list_recent(
                workspace_id=scope, limit=limit
            )

    for delivery in with_runtime(listing):
        code = delivery.last_status_code or "-"
        typer.echo(
            f"{delivery.id}\t{delivery.status}\t{delivery.event_type}\tattempts {delivery.attempts}"
            f"\tlast HTTP {code}\t{delivery.url}"
        )


@app.command("evidence-request")
def evidence_request(
    verification_id: Annotated[str, typer.Argument(help="The finished verification's id.")],
    claim: Annotated[
        list[str] | None,
        typer.Option(
            "--claim",
            help="A claim id to ask about; repeatable (default: every claim without a "
            "definitive verdict).",
        ),
    ] = None,
    message: Annotated[str | None, typer.Option(help="A note shown to the candidate.")] = None,
    days: Annotated[
        int | None,
        typer.Option(min=1, max=90, help="Days the link works (default: the setting)."),
    ] = None,
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """Ask the candidate for evidence: print the link to send them (shown only once)."""
    from service import audit, evidence_requests
    from service.verifications import RequestError

    base_url = public_base_url()

    async def create(runtime: Runtime) -> evidence_requests.CreatedRequest:
        return await evidence_requests.create(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=await workspace_id(runtime, workspace),
            base_url=base_url,
            claims=claim or None,
            message=message,
            expires_in_days=days,
            actor=audit.Actor.cli(),
        )

    try:
        created = with_runtime(create)
    except RequestError as error:
        fail(str(error))
    typer.echo(created.url)
    expires = created.expires_at.strftime("%Y-%m-%d %H:%M UTC")
    titles = ", ".join(asked.title for asked in created.claims)
    typer.echo(
        f"Request {created.id}: {len(created.claims)} claims ({titles}); until {expires}.", err=True
    )


@app.command("reverify")
def reverify_command(
    verification_id: Annotated[str, typer.Argument(help="The finished verification's id.")],
    workspace: Annotated[str, typer.Option(help=WORKSPACE_HELP)] = DEFAULT_WORKSPACE,
) -> None:
    """Check a finished verification again, now (a badge may have been revoked since), and
    say what changed; the report keeps each claim's earlier verdicts. One re-check at a time:
    refused while one asked from the API or the web is under way, and they queue none
    while this runs."""
    import reports
    from service import audit, reverify
    from service.stored_resumes import TransientError
    from service.verifications import RequestError

    async def check(runtime: Runtime) -> tuple[datetime | None, tuple[Change, ...]]:
        updated = await reverify.run_now(
            runtime=runtime,
            verification_id=verification_id,
            workspace_id=await workspace_id(runtime, workspace),
            actor=audit.Actor.cli(),
        )
        return reports.recheck_changes(updated)

    try:
        _, changes = with_runtime(check)
    except RequestError as error:
        fail(str(error))
    except TransientError as error:
        fail(f"{error}; try again later")
    for change in changes:
        typer.echo(f"{change.claim.id}\t{change.claim.title}\t{change.before} -> {change.after}")
    typer.echo(
        f"Checked again: {len(changes)} verdict{'' if len(changes) == 1 else 's'} changed.",
        err=True,
    )
