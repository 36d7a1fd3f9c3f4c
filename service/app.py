"""The FastAPI app: the recruiters' web pages, the REST API, webhooks, and embedded workers."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import anyio
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import iter_route_contexts
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import ClientDisconnect
from starlette.routing import BaseRoute, compile_path

import reports
import verifiers
from service import (
    admin_routes,
    api,
    evidence_requests,
    evidence_routes,
    privacy_routes,
    reverify,
    reverify_routes,
    role_routes,
    share_routes,
    verifications,
    web,
)
from service.access import ReaderDep, SignInRequired
from service.crypto import derive_key
from service.jobs.port import JobHandler
from service.retention import purge_expired
from service.runtime import Runtime, open_runtime, service_secret
from service.sandbox import default_sandbox
from service.security import SecurityHeadersMiddleware
from service.settings import Settings, get_settings
from service.webhooks import inbound, outbound

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).parent


def job_handlers(runtime: Runtime) -> dict[str, JobHandler]:
    """What each kind of job runs; payloads are ids only."""

    async def verify(verification_id: str) -> None:
        await verifications.execute(runtime=runtime, verification_id=verification_id)

    async def deliver(delivery_id: str) -> None:
        await outbound.deliver(runtime=runtime, delivery_id=int(delivery_id))

    async def check_evidence(answer_id: str) -> None:
        await evidence_requests.check_answer(runtime=runtime, answer_id=answer_id)

    async def check_again(verification_id: str) -> None:
        await reverify.execute(runtime=runtime, verification_id=verification_id)

    return {
        verifications.VERIFY_JOB: verify,
        reverify.REVERIFY_JOB: check_again,
        verifications.DELIVER_JOB: deliver,
        evidence_requests.EVIDENCE_JOB: check_evidence,
    }


#: How often a process purges verifications past the retention period.
PURGE_INTERVAL_SECONDS = 3600.0


async def purge_periodically(runtime: Runtime, stop: asyncio.Event) -> None:
    """Erase what is past retention now and then; every process may, purging is idempotent."""
    while not stop.is_set():
        try:
            result = await purge_expired(
                runtime.sessions,
                retention_days=runtime.settings.retention_days,
                audit_retention_days=runtime.settings.audit_retention_days,
            )
            if result.verifications:
                logger.info("purged %d verifications past retention", result.verifications)
        except SQLAlchemyError as error:
            logger.warning("retention purge failed (%s); trying again later", type(error).__name__)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=PURGE_INTERVAL_SECONDS)


@asynccontextmanager
async def embedded_workers(runtime: Runtime) -> AsyncIterator[None]:
    """Run jobs and the retention purge inside this process while it serves."""
    stop = asyncio.Event()
    tasks = [asyncio.create_task(purge_periodically(runtime, stop), name="retention")]
    if runtime.settings.workers > 0:
        # What the first job would build (the catalog's variants, anyio's backend), now.
        await verifiers.warm_up()
        tasks.append(
            asyncio.create_task(
                runtime.queue.run_worker(
                    job_handlers(runtime), concurrency=runtime.settings.workers, stop_event=stop
                ),
                name="embedded-workers",
            )
        )
    try:
        yield
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*tasks)


async def first_request_ready() -> None:
    """Load now what the first request would: anyio's backend for this loop, which the
    first request run partly in the thread pool (an upload's form, the API's dependencies)
    imported, 20-30 ms of CPU that upload waited for. The same work whenever it is done."""
    await anyio.to_thread.run_sync(lambda: None)


@contextmanager
def objects_of_startup_frozen() -> Iterator[None]:
    """Keep what start-up built (modules, the app, caches) out of the cyclic collector's walks.

    Those ~150,000 objects live as long as the process, yet every full collection walked
    them: a 90 ms pause that, under a burst of webhooks, was most of the slowest answers.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def allowed_methods(routes: Sequence[BaseRoute], path: str) -> set[str]:
    """Every method some route serves at ``path``, routers included into the app too."""
    methods: set[str] = set()
    for route in iter_route_contexts(routes):
        if route.path and route.methods and compile_path(route.path)[0].match(path):
            methods |= route.methods
    return methods


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the runtime (database, client, queue) opens with its lifespan."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Warm the reading and rendering workers now, not on the first upload.
        default_sandbox().start()
        async with open_runtime(settings) as runtime, embedded_workers(runtime):
            app.state.runtime = runtime
            if settings.rate_limits_in_database:
                # Every process of the deployment counts in one place.
                app.state.rate_limiters = web.rate_limiters(
                    api_requests_per_minute=settings.api_requests_per_minute,
                    sessions=runtime.sessions,
                )
            await first_request_ready()
            with objects_of_startup_frozen():
                yield

    app = FastAPI(
        title="credlens",
        summary="Verify the credentials a résumé claims, with the evidence behind each verdict.",
        version="1",
        lifespan=lifespan,
        # Served below behind sign-in or an API key, like every other route.
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=derive_key(service_secret(settings), "session").hex(),
        session_cookie="credlens_session",
        same_site="lax",
        https_only=settings.secure_cookies,
        max_age=8 * 3600,
    )
    app.add_middleware(SecurityHeadersMiddleware)
    app.state.rate_limiters = web.rate_limiters(
        api_requests_per_minute=settings.api_requests_per_minute
    )
    app.mount("/static", StaticFiles(directory=PACKAGE_DIR / "static"), name="static")
    app.mount("/report-static", StaticFiles(directory=reports.STATIC_DIR), name="report-static")
    app.include_router(api.router)
    app.include_router(evidence_routes.api_router)
    app.include_router(privacy_routes.api_router)
    app.include_router(web.router)
    app.include_router(evidence_routes.pages_router)
    app.include_router(share_routes.api_router)
    app.include_router(admin_routes.router)
    app.include_router(role_routes.router)
    app.include_router(reverify_routes.api_router)
    app.include_router(reverify_routes.pages_router)
    app.include_router(share_routes.pages_router)
    app.include_router(privacy_routes.pages_router)
    app.include_router(inbound.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code == 405:
            # Each method of a path is its own route, so the one that refused would list
            # only itself; Allow must name every method the path serves.
            methods = allowed_methods(request.app.router.routes, request.url.path)
            return JSONResponse(
                {"detail": error.detail},
                status_code=405,
                headers={"Allow": ", ".join(sorted(methods))},
            )
        return await http_exception_handler(request, error)

    @app.exception_handler(ClientDisconnect)
    async def client_gone(request: Request, error: ClientDisconnect) -> Response:
        # The sender hung up mid-body (a closed connection, a killed load generator): nothing
        # was stored and no one will read the answer; it is not the service's fault.
        logger.info("request abandoned by its client: %s %s", request.method, request.url.path)
        return Response(status_code=400)

    @app.exception_handler(SignInRequired)
    async def sign_in_required(request: Request, error: SignInRequired) -> RedirectResponse:
        return RedirectResponse("/sign-in", status_code=303)

    @app.exception_handler(web.PageError)
    async def page_error(request: Request, error: web.PageError) -> HTMLResponse:
        return web.page(request, error.template, error.status_code, error=error.message)

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi_schema(reader: ReaderDep) -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False)
    async def api_docs(reader: ReaderDep) -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="credlens API")

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok"})

    return app
