"""Open Badges 2.0 hosted assertions against the 1EdTech fixtures, issuers faked with respx."""

from __future__ import annotations

import httpx
import pytest
import respx

from extractors.models import Claim
from testkit.factories import check
from tests.verifiers.ob2_issuer import (
    ASSERTION_URL,
    CANDIDATE,
    DCPV,
    VALIDATOR_CORE,
    VERIFIER,
    basic_assertion,
    json_ld,
    link_claim,
    read_json,
    serve_assertion,
    verify,
)
from verifiers.models import Assurance, CheckStatus, Verdict

# -- the upstream 1EdTech cases ----------------------------------------------------------

UPSTREAM_CASES = [
    ("basic-assertion.json", Verdict.VERIFIED),
    ("basic-assertion-with-language.json", Verdict.VERIFIED),
    ("basic-assertion-no-public-key.json", Verdict.VERIFIED),
    ("basic-assertion-with-allowed-origins.json", Verdict.VERIFIED),
    ("basic-assertion-with-allowed-origins-valid-starts-with.json", Verdict.VERIFIED),
    ("basic-assertion-with-allowed-origins-valid-multiple-starts-with.json", Verdict.VERIFIED),
    ("basic-assertion-with-allowed-origins-invalid-starts-with.json", Verdict.INVALID),
    ("basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json", Verdict.INVALID),
    ("basic-assertion-expired.json", Verdict.EXPIRED),
    ("basic-assertion-expired-before-issued.json", Verdict.INVALID),
    ("basic-assertion-in-future.json", Verdict.INVALID),
    ("basic-assertion-invalid-context.json", Verdict.INVALID),
    ("basic-assertion-invalid-type.json", Verdict.INVALID),
    ("assertion-with-data-image.json", Verdict.INVALID),
    ("assertion-with-endorsements.json", Verdict.VERIFIED),
    ("assertion-with-extension-node-basic.json", Verdict.VERIFIED),
    ("assertion-with-multiple-extensions.json", Verdict.VERIFIED),
    ("warning-issuer-non-http.json", Verdict.VERIFIED),
    ("warning-with-redirection.json", Verdict.VERIFIED),
]


@pytest.mark.parametrize(("name", "expected"), UPSTREAM_CASES, ids=[c[0] for c in UPSTREAM_CASES])
async def test_upstream_hosted_cases(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, name: str, expected: Verdict
) -> None:
    url = serve_assertion(respx_mock, read_json(DCPV / name))

    verification = await verify(client, url)

    assert verification.verdict is expected, verification.checks
    assert verification.method == "openbadges2"
    assert verification.evidence[0].url == url


async def test_verified_badge_carries_its_facts_and_evidence(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(respx_mock, read_json(DCPV / "basic-assertion.json"))

    verification = await verify(client, url)

    assert verification.verdict is Verdict.VERIFIED
    assert verification.assurance is Assurance.ISSUER
    assert verification.credential is not None
    assert verification.credential.title == "Awesome Robotics Badge"
    assert verification.credential.issuer == "An Example Badge Issuer"
    assert verification.credential.issuer_url == "https://example.org"
    assert verification.credential.issued_on == "2016-12-31"
    assert verification.credential.expires_on is None
    assert [evidence.url for evidence in verification.evidence] == [
        url,
        "https://example.org/robotics-badge.json",
        "https://example.org/organization.json",
    ]
    assert all(len(evidence.sha256) == 64 for evidence in verification.evidence)
    assert {each.name for each in verification.checks} >= {
        "fetch_assertion",
        "assertion_type",
        "assertion_id",
        "badge_class",
        "issuer_profile",
        "hosted_origin",
        "recipient",
        "revocation",
        "issued_on",
        "expiry",
    }


async def test_non_http_issuer_skips_the_hosting_rule_and_lowers_assurance(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(respx_mock, read_json(DCPV / "warning-issuer-non-http.json"))

    verification = await verify(client, url)

    assert check(verification, "hosted_origin")[0] is CheckStatus.SKIPPED
    assert verification.assurance is Assurance.LINK


async def test_hosted_elsewhere_than_the_issuer_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = "https://badges.attacker.example/beths-robotics-badge.json"
    copied = basic_assertion(id=url)
    serve_assertion(respx_mock, copied)

    verification = await verify(client, url)

    assert verification.verdict is Verdict.INVALID
    status, detail = check(verification, "hosted_origin")
    assert status is CheckStatus.FAILED
    assert "badges.attacker.example" in detail


# -- the graph ---------------------------------------------------------------------------


async def test_embedded_badge_and_issuer_with_skills(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    badge = read_json(DCPV / "assets" / "robotics-badge.json")
    badge["issuer"] = read_json(DCPV / "assets" / "organization.json")
    badge["tags"] = ["robotics", "ROS"]
    badge["alignment"] = [{"targetName": "Motion planning", "targetUrl": "https://x.example/mp"}]
    url = serve_assertion(respx_mock, basic_assertion(badge=badge))

    verification = await verify(client, url)

    assert verification.verdict is Verdict.VERIFIED
    assert len(verification.evidence) == 1
    assert verification.credential is not None
    assert verification.credential.skills == ("robotics", "ROS", "Motion planning")


async def test_a_shared_copy_is_checked_against_the_assertion_at_its_id(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    share_link = "https://example.org/share/beth?identity__email=nobody%40example.org"
    respx_mock.get(share_link).mock(return_value=json_ld(basic_assertion()))
    serve_assertion(respx_mock, basic_assertion())

    verification = await verify(client, share_link)

    assert verification.verdict is Verdict.VERIFIED
    assert check(verification, "assertion_id")[0] is CheckStatus.PASSED
    assert [e.url for e in verification.evidence][:2] == [share_link, ASSERTION_URL]


async def test_a_copy_whose_id_serves_something_else_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    share_link = "https://example.org/share/beth"
    respx_mock.get(share_link).mock(return_value=json_ld(basic_assertion()))
    serve_assertion(
        respx_mock, basic_assertion(id="https://example.org/another-badge.json"), at=ASSERTION_URL
    )

    verification = await verify(client, share_link)

    assert verification.verdict is Verdict.INVALID
    assert check(verification, "assertion_id")[0] is CheckStatus.FAILED


async def test_badge_class_of_the_wrong_type_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(
        respx_mock, basic_assertion(badge="https://example.org/organization.json")
    )

    verification = await verify(client, url)

    assert verification.verdict is Verdict.INVALID
    assert check(verification, "badge_class")[0] is CheckStatus.FAILED


# -- what the link answers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(503), Verdict.UNREACHABLE),
        (httpx.Response(429, headers={"retry-after": "30"}), Verdict.UNREACHABLE),
        (httpx.Response(404, text="no such badge"), Verdict.UNVERIFIED),
        (httpx.Response(403), Verdict.UNVERIFIED),
    ],
    ids=["503", "429", "404", "403"],
)
async def test_http_status_of_the_assertion(
    client: httpx.AsyncClient,
    respx_mock: respx.MockRouter,
    response: httpx.Response,
    expected: Verdict,
) -> None:
    respx_mock.get(ASSERTION_URL).mock(return_value=response)

    verification = await verify(client, ASSERTION_URL)

    assert verification.verdict is expected
    assert verification.assurance is Assurance.NONE or verification.evidence


async def test_timeout_is_unreachable(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(ASSERTION_URL).mock(side_effect=httpx.ReadTimeout("slow issuer"))

    verification = await verify(client, ASSERTION_URL)

    assert verification.verdict is Verdict.UNREACHABLE
    assert verification.evidence == ()


async def test_badge_class_outage_is_unreachable(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get("https://example.org/robotics-badge.json").mock(return_value=httpx.Response(502))
    url = serve_assertion(respx_mock, basic_assertion())

    assert (await verify(client, url)).verdict is Verdict.UNREACHABLE


async def test_an_html_page_is_unsupported(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = "https://www.example.com/badges/5f1b"
    respx_mock.get(url).mock(
        return_value=httpx.Response(200, html="<html><body>My badge</body></html>")
    )

    verification = await verify(client, url)

    assert verification.verdict is Verdict.UNSUPPORTED
    assert "not a machine-readable credential" in check(verification, "fetch_assertion")[1]


async def test_json_that_is_not_a_badge_is_unsupported(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = "https://api.example.com/profile"
    respx_mock.get(url).mock(return_value=httpx.Response(200, json={"name": "Beth"}))

    verification = await verify(client, url)

    assert verification.verdict is Verdict.UNSUPPORTED
    assert "not a machine-readable credential" in check(verification, "assertion_type")[1]


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/badge.json", "http://169.254.169.254/latest/meta-data"]
)
async def test_a_link_the_guard_refuses_is_unsupported(client: httpx.AsyncClient, url: str) -> None:
    verification = await verify(client, url)

    assert verification.verdict is Verdict.UNSUPPORTED
    assert "will not fetch" in check(verification, "fetch_assertion")[1]
    assert verification.evidence == ()


def test_recognises_any_web_link() -> None:
    assert VERIFIER.recognises(link_claim("https://example.org/x"))
    assert VERIFIER.recognises(link_claim("http://example.org/x"))
    assert not VERIFIER.recognises(link_claim("mailto:beth@example.org"))
    assert not VERIFIER.recognises(Claim(id="c", title="AWS SAA"))


async def test_open_badges_1_1_hosted_assertion_verifies(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    for name in ("1_1_basic_badgeclass.json", "1_1_basic_issuer.json"):
        node = read_json(VALIDATOR_CORE / name)
        respx_mock.get(node["id"]).mock(return_value=json_ld(node))
    url = serve_assertion(respx_mock, read_json(VALIDATOR_CORE / "1_1_basic_assertion.json"))

    verification = await verify(client, url)

    assert verification.verdict is Verdict.VERIFIED, verification.checks


@pytest.mark.parametrize("name", ["0_5_assertion.json", "1_0_basic_assertion.json"])
async def test_open_badges_before_1_1_are_unsupported_not_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, name: str
) -> None:
    url = "http://a.com/instance"
    respx_mock.get(url).mock(return_value=json_ld(read_json(VALIDATOR_CORE / name)))

    verification = await verify(client, url)

    assert verification.verdict is Verdict.UNSUPPORTED
    assert "Open Badges 1.0" in check(verification, "assertion_type")[1]


async def test_a_hash_without_the_hashed_flag_is_still_compared_as_a_hash(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    recipient = dict(basic_assertion()["recipient"])
    del recipient["hashed"]
    url = serve_assertion(respx_mock, basic_assertion(recipient=recipient))

    assert (await verify(client, url)).verdict is Verdict.VERIFIED


async def test_a_payload_that_is_not_open_badges_2_leaves_the_link_to_be_checked(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = serve_assertion(respx_mock, basic_assertion())
    claim = Claim(id="c", title="Badge", url=url, payload="Awesome Robotics Badge, 2016")

    verification = await VERIFIER.verify(claim, CANDIDATE, client)

    assert verification.verdict is Verdict.VERIFIED


async def test_a_link_that_redirects_to_the_assertion_id(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    short_link = "http://bit.example/beth"
    respx_mock.get(short_link).mock(
        return_value=httpx.Response(301, headers={"location": ASSERTION_URL})
    )
    serve_assertion(respx_mock, basic_assertion())

    verification = await verify(client, short_link)

    assert verification.verdict is Verdict.VERIFIED
    assert check(verification, "assertion_id") == (
        CheckStatus.PASSED,
        "the assertion id is the URL it was fetched from",
    )


async def test_an_assertion_written_with_its_own_prefixes_reads_in_ob2_terms(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    prefixed = {
        "@context": {
            "obi": "https://w3id.org/openbadges#",
            "schema": "http://schema.org/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": ASSERTION_URL,
        "@type": "obi:Assertion",
        "obi:recipient": {
            "@type": "schema:email",
            "obi:hashed": {"@value": True, "@type": "xsd:boolean"},
            "obi:salt": "deadsea",
            "obi:identityHash": basic_assertion()["recipient"]["identity"],
        },
        "obi:issueDate": {"@value": "2016-12-31T23:59:59Z", "@type": "xsd:dateTime"},
        "obi:badge": {"@id": "https://example.org/robotics-badge.json"},
        "obi:verify": {"@type": "obi:HostedBadge"},
    }
    url = serve_assertion(respx_mock, prefixed, at=ASSERTION_URL)

    verification = await verify(client, url)

    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.credential is not None
    assert verification.credential.issued_on == "2016-12-31"
