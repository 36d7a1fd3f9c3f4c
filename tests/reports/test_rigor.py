"""Each claim's rigor, the evidence strength and the skills weighed by it, through build()."""

from __future__ import annotations

import csv
import io

import reports
from extractors.models import Candidate
from extractors.rigor import Assessment
from reports.models import RigorSource
from reports.scoring import score
from testkit.factories import claim, credential_facts, verification
from verifiers.models import Assurance, EvidenceRigor, Verdict

CANDIDATE = Candidate(name="Jane Doe")


def test_a_catalog_claim_takes_what_the_catalog_says_with_its_source() -> None:
    cissp = verification(
        claim("CISSP", catalog_id="cissp"), Verdict.VERIFIED, assurance=Assurance.ISSUER
    )
    [found] = reports.build(CANDIDATE, [cissp]).claims
    assert found.rigor is not None
    assert found.rigor.source is RigorSource.CATALOG
    assert found.rigor.assessment is Assessment.PROCTORED_EXAM
    assert found.rigor.recognition == "ISO/IEC 17024 accredited (ANAB)"
    assert found.rigor.points == 85 and found.rigor.meter == 4
    assert "ISO/IEC 17024 accredited (ANAB)" in found.rigor.takes
    assert found.rigor.source_url and found.rigor.source_url.startswith("http")


def test_a_credential_outside_the_catalog_is_read_from_its_evidence() -> None:
    facts = credential_facts(
        "Data Wrangling Expert",
        platform="Credly",
        rigor=EvidenceRigor(type_category="Certification", level="Advanced", cost="Paid"),
    )
    badge = verification(
        claim("Data Wrangling Expert"), Verdict.VERIFIED, assurance=Assurance.NAME, credential=facts
    )
    [found] = reports.build(CANDIDATE, [badge]).claims
    assert found.rigor is not None
    assert found.rigor.source is RigorSource.EVIDENCE
    assert found.rigor.assessment is Assessment.EXAM
    assert found.rigor.takes == "Credly says: certification, advanced level, paid"


def test_an_edx_audit_certificate_is_completion_and_nothing_said_is_unknown() -> None:
    audit = credential_facts("Intro", platform="edX", rigor=EvidenceRigor(track="audit"))
    claims = reports.build(
        CANDIDATE,
        [
            verification(claim("Intro", claim_id="c1"), Verdict.VERIFIED, credential=audit),
            verification(claim("Something", claim_id="c2"), Verdict.VERIFIED),
        ],
    ).claims
    rigors = {found.id: found.rigor for found in claims}
    assert rigors["c1"] is not None and rigors["c1"].assessment is Assessment.COMPLETION
    assert rigors["c2"] is not None and rigors["c2"].source is RigorSource.NONE
    assert rigors["c2"].assessment is Assessment.UNKNOWN


def test_rigor_never_moves_a_verdict_or_the_score() -> None:
    found = [
        verification(
            claim("CKA", claim_id="c1", catalog_id="cka"),
            Verdict.VERIFIED,
            assurance=Assurance.LINK,
        ),
        verification(claim("Badge", claim_id="c2"), Verdict.UNVERIFIED),
    ]
    report = reports.build(CANDIDATE, found)
    assert [c.verdict for c in report.claims] == [Verdict.VERIFIED, Verdict.UNVERIFIED]
    stripped = [c.model_copy(update={"rigor": None}) for c in report.claims]
    assert report.score == score(stripped)
    assert report.evidence_strength is not None and report.evidence_strength.overall == 90


def test_a_skill_proven_by_a_hands_on_exam_comes_before_one_proven_by_a_completion() -> None:
    course = credential_facts(
        "Docker basics", platform="edX", rigor=EvidenceRigor(track="honor"), skills=("Docker",)
    )
    report = reports.build(
        CANDIDATE,
        [
            verification(
                claim("Docker basics", claim_id="c1"),
                Verdict.VERIFIED,
                assurance=Assurance.ISSUER,
                credential=course,
            ),
            verification(
                claim("CKA", claim_id="c2", catalog_id="cka", skills=("Kubernetes",)),
                Verdict.VERIFIED,
                assurance=Assurance.ISSUER,
            ),
        ],
    )
    verified = [skill for skill in report.skills if skill.level.value == "verified"]
    names = [skill.name for skill in verified]
    assert names.index("Kubernetes") < names.index("Docker")
    kubernetes = next(skill for skill in verified if skill.name == "Kubernetes")
    docker = next(skill for skill in verified if skill.name == "Docker")
    assert (kubernetes.strength, kubernetes.rigor) == (90, "Hands-on exam")
    assert (docker.strength, docker.rigor) == (25, "Completion")


def test_every_output_shows_the_rigor_and_the_strength() -> None:
    report = reports.build(
        CANDIDATE,
        [
            verification(
                claim("CKA", catalog_id="cka"), Verdict.VERIFIED, assurance=Assurance.ISSUER
            )
        ],
    )
    data = reports.to_json_dict(report)
    assert data["evidence_strength"]["overall"] == 90
    assert data["claims"][0]["rigor"]["word"] == "Hands-on exam"
    [row] = list(csv.DictReader(io.StringIO(reports.render_csv(report))))
    assert (row["rigor"], row["rigor_points"]) == ("Hands-on exam", "90")
    assert row["takes"].startswith("Hands-on exam")
    html = reports.render_html(report)
    assert "evidence strength" in html and "Hands-on exam" in html
    # The meter is decoration beside the word, hidden from screen readers.
    assert 'class="rigor-meter" aria-hidden="true"' in html
