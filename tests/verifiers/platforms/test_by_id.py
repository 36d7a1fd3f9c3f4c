"""A credential ID alone, with the issuer named: the registry that answers it is asked."""

from __future__ import annotations

import httpx
import pytest
import respx

from extractors.models import Candidate, Claim, ClaimOrigin, Source
from testkit.credly_sandbox import CORE_BADGES, CredlySandbox
from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, RECORDED, json_response, now, recorded
from verifiers import verifier_chain, verify
from verifiers.models import Assurance, CheckStatus, Verdict, Verification
from verifiers.platforms import platform_verifiers

CERTMETRICS = "https://certmetrics.sandbox.test"
COURSERA = "https://coursera.sandbox.test"
EDX = "https://edx.sandbox.test"
CHAIN = verifier_chain(
    platforms=platform_verifiers(
        certmetrics_base_url=CERTMETRICS,
        coursera_base_url=COURSERA,
        edx_base_url=EDX,
        now=now,
    )
)
AWS_CODE = "Q1W2E3R4T5Y6U7I8"
AWS_HEX = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"


def id_claim(credential_id: str, title: str, issuer: str | None = None, text: str = "") -> Claim:
    return Claim(
        id="c1",
        title=title,
        issuer=issuer,
        text=text,
        credential_id=credential_id,
        source=Source(origin=ClaimOrigin.RESUME),
    )


async def one(claim: Claim, client: httpx.AsyncClient, candidate: Candidate = JANE) -> Verification:
    [verification] = await verify([claim], candidate, client, verifiers=CHAIN)
    return verification


@pytest.mark.parametrize("code", [AWS_CODE, AWS_HEX, AWS_CODE.lower()])
async def test_an_aws_validation_number_alone_is_checked_at_certmetrics(
    code: str, client: httpx.AsyncClient
) -> None:
    claim = id_claim(
        code, "AWS Certified Solutions Architect – Associate", issuer="Amazon Web Services"
    )
    expected = code.upper() if len(code) == 16 else code
    with respx.mock(assert_all_called=True) as router:
        router.get(f"{CERTMETRICS}/amazon/verification/certification/{expected}").mock(
            return_value=json_response(recorded("certmetrics/aws_certification.json"))
        )
        verification = await one(claim, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.method == "certmetrics"
    assert verification.assurance is Assurance.NAME
    assert verification.provenance == "by AWS validation number (CertMetrics)"
    assert verification.credential is not None
    assert verification.credential.expires_on == "2027-02-10"


async def test_a_cisco_code_with_us_dates(client: httpx.AsyncClient) -> None:
    claim = id_claim(AWS_CODE, "Cisco Certified Network Associate (CCNA)", issuer="Cisco")
    with respx.mock() as router:
        router.get(f"{CERTMETRICS}/cisco/verification/certification/{AWS_CODE}").mock(
            return_value=json_response(recorded("certmetrics/cisco_certification.json"))
        )
        verification = await one(claim, client)
    # Valid until 15 March 2026; "now" in these tests is 1 June 2025.
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.provenance == "by Cisco verification code (CertMetrics)"
    assert verification.credential is not None
    assert verification.credential.issued_on == "2023-03-15"


async def test_an_unknown_number_and_an_unknown_answer(client: httpx.AsyncClient) -> None:
    claim = id_claim(AWS_CODE, "AWS Certified Developer – Associate", issuer="AWS")
    with respx.mock() as router:
        route = router.get(f"{CERTMETRICS}/amazon/verification/certification/{AWS_CODE}")
        route.mock(return_value=json_response({"message": "Not Found"}, 404))
        missing = await one(claim, client)
        route.mock(return_value=json_response({"result": {"ok": True}}))
        reshaped = await one(claim, client)
    assert missing.verdict is Verdict.UNVERIFIED
    assert reshaped.verdict is Verdict.UNVERIFIED
    assert "not a credential record credlens recognises" in check(reshaped, "fetch_credential")[1]


async def test_a_record_in_another_name_and_an_expired_one(client: httpx.AsyncClient) -> None:
    claim = id_claim(
        AWS_CODE, "AWS Certified Solutions Architect – Associate", issuer="Amazon Web Services"
    )
    answer = recorded("certmetrics/aws_certification.json")
    with respx.mock() as router:
        route = router.get(f"{CERTMETRICS}/amazon/verification/certification/{AWS_CODE}")
        route.mock(return_value=json_response(answer))
        other = await one(claim, client, Candidate(name="Robert Smith"))
        route.mock(
            return_value=json_response(
                answer | {"certExpireDate": "2025-02-10T00:00:00", "certStatus": "Expired"}
            )
        )
        expired = await one(claim, client)
    assert other.verdict is Verdict.MISMATCH
    assert expired.verdict is Verdict.EXPIRED


async def test_a_level_contradiction_by_number_is_a_mismatch(client: httpx.AsyncClient) -> None:
    claim = id_claim(
        AWS_CODE, "AWS Certified Solutions Architect – Professional", issuer="Amazon Web Services"
    )
    with respx.mock() as router:
        router.get(f"{CERTMETRICS}/amazon/verification/certification/{AWS_CODE}").mock(
            return_value=json_response(recorded("certmetrics/aws_certification.json"))
        )
        verification = await one(claim, client)
    assert verification.verdict is Verdict.MISMATCH
    assert check(verification, "claim_level")[0] is CheckStatus.FAILED


async def test_a_bare_coursera_code_on_a_coursera_line(client: httpx.AsyncClient) -> None:
    claim = id_claim(
        "k7qz3m8plx2d",
        "Supervised Machine Learning: Regression and Classification",
        issuer="Stanford University",
        text="Supervised Machine Learning: Regression and Classification — Coursera, 2024",
    )
    with respx.mock() as router:
        router.get(f"{COURSERA}/account/accomplishments/verify/K7QZ3M8PLX2D").mock(
            return_value=httpx.Response(
                200, content=(RECORDED / "coursera" / "verify_page.html").read_bytes()
            )
        )
        verification = await one(claim, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.provenance == "from Coursera's verification page, by certificate code"


async def test_a_bare_edx_id_on_an_edx_line(client: httpx.AsyncClient) -> None:
    hex_id = "4d2b9c0e7f1a4e6b8c3d5a7f9e1b2c4d"
    claim = id_claim(hex_id, "Introduction to Analytics Modeling", issuer="GTx on edX")
    with respx.mock() as router:
        router.get(f"{EDX}/certificates/{hex_id}").mock(
            return_value=httpx.Response(
                200, content=(RECORDED / "edx" / "course_certificate.html").read_bytes()
            )
        )
        verification = await one(claim, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.provenance == "from edX's certificate page, by certificate ID"


async def test_a_bare_credly_badge_id(client: httpx.AsyncClient) -> None:
    sandbox = CredlySandbox("https://api.credly.com", email=JANE.emails[0])
    badge_id = CORE_BADGES[1].id.upper()
    claim = id_claim(
        badge_id,
        "Certified Kubernetes Administrator",
        issuer="The Linux Foundation",
        text=f"CKA (Credly badge ID {badge_id})",
    )
    with respx.mock() as router:
        router.route(host="api.credly.com").mock(side_effect=sandbox.respond)
        verification = await one(claim, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.provenance == "from Credly's record of the badge, by badge ID"
    # The résumé's email is the one the badge was awarded to: bound by the email hash.
    assert verification.assurance is Assurance.ISSUER


async def test_a_bare_accredible_id(client: httpx.AsyncClient) -> None:
    claim = id_claim("10000005", "Associate Cloud Engineer", issuer="Google Cloud via Accredible")
    with respx.mock() as router:
        router.get("https://api.accredible.com/v1/credential-net/credentials/10000005").mock(
            return_value=json_response(recorded("accredible/credential.json"))
        )
        verification = await one(claim, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.provenance == "from Accredible's record, by credential ID"


@pytest.mark.parametrize(
    ("credential_id", "title", "issuer"),
    [
        ("K7QZ3M8PLX2D", "Machine Learning", "Stanford University"),  # no platform named
        ("LF-abc1234567", "Certified Kubernetes Administrator", "The Linux Foundation"),
        ("12345", "AWS Certified Developer", "Amazon Web Services"),  # not a validation number
    ],
)
async def test_an_id_no_registry_answers_stays_unverified_saying_so(
    credential_id: str, title: str, issuer: str, client: httpx.AsyncClient
) -> None:
    with respx.mock(assert_all_called=False) as router:
        verification = await one(id_claim(credential_id, title, issuer=issuer), client)
    assert not router.calls
    assert verification.verdict is Verdict.UNVERIFIED
    assert "no public registry credlens knows" in check(verification, "evidence")[1]
