"""Building a report: points, red flags, skills, credential paths, determinism."""

from __future__ import annotations

import itertools

import pytest

from extractors import extraction_json
from reports import Report, SkillLevel, build, verification_of
from reports.scoring import claim_points, skill_level
from testkit.sample_reports import (
    CANDIDATE,
    GENERATED_AT,
    REPORT_ID,
    claim,
    failed,
    many_claim_verifications,
    plain,
    three_claim_report,
    three_claim_verifications,
    verified,
)
from verifiers.models import Assurance, Verdict


def test_three_claims_score_and_order() -> None:
    report = three_claim_report()

    assert report.score.overall == 18  # (85 - 50 + 20) / 3
    assert report.score.counted == 3
    assert report.score.by_verdict[Verdict.MISMATCH] == 1
    assert sum(report.score.by_verdict.values()) == 3
    # The red flag comes first, with the check that raised it.
    assert report.claims[0].verdict is Verdict.MISMATCH
    [flag] = report.red_flags
    assert (flag.claim, flag.verdict) == ("c2", Verdict.MISMATCH)
    assert "another recipient" in flag.reason


def test_evidence_strength_orders_as_the_issue_says() -> None:
    signed = claim_points(Verdict.VERIFIED, Assurance.SIGNED)
    platform = claim_points(Verdict.VERIFIED, Assurance.ISSUER)
    link = claim_points(Verdict.VERIFIED, Assurance.LINK)
    claimed = claim_points(Verdict.UNVERIFIED, Assurance.NONE)
    contradicted = claim_points(Verdict.MISMATCH, Assurance.NONE)
    forged = claim_points(Verdict.INVALID, Assurance.NONE)
    expired = claim_points(Verdict.EXPIRED, Assurance.ISSUER)
    assert None not in (signed, platform, link, claimed, contradicted, forged, expired)
    assert signed > platform > link > claimed > 0 > contradicted > forged  # type: ignore[operator]
    assert claimed < expired < platform  # type: ignore[operator]
    assert claim_points(Verdict.UNREACHABLE, Assurance.ISSUER) is None


def test_a_name_binds_more_weakly_than_an_email_or_a_signature() -> None:
    by_name = claim_points(Verdict.VERIFIED, Assurance.NAME)
    by_email = claim_points(Verdict.VERIFIED, Assurance.ISSUER)
    by_link = claim_points(Verdict.VERIFIED, Assurance.LINK)
    assert by_name is not None and by_email is not None and by_link is not None
    assert by_email > by_name > by_link
    assert skill_level([(Verdict.VERIFIED, Assurance.NAME)]) is SkillLevel.VERIFIED


@pytest.mark.parametrize("unreachable", [1, 3, 10])
def test_unreachable_claims_never_lower_the_score(unreachable: int) -> None:
    extraction, verifications = three_claim_verifications()
    extra = [
        plain(claim(100 + n, f"Unreachable badge {n}"), Verdict.UNREACHABLE, "answered 503")
        for n in range(unreachable)
    ]
    with_outage = build(
        CANDIDATE,
        [*verifications, *extra],
        extraction.skills,
        report_id=REPORT_ID,
        generated_at=GENERATED_AT,
    )
    assert with_outage.score.overall == three_claim_report().score.overall
    assert with_outage.score.counted == 3
    assert with_outage.score.reasons[-1].endswith("left out")


def test_red_flags_pull_the_score_down() -> None:
    good = claim(1, "Good badge", url="https://www.credly.com/badges/1")
    other = claim(2, "Other badge", url="https://badges.example.org/2")

    def overall(second: Verdict) -> int:
        if second in {Verdict.MISMATCH, Verdict.INVALID}:
            second_verification = failed(other, second, "contradicted")
        else:
            second_verification = plain(other, second, "no evidence")
        report = build(CANDIDATE, [verified(good), second_verification])
        return report.score.overall

    assert overall(Verdict.UNVERIFIED) > overall(Verdict.MISMATCH) > overall(Verdict.INVALID)


def test_same_evidence_same_report() -> None:
    extraction, verifications = many_claim_verifications()
    first = build(
        extraction.candidate,
        verifications,
        extraction.skills,
        report_id=REPORT_ID,
        generated_at=GENERATED_AT,
    )
    again = build(
        extraction.candidate,
        verifications,
        extraction.skills,
        report_id=REPORT_ID,
        generated_at=GENERATED_AT,
    )
    assert first == again
    assert first.model_dump_json() == again.model_dump_json()


def test_ids_and_times_are_made_when_not_given() -> None:
    extraction, verifications = three_claim_verifications()
    one, two = (
        build(extraction.candidate, verifications, extraction.skills),
        build(extraction.candidate, verifications, extraction.skills),
    )
    assert one.id != two.id and len(one.id) == 32
    assert one.generated_at.tzinfo is not None


def test_skill_levels_from_the_claims_behind_them() -> None:
    report = three_claim_report()
    levels = {skill.name: skill.level for skill in report.skills}
    # Catalog skills of the verified claim, plus one the platform lists.
    assert levels["Amazon Web Services"] is SkillLevel.VERIFIED
    assert levels["Cloud Security"] is SkillLevel.VERIFIED
    assert levels["Kubernetes"] is SkillLevel.CONTRADICTED
    assert levels["Microsoft Azure"] is SkillLevel.CLAIMED_ONLY
    # Named on the résumé with no credential behind it.
    [terraform] = [skill for skill in report.skills if skill.name == "Terraform"]
    assert (terraform.level, terraform.claims) == (SkillLevel.CLAIMED_ONLY, ())


def test_skill_names_fold_to_the_catalog_spelling() -> None:
    found = claim(1, "Kubernetes badge", skills=("k8s",), url="https://www.credly.com/badges/k")
    report = build(CANDIDATE, [verified(found)], ("kubernetes",))
    assert [(skill.name, skill.level) for skill in report.skills] == [
        ("Kubernetes", SkillLevel.VERIFIED)
    ]


@pytest.mark.parametrize(
    ("verdicts", "level"),
    [
        ([(Verdict.VERIFIED, Assurance.SIGNED), (Verdict.MISMATCH, Assurance.NONE)], "verified"),
        ([(Verdict.VERIFIED, Assurance.LINK)], "partly verified"),
        (
            [(Verdict.EXPIRED, Assurance.ISSUER), (Verdict.INVALID, Assurance.NONE)],
            "partly verified",
        ),
        ([(Verdict.REVOKED, Assurance.NONE), (Verdict.UNVERIFIED, Assurance.NONE)], "contradicted"),
        (
            [(Verdict.UNREACHABLE, Assurance.NONE), (Verdict.UNSUPPORTED, Assurance.NONE)],
            "claimed only",
        ),
        ([], "claimed only"),
    ],
)
def test_skill_level_rule(verdicts: list[tuple[Verdict, Assurance]], level: str) -> None:
    assert skill_level(verdicts).value == level
    assert skill_level(reversed(verdicts)).value == level


def test_credential_paths_show_what_is_proven() -> None:
    report = three_claim_report()
    [stack] = report.stacks
    assert stack.catalog_id == "aws-solutions-architect-professional"
    assert [(part.catalog_id, part.claims, part.proven) for part in stack.parts] == [
        ("aws-solutions-architect-associate", ("c1",), True)
    ]
    assert (stack.proven, stack.total) == (1, 1)
    # The contradicted CKA and the unproven Azure Fundamentals lead nowhere worth showing.
    assert not any(
        stack.catalog_id in {"cks", "ms-azure-administrator-associate"} for stack in report.stacks
    )


def test_a_path_counts_every_part_that_leads_to_it() -> None:
    extraction, verifications = many_claim_verifications()
    report = build(extraction.candidate, verifications, extraction.skills)
    by_id = {stack.catalog_id: stack for stack in report.stacks}
    devops = by_id["aws-devops-engineer-professional"]
    assert {part.catalog_id for part in devops.parts} == {
        "aws-developer-associate",
        "aws-sysops-administrator-associate",
    }
    assert devops.total == 2 and devops.proven == 1


def test_extraction_json_has_the_report_shapes_without_verdicts() -> None:
    extraction, _ = three_claim_verifications()
    data = extraction_json(extraction)
    report = three_claim_report().model_dump(mode="json")
    assert data["candidate"] == report["candidate"]
    report_claims = {c["id"]: c for c in report["claims"]}
    for found in data["claims"]:
        assert "verdict" not in found and "payload" not in found
        assert set(found) < set(report_claims[found["id"]])
        assert all(report_claims[found["id"]][key] == value for key, value in found.items())


def test_report_is_frozen_and_round_trips() -> None:
    report = three_claim_report()
    assert Report.model_validate_json(report.model_dump_json()) == report
    with pytest.raises(ValueError):
        report.id = "x"  # type: ignore[misc]


def test_every_verdict_appears_in_the_long_sample() -> None:
    extraction, verifications = many_claim_verifications()
    report = build(extraction.candidate, verifications, extraction.skills)
    seen = {claim.verdict for claim in report.claims}
    assert seen >= set(Verdict) - {Verdict.REVOKED, Verdict.MISMATCH}
    assert list(itertools.takewhile(lambda c: c.verdict is Verdict.INVALID, report.claims)) == [
        c for c in report.claims if c.verdict is Verdict.INVALID
    ]


def test_a_report_rebuilt_from_its_own_claims_is_the_same_report() -> None:
    """What rebuilding a report after one answer relies on: nothing of the other claims is
    lost, their provenance included (a wallet's, which the report cannot derive again)."""
    extraction, verifications = three_claim_verifications()
    wallet = "from the candidate's Credly profile (jane-doe)"
    given = [verifications[0].model_copy(update={"provenance": wallet}), *verifications[1:]]
    report = build(extraction.candidate, given, generated_at=GENERATED_AT, report_id=REPORT_ID)

    again = [verification_of(each) for each in report.claims]
    rebuilt = build(extraction.candidate, again, generated_at=GENERATED_AT, report_id=REPORT_ID)

    assert rebuilt == report
    assert {each.claim.id: each.provenance for each in again}["c1"] == wallet
