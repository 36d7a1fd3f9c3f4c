"""Every route, walked: none answers a caller without credentials, except health, sign-in
and static files; the candidate's evidence routes take their link's token as credential.
A route added later without authentication fails this test."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import iter_route_contexts
from starlette.routing import Mount

from tests.service.conftest import Running

PUBLIC = {("GET", "/healthz"), ("GET", "/sign-in"), ("POST", "/sign-in")}
PUBLIC_MOUNTS = {"/static", "/report-static"}
#: What refusing looks like: no key (401), a forged form (403), a form without its fields
#: (422, refused before anything runs), no secret configured for a webhook (503), or the
#: browser sent to sign in (303 to /sign-in).
REFUSALS = {401, 403, 422, 503}
#: The candidate's evidence routes: the token in the path is the credential, and a token
#: that opens nothing is refused with 404.
TOKEN_ROUTES = {
    ("GET", "/evidence/{token}"),
    ("POST", "/evidence/{token}"),
    ("POST", "/api/v1/evidence/{token}"),
    ("GET", "/share/{token}"),
    ("GET", "/share/{token}/report.pdf"),
}


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "00000000-0000-4000-8000-000000000000", path)


async def test_every_route_but_the_public_ones_needs_credentials(running: Running) -> None:
    walked = 0
    for route in iter_route_contexts(running.app.routes):
        if isinstance(route.original_route, Mount):
            assert route.path in PUBLIC_MOUNTS, f"unexpected mount {route.path}"
            continue
        for method in sorted((route.methods or set()) - {"HEAD"}):
            if (method, route.path) in PUBLIC:
                continue
            response = await running.client.request(method, concrete(route.path))
            walked += 1
            refused = response.status_code in REFUSALS or (
                response.status_code == 303 and response.headers["location"] == "/sign-in"
            )
            if (method, route.path) in TOKEN_ROUTES:
                refused = response.status_code == 404
            assert refused, f"{method} {route.path} answered {response.status_code}"
            assert "Traceback" not in response.text
    assert walked >= 15, f"only {walked} routes walked; did the app lose its routes?"


@pytest.mark.parametrize("path", ["/static/app.css", "/healthz", "/sign-in"])
async def test_public_routes_answer(running: Running, path: str) -> None:
    assert (await running.client.get(path)).status_code == 200


async def test_method_not_allowed_names_every_method_of_the_path(running: Running) -> None:
    response = await running.client.put("/api/v1/verifications")

    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
