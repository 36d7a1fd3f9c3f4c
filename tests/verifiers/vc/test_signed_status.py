"""Status lists of credentials signed in the test: revoked, suspended, and lists that are not
what they claim."""

from __future__ import annotations

from typing import Any

import httpx
import respx

from testkit.factories import check
from testkit.vc_issuer import (
    ISSUER_KEY,
    StatusListIssuer,
)
from tests.verifiers.vc.support import (
    NOW,
    STATUS_URL,
    SUSPENSION_URL,
    json_response,
    signed_badge,
    verify,
)
from verifiers.http import HttpPolicy, create_client
from verifiers.models import Verdict
from verifiers.resilience import with_resilience
from verifiers.vc import VerifiableCredentialVerifier

# -- status lists ----------------------------------------------------------------------------


def serve_status(router: respx.MockRouter, revoked: set[int], suspended: set[int]) -> None:
    lists = StatusListIssuer(ISSUER_KEY)
    router.get(STATUS_URL).mock(
        return_value=json_response(lists.status_list(STATUS_URL, "revocation", revoked))
    )
    router.get(SUSPENSION_URL).mock(
        return_value=json_response(lists.status_list(SUSPENSION_URL, "suspension", suspended))
    )


def with_status(index: int) -> dict[str, Any]:
    return signed_badge(
        credentialStatus=[
            {
                "id": f"{STATUS_URL}#{index}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "revocation",
                "statusListIndex": str(index),
                "statusListCredential": STATUS_URL,
            },
            {
                "id": f"{SUSPENSION_URL}#{index}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "suspension",
                "statusListIndex": str(index),
                "statusListCredential": SUSPENSION_URL,
            },
        ]
    )


async def test_status_in_good_standing(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_status(respx_mock, revoked={7}, suspended={8})
    verification = await verify(client, with_status(42))
    assert verification.verdict is Verdict.VERIFIED
    details = [each.detail for each in verification.checks if each.name == "status"]
    assert len(details) == 2
    assert all("not set" in detail and "the list's own proof holds" in detail for detail in details)
    assert {str(each.url) for each in verification.evidence} == {STATUS_URL, SUSPENSION_URL}


async def test_revoked_in_a_status_list(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_status(respx_mock, revoked={42}, suspended=set())
    verification = await verify(client, with_status(42))
    assert verification.verdict is Verdict.REVOKED
    assert "revoked" in check(verification, "status")[1] or any(
        "revoked:" in each.detail for each in verification.checks
    )


async def test_suspended_is_revoked_with_the_detail(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_status(respx_mock, revoked=set(), suspended={42})
    verification = await verify(client, with_status(42))
    assert verification.verdict is Verdict.REVOKED
    assert any(
        each.name == "status" and each.detail.startswith("suspended by the issuer")
        for each in verification.checks
    )


async def test_a_tampered_status_list_leaves_status_unverified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    lists = StatusListIssuer(ISSUER_KEY)
    tampered = lists.status_list(STATUS_URL, "revocation", {42})
    tampered["credentialSubject"]["encodedList"] = StatusListIssuer(ISSUER_KEY).status_list(
        STATUS_URL, "revocation", set()
    )["credentialSubject"]["encodedList"]
    respx_mock.get(STATUS_URL).mock(return_value=json_response(tampered))
    credential = signed_badge(
        credentialStatus={
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "42",
            "statusListCredential": STATUS_URL,
        }
    )
    verification = await verify(client, credential)
    assert verification.verdict is Verdict.UNVERIFIED
    assert "not authentic" in check(verification, "status")[1]


async def test_status_lists_are_asked_once_through_the_client_cache(
    respx_mock: respx.MockRouter,
) -> None:
    serve_status(respx_mock, revoked=set(), suspended=set())
    verifier = VerifiableCredentialVerifier(clock=lambda: NOW)
    async with create_client(HttpPolicy()) as client:
        with_resilience(client)  # the one response cache, as the service's client has it
        for _ in range(3):
            verification = await verify(client, with_status(1), verifier=verifier)
            assert verification.verdict is Verdict.VERIFIED
    assert respx_mock.calls.call_count == 2  # one fetch per list, whatever the number of badges
