"""The web app: the recruiters' upload form, the report pages, and the health check."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

import reports
from extractors import ExtractionError, UnsupportedFormatError
from service import pipeline
from service.report_store import ReportStore
from service.security import SecurityHeadersMiddleware
from service.settings import Settings, get_settings

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).parent
templates = Jinja2Templates(directory=PACKAGE_DIR / "templates")

#: Report ids are uuid4 hex; anything else is not a report and never touches the disk.
REPORT_ID = re.compile(r"^[0-9a-f]{32}$")


class FormError(Exception):
    """Bad input on the upload form, shown on the page with its status code."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; one HTTP client and one report store per process."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with pipeline.create_http_client(settings) as client:
            app.state.http_client = client
            yield

    app = FastAPI(
        title="credlens",
        summary="Verify the credentials a résumé claims.",
        lifespan=lifespan,
    )
    app.add_middleware(SecurityHeadersMiddleware)
    app.state.settings = settings
    app.state.report_store = ReportStore(settings.data_dir / "reports")
    app.mount("/static", StaticFiles(directory=PACKAGE_DIR / "static"), name="static")

    @app.exception_handler(FormError)
    async def form_error(request: Request, error: FormError) -> HTMLResponse:
        return templates.TemplateResponse(
            request,
            "index.html",
            {"error": error.message, "max_upload_mb": settings.max_upload_bytes // 2**20},
            status_code=error.status_code,
        )

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok"})

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(
            request,
            "index.html",
            {"error": None, "max_upload_mb": settings.max_upload_bytes // 2**20},
        )

    @app.post("/verifications", response_class=RedirectResponse, status_code=303)
    async def submit(
        request: Request,
        resume: Annotated[UploadFile, File(description="The résumé: PDF, DOCX or text.")],
        links: Annotated[str, Form(description="Badge links, one per line.")] = "",
        email: Annotated[str, Form(description="The candidate's email, if known.")] = "",
    ) -> RedirectResponse:
        data = await read_upload(resume, limit=settings.max_upload_bytes)
        try:
            report = await pipeline.run(
                data=data,
                filename=resume.filename or "upload",
                links=links.split(),
                emails=[email] if email.strip() else [],
                client=request.app.state.http_client,
                settings=settings,
            )
        except UnsupportedFormatError as error:
            raise FormError(415, str(error)) from None
        except ExtractionError as error:
            raise FormError(400, str(error)) from None
        store: ReportStore = request.app.state.report_store
        store.save(report)
        logger.info("verification done: report=%s claims=%d", report.id, len(report.claims))
        return RedirectResponse(f"/reports/{report.id}", status_code=303)

    def load(request: Request, report_id: str) -> reports.Report:
        store: ReportStore = request.app.state.report_store
        report = store.load(report_id) if REPORT_ID.match(report_id) else None
        if report is None:
            raise HTTPException(404, "No such report.")
        return report

    # The .pdf and .json routes come first: "{report_id}" alone would also match "x.pdf".
    @app.get("/reports/{report_id}.pdf")
    async def report_pdf(request: Request, report_id: str) -> Response:
        report = load(request, report_id)
        pdf = await run_in_threadpool(reports.render_pdf, report)
        return Response(
            pdf,
            media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="credlens-{report.id}.pdf"'},
        )

    @app.get("/reports/{report_id}.json")
    async def report_json(request: Request, report_id: str) -> Response:
        report = load(request, report_id)
        return Response(reports.render_json(report), media_type="application/json")

    @app.get("/reports/{report_id}", response_class=HTMLResponse)
    async def report_page(request: Request, report_id: str) -> HTMLResponse:
        report = load(request, report_id)
        return HTMLResponse(reports.render_html(report, pdf_url=f"/reports/{report.id}.pdf"))

    return app


async def read_upload(upload: UploadFile, *, limit: int) -> bytes:
    """Read an upload, refusing it as soon as it passes the size limit."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise FormError(413, f"The file is larger than the {limit // 2**20} MB limit.")
        chunks.append(chunk)
    if size == 0:
        raise FormError(400, "The file is empty. Choose a PDF, DOCX or text résumé.")
    return b"".join(chunks)
