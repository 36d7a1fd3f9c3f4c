"""The ``credlens`` command: verify or extract résumés, one or many, or run the service.

Start-up is kept short: this module imports only typer; each command imports what it needs
when it runs, so ``credlens --help`` loads no reader, renderer or database driver, and
reading a résumé starts no report renderer.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence

    from pydantic import ValidationError

    from service.batch import Outcome
    from service.retention import PurgeResult
    from service.runtime import Runtime
    from service.storage import ApiKey, WebhookDelivery

T = TypeVar("T")

app = typer.Typer(
    name="credlens",
    help="Find the credentials a résumé claims and verify each against its issuer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: formatting them with rich costs a third of the start-up.
    rich_markup_mode=None,
)

#: Bad input, per the design: a one-line message and exit status 2, never a traceback.
USAGE_ERROR = 2


def fail(message: str) -> NoReturn:
    typer.echo(f"credlens: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def read_input(path: Path) -> bytes:
    from service.batch import BadInput, load

    try:
        return load(path)
    except BadInput as error:
        fail(str(error))


def write_output(path: Path, content: str | bytes) -> None:
    from service.batch import BadInput, store

    try:
        store(path, content)
    except BadInput as error:
        fail(str(error))


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
    from pydantic import ValidationError

    from service.settings import get_settings

    try:
        get_settings()
    except ValidationError as error:
        fail(f"invalid settings: {settings_problems(error)}")


def name_bad_inputs(outcomes: Sequence[Outcome]) -> bool:
    """Name each file that could not be done on stderr; whether there was one."""
    bad = [outcome for outcome in outcomes if outcome.error is not None]
    for outcome in bad:
        typer.echo(f"credlens: {outcome.path}: {outcome.error}", err=True)
    return bool(bad)


@app.command()
def verify(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE", help="The résumés: PDF, DOCX or text; one or many."),
    ],
    link: Annotated[
        list[str] | None,
        typer.Option("--link", help="A badge or certificate link; repeatable (one résumé)."),
    ] = None,
    email: Annotated[
        list[str] | None,
        typer.Option(
            "--email",
            help="The candidate's email, to bind badges to them; repeatable (one résumé).",
        ),
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
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir",
            help="Write each résumé's reports here as NAME.json, NAME.html and NAME.pdf; "
            "needed for several résumés.",
        ),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", min=1, help="Résumés verified at once.")] = 4,
) -> None:
    """Verify every credential the résumés claim and write the reports.

    With several résumés, a summary table ends the run; the exit status is 2 if some file
    could not be read, each named on stderr, and the others are still verified.
    """
    if out_dir is None:
        if len(files) > 1:
            fail("several résumés need --out-dir DIR for their reports")
        verify_one(files[0], link or (), email or (), json_path, html_path, pdf_path)
        return
    if json_path or html_path or pdf_path:
        fail("--json, --html and --pdf name one résumé's reports; --out-dir names them all")
    if len(files) > 1 and (link or email):
        fail("--link and --email belong to one résumé; give them with a single file")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        fail(f"{out_dir}: cannot be created ({error.strerror})")

    import asyncio

    from service import batch
    from service.sandbox import Sandbox, sandbox_in_use
    from service.settings import get_settings

    settings = get_settings()
    # Reading and PDF rendering run in the sandbox, one worker per core the batch can use.
    readers = Sandbox(
        workers=batch.sandbox_workers(len(files), jobs),
        preload=("extractors", "reports.pdf"),
    )
    with sandbox_in_use(readers):
        readers.start_in_background()
        outcomes = asyncio.run(
            batch.verify_all(
                files,
                out_dir=out_dir,
                jobs=jobs,
                settings=settings,
                links=link or (),
                emails=email or (),
                progress=batch.Progress.on_terminal(len(files), "verifying"),
            )
        )
    some_bad = name_bad_inputs(outcomes)
    sys.stdout.write(batch.summary_table(outcomes))
    if some_bad:
        raise typer.Exit(USAGE_ERROR)


def verify_one(
    file: Path,
    links: Sequence[str],
    emails: Sequence[str],
    json_path: Path | None,
    html_path: Path | None,
    pdf_path: Path | None,
) -> None:
    """The single-résumé form: the JSON report on stdout or in ``--json``, HTML and PDF on
    request."""
    data = read_input(file)

    import asyncio

    from service.sandbox import Sandbox, sandbox_in_use

    # One reader, started while this process loads the verifiers and the report code.
    reader = Sandbox(workers=1, preload=("extractors",))
    with sandbox_in_use(reader):
        reader.start_in_background()

        import reports
        from extractors import ExtractionError
        from service import pipeline
        from service.settings import get_settings

        settings = get_settings()

        async def verify_once() -> reports.Report:
            async with pipeline.create_http_client(settings) as client:
                return await pipeline.run(
                    data=data,
                    filename=file.name,
                    links=links,
                    emails=emails,
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
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE", help="The résumés: PDF, DOCX or text; one or many."),
    ],
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", min=1, help="Résumés read at once (default: one per core)."),
    ] = None,
) -> None:
    """Print the candidate and the claims found, as JSON; makes no network request.

    One résumé prints one JSON document; several print JSON Lines, one object per résumé in
    the order given, each with its "file". A file that cannot be read is named on stderr,
    the others are still read, and the exit status is then 2.
    """
    import asyncio

    from service import batch
    from service.sandbox import Sandbox, sandbox_in_use

    workers = batch.sandbox_workers(len(files), jobs)
    # Readers only: no report renderer is loaded, and the workers start while this process
    # loads the rest.
    readers = Sandbox(workers=workers, preload=("extractors",))
    with sandbox_in_use(readers):
        readers.start_in_background()

        from service.settings import get_settings

        outcomes = asyncio.run(
            batch.extract_all(
                files,
                jobs=jobs or workers,
                settings=get_settings(),
                out=sys.stdout,
                lines=len(files) > 1,
            )
        )
    if name_bad_inputs(outcomes):
        raise typer.Exit(USAGE_ERROR)


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


user_app = typer.Typer(help="Recruiters' accounts for the web app.", no_args_is_help=True)
apikey_app = typer.Typer(help="API keys for applicant tracking systems.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(apikey_app, name="apikey")


def with_runtime(work: Callable[[Runtime], Awaitable[T]]) -> T:
    """Run ``work`` against the configured database, migrated to the latest revision."""
    import asyncio

    from sqlalchemy.exc import SQLAlchemyError

    from service.runtime import open_runtime
    from service.settings import get_settings

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


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(min=1, help="Jobs run at once.")] = 2,
) -> None:
    """Run verification and callback jobs until stopped (SIGINT or SIGTERM)."""
    import asyncio
    import signal

    from service.app import job_handlers
    from service.logs import configure_logging
    from service.sandbox import default_sandbox

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
    from service.retention import purge_expired
    from service.settings import get_settings

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
    from service.storage import WebhookDeliveryRepository

    async def listing(runtime: Runtime) -> list[WebhookDelivery]:
        async with runtime.sessions() as session:
            return await WebhookDeliveryRepository(session).list_recent(limit=limit)

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
) -> None:
    """Ask the candidate for evidence: print the link to send them (shown only once)."""
    from service import evidence_requests
    from service.settings import get_settings
    from service.verifications import RequestError

    settings = get_settings()
    base_url = settings.public_url or f"http://{settings.host}:{settings.port}"

    async def create(runtime: Runtime) -> evidence_requests.CreatedRequest:
        return await evidence_requests.create(
            runtime=runtime,
            verification_id=verification_id,
            base_url=base_url,
            claims=claim or None,
            message=message,
            expires_in_days=days,
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


def main() -> None:
    app()
