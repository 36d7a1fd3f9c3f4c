"""edX course and program certificates read from edX's own pages: holder, title, date, track."""

from __future__ import annotations

import httpx
import pytest
import respx

from extractors.models import Candidate
from testkit.factories import check
from tests.verifiers.platforms.helpers import JANE, RECORDED, judge, resume_claim
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.platforms.edx import (
    EdxVerifier,
    edx_link,
    read_edx_course_page,
    read_edx_program_page,
)
from verifiers.platforms.pages import PageFound, PageNotFound, PageUnrecognised

COURSE_ID = "4d2b9c0e7f1a4e6b8c3d5a7f9e1b2c4d"
PROGRAM_ID = "9f8e7d6c5b4a39281716a5b4c3d2e1f0"
COURSES = "https://edx-courses.sandbox.test"
CREDENTIALS = "https://edx-credentials.sandbox.test"
VERIFIER = EdxVerifier(COURSES, credentials_base_url=CREDENTIALS)
COURSE_URL = f"https://courses.edx.org/certificates/{COURSE_ID}"
PROGRAM_URL = f"https://credentials.edx.org/credentials/{PROGRAM_ID}/"


def page(name: str) -> bytes:
    return (RECORDED / "edx" / name).read_bytes()


def html(body: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"content-type": "text/html"})


def serve_course(router: respx.MockRouter, body: bytes, status: int = 200) -> None:
    router.get(f"{COURSES}/certificates/{COURSE_ID}").mock(return_value=html(body, status))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (COURSE_URL, ("course", COURSE_ID)),
        (f"https://courses.edx.org/certificates/{COURSE_ID.upper()}", ("course", COURSE_ID)),
        (PROGRAM_URL, ("program", PROGRAM_ID)),
        (
            "https://credentials.edx.org/credentials/9f8e7d6c-5b4a-3928-1716-a5b4c3d2e1f0",
            ("program", PROGRAM_ID),
        ),
        ("https://courses.edx.org/certificates/user/42/course/course-v1:GTx+X+1T", None),
        ("https://edx.org/certificates/" + COURSE_ID, None),
    ],
)
def test_link_forms(url: str, expected: tuple[str, str] | None) -> None:
    assert edx_link(url) == expected


def test_a_course_page_gives_holder_course_org_date_and_track() -> None:
    reading = read_edx_course_page(page("course_certificate.html"), COURSE_ID)
    assert isinstance(reading, PageFound)
    facts = reading.facts
    assert facts.recipient_name == "Jane Q. Doe"
    assert facts.title == "Introduction to Analytics Modeling"
    assert facts.issuer == "GTx, Georgia Institute of Technology, edX"
    assert facts.issued_on == "2018-08-06"
    assert reading.shown_id == COURSE_ID
    assert reading.notes == ("edX track: verified",)
    assert reading.weaker is None
    assert facts.rigor is not None and facts.rigor.track == "verified"


def test_a_program_page_gives_holder_program_and_month() -> None:
    reading = read_edx_program_page(page("program_certificate.html"), PROGRAM_ID)
    assert isinstance(reading, PageFound)
    assert (reading.facts.recipient_name, reading.facts.title) == ("Jane Doe", "Data Science")
    assert reading.facts.issued_on == "2021-03"
    assert reading.facts.issuer == "HarvardX, edX"
    assert reading.shown_id == PROGRAM_ID


def test_edx_saying_invalid_number_and_a_redesign_read_differently() -> None:
    invalid = read_edx_course_page(page("invalid_certificate.html"), COURSE_ID)
    assert isinstance(invalid, PageNotFound)
    redesigned = read_edx_course_page(page("redesigned_course_page.html"), COURSE_ID)
    assert isinstance(redesigned, PageUnrecognised)


async def test_a_verified_track_course_certificate_is_verified(client: httpx.AsyncClient) -> None:
    claim = resume_claim(
        COURSE_URL, "Introduction to Analytics Modeling", issuer="Georgia Tech", issued_on="2018"
    )
    assert VERIFIER.recognises(claim)
    with respx.mock(assert_all_called=True) as router:
        serve_course(router, page("course_certificate.html"))
        verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.VERIFIED, verification.checks
    assert verification.assurance is Assurance.NAME
    assert check(verification, "claim_match")[0] is CheckStatus.PASSED


async def test_an_audit_track_is_said_but_not_held_against_the_claim(
    client: httpx.AsyncClient,
) -> None:
    audit = page("course_certificate.html").replace(
        b"wrapper-accomplishment-title verified", b"wrapper-accomplishment-title honor"
    )
    with respx.mock() as router:
        serve_course(router, audit)
        verification = await judge(
            VERIFIER, resume_claim(COURSE_URL, "Introduction to Analytics Modeling"), JANE, client
        )
    assert verification.verdict is Verdict.VERIFIED
    status, detail = check(verification, "track")
    assert status is CheckStatus.SKIPPED
    assert "honor" in detail


async def test_the_invalid_certificate_page_is_invalid(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve_course(router, page("invalid_certificate.html"))
        verification = await judge(
            VERIFIER, resume_claim(COURSE_URL, "Introduction to Analytics Modeling"), JANE, client
        )
    assert verification.verdict is Verdict.INVALID


async def test_a_404_is_no_public_certificate(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve_course(router, b"<html><body>Page not found</body></html>", 404)
        verification = await judge(
            VERIFIER, resume_claim(COURSE_URL, "Introduction to Analytics Modeling"), JANE, client
        )
    assert verification.verdict is Verdict.UNVERIFIED


async def test_a_redesigned_page_is_unverified(client: httpx.AsyncClient) -> None:
    with respx.mock() as router:
        serve_course(router, page("redesigned_course_page.html"))
        verification = await judge(
            VERIFIER, resume_claim(COURSE_URL, "Introduction to Analytics Modeling"), JANE, client
        )
    assert verification.verdict is Verdict.UNVERIFIED
    assert check(verification, "page_shape")[0] is CheckStatus.FAILED


async def test_a_program_certificate_of_someone_else_is_a_mismatch(
    client: httpx.AsyncClient,
) -> None:
    with respx.mock() as router:
        router.get(f"{CREDENTIALS}/credentials/{PROGRAM_ID}/").mock(
            return_value=html(page("program_certificate.html"))
        )
        verification = await judge(
            VERIFIER,
            resume_claim(PROGRAM_URL, "Professional Certificate in Data Science"),
            Candidate(name="Priya Raman"),
            client,
        )
    assert verification.verdict is Verdict.MISMATCH
    assert check(verification, "recipient")[0] is CheckStatus.FAILED


async def test_a_program_certificate_claimed_at_another_title_is_a_mismatch(
    client: httpx.AsyncClient,
) -> None:
    with respx.mock() as router:
        router.get(f"{CREDENTIALS}/credentials/{PROGRAM_ID}/").mock(
            return_value=html(page("program_certificate.html"))
        )
        verification = await judge(
            VERIFIER,
            resume_claim(PROGRAM_URL, "MicroMasters in Supply Chain Management"),
            JANE,
            client,
        )
    assert verification.verdict is Verdict.MISMATCH


async def test_by_user_links_are_declined_with_advice(client: httpx.AsyncClient) -> None:
    claim = resume_claim(
        "https://courses.edx.org/certificates/user/42/course/course-v1:GTx+X+1T", "Analytics"
    )
    assert VERIFIER.recognises(claim)
    verification = await judge(VERIFIER, claim, JANE, client)
    assert verification.verdict is Verdict.UNSUPPORTED
