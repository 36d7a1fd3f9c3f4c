"""Links given beside the résumé land on the claim they evidence, and are checked against it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from extractors import Extraction
from service import pipeline
from service.settings import Settings
from tests.verifiers.ob2_issuer import DCPV, RECIPIENT_EMAIL, json_ld, read_json, serve_assets
from tests.verifiers.platforms.helpers import json_response, recorded
from verifiers import HttpPolicy, Verdict, Verification, create_client

BADGE = "3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21"
LINK = f"https://www.credly.com/badges/{BADGE}/public_url"
ASSERTION = f"https://api.credly.com/v1/obi/v2/badge_assertions/{BADGE}"
BADGE_CLASS = (
    "https://api.credly.com/v1/obi/v2/issuers/f4b8d042-0072-4a1a-8d00-260b513026e8"
    "/badge_classes/64567b66-def2-4c84-be6c-2586962fccd3"
)
ISSUER = "https://api.credly.com/v1/obi/v2/issuers/f4b8d042-0072-4a1a-8d00-260b513026e8"


def resume(*lines: str) -> bytes:
    return "\n".join(["Jane Doe", "Jane.Doe@example.com", "", "Certifications", *lines]).encode()


def serve_credly(router: respx.MockRouter, badge_name: str | None = None) -> None:
    badge_class = recorded("credly/badge_class.json")
    if badge_name:
        badge_class["name"] = badge_name
    router.get(ASSERTION).mock(return_value=json_response(recorded("credly/assertion.json")))
    router.get(BADGE_CLASS).mock(return_value=json_response(badge_class))
    router.get(ISSUER).mock(return_value=json_response(recorded("credly/issuer.json")))


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with pipeline.create_http_client(Settings(data_dir=tmp_path)) as client:
        yield client


async def verify(client: httpx.AsyncClient, tmp_path: Path, data: bytes) -> dict[str, object]:
    report = await pipeline.run(
        data=data,
        filename="jane.txt",
        links=[LINK],
        client=client,
        settings=Settings(data_dir=tmp_path),
    )
    return report.model_dump(mode="json")


async def test_a_link_beside_the_resume_lands_on_its_claim(
    client: httpx.AsyncClient, tmp_path: Path, respx_mock: respx.MockRouter
) -> None:
    serve_credly(respx_mock)

    report = await verify(
        client,
        tmp_path,
        resume(
            "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2024",
            "AWS Certified Developer – Associate, Amazon Web Services, 2023",
        ),
    )

    claims = report["claims"]
    assert isinstance(claims, list)
    assert [claim["source"]["origin"] for claim in claims] == ["resume", "resume"]
    cka = next(claim for claim in claims if "Kubernetes" in claim["title"])
    assert cka["url"] == LINK
    assert cka["verdict"] == "verified"
    assert respx_mock.routes[0].call_count == 1, "the link is asked once"


async def test_attaching_a_link_asks_nothing_again_and_progress_ends_on_the_claim(
    tmp_path: Path, respx_mock: respx.MockRouter
) -> None:
    """No second pass of the chain: the link's facts are compared with its claim, so even a
    client without a response cache asks once; progress is told of the attached claim."""
    serve_credly(respx_mock)
    told: list[tuple[str, str]] = []

    async def on_progress(verification: Verification) -> None:
        told.append((verification.claim.id, verification.verdict.value))

    async with create_client(HttpPolicy()) as plain:
        report = await pipeline.run(
            data=resume("Certified Kubernetes Administrator (CKA), The Linux Foundation, 2024"),
            filename="jane.txt",
            links=[LINK],
            client=plain,
            settings=Settings(data_dir=tmp_path),
            on_progress=on_progress,
        )

    assert [(claim.id, claim.verdict.value) for claim in report.claims] == [("c1", "verified")]
    assert [route.call_count for route in respx_mock.routes] == [1, 1, 1]
    assert told[-1] == ("c1", "verified")
    assert report.claims[0].evidence, "the link's evidence is the claim's"


async def test_a_link_to_another_level_is_a_mismatch_on_the_claim(
    client: httpx.AsyncClient, tmp_path: Path, respx_mock: respx.MockRouter
) -> None:
    serve_credly(respx_mock, badge_name="AWS Certified Solutions Architect – Associate")

    report = await verify(
        client,
        tmp_path,
        resume("AWS Certified Solutions Architect – Professional, Amazon Web Services, 2024"),
    )

    [claim] = report["claims"]  # type: ignore[misc]
    assert claim["url"] == LINK
    assert claim["verdict"] == "mismatch"
    failed = [check["name"] for check in claim["checks"] if check["status"] == "failed"]
    assert "claim_level" in failed


async def test_a_link_matching_no_claim_stays_a_claim_of_its_own(
    client: httpx.AsyncClient, tmp_path: Path, respx_mock: respx.MockRouter
) -> None:
    serve_credly(respx_mock)

    report = await verify(
        client, tmp_path, resume("Professional Scrum Master I (PSM I), Scrum.org, 2022")
    )

    origins = sorted(claim["source"]["origin"] for claim in report["claims"])  # type: ignore[union-attr]
    assert origins == ["link", "resume"]


async def test_a_link_of_unknown_kind_is_asked_while_the_resume_is_read(
    client: httpx.AsyncClient,
    tmp_path: Path,
    respx_mock: respx.MockRouter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The links given beside the résumé are known before it is read: the issuer's answer
    comes while the reading goes on, and the check then asks nothing again."""
    assertion = read_json(DCPV / "basic-assertion.json")
    route = respx_mock.get(str(assertion["id"])).mock(return_value=json_ld(assertion))
    serve_assets(respx_mock)
    read = pipeline.extract
    asked_while_reading: list[int] = []

    async def reading(**arguments: Any) -> Extraction:
        extraction = await read(**arguments)
        for _ in range(100):  # the reading goes on a while yet: up to 5 s
            if route.call_count:
                break
            await asyncio.sleep(0.05)
        asked_while_reading.append(route.call_count)
        return extraction

    monkeypatch.setattr(pipeline, "extract", reading)
    report = await pipeline.run(
        data=resume("Open Badges basic badge"),
        filename="jane.txt",
        links=[str(assertion["id"])],
        emails=[RECIPIENT_EMAIL],
        client=client,
        settings=Settings(data_dir=tmp_path),
    )

    assert asked_while_reading == [1]
    assert route.call_count == 1
    assert [claim.verdict for claim in report.claims if claim.url] == [Verdict.VERIFIED]


async def test_a_resumes_requests_take_their_turn_from_when_it_began(
    client: httpx.AsyncClient,
    tmp_path: Path,
    respx_mock: respx.MockRouter,
) -> None:
    """Each request a résumé's run makes (asked ahead, or by its checks) waits for the
    issuer's free place in the order the runs began (``verifiers.in_turn``)."""
    from verifiers.resilience import _TURN

    turns: dict[str, list[float | None]] = {}
    assertion = read_json(DCPV / "basic-assertion.json")
    documents = {str(assertion["id"]): assertion}

    def answer(request: httpx.Request) -> httpx.Response:
        turns.setdefault(str(request.url), []).append(_TURN.get())
        path = DCPV / "assets" / request.url.path.lstrip("/")
        found = documents.get(str(request.url))
        return json_ld(found if found is not None else read_json(path))

    respx_mock.get(url__regex=r"^https?://example\.org/").mock(side_effect=answer)
    for _ in range(2):
        await pipeline.run(
            data=resume("Open Badges basic badge"),
            filename="jane.txt",
            links=[str(assertion["id"])],
            emails=[RECIPIENT_EMAIL],
            client=client,
            settings=Settings(data_dir=tmp_path),
        )
        client._transport._cache.clear()  # the next run asks again

    asked = [turn for each in turns.values() for turn in each]
    assert len(turns) >= 3 and all(len(each) == 2 for each in turns.values())
    assert None not in asked
    first, second = ({each[number] for each in turns.values()} for number in range(2))
    assert len(first) == 1 and len(second) == 1  # one turn a run, from when it began
    assert first.pop() < second.pop()
