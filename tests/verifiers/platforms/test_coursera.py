"""Coursera certificates read from Coursera's own verify page: holder, course, date, not found."""

from __future__ import annotations

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, RECORDED, judge, link_claim, resume_claim
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.platforms.coursera import CourseraVerifier, coursera_link, read_coursera_page
from verifiers.platforms.pages import PageFound, PageNotFound, PageUnrecognised

CODE = "K7QZ3M8PLX2D"
UNKNOWN = "ZZZZ9999ZZZZ"
SANDBOX = "https://coursera.sandbox.test"
VERIFY = f"{SANDBOX}/account/accomplishments/verify"
VERIFIER = CourseraVerifier(SANDBOX)
TITLE = "Supervised Machine Learning: Regression and Classification"


def page(name: str) -> bytes:
    return (RECORDED / "coursera" / name).read_bytes()


def html(body: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"content-type": "text/html"})


@pytest.mark.parametrize(
    ("url", "kind", "code"),
    [
        (f"https://www.coursera.org/account/accomplishments/verify/{CODE}", "course", CODE),
        (f"https://coursera.org/verify/{CODE.lower()}", "course", CODE),
        (f"https://www.coursera.org/account/accomplishments/certificate/{CODE}", "course", CODE),
        (f"https://www.coursera.org/verify/specialization/{CODE}", "specialization", CODE),
        (
            f"https://www.coursera.org/account/accomplishments/specialization/certificate/{CODE}",
            "specialization",
            CODE,
        ),
        (f"https://www.coursera.org/verify/professional-cert/{CODE}", "professional-cert", CODE),
        ("https://www.coursera.org/share/0123456789abcdef0123456789abcdef", "share", None),
    ],
)
def test_every_link_form_gives_its_kind_and_code(url: str, kind: str, code: str | None) -> None:
    link = coursera_link(url)
    assert link is not None
    assert link.kind == kind
    if code is not None:
        assert link.code == code


def test_the_page_is_read_for_the_certificate_asked_not_the_first_course_on_it() -> None:
    reading = read_coursera_page(page("verify_page.html"), CODE)
    assert isinstance(reading, PageFound)
    facts = reading.facts
    # "Introduction to Deep Learning" is a recommended course on the same page.
    assert facts.title == TITLE
    assert facts.recipient_name == "Jane Q. Doe"
    assert facts.issuer == "DeepLearning.AI, Stanford University on Coursera"
    assert facts.issued_on == "2024-03-04"
    assert reading.shown_id == CODE
    # The grade achieved (0.964) says how the course was passed.
    assert facts.rigor is not None and facts.rigor.grade_percent == 96


def test_an_unknown_code_answering_200_is_coursera_saying_no() -> None:
    assert isinstance(read_coursera_page(page("not_found_page.html"), UNKNOWN), PageNotFound)


def test_a_redesigned_page_is_not_recognised_rather_than_guessed() -> None:
    assert isinstance(read_coursera_page(page("redesigned_page.html"), CODE), PageUnrecognised)
    assert isinstance(read_coursera_page(b"<html>garbage {", CODE), PageUnrecognised)


async def test_a_course_certificate_is_verified_by_the_holders_name(
    client: httpx.AsyncClient,
) -> None:
    claim = resume_claim(
        f"https://www.coursera.org/verify/{CODE}",
        "Supervised Machine Learning: Regression and Classification",
        issuer="Stanford University",
        issued_on="2024-03",
    )
    assert VERIFIER.recognises(claim)
    with respx.mock(assert_all_called=True) as router:
        router.get(f"{VERIFY}/{CODE}").mock(return_value=html(page("verify_page.html")))
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.assurance is Assurance.NAME
    assert check(verification, "recipient")[0] is CheckStatus.PASSED
    assert check(verification, "claim_match")[0] is CheckStatus.PASSED
    # The recorded page keeps Coursera's real host in og:url: the code is what is compared.
    assert verification.evidence[0].url == f"{VERIFY}/{CODE}"


async def test_an_unknown_code_is_invalid(client: httpx.AsyncClient) -> None:
    claim = resume_claim(f"https://www.coursera.org/verify/{UNKNOWN}", "Machine Learning")
    with respx.mock() as router:
        router.get(f"{VERIFY}/{UNKNOWN}").mock(return_value=html(page("not_found_page.html")))
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.INVALID
    assert "the issuer has no such certificate" in check(verification, "record")[1]


async def test_a_redesigned_page_leaves_the_claim_unverified_saying_so(
    client: httpx.AsyncClient,
) -> None:
    claim = resume_claim(f"https://www.coursera.org/verify/{CODE}", TITLE)
    with respx.mock() as router:
        router.get(f"{VERIFY}/{CODE}").mock(return_value=html(page("redesigned_page.html")))
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.UNVERIFIED
    assert "not one credlens recognises" in check(verification, "page_shape")[1]


async def test_a_holder_of_another_name_is_a_mismatch(client: httpx.AsyncClient) -> None:
    claim = resume_claim(f"https://www.coursera.org/verify/{CODE}", TITLE)
    with respx.mock() as router:
        router.get(f"{VERIFY}/{CODE}").mock(return_value=html(page("verify_page.html")))
        verification = await judge(VERIFIER, claim, Candidate(name="Robert Smith"), client)
    assert verification.verdict is Verdict.MISMATCH
    assert "'Jane Q. Doe'" in check(verification, "recipient")[1]


async def test_a_claim_naming_another_course_is_a_mismatch(client: httpx.AsyncClient) -> None:
    claim = resume_claim(f"https://www.coursera.org/verify/{CODE}", "Advanced Quantum Chemistry")
    with respx.mock() as router:
        router.get(f"{VERIFY}/{CODE}").mock(return_value=html(page("verify_page.html")))
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.MISMATCH
    assert check(verification, "claim_title")[0] is CheckStatus.FAILED


async def test_a_page_about_another_certificate_proves_nothing(client: httpx.AsyncClient) -> None:
    other = "AAAA1111BBBB"
    with respx.mock() as router:
        router.get(f"{VERIFY}/{other}").mock(return_value=html(page("verify_page.html")))
        verification = await judge(
            VERIFIER, link_claim(f"https://www.coursera.org/verify/{other}"), JANE, client
        )
    assert verification.verdict is Verdict.UNVERIFIED
    assert f"not {other}" in check(verification, "record")[1]


async def test_a_share_link_is_followed_to_its_certificate(client: httpx.AsyncClient) -> None:
    share = "0123456789abcdef0123456789abcdef"
    with respx.mock() as router:
        router.get(f"{SANDBOX}/share/{share}").mock(
            return_value=httpx.Response(302, headers={"location": f"{VERIFY}/{CODE}"})
        )
        router.get(f"{VERIFY}/{CODE}").mock(return_value=html(page("verify_page.html")))
        verification = await judge(
            VERIFIER, resume_claim(f"https://www.coursera.org/share/{share}", TITLE), JANE, client
        )
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert f"certificate {CODE}" in check(verification, "share_link")[1]


async def test_a_hidden_name_cannot_bind_the_certificate(client: httpx.AsyncClient) -> None:
    hidden = page("verify_page.html").replace(
        b'"firstName":"Jane","middleName":"Q.","lastName":"Doe"',
        b'"firstName":"User","middleName":null,"lastName":"4815162342"',
    )
    with respx.mock() as router:
        router.get(f"{VERIFY}/{CODE}").mock(return_value=html(hidden))
        verification = await judge(
            VERIFIER, resume_claim(f"https://www.coursera.org/verify/{CODE}", TITLE), JANE, client
        )
    assert verification.verdict is Verdict.UNVERIFIED
    assert check(verification, "recipient")[0] is CheckStatus.FAILED
    assert verification.assurance is Assurance.LINK
