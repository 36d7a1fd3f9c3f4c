"""The recruiters' web app: sign in, upload, watch the checks run, read, download, delete."""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import reports
from extractors import MAX_ROLE_CHARS
from service import (
    audit,
    evidence_requests,
    named_roles,
    pipeline,
    reverify,
    roles,
    shares,
    verifications,
)
from service.access import (
    SESSION_USER,
    Principal,
    Recruiter,
    RuntimeDep,
    Viewer,
)
from service.api import decode_cursor, encode_cursor, finished_report, load, pdf_download
from service.permissions import Role
from service.ratelimit import RateLimit, RateLimiter, SharedRateLimiter
from service.runtime import Runtime
from service.storage import UserRepository, VerificationRecord, VerificationStatus
from service.storage.models import utcnow
from service.verifications import RequestError, VerificationRequest

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

SESSION_CSRF = "csrf"
#: An evidence request's link, kept only until the report page shows it once.
SESSION_EVIDENCE_LINK = "evidence_link"
#: Set by the re-check button (service/reverify_routes.py), so the report page says so once.
SESSION_RECHECK = "recheck_queued"
#: A share link's URL and passcode, kept only until the report page shows them once.
SESSION_SHARE_LINK = "share_link"
PAGE_SIZE = 20


def rate_limiters(
    *,
    api_requests_per_minute: int,
    sessions: async_sessionmaker[AsyncSession] | None = None,
) -> dict[str, RateLimit]:
    """One app's limits: sign-in attempts per client address, uploads per recruiter,
    requests per API key, the candidates' evidence pages per link and per address; counted
    in the database ``sessions`` open when given, so that every process of the service
    shares them, else in this process."""
    # Each limit's events allowed, and its window in seconds.
    limits = {
        "sign-in": (10, 60),
        "upload": (30, 60),
        "api-key": (api_requests_per_minute, 60),
        # The candidates' evidence pages: per link, and per address whatever the link.
        "evidence-token": (100, 3600),
        "evidence-address": (300, 3600),
        # The hiring managers' share pages, per address whatever the link.
        "share-address": (300, 3600),
    }
    if sessions is None:
        return {
            name: RateLimiter(limit=limit, window=window)
            for name, (limit, window) in limits.items()
        }
    return {
        name: SharedRateLimiter(name=name, limit=limit, window=window, sessions=sessions)
        for name, (limit, window) in limits.items()
    }


async def retry_after(request: Request, limit: str, key: str) -> float | None:
    limiter: RateLimit = request.app.state.rate_limiters[limit]
    return await limiter.retry_after(key)


class PageError(Exception):
    """Bad input on a form, shown on the page it came from with its status code."""

    def __init__(self, status_code: int, message: str, template: str = "index.html") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.template = template


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get(SESSION_CSRF)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[SESSION_CSRF] = token
    return token


def check_csrf(request: Request, submitted: str) -> None:
    expected = request.session.get(SESSION_CSRF)
    if not isinstance(expected, str) or not hmac.compare_digest(expected, submitted):
        raise HTTPException(403, "The form expired or did not come from this site; reload it.")


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


CsrfField = Annotated[str, Form(alias="csrf_token")]

router = APIRouter(include_in_schema=False)


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.runtime.settings
    principal: Principal | None = getattr(request.state, "principal", None)
    return templates.TemplateResponse(
        request,
        template,
        {
            "csrf_token": csrf_token(request),
            "signed_in": isinstance(request.session.get(SESSION_USER), int),
            "role": principal.role.value if principal else None,
            # Viewers read; the forms that change something are not offered to them.
            "can_change": principal is not None and principal.may(Role.RECRUITER),
            "max_upload_mb": settings.max_upload_bytes // 2**20,
            "max_role_chars": MAX_ROLE_CHARS,
            "error": None,
            **context,
        },
        status_code=status_code,
    )


@router.get("/sign-in", response_class=HTMLResponse)
async def sign_in_page(request: Request) -> HTMLResponse:
    return page(request, "sign_in.html")


@router.post("/sign-in", response_class=HTMLResponse)
async def sign_in(
    request: Request,
    runtime: RuntimeDep,
    csrf: CsrfField,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1024)],
) -> Response:
    check_csrf(request, csrf)
    wait = await retry_after(request, "sign-in", client_key(request))
    if wait is not None:
        raise PageError(429, f"Too many attempts; try again in {int(wait) + 1} s.", "sign_in.html")
    async with runtime.sessions() as session:
        user = await UserRepository(session).authenticate(email=email, password=password)
    if user is None:
        raise PageError(401, "That email and password do not match an account.", "sign_in.html")
    request.session.clear()
    request.session[SESSION_USER] = user.id
    return RedirectResponse("/", status_code=303)


@router.post("/sign-out")
async def sign_out(request: Request, csrf: CsrfField) -> RedirectResponse:
    check_csrf(request, csrf)
    request.session.clear()
    return RedirectResponse("/sign-in", status_code=303)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, runtime: RuntimeDep, caller: Viewer) -> HTMLResponse:
    kept = await named_roles.listed(runtime=runtime, workspace_id=caller.workspace_id)
    return page(request, "index.html", named_roles=[role.name for role in kept])


async def read_upload(upload: UploadFile, *, limit: int) -> bytes:
    """Read an upload, refusing it as soon as it passes the size limit."""
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise PageError(413, f"The file is larger than the {limit // 2**20} MB limit.")
    if not data:
        raise PageError(400, "The file is empty. Choose a PDF, DOCX or text résumé.")
    return data


@router.post("/verifications")
async def submit(
    request: Request,
    runtime: RuntimeDep,
    caller: Recruiter,
    csrf: CsrfField,
    resume: Annotated[UploadFile | None, File()] = None,
    credential: Annotated[str, Form(max_length=2_000_000)] = "",
    links: Annotated[str, Form(max_length=20_000)] = "",
    email: Annotated[str, Form(max_length=320)] = "",
    role: Annotated[str, Form(max_length=MAX_ROLE_CHARS)] = "",
    role_file: Annotated[UploadFile | None, File()] = None,
    role_name: Annotated[str, Form(max_length=200)] = "",
) -> RedirectResponse:
    check_csrf(request, csrf)
    wait = await retry_after(request, "upload", caller.actor)
    if wait is not None:
        raise PageError(429, f"Too many uploads; try again in {int(wait) + 1} s.")
    has_file = resume is not None and bool(resume.filename)
    if has_file and credential.strip():
        raise PageError(400, "Upload a résumé or paste a credential, not both at once.")
    if resume is not None and has_file:
        data = await read_upload(resume, limit=runtime.settings.max_upload_bytes)
        filename = resume.filename or "resume"
    elif credential.strip():
        # A pasted credential is verified as if its file had been uploaded.
        data, filename = credential.strip().encode(), "pasted-credential.json"
    else:
        raise PageError(400, "Choose a résumé file, or paste a credential.")
    role_text = await _role_text(runtime, role, role_file)
    try:
        record = await verifications.submit(
            runtime=runtime,
            request=VerificationRequest(
                filename=filename,
                data=data,
                links=tuple(links.split()),
                email=email,
                role=role_text,
                role_name=role_name.strip() or None,
            ),
            origin="web",
            actor=audit.Actor.of(caller, request),
            workspace_id=caller.workspace_id,
            user_id=caller.user_id,
        )
    except RequestError as error:
        raise PageError(error.status_code, str(error)) from None
    return RedirectResponse(f"/verifications/{record.id}", status_code=303)


async def _role_text(runtime: Runtime, pasted: str, upload: UploadFile | None) -> str | None:
    """The job description pasted or uploaded on the form, as text; None for neither."""
    if upload is None or not upload.filename:
        return pasted.strip() or None
    if pasted.strip():
        raise PageError(400, "Paste the job description or upload it, not both.")
    data = await read_upload(upload, limit=roles.MAX_ROLE_FILE_BYTES)
    try:
        return await roles.role_file_text(
            data, upload.filename, limits=pipeline.parse_limits(runtime.settings)
        )
    except roles.BadRole as error:
        raise PageError(422, str(error)) from None


@router.get("/verifications", response_class=HTMLResponse)
async def history(
    request: Request,
    runtime: RuntimeDep,
    caller: Viewer,
    status: Annotated[VerificationStatus | None, Query()] = None,
    q: Annotated[str, Query(max_length=200)] = "",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> HTMLResponse:
    records = await verifications.list_page(
        runtime=runtime,
        workspace_id=caller.workspace_id,
        status=status,
        search=q,
        after=decode_cursor(cursor) if cursor else None,
        limit=PAGE_SIZE + 1,
    )
    shown = records[:PAGE_SIZE]
    answers = await evidence_requests.answer_states(
        runtime=runtime,
        verification_ids=[record.id for record in shown],
        workspace_id=caller.workspace_id,
    )
    return page(
        request,
        "history.html",
        rows=[row(record) | {"evidence": answers.get(record.id)} for record in shown],
        status=status.value if status else "",
        q=q,
        next_cursor=encode_cursor(shown[-1]) if len(records) > PAGE_SIZE else None,
    )


def row(record: VerificationRecord) -> dict[str, Any]:
    report = record.report or {}
    return {
        "id": record.id,
        "created_at": record.created_at,
        "status": record.status,
        "candidate": (report.get("candidate") or {}).get("name") or "—",
        "score": (report.get("score") or {}).get("overall"),
        "claims": len(report.get("claims") or record.progress),
    }


@router.get("/verifications/{verification_id}", response_class=HTMLResponse)
async def verification_page(
    request: Request, runtime: RuntimeDep, caller: Viewer, verification_id: str
) -> HTMLResponse:
    record = await load(runtime, verification_id, caller)
    if record.status == VerificationStatus.DONE and record.report is not None:
        report = reports.Report.model_validate(record.report)
        await audit.record(
            runtime.sessions,
            verification_id=verification_id,
            action="viewed",
            actor=audit.Actor.of(caller, request),
        )
        return page(
            request,
            "report.html",
            record=record,
            report_body=reports.render_html_fragment(report),
            evidence_requests=await evidence_requests.requests_for(
                runtime=runtime, verification_id=verification_id, workspace_id=caller.workspace_id
            ),
            evidence_link=request.session.pop(SESSION_EVIDENCE_LINK, None),
            shares=await report_shares(runtime, verification_id, caller),
            share_link=request.session.pop(SESSION_SHARE_LINK, None),
            recheck_queued=request.session.pop(SESSION_RECHECK, False),
            rechecking=reverify.under_way(record, at=utcnow()),
        )
    return page(request, "progress.html", record=record, claims=record.progress.items())


async def report_shares(
    runtime: Runtime, verification_id: str, caller: Principal
) -> list[shares.ShareSummary]:
    """The report's share links, for those who may make and withdraw them."""
    if not caller.may(Role.RECRUITER):
        return []
    return await shares.list_for(
        runtime=runtime, verification_id=verification_id, workspace_id=caller.workspace_id
    )


@router.get("/verifications/{verification_id}/progress.json")
async def progress(runtime: RuntimeDep, caller: Viewer, verification_id: str) -> JSONResponse:
    record = await load(runtime, verification_id, caller)
    return JSONResponse(
        {
            "status": record.status,
            "claims": [{"id": key, **entry} for key, entry in record.progress.items()],
        }
    )


@router.get("/verifications/{verification_id}/report.pdf")
async def report_pdf(
    request: Request, runtime: RuntimeDep, caller: Viewer, verification_id: str
) -> Response:
    report = await finished_report(runtime, verification_id, caller)
    return await pdf_download(
        runtime, report, verification_id, actor=audit.Actor.of(caller, request)
    )


@router.post("/verifications/{verification_id}/delete")
async def delete(
    request: Request, runtime: RuntimeDep, caller: Recruiter, csrf: CsrfField, verification_id: str
) -> RedirectResponse:
    check_csrf(request, csrf)
    if not await verifications.delete(
        runtime=runtime,
        verification_id=verification_id,
        workspace_id=caller.workspace_id,
        actor=audit.Actor.of(caller, request),
    ):
        raise HTTPException(404, "No such verification.")
    return RedirectResponse("/verifications", status_code=303)
