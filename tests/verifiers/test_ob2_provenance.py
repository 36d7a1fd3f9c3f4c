"""Every Open Badges 2.0 case the shared PROVENANCE.md gives a result for, through credlens.

The table below maps each case to credlens's verdict. Where credlens deliberately differs from
the upstream validator's word, the reason is in the row's note; the test also fails when
PROVENANCE.md lists an OB 2.0 case that the table does not cover.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
import respx

from extractors.models import Candidate, Claim, ClaimOrigin, Source
from tests.conftest import SHARED_FIXTURES
from tests.verifiers.ob2_issuer import RECIPIENT_EMAIL, json_ld, read_json, serve_assets
from verifiers.baked import unbake
from verifiers.models import Verdict
from verifiers.openbadges2 import OpenBadges2Verifier, is_http_url

CREDENTIALS = SHARED_FIXTURES / "credentials"
PROVENANCE = CREDENTIALS / "PROVENANCE.md"
DCPV = CREDENTIALS / "1edtech-dcpv"
CORE = CREDENTIALS / "ob-validator-core"

NOT_AN_AWARD = "a badge description, profile or other node proves nothing held: unsupported"
PRE_1_1 = "credlens does not upgrade Open Badges 0.5/1.0: unsupported"

#: shared fixture → (credlens verdict, why it differs from upstream's word, if it does).
EXPECTED: dict[str, tuple[Verdict, str]] = {
    "1edtech-dcpv/ob20/assertion-with-data-image.json": (Verdict.INVALID, ""),
    "1edtech-dcpv/ob20/assertion-with-endorsements.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/assertion-with-extension-node-basic.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/assertion-with-extension-node-invalid.json": (
        Verdict.VERIFIED,
        "extension JSON schemas are not validated; the badge itself checks out",
    ),
    "1edtech-dcpv/ob20/assertion-with-multiple-extensions.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/assets/badge-with-data-image.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "1edtech-dcpv/ob20/assets/badgeclass-with-complex-image.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/assets/badgeclass1.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "1edtech-dcpv/ob20/badge-class-with-language.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "1edtech-dcpv/ob20/basic-assertion-expired-before-issued.json": (Verdict.INVALID, ""),
    "1edtech-dcpv/ob20/basic-assertion-expired.json": (Verdict.EXPIRED, ""),
    "1edtech-dcpv/ob20/basic-assertion-in-future.json": (Verdict.INVALID, ""),
    "1edtech-dcpv/ob20/basic-assertion-invalid-context.json": (Verdict.INVALID, ""),
    "1edtech-dcpv/ob20/basic-assertion-invalid-type.json": (Verdict.INVALID, ""),
    "1edtech-dcpv/ob20/basic-assertion-no-public-key.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json": (
        Verdict.INVALID,
        "",
    ),
    "1edtech-dcpv/ob20/basic-assertion-with-allowed-origins-invalid-starts-with.json": (
        Verdict.INVALID,
        "",
    ),
    "1edtech-dcpv/ob20/basic-assertion-with-allowed-origins-valid-multiple-starts-with.json": (
        Verdict.VERIFIED,
        "",
    ),
    "1edtech-dcpv/ob20/basic-assertion-with-allowed-origins-valid-starts-with.json": (
        Verdict.VERIFIED,
        "",
    ),
    "1edtech-dcpv/ob20/basic-assertion-with-allowed-origins.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/basic-assertion-with-language.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/basic-assertion.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/issuer-compact-iri-validation.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "1edtech-dcpv/ob20/rdf-validation/badge-class-invalid-issuer-type.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/rdf-validation/invalid-class.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "1edtech-dcpv/ob20/rdf-validation/invalid-empty-type.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/rdf-validation/invalid-one-invalid-class.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/rdf-validation/valid-alignment-object.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/rdf-validation/valid-badge-class-empty-criteria-type.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/rdf-validation/valid-badge-class.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/rdf-validation/valid-cool-class.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "1edtech-dcpv/ob20/rdf-validation/valid-issuer-extension.json": (
        Verdict.UNSUPPORTED,
        NOT_AN_AWARD,
    ),
    "1edtech-dcpv/ob20/simple-badge.png": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/simple-not-revoked.jwt": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/simple-revoked.jwt": (Verdict.REVOKED, ""),
    "1edtech-dcpv/ob20/simple.jwt": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/warning-issuer-non-http.json": (Verdict.VERIFIED, ""),
    "1edtech-dcpv/ob20/warning-with-redirection.json": (Verdict.VERIFIED, ""),
    "ob-validator-core/0_5_1_assertion.json": (Verdict.UNSUPPORTED, PRE_1_1),
    "ob-validator-core/0_5_assertion.json": (Verdict.UNSUPPORTED, PRE_1_1),
    "ob-validator-core/1_0_assertion_with_errors.json": (Verdict.UNSUPPORTED, PRE_1_1),
    "ob-validator-core/1_0_basic_assertion.json": (Verdict.UNSUPPORTED, PRE_1_1),
    "ob-validator-core/1_0_basic_assertion_with_extra_properties.json": (
        Verdict.UNSUPPORTED,
        PRE_1_1,
    ),
    "ob-validator-core/1_0_basic_badgeclass.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "ob-validator-core/1_0_basic_issuer.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "ob-validator-core/1_1_basic_assertion.json": (Verdict.VERIFIED, ""),
    "ob-validator-core/1_1_basic_badgeclass.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "ob-validator-core/1_1_basic_issuer.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "ob-validator-core/2_0_basic_assertion.json": (Verdict.VERIFIED, ""),
    "ob-validator-core/2_0_basic_badgeclass.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
    "ob-validator-core/2_0_basic_issuer.json": (Verdict.UNSUPPORTED, NOT_AN_AWARD),
}


def provenance_cases() -> set[str]:
    """OB 2.0 rows of PROVENANCE.md with a verdict (not contexts, not supporting nodes)."""
    section = ""
    cases: set[str] = set()
    for line in PROVENANCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip().rstrip("/")
            continue
        row = re.match(r"^\| `([^`]+)` \| [^|]* \| ([^|]*)\|", line)
        if row is None or section not in {"1edtech-dcpv", "ob-validator-core"}:
            continue
        name, verdict = row.group(1), row.group(2)
        if section == "1edtech-dcpv" and not name.startswith("ob20/"):
            continue
        if "VALID" in verdict and "supporting" not in verdict:
            cases.add(f"{section}/{name}")
    return cases


def test_the_table_covers_every_open_badges_2_case_in_provenance() -> None:
    listed = provenance_cases()
    assert len(listed) > 40
    assert listed == set(EXPECTED)


def serve_validator_core(router: respx.MockRouter) -> None:
    """validator-core's own BadgeClass and Issuer, at their ids (before the dcpv assets)."""
    for version in ("1_1", "2_0"):
        for part in ("badgeclass", "issuer"):
            node = read_json(CORE / f"{version}_basic_{part}.json")
            router.get(node["id"]).mock(return_value=json_ld(node))


def claim_for(case: str, router: respx.MockRouter) -> Claim:
    path = CREDENTIALS / case
    if path.suffix in {".jwt", ".png"}:
        # Upstream serves the baked badge's hosted original at its id.
        hosted = read_json(DCPV / "ob20" / "basic-assertion.json")
        router.get(hosted["id"]).mock(return_value=json_ld(hosted))
        payload = (
            unbake(path.read_bytes()).payload if path.suffix == ".png" else path.read_text().strip()
        )
        return Claim(
            id="c",
            title=path.name,
            payload=payload,
            source=Source(origin=ClaimOrigin.CREDENTIAL),
        )
    document: Any = read_json(path)
    node_id = document.get("id")
    url = node_id if is_http_url(node_id) else f"https://example.org/input/{path.name}"
    if case.startswith(("ob-validator-core/1_0", "ob-validator-core/0_5")):
        url = f"https://old-issuer.example/{path.name}"
    router.get(url).mock(return_value=json_ld(document))
    return Claim(id="c", title=path.name, url=url)


@pytest.mark.parametrize("case", sorted(EXPECTED))
async def test_provenance_case(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, case: str
) -> None:
    expected, _why = EXPECTED[case]
    claim = claim_for(case, respx_mock)
    if case.startswith("ob-validator-core/"):
        serve_validator_core(respx_mock)
    serve_assets(respx_mock)

    verification = await OpenBadges2Verifier().verify(
        claim, Candidate(emails=(RECIPIENT_EMAIL,)), client
    )

    assert verification.verdict is expected, [
        (check.name, check.detail) for check in verification.checks
    ]


def test_differences_from_upstream_are_explained() -> None:
    upstream_valid = {
        case
        for case in provenance_cases()
        if re.search(r"\| VALID", _row(case)) or "VALID component" in _row(case)
    }
    for case, (verdict, why) in EXPECTED.items():
        differs = (verdict is Verdict.VERIFIED) != (case in upstream_valid)
        assert not differs or why, f"{case}: credlens says {verdict} without a reason"


def _row(case: str) -> str:
    name = case.split("/", 1)[1]
    for line in PROVENANCE.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"| `{name}`"):
            return line
    return ""
