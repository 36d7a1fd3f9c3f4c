"""Metamorphic tests over every evidence source (issue 17, point 4).

Each case verifies as it stands: a recorded platform answer or a standards credential with the
résumé line that truly describes it. Every single-step change to the résumé line (a level up,
another issuer, a date two years off, a neighbouring title, another specialty) must then be a
``mismatch``; every single-step change to the credential (one byte of what it says, the
signing key, the recipient, the status) must be ``invalid``, ``mismatch`` or ``revoked``.
Nothing changed may come out ``verified``.

``python -m tests.verifiers.test_metamorphic`` prints the table of counts that
``docs/platforms.md`` shows.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx
from cryptography.hazmat.primitives.asymmetric import ed25519

import verifiers
from extractors.models import Candidate, Claim, Source
from testkit.vc_issuer import (
    HOLDER_EMAIL,
    HOLDER_NAME,
    badge,
    ed25519_did,
    encoded_list,
    sign_data_integrity,
    sign_jwt,
)
from tests.verifiers.metamorphic_platforms import (
    ACCREDIBLE_ID,
    AWS_VALIDATION_NUMBER,
    BADGR_ENTITY,
    CERTMETRICS,
    COURSERA_CODE,
    CREDLY_BADGE,
    EDX_CERTIFICATE,
    MSLEARN_SHARE,
    one_digit,
    serve_accredible,
    serve_badgr,
    serve_certmetrics,
    serve_coursera,
    serve_credly,
    serve_edx,
    serve_mslearn,
)
from tests.verifiers.ob2_issuer import DCPV, RECIPIENT_EMAIL, json_ld, read_json, serve_assets
from tests.verifiers.platforms.helpers import JANE, json_response, now
from verifiers.http import HttpPolicy, create_client
from verifiers.models import Verdict

#: What a changed résumé line or credential may end as.
RESUME_VERDICTS = frozenset({Verdict.MISMATCH})
CREDENTIAL_VERDICTS = frozenset({Verdict.INVALID, Verdict.MISMATCH, Verdict.REVOKED})
RESUME_MUTATIONS = ("level_up", "other_issuer", "date_two_years_off", "neighbour", "specialty")
CREDENTIAL_MUTATIONS = ("payload_byte", "key", "recipient", "status")

ISSUER_KEY = ed25519.Ed25519PrivateKey.generate()
ISSUER_DID = ed25519_did(ISSUER_KEY)
ISSUER_METHOD = f"{ISSUER_DID}#{ISSUER_DID.removeprefix('did:key:')}"
OTHER_KEY = ed25519.Ed25519PrivateKey.generate()
STATUS_URL = "https://status.university.example/lists/1"
CREDENTIAL_URL = "https://university.example/awards/42"
OB3_HOLDER = Candidate(name=HOLDER_NAME, emails=(HOLDER_EMAIL,))

Serve = Callable[[respx.MockRouter, str | None], None]


@dataclass(frozen=True)
class Case:
    """A verified case: the résumé line that describes it and how its evidence is served."""

    name: str
    url: str
    title: str
    issuer: str
    issued_on: str
    candidate: Candidate
    serve: Serve
    neighbour: str
    specialty: str
    #: The credential mutations that mean something for this source.
    mutations: tuple[str, ...] = CREDENTIAL_MUTATIONS
    #: Set for a registry looked up by ID alone: the claim then carries the ID, not ``url``.
    credential_id: str | None = None
    level_up: str = ""

    def claim(self, **changes: str) -> Claim:
        title = changes.get("title", self.title)
        issuer = changes.get("issuer", self.issuer)
        issued_on = changes.get("issued_on", self.issued_on)
        return Claim(
            id="c1",
            title=title,
            text=title,
            issuer=issuer,
            issued_on=issued_on,
            url=None if self.credential_id else self.url,
            credential_id=self.credential_id,
            source=Source(text=f"{title}, {issuer}, {issued_on} {self.credential_id or self.url}"),
        )


def _year_off(day: str, years: int = -2) -> str:
    return f"{int(day[:4]) + years:04d}{day[4:]}"


# -- standards ------------------------------------------------------------------------------


def serve_open_badge(router: respx.MockRouter, mutation: str | None) -> None:
    assertion = read_json(DCPV / "basic-assertion.json")
    if mutation == "payload_byte":
        assertion["issuedOn"] = one_digit(assertion["issuedOn"])
    elif mutation == "recipient":
        assertion["recipient"]["identity"] = "sha256$" + "0" * 64
    elif mutation == "status":
        assertion["revoked"] = True
    router.get(str(assertion["id"])).mock(return_value=json_ld(assertion))
    serve_assets(router)


def _ob3(mutation: str | None, *, revoked: bool = False) -> dict[str, Any]:
    credential = badge(
        ISSUER_DID,
        credentialStatus={
            "id": f"{STATUS_URL}#7",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "7",
            "statusListCredential": STATUS_URL,
        },
    )
    if mutation == "recipient":
        credential["credentialSubject"]["identifier"][0]["identityHash"] = "someone@example.org"
    key = OTHER_KEY if mutation == "key" else ISSUER_KEY
    signed = sign_data_integrity(credential, key, ISSUER_METHOD)
    if mutation == "payload_byte":
        signed = copy.deepcopy(signed)
        name = signed["credentialSubject"]["achievement"]["name"]
        signed["credentialSubject"]["achievement"]["name"] = name[:-1] + "h"
    del revoked
    return signed


def _status_list(revoked: bool) -> dict[str, Any]:
    credential = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": STATUS_URL,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": ISSUER_DID,
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {
            "id": STATUS_URL + "#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list({7} if revoked else set()),
        },
    }
    return sign_data_integrity(credential, ISSUER_KEY, ISSUER_METHOD)


def serve_ob3(router: respx.MockRouter, mutation: str | None) -> None:
    router.get(CREDENTIAL_URL).mock(
        return_value=httpx.Response(
            200,
            text=json.dumps(_ob3(mutation)),
            headers={"content-type": "application/vc+ld+json"},
        )
    )
    router.get(STATUS_URL).mock(return_value=json_response(_status_list(mutation == "status")))


def serve_vc_jwt(router: respx.MockRouter, mutation: str | None) -> None:
    credential = _ob3(None)
    credential.pop("proof")
    if mutation == "recipient":
        credential["credentialSubject"]["identifier"][0]["identityHash"] = "someone@example.org"
    payload = {"iss": ISSUER_DID, "jti": credential["id"], "nbf": 1709251200, "vc": credential}
    key = OTHER_KEY if mutation == "key" else ISSUER_KEY
    token = sign_jwt({"alg": "EdDSA", "typ": "vc+jwt", "kid": ISSUER_METHOD}, payload, key)
    if mutation == "payload_byte":
        header, body, signature = token.split(".")
        middle = len(body) // 2
        flipped = "A" if body[middle] != "A" else "B"
        token = f"{header}.{body[:middle]}{flipped}{body[middle + 1 :]}.{signature}"
    router.get(CREDENTIAL_URL).mock(
        return_value=httpx.Response(200, text=token, headers={"content-type": "application/vc+jwt"})
    )
    router.get(STATUS_URL).mock(return_value=json_response(_status_list(mutation == "status")))


CASES = (
    Case(
        "credly",
        f"https://www.credly.com/badges/{CREDLY_BADGE}",
        "Certified Kubernetes Administrator (CKA)",
        "The Linux Foundation",
        "2024-03",
        JANE,
        serve_credly,
        neighbour="Certified Kubernetes Application Developer (CKAD)",
        specialty="Certified Kubernetes Security Specialist (CKS)",
        mutations=("payload_byte", "recipient", "status"),
        level_up="Certified Kubernetes Administrator – Expert",
    ),
    Case(
        "accredible",
        f"https://www.credential.net/{ACCREDIBLE_ID}",
        "Google Cloud Associate Cloud Engineer",
        "Google Cloud",
        "2024-02",
        JANE,
        serve_accredible,
        neighbour="Google Cloud Associate Cloud Developer",
        specialty="Google Cloud Associate Data Practitioner",
        mutations=("payload_byte", "recipient", "status"),
    ),
    Case(
        "badgr",
        f"https://badgr.com/public/assertions/{BADGR_ENTITY}",
        "Data Literacy Foundations",
        "Example State University",
        "2023-11",
        JANE,
        serve_badgr,
        neighbour="Data Visualization Foundations",
        specialty="Data Literacy for Healthcare Foundations",
        mutations=("payload_byte", "recipient", "status"),
    ),
    Case(
        "mslearn",
        f"https://learn.microsoft.com/en-us/users/janedoe-1234/transcript/{MSLEARN_SHARE}",
        "Microsoft Certified: Azure Administrator Associate",
        "Microsoft",
        "2024-05",
        JANE,
        serve_mslearn,
        neighbour="Microsoft Certified: Azure Developer Associate",
        specialty="Microsoft Certified: Azure Security Engineer Associate",
        mutations=("payload_byte", "recipient"),
    ),
    Case(
        "coursera",
        f"https://www.coursera.org/verify/{COURSERA_CODE}",
        "Supervised Machine Learning: Regression and Classification",
        "Stanford University",
        "2024-03",
        JANE,
        serve_coursera,
        neighbour="Advanced Learning Algorithms",
        specialty="Supervised Machine Learning: Regression and Classification in Healthcare",
        mutations=("payload_byte", "recipient", "status"),
    ),
    Case(
        "edx",
        f"https://courses.edx.org/certificates/{EDX_CERTIFICATE}",
        "Introduction to Analytics Modeling",
        "Georgia Institute of Technology",
        "2018-08",
        JANE,
        serve_edx,
        neighbour="Computing for Data Analysis",
        specialty="Introduction to Healthcare Analytics Modeling",
        mutations=("payload_byte", "recipient", "status"),
    ),
    Case(
        "certmetrics",
        f"{CERTMETRICS}/amazon/verification/certification/{AWS_VALIDATION_NUMBER}",
        "AWS Certified Solutions Architect – Associate",
        "Amazon Web Services",
        "2024-02",
        JANE,
        serve_certmetrics,
        neighbour="AWS Certified Developer – Associate",
        specialty="AWS Certified Security – Specialty",
        mutations=("payload_byte", "recipient", "status"),
        credential_id=AWS_VALIDATION_NUMBER,
    ),
    Case(
        "openbadges2",
        "https://example.org/beths-robotics-badge.json",
        "Awesome Robotics Badge",
        "An Example Badge Issuer",
        "2016-12",
        Candidate(emails=(RECIPIENT_EMAIL,)),
        serve_open_badge,
        neighbour="Awesome Drone Badge",
        specialty="Awesome Robotics Programming Badge",
        mutations=("payload_byte", "recipient", "status"),
    ),
    Case(
        "open_badges_3",
        CREDENTIAL_URL,
        "Applied Data Engineering",
        "Test University",
        "2024-03",
        OB3_HOLDER,
        serve_ob3,
        neighbour="Applied Data Science",
        specialty="Applied Machine Learning Engineering",
    ),
    Case(
        "vc_jwt",
        CREDENTIAL_URL,
        "Applied Data Engineering",
        "Test University",
        "2024-03",
        OB3_HOLDER,
        serve_vc_jwt,
        neighbour="Applied Data Science",
        specialty="Applied Machine Learning Engineering",
    ),
)


def _level_up(title: str) -> str:
    ladder = ("Foundational", "Associate", "Professional", "Expert")
    for lower, higher in itertools.pairwise(ladder):
        if re.search(rf"\b{lower}\b", title):
            return re.sub(rf"\b{lower}\b", higher, title)
    return f"{title} – Professional"


def resume_mutation(case: Case, mutation: str) -> Claim:
    if mutation == "level_up":
        return case.claim(title=case.level_up or _level_up(case.title))
    if mutation == "other_issuer":
        return case.claim(issuer="Oracle University")
    if mutation == "date_two_years_off":
        return case.claim(issued_on=_year_off(case.issued_on))
    if mutation == "neighbour":
        return case.claim(title=case.neighbour)
    return case.claim(title=case.specialty)


@dataclass
class Outcome:
    case: str
    kind: str
    mutation: str
    verdict: Verdict


@dataclass
class Table:
    outcomes: list[Outcome] = field(default_factory=list)

    def render(self) -> str:
        rows = ["| case | résumé mutations | credential mutations | verdicts | left verified |"]
        rows.append("| --- | ---: | ---: | --- | ---: |")
        for case in CASES:
            mine = [each for each in self.outcomes if each.case == case.name]
            counts = Counter(each.verdict.value for each in mine)
            rows.append(
                f"| {case.name} | {sum(each.kind == 'resume' for each in mine)} | "
                f"{sum(each.kind == 'credential' for each in mine)} | "
                + ", ".join(f"{verdict} {count}" for verdict, count in sorted(counts.items()))
                + f" | {counts.get('verified', 0)} |"
            )
        total = Counter(each.verdict.value for each in self.outcomes)
        rows.append(
            f"| **all** | {sum(each.kind == 'resume' for each in self.outcomes)} | "
            f"{sum(each.kind == 'credential' for each in self.outcomes)} | "
            + ", ".join(f"{verdict} {count}" for verdict, count in sorted(total.items()))
            + f" | {total.get('verified', 0)} |"
        )
        return "\n".join(rows)


async def run_case(
    case: Case, claim: Claim, mutation: str | None, client: httpx.AsyncClient
) -> Verdict:
    chain = verifiers.verifier_chain(platforms=verifiers.platform_verifiers(now=now))
    with respx.mock(assert_all_called=False) as router:
        case.serve(router, mutation)
        [verification] = await verifiers.verify([claim], case.candidate, client, verifiers=chain)
    return verification.verdict


async def run_all() -> Table:
    table = Table()
    async with create_client(HttpPolicy()) as client:
        for case in CASES:
            for mutation in RESUME_MUTATIONS:
                verdict = await run_case(case, resume_mutation(case, mutation), None, client)
                table.outcomes.append(Outcome(case.name, "resume", mutation, verdict))
            for mutation in case.mutations:
                verdict = await run_case(case, case.claim(), mutation, client)
                table.outcomes.append(Outcome(case.name, "credential", mutation, verdict))
    return table


@pytest.fixture
async def client() -> Any:
    async with create_client(HttpPolicy()) as client:
        yield client


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_each_case_verifies_as_it_stands(case: Case, client: httpx.AsyncClient) -> None:
    assert await run_case(case, case.claim(), None, client) is Verdict.VERIFIED


@pytest.mark.parametrize("mutation", RESUME_MUTATIONS)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_a_changed_resume_line_is_a_mismatch(
    case: Case, mutation: str, client: httpx.AsyncClient
) -> None:
    verdict = await run_case(case, resume_mutation(case, mutation), None, client)
    assert verdict in RESUME_VERDICTS, f"{case.name}/{mutation}: {verdict}"


@pytest.mark.parametrize(
    ("case", "mutation"),
    [(case, mutation) for case in CASES for mutation in case.mutations],
    ids=[f"{case.name}-{mutation}" for case in CASES for mutation in case.mutations],
)
async def test_a_changed_credential_is_never_verified(
    case: Case, mutation: str, client: httpx.AsyncClient
) -> None:
    verdict = await run_case(case, case.claim(), mutation, client)
    assert verdict in CREDENTIAL_VERDICTS, f"{case.name}/{mutation}: {verdict}"


if __name__ == "__main__":
    print(asyncio.run(run_all()).render())
