"""One run, one fetch and one HTTP-status table: the same answer means the same verdict."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
import respx

import verifiers
from extractors.models import Candidate, Claim, ClaimOrigin, Source
from verifiers.models import CheckStatus, Verdict
from verifiers.run import Run, check_validity, status_verdict

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
UUID = "3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21"
#: One link per evidence source whose credential lives at an address of its own.
LINKS = {
    "credly": f"https://www.credly.com/badges/{UUID}",
    "accredible": f"https://www.credential.net/{UUID}",
    "badgr": "https://badgr.com/public/assertions/fJ3kQ9xYTzWm2bL7nV5cPq",
    "mslearn": "https://learn.microsoft.com/en-us/users/jane-1/transcript/d8yjji3nj1kyy2w",
    # Any other link is fetched once by the link router, whatever standard it serves.
    "link": "https://badges.issuer.example/assertions/42.json",
    "coursera": "https://www.coursera.org/account/accomplishments/verify/ABCDEFGH1234",
    "edx": "https://credentials.edx.org/credentials/0123456789abcdef0123456789abcdef/",
}
#: What each answer means, whoever asked.
EXPECTED = {
    404: Verdict.UNVERIFIED,
    403: Verdict.UNVERIFIED,
    410: Verdict.REVOKED,
    429: Verdict.UNREACHABLE,
    503: Verdict.UNREACHABLE,
}


def link(url: str) -> Claim:
    return Claim(
        id="link-1", title="Linked credential", url=url, source=Source(origin=ClaimOrigin.LINK)
    )


@pytest.mark.parametrize("status", sorted(EXPECTED))
@pytest.mark.parametrize("source", sorted(LINKS))
async def test_the_same_answer_gets_the_same_verdict_from_every_source(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, source: str, status: int
) -> None:
    respx_mock.route().mock(return_value=httpx.Response(status, json={"error": "no"}))
    chain = verifiers.verifier_chain(platforms=verifiers.platform_verifiers(now=lambda: NOW))

    [verification] = await verifiers.verify(
        [link(LINKS[source])], Candidate(name="Jane Doe"), client, verifiers=chain
    )

    assert verification.method == source
    assert verification.verdict is EXPECTED[status], verification.checks
    assert verification.evidence, "the answer is recorded as evidence"


def test_a_document_the_credential_rests_on_that_is_gone_proves_nothing() -> None:
    assert status_verdict(410) is Verdict.REVOKED
    assert status_verdict(410, supporting=True) is Verdict.UNVERIFIED
    assert status_verdict(200) is None
    assert status_verdict(500, supporting=True) is Verdict.UNREACHABLE


@pytest.mark.parametrize(
    ("issued", "expires", "expected"),
    [
        ("2024-01-01", None, Verdict.VERIFIED),
        ("2024-01-01T00:00:00Z", "2026-01-01", Verdict.VERIFIED),
        (None, "2026-01-01", Verdict.VERIFIED),
        ("2026-01-01", None, Verdict.INVALID),
        ("yesterday", None, Verdict.INVALID),
        ("2024-01-01", "not a date", Verdict.INVALID),
        ("2024-01-01", "2023-01-01", Verdict.INVALID),
        ("2022-01-01", "2025-01-01", Verdict.EXPIRED),
        ("2022-01-01", "2025-06-01", Verdict.EXPIRED),
    ],
)
def test_one_validity_window_check(
    issued: str | None, expires: str | None, expected: Verdict
) -> None:
    run = Run(claim=link(LINKS["credly"]), method="test", now=NOW)

    check_validity(run, issued, expires)

    assert run.checks.verdict() is expected
    assert [check.name for check in run.checks.checks] == ["issued_on", "expiry"]
    if issued is None:
        assert run.checks.checks[0].status is CheckStatus.SKIPPED


def test_a_missing_issue_date_is_the_format_s_business() -> None:
    run = Run(claim=link(LINKS["credly"]), method="test", now=NOW)
    check_validity(run, None, None)
    assert run.checks.verdict() is Verdict.VERIFIED  # "does not expire" passed, nothing failed
