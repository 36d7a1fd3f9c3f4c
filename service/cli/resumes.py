"""``credlens verify`` and ``credlens extract``: one résumé or many, in this process."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from service.cli import common
from service.cli.common import USAGE_ERROR, app, fail, name_bad_inputs, read_input, write_output

if TYPE_CHECKING:
    from collections.abc import Sequence

    from extractors import Role


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
    role_path: Annotated[
        Path | None,
        typer.Option(
            "--role",
            metavar="FILE",
            help="The role to judge against: a job description (text, PDF or DOCX) or a "
            'JSON file {"required": [...], "preferred": [...]}; the report gains Role fit.',
        ),
    ] = None,
) -> None:
    """Verify every credential the résumés claim and write the reports.

    With several résumés, a summary table ends the run; the exit status is 2 if some file
    could not be read, each named on stderr, and the others are still verified.
    """
    role = load_role(role_path) if role_path is not None else None
    if out_dir is None:
        if len(files) > 1:
            fail("several résumés need --out-dir DIR for their reports")
        verify_one(files[0], link or (), email or (), json_path, html_path, pdf_path, role)
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
    from service.sandbox import READERS, Sandbox, sandbox_in_use
    from service.settings import get_settings

    settings = get_settings()
    # Reading and PDF rendering run in the sandbox, one worker per core the batch can use.
    readers = Sandbox(
        workers=batch.sandbox_workers(len(files), jobs),
        preload=(*READERS, "reports.pdf"),
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
                role=role,
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
    role: Role | None = None,
) -> None:
    """The single-résumé form: the JSON report on stdout or in ``--json``, HTML and PDF on
    request."""
    data = read_input(file)

    import asyncio
    import contextlib

    from service.sandbox import Sandbox, reads_in_process, sandbox_in_use

    # A text résumé is read here, under the CPU-time limit (``extract``); anything else by one
    # reader, started while this process loads the verifiers and the report code.
    read_here = reads_in_process(data)
    with contextlib.ExitStack() as stack:
        if not read_here:
            reader = stack.enter_context(
                sandbox_in_use(Sandbox(workers=1, preload=("extractors",)))
            )
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
                    role=role,
                    read_here=read_here,
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


def load_role(path: Path) -> Role:
    """The role in ``path``, read and checked; a bad one ends the command with a sentence."""
    from service import roles

    role = roles.stored_role(role_file(path))
    assert role is not None  # role_file refuses an empty role
    return role


def role_file(path: Path) -> dict[str, Any]:
    """The role in ``path`` (JSON, or a job description as text, PDF or DOCX) as stored,
    checked; a bad or empty one ends the command with a sentence."""
    import asyncio
    import json

    from service import roles
    from service.sandbox import Limits, Sandbox, sandbox_in_use

    data = read_input(path)
    try:
        if path.suffix.lower() == ".json":
            try:
                given = json.loads(data)
            except ValueError:
                fail(f"{path}: the role file is not JSON")
            stored = roles.checked(given)
        else:
            # A PDF or DOCX job description is read like a résumé: in a sandbox worker.
            with sandbox_in_use(Sandbox(workers=1, preload=("extractors",))):
                limits = Limits(memory_bytes=1024 * 2**20, cpu_seconds=30, wall_seconds=30.0)
                text = asyncio.run(roles.role_file_text(data, path.name, limits=limits))
            stored = roles.checked(text)
    except roles.BadRole as error:
        fail(f"{path}: {error}")
    if not stored:
        fail(f"{path}: the role file is empty")
    return stored


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
    if len(files) == 1:
        data = read_input(files[0])
        # Loading the readers (service.sandbox imports them) and reading one text résumé is
        # then the command's whole run: see collector_paused.
        with common.collector_paused():
            from service.sandbox import reads_in_process

            if reads_in_process(data):
                extract_here(files[0], data)
                return

    import asyncio

    from service import batch
    from service.sandbox import READERS, Sandbox, sandbox_in_use

    workers = batch.sandbox_workers(len(files), jobs)
    # Readers only: no report renderer is loaded, and the workers start while this process
    # loads the rest. One file's worker imports just the reader it needs.
    readers = Sandbox(workers=workers, preload=READERS if len(files) > 1 else READERS[:1])
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


def extract_here(file: Path, data: bytes) -> None:
    """One text résumé, read in this process under the sandbox's CPU-time limit: no second
    interpreter starts, which was most of the command's time."""
    from extractors import ExtractionError
    from service import batch, pipeline
    from service.settings import get_settings

    try:
        extraction = pipeline.extract_here(data=data, filename=file.name, settings=get_settings())
    except ExtractionError as error:
        fail(f"{file}: {error}")
    sys.stdout.write(batch.extraction_text(extraction))
    common.end_without_collecting = True
