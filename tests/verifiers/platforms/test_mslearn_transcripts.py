"""A shared Microsoft Learn transcript proves every certification it lists, not only one."""

from __future__ import annotations

import httpx
import respx

from extractors.models import Claim, ClaimOrigin, Source
from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, json_response, now, recorded
from verifiers import open_wallets, search_wallets, verifier_chain, verify
from verifiers.models import Assurance, Verdict
from verifiers.platforms import platform_verifiers
from verifiers.platforms.mslearn_transcripts import MicrosoftLearnTranscripts

SANDBOX = "https://learn.sandbox.test"
SHARE = "dz336sng53l39pp"
LINK = f"https://learn.microsoft.com/en-us/users/janedoe-1234/transcript/{SHARE}"
API = f"{SANDBOX}/api/profiles/transcript/share/{SHARE}"
CHAIN = verifier_chain(platforms=platform_verifiers(mslearn_base_url=SANDBOX, now=now))
SOURCES = (MicrosoftLearnTranscripts(SANDBOX),)


def claim(
    number: int, title: str, origin: ClaimOrigin = ClaimOrigin.RESUME, **fields: str
) -> Claim:
    return Claim(id=f"c{number}", title=title, source=Source(origin=origin), **fields)


async def test_every_certification_in_a_transcript_given_beside_the_resume(
    client: httpx.AsyncClient,
) -> None:
    claims = [
        claim(1, "Microsoft Certified: Azure Administrator Associate", issuer="Microsoft"),
        claim(2, "Azure Data Engineer Associate", issuer="Microsoft"),
        claim(3, "Microsoft Certified: Azure Solutions Architect Expert", issuer="Microsoft"),
        Claim(
            id="link-1", title="Linked credential", url=LINK, source=Source(origin=ClaimOrigin.LINK)
        ),
    ]
    with respx.mock() as router:
        route = router.get(API).mock(
            return_value=json_response(recorded("mslearn/transcript.json"))
        )
        verifications = await verify(claims, JANE, client, verifiers=CHAIN)
        wallets = await open_wallets([LINK], SOURCES, client)
        found = await search_wallets(verifications, JANE, wallets, client, CHAIN)
    administrator, engineer, architect = found.verifications
    assert administrator.verdict is Verdict.VERIFIED, administrator.checks
    # The transcript names the holder and carries the candidate's contact email.
    assert administrator.assurance is Assurance.ISSUER
    assert administrator.provenance == "from the candidate's Microsoft Learn transcript"
    assert engineer.verdict is Verdict.EXPIRED
    assert architect.verdict is Verdict.UNVERIFIED
    assert "Microsoft Learn transcript (4 credentials)" in check(architect, "wallets_searched")[1]
    assert [each.facts.title for each in found.also_holds] == [
        "Microsoft Certified: Azure Fundamentals",
        "Secure storage for Azure Files and Azure Blob Storage",
    ]
    # The transcript was read once for the link and the wallet; the cache served the rest.
    assert route.call_count >= 1


async def test_a_transcript_that_is_not_one_is_an_unreadable_wallet(
    client: httpx.AsyncClient,
) -> None:
    with respx.mock() as router:
        router.get(API).mock(return_value=json_response({"profile": {}}))
        [wallet] = await open_wallets([LINK], SOURCES, client)
    assert not wallet.readable
    assert "not a transcript" in wallet.checks[-1].detail
