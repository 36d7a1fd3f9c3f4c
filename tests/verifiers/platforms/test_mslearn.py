"""Microsoft Learn transcript share links, read through the transcript API."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit.factories import check
from tests.verifiers.platforms.helpers import (
    JANE,
    json_response,
    judge,
    link_claim,
    now,
    recorded,
    resume_claim,
)
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.platforms.mslearn import MicrosoftLearnVerifier, transcript_share_id

SHARE = "dz336sng53l39pp"
API = f"https://learn.microsoft.com/api/profiles/transcript/share/{SHARE}"
TRANSCRIPT_LINK = f"https://learn.microsoft.com/en-us/users/janedoe-1234/transcript/{SHARE}"
VERIFIER = MicrosoftLearnVerifier(now=now)

URL_FORMS = [
    TRANSCRIPT_LINK,
    TRANSCRIPT_LINK + "/",
    TRANSCRIPT_LINK + "?tab=credentials-tab",
    f"https://learn.microsoft.com/en-gb/users/janedoe-1234/transcript/{SHARE}",
    f"https://learn.microsoft.com/zh-hans/users/janedoe-1234/transcript/{SHARE}",
    f"https://learn.microsoft.com/users/janedoe-1234/transcript/{SHARE}",
    f"https://LEARN.microsoft.com/de-de/users/JaneDoe-1234/transcript/{SHARE}#main",
]


def serve(router: respx.MockRouter, document: Any | None = None, status: int = 200) -> None:
    router.get(API, params={"locale": "en-us"}).mock(
        return_value=json_response(
            recorded("mslearn/transcript.json") if document is None else document, status
        )
    )


@pytest.mark.parametrize("url", URL_FORMS)
async def test_every_transcript_link_form_reads_the_share(
    url: str, client: httpx.AsyncClient
) -> None:
    assert transcript_share_id(url) == SHARE
    claim = resume_claim(url, "Azure Administrator Associate (AZ-104)", issuer="Microsoft")
    with respx.mock(assert_all_called=True) as router:
        serve(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.assurance is Assurance.ISSUER
    facts = verification.credential
    assert facts is not None
    assert facts.title == "Microsoft Certified: Azure Administrator Associate"
    assert (facts.recipient_name, facts.issued_on, facts.expires_on) == (
        "Jane Doe",
        "2024-05-10",
        "2026-05-10",
    )
    assert check(verification, "contact_email")[0] is CheckStatus.PASSED


@pytest.mark.parametrize(
    ("claim_fields", "title"),
    [
        (
            {"title": "Microsoft Certified: Azure Fundamentals"},
            "Microsoft Certified: Azure Fundamentals",
        ),
        ({"title": "AZ-900"}, "Microsoft Azure Fundamentals"),
        (
            {"title": "Azure certification", "credential_id": "a1b2c3-d4e5f6"},
            "Microsoft Certified: Azure Administrator Associate",
        ),
        (
            {"title": "Azure Storage Applied Skills: Secure storage for Azure Files"},
            "Secure storage for Azure Files and Azure Blob Storage",
        ),
    ],
)
async def test_the_claim_is_found_by_title_number_or_exam_code(
    claim_fields: dict[str, str], title: str, client: httpx.AsyncClient
) -> None:
    claim = resume_claim(TRANSCRIPT_LINK, **claim_fields)
    with respx.mock() as router:
        serve(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.credential is not None
    assert verification.credential.title == title
    assert verification.verdict is Verdict.VERIFIED, verification.checks


async def test_a_historical_certification_is_expired(client: httpx.AsyncClient) -> None:
    claim = resume_claim(TRANSCRIPT_LINK, "Azure Data Engineer Associate")
    with respx.mock() as router:
        serve(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.EXPIRED
    assert check(verification, "expiry")[1] == "expired on 2022-03-02"


async def test_a_claim_the_transcript_does_not_list_is_a_mismatch(
    client: httpx.AsyncClient,
) -> None:
    claim = resume_claim(TRANSCRIPT_LINK, "Azure Solutions Architect Expert")
    with respx.mock() as router:
        serve(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.MISMATCH
    detail = check(verification, "credential")[1]
    assert "no credential named 'Azure Solutions Architect Expert'" in detail
    assert "'Microsoft Certified: Azure Fundamentals'" in detail


async def test_another_level_of_a_listed_certification_is_a_mismatch(
    client: httpx.AsyncClient,
) -> None:
    claim = resume_claim(TRANSCRIPT_LINK, "Azure Administrator Expert")
    with respx.mock() as router:
        serve(router)
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.MISMATCH
    assert check(verification, "claim_level")[1].startswith("level: the résumé claims Expert")


async def test_another_holder_is_a_mismatch_showing_both_names(client: httpx.AsyncClient) -> None:
    claim = resume_claim(TRANSCRIPT_LINK, "Azure Fundamentals")
    with respx.mock() as router:
        serve(router)
        verification = await judge(
            VERIFIER, claim, Candidate(name="Jana Doe", emails=("jana@example.org",)), client
        )
    assert verification.verdict is Verdict.MISMATCH
    detail = check(verification, "recipient")[1]
    assert "'Jane Doe'" in detail and "'Jana Doe'" in detail


async def test_a_link_given_alone_lists_the_transcript(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve(router)
        verification = await judge(VERIFIER, link_claim(TRANSCRIPT_LINK), JANE, client)
    assert verification.verdict is Verdict.VERIFIED
    assert (
        "'Microsoft Certified: Azure Administrator Associate'"
        in check(verification, "credential")[1]
    )


async def test_the_lookup_goes_to_the_configured_base(client: httpx.AsyncClient) -> None:
    verifier = MicrosoftLearnVerifier("https://learn-ppe.microsoft.example", now=now)
    with respx.mock(assert_all_called=True) as router:
        router.get(
            f"https://learn-ppe.microsoft.example/api/profiles/transcript/share/{SHARE}",
            params={"locale": "en-us"},
        ).mock(return_value=json_response(recorded("mslearn/transcript.json")))
        verification = await judge(verifier, link_claim(TRANSCRIPT_LINK), JANE, client)
    assert verification.verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("status", "document", "verdict"),
    [
        (404, {"errorCode": "NotFound"}, Verdict.UNVERIFIED),
        (500, {"error": "internal"}, Verdict.UNREACHABLE),
        (200, {"userName": "x"}, Verdict.UNSUPPORTED),
    ],
)
async def test_platform_failures(
    status: int, document: Any, verdict: Verdict, client: httpx.AsyncClient
) -> None:
    with respx.mock() as router:
        serve(router, document, status)
        verification = await judge(VERIFIER, link_claim(TRANSCRIPT_LINK), JANE, client)
    assert verification.verdict is verdict


@pytest.mark.parametrize(
    ("url", "detail"),
    [
        (
            "https://learn.microsoft.com/api/credentials/share/en-us/JaneDoe-1234/"
            "A1B2C3D4E5F6A7B8?sharingId=C183137B04FE9A8C",
            "credential page",
        ),
        (
            "https://learn.microsoft.com/en-us/users/janedoe-1234/credentials/f7f30c5bf0f8de6b",
            "credential page",
        ),
        ("https://learn.microsoft.com/en-us/users/janedoe-1234/", "not a share link"),
        ("https://learn.microsoft.com/en-us/users/janedoe-1234/transcript", "not a share link"),
    ],
)
async def test_pages_without_a_machine_readable_record_are_unsupported(
    url: str, detail: str, client: httpx.AsyncClient
) -> None:
    claim = link_claim(url)
    assert VERIFIER.recognises(claim)
    with respx.mock(assert_all_called=False):
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.UNSUPPORTED
    assert detail in check(verification, "machine_readable")[1]
    assert verification.evidence == ()
