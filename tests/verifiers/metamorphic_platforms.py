"""How the metamorphic tests serve each platform's recorded answer, as it stands or mutated.

``mutation`` is None for the answer as recorded, else one of the credential mutations that
mean something for that platform (see ``tests/verifiers/test_metamorphic.py``).
"""

from __future__ import annotations

from typing import Any

import httpx
import respx

from tests.verifiers.platforms.helpers import RECORDED, json_response, recorded

CREDLY = "https://api.credly.com/v1/obi/v2"
CREDLY_BADGE = "3b0e5a8c-5d7e-4f1a-9c53-6f0d2b7a4e21"
CREDLY_ISSUER = f"{CREDLY}/issuers/f4b8d042-0072-4a1a-8d00-260b513026e8"
CREDLY_CLASS = f"{CREDLY_ISSUER}/badge_classes/64567b66-def2-4c84-be6c-2586962fccd3"
ACCREDIBLE_ID = "e62a0eab-4375-4aca-b91d-da37eccb1407"
BADGR_ENTITY = "fJ3kQ9xYTzWm2bL7nV5cPq"
MSLEARN_SHARE = "d8yjji3nj1kyy2w"
COURSERA_CODE = "K7QZ3M8PLX2D"
EDX_CERTIFICATE = "4d2b9c0e7f1a4e6b8c3d5a7f9e1b2c4d"
CERTMETRICS = "https://api.certmetrics.com"
AWS_VALIDATION_NUMBER = "Q1W2E3R4T5Y6U7I8"


def one_digit(text: str) -> str:
    """The year changed by one byte (its last digit), so the dates no longer agree."""
    last = text[3]
    return text[:3] + ("5" if last != "5" else "1") + text[4:]


def mutated_assertion(assertion: dict[str, Any], mutation: str | None) -> dict[str, Any]:
    """An Open Badges 2.0 assertion with one byte of its payload or of its recipient changed."""
    if mutation == "payload_byte":
        assertion["issuedOn"] = one_digit(assertion["issuedOn"])
    elif mutation == "recipient":
        identity = assertion["recipient"]["identity"]
        assertion["recipient"]["identity"] = identity[:-1] + ("0" if identity[-1] != "0" else "1")
    return assertion


def serve_credly(router: respx.MockRouter, mutation: str | None) -> None:
    assertion = mutated_assertion(recorded("credly/assertion.json"), mutation)
    status = 410 if mutation == "status" else 200
    router.get(f"{CREDLY}/badge_assertions/{CREDLY_BADGE}").mock(
        return_value=json_response(assertion, status)
    )
    router.get(CREDLY_CLASS).mock(return_value=json_response(recorded("credly/badge_class.json")))
    record = recorded("credly/public_badge.json")
    if mutation == "recipient":
        record["data"]["issued_to"] = "John Smith"  # Credly names another holder too
    router.get(f"https://www.credly.com/api/v1/public_badges/{CREDLY_BADGE}").mock(
        return_value=json_response(record)
    )
    router.get(CREDLY_ISSUER).mock(return_value=json_response(recorded("credly/issuer.json")))


def serve_accredible(router: respx.MockRouter, mutation: str | None) -> None:
    document = recorded("accredible/credential.json")
    data = document["data"]
    if mutation == "payload_byte":
        data["issued_on"] = one_digit(data["issued_on"])
    elif mutation == "recipient":
        data["recipient"]["name"] = "John Smith"
    elif mutation == "status":
        data["revoked_at"] = "2024-09-01T00:00:00Z"
    router.get(f"https://api.accredible.com/v1/credential-net/credentials/{ACCREDIBLE_ID}").mock(
        return_value=json_response(document)
    )


def serve_badgr(router: respx.MockRouter, mutation: str | None) -> None:
    base = "https://api.badgr.io"
    assertion = mutated_assertion(recorded("badgr/assertion.json"), mutation)
    if mutation == "status":
        assertion["revoked"] = True
    router.get(f"{base}/public/assertions/{BADGR_ENTITY}").mock(
        return_value=json_response(assertion, ld=True)
    )
    router.get(f"{base}/public/badges/Ab3dE5fG7hJ9kL1mN3pQrS").mock(
        return_value=json_response(recorded("badgr/badge_class.json"), ld=True)
    )
    router.get(f"{base}/public/issuers/Zy8xW7vU6tS5rQ4pO3nM2l").mock(
        return_value=json_response(recorded("badgr/issuer.json"), ld=True)
    )


def serve_mslearn(router: respx.MockRouter, mutation: str | None) -> None:
    transcript = recorded("mslearn/transcript.json")
    data = transcript["certificationData"]
    if mutation == "payload_byte":
        for entry in data["activeCertifications"]:
            entry["dateEarned"] = one_digit(entry["dateEarned"])
    elif mutation == "recipient":
        data["legalName"] = "John Smith"
        transcript.pop("contactEmail", None)
    router.get(
        f"https://learn.microsoft.com/api/profiles/transcript/share/{MSLEARN_SHARE}",
        params={"locale": "en-us"},
    ).mock(return_value=json_response(transcript))


def _page(name: str, replace: tuple[str, str] | None = None) -> httpx.Response:
    body = (RECORDED / name).read_text(encoding="utf-8")
    if replace is not None:
        assert replace[0] in body, f"{name} no longer holds {replace[0]!r}"
        body = body.replace(*replace)
    return httpx.Response(200, text=body, headers={"content-type": "text/html; charset=utf-8"})


def serve_coursera(router: respx.MockRouter, mutation: str | None) -> None:
    page = {
        None: _page("coursera/verify_page.html"),
        # grantedAt, a millisecond timestamp: one digit earlier is 2021, not 2024.
        "payload_byte": _page("coursera/verify_page.html", ("1709571600000", "1609571600000")),
        "recipient": _page("coursera/verify_page.html", ('"lastName":"Doe"', '"lastName":"Smith"')),
        # A certificate Coursera withdrew answers as one it never issued.
        "status": _page("coursera/not_found_page.html", ("ZZZZ9999ZZZZ", COURSERA_CODE)),
    }[mutation]
    router.get(f"https://www.coursera.org/account/accomplishments/verify/{COURSERA_CODE}").mock(
        return_value=page
    )


def serve_edx(router: respx.MockRouter, mutation: str | None) -> None:
    page = {
        None: _page("edx/course_certificate.html"),
        "payload_byte": _page("edx/course_certificate.html", ("August 6, 2018", "August 6, 2016")),
        "recipient": _page("edx/course_certificate.html", ("Jane Q. Doe", "John Q. Smith")),
        "status": _page("edx/invalid_certificate.html"),
    }[mutation]
    router.get(f"https://courses.edx.org/certificates/{EDX_CERTIFICATE}").mock(return_value=page)


def serve_certmetrics(router: respx.MockRouter, mutation: str | None) -> None:
    record = recorded("certmetrics/aws_certification.json")
    if mutation == "payload_byte":
        record["certActiveDate"] = one_digit(record["certActiveDate"])
    elif mutation == "recipient":
        record["lastName"] = "Smith"
    elif mutation == "status":
        record["certStatus"] = "Revoked"
    router.get(f"{CERTMETRICS}/amazon/verification/certification/{AWS_VALIDATION_NUMBER}").mock(
        return_value=json_response(record)
    )
