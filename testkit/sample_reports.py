"""Hand-made verifications for report tests: every verdict, real catalog ids, fixed times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from extractors.catalog import load_catalog
from extractors.models import Candidate, Claim, Extraction
from reports import Report, build
from testkit import factories
from testkit.factories import evidence
from verifiers.models import (
    Assurance,
    Checklist,
    Verdict,
    Verification,
)

GENERATED_AT = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
REPORT_ID = "0123456789abcdef0123456789abcdef"
CANDIDATE = Candidate(
    name="Beth Kowalczyk", emails=("beth.kowalczyk@example.org",), phones=("+44 20 7946 0958",)
)


def claim(
    number: int,
    title: str,
    *,
    catalog_id: str | None = None,
    issuer: str | None = None,
    skills: tuple[str, ...] = (),
    url: str | None = None,
    page: int | None = 1,
) -> Claim:
    """The report tests' claim: numbered, with an ID and dates, as a résumé line gives it."""
    return factories.claim(
        title,
        claim_id=f"c{number}",
        text=title,
        issuer=issuer,
        credential_id=f"ID-{number:04d}",
        url=url,
        issued_on="2024-03",
        expires_on="2027-03",
        catalog_id=catalog_id,
        skills=skills,
        page=page,
        source_text=f"{title}, 2024",
    )


def verified(
    found: Claim, assurance: Assurance = Assurance.ISSUER, platform_skills: tuple[str, ...] = ()
) -> Verification:
    checks = Checklist()
    checks.passed("fetch", "the badge page answered 200")
    checks.passed("recipient", "awarded to the candidate's email")
    checks.passed("issuer", "issued by the claimed issuer")
    return factories.verification(
        found,
        Verdict.VERIFIED,
        method="credly",
        assurance=assurance,
        checks=checks.checks,
        evidence=(evidence(found.url or "https://www.credly.com/badges/x"),),
        credential=factories.credential_facts(
            found.title,
            issuer=found.issuer,
            platform="Credly",
            recipient_name=CANDIDATE.name,
            issued_on="2024-03",
            skills=platform_skills,
        ),
    )


def failed(
    found: Claim, verdict: Verdict, detail: str, method: str = "openbadges2"
) -> Verification:
    checks = Checklist()
    checks.passed("fetch", "the assertion answered 200")
    checks.failed(
        "recipient" if verdict is Verdict.MISMATCH else "signature", detail, verdict=verdict
    )
    checks.skipped("expiry", "not reached")
    return factories.verification(
        found,
        verdict,
        method=method,
        assurance=Assurance.NONE,
        checks=checks.checks,
        evidence=(evidence(found.url or "https://badges.example.org/a/1"),),
    )


def plain(
    found: Claim, verdict: Verdict, detail: str, assurance: Assurance = Assurance.NONE
) -> Verification:
    checks = Checklist()
    if verdict is Verdict.EXPIRED:
        checks.passed("recipient", "awarded to the candidate's email")
        checks.failed("expiry", detail, verdict=verdict)
    else:
        checks.skipped("lookup", detail)
    return factories.verification(
        found,
        verdict,
        method="openbadges2" if verdict is Verdict.EXPIRED else "none",
        assurance=assurance,
        checks=checks.checks,
        evidence=(evidence(found.url),) if found.url else (),
    )


def three_claim_verifications() -> tuple[Extraction, list[Verification]]:
    saa = claim(
        1,
        "AWS Certified Solutions Architect – Associate",
        catalog_id="aws-solutions-architect-associate",
        issuer="Amazon Web Services",
        skills=("Amazon Web Services", "Cloud Architecture"),
        url="https://www.credly.com/badges/8f2e6c1a-3b4d-4e5f-9a7b-1c2d3e4f5a6b",
    )
    cka = claim(
        2,
        "Certified Kubernetes Administrator (CKA)",
        catalog_id="cka",
        issuer="The Linux Foundation",
        skills=("Kubernetes",),
        url="https://badges.example.org/assertions/cka-77",
        page=2,
    )
    azure = claim(
        3,
        "Microsoft Certified: Azure Fundamentals",
        catalog_id="ms-azure-fundamentals",
        issuer="Microsoft",
        skills=("Microsoft Azure",),
    )
    verifications = [
        verified(saa, platform_skills=("Cloud Security",)),
        failed(cka, Verdict.MISMATCH, "awarded to another recipient (h…@example.com)"),
        plain(azure, Verdict.UNVERIFIED, "no link or credential ID to check"),
    ]
    extraction = Extraction(
        candidate=CANDIDATE, claims=tuple(v.claim for v in verifications), skills=("Terraform",)
    )
    return extraction, verifications


def sample_report(extraction: Extraction, verifications: Sequence[Verification]) -> Report:
    """The report of ``verifications``, with the samples' fixed id and time."""
    return build(
        extraction.candidate,
        verifications,
        extraction.skills,
        report_id=REPORT_ID,
        generated_at=GENERATED_AT,
    )


def three_claim_report() -> Report:
    return sample_report(*three_claim_verifications())


_MANY = (
    ("aws-cloud-practitioner", "AWS Certified Cloud Practitioner", "Amazon Web Services"),
    ("aws-developer-associate", "AWS Certified Developer – Associate", "Amazon Web Services"),
    (
        "ms-azure-administrator-associate",
        "Microsoft Certified: Azure Administrator Associate",
        "Microsoft",
    ),
    ("gcp-associate-cloud-engineer", "Google Cloud Associate Cloud Engineer", "Google Cloud"),
    ("ckad", "Certified Kubernetes Application Developer (CKAD)", "The Linux Foundation"),
    ("kcna", "Kubernetes and Cloud Native Associate (KCNA)", "The Linux Foundation"),
)


def catalog_skills(catalog_id: str) -> tuple[str, ...]:
    """The skills the extractor would attach from the catalog."""
    entry = load_catalog().by_id(catalog_id)
    assert entry is not None, catalog_id
    return entry.skills


def many_claim_verifications(count: int = 25) -> tuple[Extraction, list[Verification]]:
    """A long résumé: every verdict several times, real catalog entries, some open-world ones."""
    verifications: list[Verification] = []
    for number in range(1, count + 1):
        catalog_id: str | None
        catalog_id, title, issuer = _MANY[number % len(_MANY)]
        if number % 4 == 0:
            catalog_id, title, issuer = None, f"Internal training course {number}", "Acme Corp"
        found = claim(
            number,
            title,
            catalog_id=catalog_id,
            issuer=issuer,
            skills=catalog_skills(catalog_id) if catalog_id else ("Team Leadership",),
            url=f"https://www.credly.com/badges/{number:08d}-aaaa-bbbb-cccc-000000000000"
            if number % 3
            else None,
            page=1 + number // 10,
        )
        match number % 8:
            case 0:
                verifications.append(verified(found, Assurance.SIGNED))
            case 1:
                verifications.append(verified(found))
            case 2:
                verifications.append(verified(found, Assurance.LINK))
            case 3:
                verifications.append(
                    plain(found, Verdict.EXPIRED, "expired on 2024-12-31", Assurance.ISSUER)
                )
            case 4:
                verifications.append(
                    plain(found, Verdict.UNVERIFIED, "no link or credential ID to check")
                )
            case 5:
                verifications.append(plain(found, Verdict.UNREACHABLE, "the platform answered 503"))
            case 6:
                verifications.append(
                    failed(found, Verdict.INVALID, "the signature does not match the issuer's key")
                )
            case _:
                verifications.append(
                    plain(found, Verdict.UNSUPPORTED, "a PDF certificate; no machine check")
                )
    extraction = Extraction(candidate=CANDIDATE, claims=tuple(v.claim for v in verifications))
    return extraction, verifications


def many_claim_report(count: int = 25) -> Report:
    return sample_report(*many_claim_verifications(count))
