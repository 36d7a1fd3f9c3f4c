"""The ``credlens`` command: verify or extract a résumé, or run the service."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError

import reports
from extractors import ExtractionError
from service import pipeline
from service.app import job_handlers
from service.logs import configure_logging
from service.retention import PurgeResult, purge_expired
from service.runtime import Runtime, open_runtime
from service.sandbox import default_sandbox
from service.settings import get_settings
from service.storage import (
    ApiKey,
    ApiKeyRepository,
    UserRepository,
    WebhookDelivery,
    WebhookDeliveryRepository,
)

T = TypeVar("T")

app = typer.Typer(
    name="credlens",
    help="Find the credentials a résumé claims and verify each against its issuer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Bad input, per the design: a one-line message and exit status 2, never a traceback.
USAGE_ERROR = 2


def fail(message: str) -> NoReturn:
    typer.echo(f"credlens: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def read_input(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        fail(f"{path}: no such file")
    except IsADirectoryError:
        fail(f"{path}: is a directory, not a résumé file")
    except OSError as error:
        fail(f"{path}: cannot be read ({error.strerror})")


def write_output(path: Path, content: str | bytes) -> None:
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as error:
        fail(f"{path}: cannot be written ({error.strerror})")


def settings_problems(error: ValidationError) -> str:
    """Each invalid setting by its variable's name, without echoing values (secrets among them)."""
    problems = []
    for problem in error.errors():
        message = problem["msg"].removeprefix("Value error, ")
        if problem["loc"]:
            name = "CREDLENS_" + "_".join(str(part) for part in problem["loc"]).upper()
            message = f"{name}: {message}"
        problems.append(message)
    return "; ".join(problems)


@app.callback()
def check_settings() -> None:
    # Every command reads the settings; a misconfiguration is a one-line error, not a traceback.
    try:
        get_settings()
    except ValidationError as error:
        fail(f"invalid settings: {settings_problems(error)}")


@app.command()
def verify(
    file: Annotated[Path, typer.Argument(help="The résumé: PDF, DOCX or text.")],
    link: Annotated[
        list[str] | None, typer.Option("--link", help="A badge or certificate link; repeatable.")
    ] = None,
    email: Annotated[
        list[str] | None,
        typer.Option("--email", help="The candidate's email, to bind badges to them; repeatable."),
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Write the JSON report here (else to stdout).")
    ] = None,
    html_path: Annotated[
        Path | None, typer.Option("--html", help="Write the HTML report here.")
    ] = None,
    pdf_path: Annotated[
        Path | None, typer.Option("--pdf", help="Write the PDF report here.")
    ] = None,
) -> None:
    """Verify every credential the résumé claims and write the report."""
    settings = get_settings()
    data = read_input(file)

    async def verify_once() -> reports.Report:
        async with pipeline.create_http_client(settings) as client:
            return await pipeline.run(
                data=data,
                filename=file.name,
                links=link or (),
                emails=email or (),
                client=client,
                settings=settings,
            )

    try:
        report = asyncio.run(verify_once())
    except ExtractionError as error:
        fail(f"{file}: {error}")
    rendered_json = reports.render_json(report)
    if json_path is None:
        sys.stdout.write(rendered_json + "\n")
    else:
        write_output(json_path, rendered_json)
    if html_path is not None:
        write_output(html_path, reports.render_html(report))
    if pdf_path is not None:
        write_output(pdf_path, reports.render_pdf(report, tagged=settings.tagged_pdf))


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="The résumé: PDF, DOCX or text.")],
) -> None:
    """Print the candidate and the claims found, as JSON; makes no network request."""
    settings = get_settings()
    data = read_input(file)
    try:
        extraction = asyncio.run(pipeline.extract(data=data, filename=file.name, settings=settings))
    except ExtractionError as error:
        fail(f"{file}: {error}")
    sys.stdout.write(json.dumps(reports.extraction_json(extraction), indent=2) + "\n")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to bind.")] = None,
) -> None:
    """Run the web app and API."""
    import uvicorn

    from service.app import create_app

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


user_app = typer.Typer(help="Recruiters' accounts for the web app.", no_args_is_help=True)
apikey_app = typer.Typer(help="API keys for applicant tracking systems.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(apikey_app, name="apikey")


def with_runtime(work: Callable[[Runtime], Awaitable[T]]) -> T:
    """Run ``work`` against the configured database, migrated to the latest revision."""

    async def run() -> T:
        async with open_runtime(get_settings()) as runtime:
            return await work(runtime)

    try:
        return asyncio.run(run())
    except (OSError, SQLAlchemyError) as error:
        fail(f"the database cannot be opened ({type(error).__name__}): check CREDLENS_DATABASE_URL")


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

    async def revoke(runtime: Runtime) -> bool:
        async with runtime.sessions() as session, session.begin():
            return await ApiKeyRepository(session, runtime.api_keys).revoke(key_id)

    if not with_runtime(revoke):
        fail(f"no active API key {key_id}")
    typer.echo(f"Revoked API key {key_id}.")


@apikey_app.command("list")
def apikey_list() -> None:
    """List API keys: number, name, prefix, dates; never the keys."""

    async def listing(runtime: Runtime) -> list[ApiKey]:
        async with runtime.sessions() as session:
            return await ApiKeyRepository(session, runtime.api_keys).list_all()

    for key in with_runtime(listing):
        state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
        used = f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never"
        typer.echo(f"{key.id}\t{key.name}\t{key.prefix}…\t{state}\tlast used {used}")


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(min=1, help="Jobs run at once.")] = 2,
) -> None:
    """Run verification and callback jobs until stopped (SIGINT or SIGTERM)."""
    configure_logging()

    # Warm the reading and rendering workers now, not on the first job.
    default_sandbox().start()

    async def work(runtime: Runtime) -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
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
    retention = days if days is not None else get_settings().retention_days

    async def run(runtime: Runtime) -> PurgeResult:
        return await purge_expired(runtime.sessions, retention_days=retention)

    result = with_runtime(run)
    typer.echo(f"Purged {result.verifications} verifications older than {retention} days.")


@app.command()
def deliveries(
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many, newest first.")] = 50,
) -> None:
    """List outbound callback deliveries and how their attempts went."""

    async def listing(runtime: Runtime) -> list[WebhookDelivery]:
        async with runtime.sessions() as session:
            return await WebhookDeliveryRepository(session).list_recent(limit=limit)

    for delivery in with_runtime(listing):
        code = delivery.last_status_code or "-"
        typer.echo(
            f"{delivery.id}\t{delivery.status}\t{delivery.event_type}\tattempts {delivery.attempts}"
            f"\tlast HTTP {code}\t{delivery.url}"
        )


def main() -> None:
    app()
