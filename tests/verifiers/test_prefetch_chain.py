"""What a link's answer names, asked ahead (``verifiers.prefetch``): an Open Badges 2.0
assertion's badge class, then the badge class's issuer, asked as soon as the answer before it
comes, once however many links name them; the checks then ask nothing, and conclude what a
plain client's checks do."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx

import verifiers
from extractors.models import Candidate, Claim, ClaimOrigin, Source
from verifiers import HttpPolicy, ResiliencePolicy, Verdict, create_client, with_resilience
from verifiers.http import Fetched
from verifiers.openbadges2 import ACCEPT_JSON_LD, documents_named

ISSUER = "https://issuer.example.net"
EMAIL = "ada@example.com"
SALT = "pepper"
OB2 = "https://w3id.org/openbadges/v2"
HOLDER = Candidate(name="Ada Lovelace", emails=(EMAIL,))


def assertion(number: int, badge: object = None) -> dict[str, Any]:
    identity = "sha256$" + hashlib.sha256((EMAIL + SALT).encode()).hexdigest()
    return {
        "@context": OB2,
        "type": "Assertion",
        "id": f"{ISSUER}/assertions/{number}",
        "recipient": {"type": "email", "hashed": True, "salt": SALT, "identity": identity},
        "issuedOn": "2024-03-01T00:00:00Z",
        "badge": badge if badge is not None else f"{ISSUER}/badges/{number % 2}",
        "verification": {"type": "hosted"},
    }


def badge_class(number: int) -> dict[str, Any]:
    return {
        "@context": OB2,
        "type": "BadgeClass",
        "id": f"{ISSUER}/badges/{number}",
        "name": f"Loom Programming {number}",
        "description": "Programs for the analytical engine.",
        "image": f"{ISSUER}/badge.png",
        "criteria": f"{ISSUER}/criteria",
        "issuer": f"{ISSUER}/issuer",
    }


PROFILE = {
    "@context": OB2,
    "type": "Issuer",
    "id": f"{ISSUER}/issuer",
    "name": "Analytical Society",
    "url": ISSUER,
    "email": "badges@example.net",
}


def answer(document: object, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(document).encode(),
        headers={"content-type": "application/ld+json"},
    )


def link(number: int) -> Claim:
    return Claim(
        id=f"link-{number}",
        title=f"Loom Programming {number % 2}",
        url=f"{ISSUER}/assertions/{number}",
        source=Source(origin=ClaimOrigin.LINK),
    )


class Issuer:
    """The issuer's documents on respx, each request counted by path, answered after a
    moment (so asks at once overlap)."""

    def __init__(self, router: respx.MockRouter) -> None:
        self.asked: dict[str, int] = {}
        router.get(url__startswith=ISSUER).mock(side_effect=self.answer)

    async def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.asked[path] = self.asked.get(path, 0) + 1
        await asyncio.sleep(0.01)
        kind, _, number = path.strip("/").partition("/")
        if kind == "assertions":
            return answer(assertion(int(number)))
        if kind == "badges":
            return answer(badge_class(int(number)))
        if kind == "issuer":
            return answer(PROFILE)
        return answer({"detail": "not found"}, 404)


@pytest.fixture
async def keeping() -> AsyncIterator[httpx.AsyncClient]:
    """A client that keeps its answers, as the service's is."""
    async with create_client(HttpPolicy()) as client:
        with_resilience(client, ResiliencePolicy(ttl=60))
        yield client


async def test_the_documents_a_badge_names_are_asked_ahead_once(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    issuer = Issuer(respx_mock)
    # Two résumés at once (two jobs), three links naming two badge classes and one issuer.
    await asyncio.gather(
        verifiers.prefetch([link(0), link(1)], keeping),
        verifiers.prefetch([link(2)], keeping),
    )
    assert issuer.asked == {
        "/assertions/0": 1,
        "/assertions/1": 1,
        "/assertions/2": 1,
        "/badges/0": 1,
        "/badges/1": 1,
        "/issuer": 1,
    }

    ahead = await verifiers.verify([link(0), link(1), link(2)], HOLDER, keeping)

    assert sum(issuer.asked.values()) == 6  # the checks asked nothing more
    assert [each.verdict for each in ahead] == [Verdict.VERIFIED] * 3, ahead[0].checks
    async with create_client(HttpPolicy()) as plain:
        checked = await verifiers.verify([link(0), link(1), link(2)], HOLDER, plain)
    for one, other in zip(ahead, checked, strict=True):
        assert [check.model_dump() for check in one.checks] == [
            check.model_dump() for check in other.checks
        ]
        assert [(e.url, e.status_code, e.sha256) for e in one.evidence] == [
            (e.url, e.status_code, e.sha256) for e in other.evidence
        ]
        assert one.credential == other.credential


async def test_what_the_client_has_is_not_asked_ahead_again(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    issuer = Issuer(respx_mock)
    await verifiers.prefetch([link(0)], keeping)
    await verifiers.prefetch([link(2)], keeping)  # names the same badge class and issuer
    assert issuer.asked == {"/assertions/0": 1, "/assertions/2": 1, "/badges/0": 1, "/issuer": 1}


def fetched(document: object, status: int = 200) -> Fetched:
    response = answer(document, status)
    evidence = verifiers.Evidence(
        url=f"{ISSUER}/x",
        status_code=status,
        fetched_at=datetime.now(UTC),
        sha256=hashlib.sha256(response.content).hexdigest(),
    )
    return Fetched(f"{ISSUER}/x", status, response.headers, response.content, evidence)


@pytest.mark.parametrize(
    ("document", "status", "named"),
    [
        (assertion(0), 200, (f"{ISSUER}/badges/0",)),
        (badge_class(1), 200, (f"{ISSUER}/issuer",)),
        (PROFILE, 200, ()),
        (assertion(0), 404, ()),  # an answer the check stops at
        (assertion(0, badge=badge_class(0)), 200, ()),  # embedded: nothing to fetch
        (assertion(0, badge="urn:uuid:4f1a"), 200, ()),  # not a web address
        ({**assertion(0), "verification": {"type": "signed"}}, 200, ()),  # stops before
        ({**assertion(0), "@context": "https://example.net/context"}, 200, ()),  # not OB 2.0
        ([assertion(0)], 200, ()),
    ],
)
def test_what_an_answer_names(document: object, status: int, named: tuple[str, ...]) -> None:
    assert documents_named(fetched(document, status)) == named


async def test_a_named_document_is_asked_as_its_check_asks_it(
    keeping: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    accepts: dict[str, str] = {}

    def record(request: httpx.Request) -> httpx.Response:
        accepts[request.url.path] = request.headers["accept"]
        return httpx.Response(404)

    respx_mock.get(f"{ISSUER}/assertions/0").mock(return_value=answer(assertion(0)))
    respx_mock.get(url__startswith=f"{ISSUER}/badges").mock(side_effect=record)
    await verifiers.prefetch([link(0)], keeping)
    assert accepts == {"/badges/0": ACCEPT_JSON_LD}
