"""A safety course's completion card is worth less than an examined licence, through build()."""

from __future__ import annotations

import reports
from extractors.models import Candidate
from extractors.rigor import Assessment
from reports.rigor import RIGOR_POINTS
from testkit.factories import claim, verification
from verifiers.models import Assurance, Verdict


def test_an_osha_30_card_is_not_rated_like_a_proctored_certification() -> None:
    report = reports.build(
        Candidate(name="Jane Doe"),
        [
            verification(
                claim("OSHA 30-Hour Construction", claim_id="c1", catalog_id="osha-30"),
                Verdict.VERIFIED,
                assurance=Assurance.ISSUER,
            ),
            verification(
                claim("Professional Engineer (PE)", claim_id="c2", catalog_id="pe-licence"),
                Verdict.VERIFIED,
                assurance=Assurance.ISSUER,
            ),
        ],
    )
    osha, pe = (found.rigor for found in report.claims)
    assert osha is not None and pe is not None
    assert (osha.assessment, osha.word) == (Assessment.COMPLETION, "Completion")
    assert osha.recognition is None
    assert osha.points == RIGOR_POINTS[Assessment.COMPLETION]
    assert pe.assessment is Assessment.PROCTORED_EXAM and pe.recognition
    assert osha.points < RIGOR_POINTS[Assessment.PROCTORED_EXAM] < pe.points
