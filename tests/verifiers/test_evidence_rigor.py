"""What a credential's own evidence says about its rigor, read from real documents."""

from __future__ import annotations

import json

from tests.conftest import SHARED_FIXTURES, need_shared
from verifiers.evidence_rigor import credly_template_rigor, open_badge_rigor
from verifiers.models import EvidenceRigor


def test_an_open_badge_3_achievement_gives_its_type_and_alignments() -> None:
    path = need_shared(SHARED_FIXTURES / "credentials" / "1edtech-dcpv" / "ob30" / "complete.json")
    credential = json.loads(path.read_text(encoding="utf-8"))
    achievement = credential["credentialSubject"]["achievement"]
    rigor = open_badge_rigor(achievement)
    # 1EdTech's complete test vector: a degree aligned twice to the same catalogue entry.
    assert rigor == EvidenceRigor(
        achievement_type="Degree", alignments=("1EdTech University Degree",)
    )


def test_an_achievement_that_says_nothing_gives_nothing() -> None:
    assert open_badge_rigor({"name": "A badge", "alignment": [{"targetUrl": "x"}]}) is None
    assert open_badge_rigor({"achievementType": "  "}) is None


def test_a_credly_template_gives_only_what_it_states() -> None:
    assert credly_template_rigor({"name": "x", "level": "Advanced", "cost": ""}) == (
        EvidenceRigor(level="Advanced")
    )
    assert credly_template_rigor({"name": "x"}) is None
