"""Accredible credentials on credential.net, branded and custom domains, by the recipient's name."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit.factories import check
from tests.verifiers.platforms.helpers import (
    ACCREDIBLE_UUID as UUID,
)
from tests.verifiers.platforms.helpers import (
    JANE,
    json_response,
    judge,
    link_claim,
    now,
    recorded,
    resume_claim,
)
from tests.verifiers.platforms.helpers import accredible_credential as credential
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.platforms.accredible import AccredibleVerifier, accredible_credential_id

API = "https://api.accredible.com/v1/credential-net/credentials"
VERIFIER = AccredibleVerifier(now=now)

URL_FORMS = [
    (f"https://www.credential.net/{UUID}", UUID),
    (f"https://credential.net/{UUID}/", UUID),
    ("https://www.credential.net/10000005", "10000005"),
    (f"https://skillshop.credential.net/{UUID}#acc.r3NJjRvY", UUID),
    (f"https://google.accredible.com/{UUID}?key=5b8c2e", UUID),
    (f"https://www.credential.net/embed/{UUID}", UUID),
    (f"https://credentials.databricks.com/{UUID}", UUID),
    ("https://achieve.snowflake.com/10000005", "10000005"),
    (f"https://skillsoft.digitalbadges.skillsoft.com/{UUID.upper()}", UUID),
]


def serve(router: respx.MockRouter, credential_id: str, document: Any, status: int = 200) -> None:
    router.get(f"{API}/{credential_id}").mock(return_value=json_response(document, status))


@pytest.mark.parametrize(("url", "credential_id"), URL_FORMS)
async def test_every_url_form_is_looked_up_by_its_id(
    url: str, credential_id: str, client: httpx.AsyncClient
) -> None:
    claim = resume_claim(url, "Google Cloud Associate Cloud Engineer", issuer="Google")
    assert VERIFIER.recognises(claim)
    assert accredible_credential_id(url) == credential_id
    with respx.mock(assert_all_called=True) as router:
        serve(router, credential_id, credential())
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.assurance is Assurance.NAME
    facts = verification.credential
    assert facts is not None
    assert (facts.title, facts.issuer, facts.recipient_name) == (
        "Associate Cloud Engineer",
        "Google Cloud",
        "Jane Q. Doe",
    )
    assert (facts.issued_on, facts.expires_on) == ("2024-02-20", "2027-02-20")
    assert facts.skills[1] == "Deploying and implementing a cloud solution"
    assert check(verification, "recipient")[0] is CheckStatus.PASSED


@pytest.mark.parametrize(
    "url",
    [
        "https://www.accredible.com/pricing",
        f"https://api.accredible.com/v1/credentials/{UUID}",
        f"https://credentials.example.com/{UUID}",
        "https://www.credential.net/",
        "https://www.credential.net/profile/janedoe/wallet",
    ],
)
def test_other_links_are_not_accredible_credentials(url: str) -> None:
    assert not VERIFIER.recognises(link_claim(url))


async def test_custom_domains_are_configurable(client: httpx.AsyncClient) -> None:
    verifier = AccredibleVerifier(custom_domains=("certs.example-academy.com",), now=now)
    url = f"https://certs.example-academy.com/{UUID}"
    assert verifier.recognises(link_claim(url))
    assert not VERIFIER.recognises(link_claim(url))


async def test_the_lookup_goes_to_the_configured_base(client: httpx.AsyncClient) -> None:
    verifier = AccredibleVerifier("https://sandbox.api.accredible.com", now=now)
    with respx.mock(assert_all_called=True) as router:
        router.get(f"https://sandbox.api.accredible.com/v1/credential-net/credentials/{UUID}").mock(
            return_value=json_response(credential())
        )
        verification = await judge(
            verifier, link_claim(f"https://www.credential.net/{UUID}"), JANE, client
        )
    assert verification.verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("found", "candidate", "near_miss"),
    [
        ("Hanna Doe", "Anna Doe", True),
        ("John Smith", "Jane Doe", False),
    ],
)
async def test_another_recipient_is_a_mismatch_showing_both_names(
    found: str, candidate: str, near_miss: bool, client: httpx.AsyncClient
) -> None:
    document = credential(recipient={"email": "h***@example.com", "name": found})
    with respx.mock() as router:
        serve(router, UUID, document)
        verification = await judge(
            VERIFIER,
            link_claim(f"https://www.credential.net/{UUID}"),
            Candidate(name=candidate),
            client,
        )
    assert verification.verdict is Verdict.MISMATCH
    assert verification.assurance is Assurance.LINK
    status, detail = check(verification, "recipient")
    assert status is CheckStatus.FAILED
    assert repr(found) in detail and repr(candidate) in detail
    assert ("near miss" in detail) is near_miss


async def test_a_nickname_and_reordered_name_is_the_same_person(
    client: httpx.AsyncClient,
) -> None:
    document = credential(recipient={"email": "b***@example.com", "name": "SMITH, Robert J."})
    with respx.mock() as router:
        serve(router, UUID, document)
        verification = await judge(
            VERIFIER,
            link_claim(f"https://www.credential.net/{UUID}"),
            Candidate(name="Bob Smith"),
            client,
        )
    assert verification.verdict is Verdict.VERIFIED


async def test_no_name_on_the_resume_is_unverified(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve(router, UUID, credential())
        verification = await judge(
            VERIFIER, link_claim(f"https://www.credential.net/{UUID}"), Candidate(), client
        )
    assert verification.verdict is Verdict.UNVERIFIED
    assert "gives no name" in check(verification, "recipient")[1]


@pytest.mark.parametrize(
    ("changes", "verdict", "check_name", "detail"),
    [
        ({"revoked_at": "2025-01-05T10:00:00Z"}, Verdict.REVOKED, "revocation", "on 2025-01-05"),
        ({"expired_on": "2025-02-20"}, Verdict.EXPIRED, "expiry", "expired on 2025-02-20"),
        ({"expired": True, "expired_on": None}, Verdict.EXPIRED, "expiry", "marks it expired"),
        ({"private": True}, Verdict.UNVERIFIED, "public", "the credential is private"),
        ({"issued_on": "2026-01-01"}, Verdict.INVALID, "issued_on", "issued in the future"),
    ],
)
async def test_platform_states(
    changes: dict[str, Any],
    verdict: Verdict,
    check_name: str,
    detail: str,
    client: httpx.AsyncClient,
) -> None:
    with respx.mock() as router:
        serve(router, UUID, credential(**changes))
        verification = await judge(
            VERIFIER, link_claim(f"https://www.credential.net/{UUID}"), JANE, client
        )
    assert verification.verdict is verdict
    assert detail in check(verification, check_name)[1]


async def test_an_unknown_credential_is_unverified(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve(router, UUID, recorded("accredible/not_found.json"), 404)
        verification = await judge(
            VERIFIER, link_claim(f"https://www.credential.net/{UUID}"), JANE, client
        )
    assert verification.verdict is Verdict.UNVERIFIED
    assert "HTTP 404" in check(verification, "fetch_credential")[1]
    assert verification.evidence[0].status_code == 404


async def test_an_answer_that_is_not_json_is_unsupported(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        router.get(f"{API}/{UUID}").mock(return_value=httpx.Response(200, html="<html></html>"))
        verification = await judge(
            VERIFIER, link_claim(f"https://www.credential.net/{UUID}"), JANE, client
        )
    assert verification.verdict is Verdict.UNSUPPORTED
    assert "not JSON" in check(verification, "fetch_credential")[1]


@pytest.mark.parametrize(
    ("title", "field", "detail"),
    [
        (
            "Google Cloud Professional Cloud Engineer",
            "level",
            "level: the résumé claims Professional",
        ),
        ("Professional Data Engineer", "level", "level: the résumé claims Professional"),
        ("Google Workspace Administrator", "title", "title: the résumé claims"),
    ],
)
async def test_a_resume_claiming_another_level_or_title_is_a_mismatch(
    title: str, field: str, detail: str, client: httpx.AsyncClient
) -> None:
    with respx.mock() as router:
        serve(router, UUID, credential())
        verification = await judge(
            VERIFIER, resume_claim(f"https://www.credential.net/{UUID}", title), JANE, client
        )
    assert verification.verdict is Verdict.MISMATCH
    assert check(verification, f"claim_{field}")[1].startswith(detail)
