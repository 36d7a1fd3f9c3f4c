"""freeCodeCamp certifications at freeCodeCamp's API: found, not held, private, unknown shape."""

from __future__ import annotations

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit.factories import check
from tests.verifiers.platforms.helpers import (
    JANE,
    json_response,
    judge,
    recorded,
    resume_claim,
)
from verifiers.models import Assurance, Verdict, Verification
from verifiers.platforms.freecodecamp import FreeCodeCampVerifier, freecodecamp_certification

SANDBOX = "https://fcc.sandbox.test"
VERIFIER = FreeCodeCampVerifier(SANDBOX)
LINK = "https://www.freecodecamp.org/certification/JaneDoe/responsive-web-design"
API = f"{SANDBOX}/certificate/showCert/janedoe/responsive-web-design"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (LINK, ("janedoe", "responsive-web-design")),
        (
            "https://freecodecamp.org/certification/jane.d/javascript-algorithms-and-data-structures/",
            ("jane.d", "javascript-algorithms-and-data-structures"),
        ),
        ("https://www.freecodecamp.org/news/some-article", None),
        ("https://www.freecodecamp.org/janedoe", None),
    ],
)
def test_link_forms(url: str, expected: tuple[str, str] | None) -> None:
    assert freecodecamp_certification(url) == expected


async def serve_and_judge(
    client: httpx.AsyncClient, document: object, status: int = 200, candidate: Candidate = JANE
) -> Verification:
    claim = resume_claim(LINK, "Responsive Web Design", issuer="freeCodeCamp", issued_on="2024-03")
    assert VERIFIER.recognises(claim)
    with respx.mock() as router:
        router.get(API).mock(return_value=json_response(document, status))
        return await judge(VERIFIER, claim, candidate, client)


async def test_a_certification_is_verified_by_the_holders_name(client: httpx.AsyncClient) -> None:
    verification = await serve_and_judge(client, recorded("freecodecamp/certification.json"))
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.assurance is Assurance.NAME
    assert verification.credential is not None
    assert verification.credential.issued_on == "2024-03-04"
    assert verification.provenance == "from freeCodeCamp's certification record"


async def test_a_user_without_that_certification_is_invalid(client: httpx.AsyncClient) -> None:
    verification = await serve_and_judge(client, recorded("freecodecamp/user_not_certified.json"))
    assert verification.verdict is Verdict.INVALID
    assert "the issuer has no such certificate" in check(verification, "record")[1]


async def test_a_private_profile_is_unverified(client: httpx.AsyncClient) -> None:
    verification = await serve_and_judge(client, recorded("freecodecamp/profile_private.json"))
    assert verification.verdict is Verdict.UNVERIFIED
    assert "private" in check(verification, "record")[1]


async def test_an_unknown_slug_and_an_unknown_shape(client: httpx.AsyncClient) -> None:
    missing = await serve_and_judge(client, recorded("freecodecamp/cert_not_found.json"), 404)
    reshaped = await serve_and_judge(client, {"certificate": {"title": "Responsive Web Design"}})
    assert missing.verdict is Verdict.UNVERIFIED
    assert reshaped.verdict is Verdict.UNVERIFIED
    assert "not one credlens recognises" in check(reshaped, "fetch_certification")[1]


async def test_a_hidden_name_and_another_name(client: httpx.AsyncClient) -> None:
    document = recorded("freecodecamp/certification.json")
    hidden = await serve_and_judge(client, {k: v for k, v in document.items() if k != "name"})
    other = await serve_and_judge(client, document, candidate=Candidate(name="Robert Smith"))
    assert hidden.verdict is Verdict.UNVERIFIED
    assert other.verdict is Verdict.MISMATCH
