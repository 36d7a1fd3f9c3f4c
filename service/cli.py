"""The ``credlens`` command: verify or extract a résumé, or run the service."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

import extractors
import reports
from extractors import ExtractionError
from service import pipeline
from service.settings import get_settings

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
        write_output(pdf_path, reports.render_pdf(report))


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="The résumé: PDF, DOCX or text.")],
) -> None:
    """Print the candidate and the claims found, as JSON; makes no network request."""
    settings = get_settings()
    data = read_input(file)
    try:
        extraction = extractors.extract(data, file.name, max_pages=settings.max_pages)
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
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_level="info",
        access_log=False,
    )


def main() -> None:
    app()
