"""The catalog's rigor model: every value it states carries the page that states it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractors.rigor import Accreditation, Assessment, Renewal, Rigor, Standard

SOURCE = "https://www.example.org/certification/policy"


def test_a_known_assessment_needs_its_source() -> None:
    with pytest.raises(ValidationError, match="needs its source"):
        Rigor(assessment=Assessment.PROCTORED_EXAM)
    assert Rigor(assessment=Assessment.UNKNOWN).assessment_source is None


def test_preparation_hours_come_with_their_source() -> None:
    with pytest.raises(ValidationError, match="go together"):
        Rigor(assessment=Assessment.UNKNOWN, prep_hours=40)
    rigor = Rigor(assessment=Assessment.UNKNOWN, prep_hours=40, prep_source=SOURCE)
    assert rigor.prep_hours == 40


def test_a_source_is_a_web_page() -> None:
    with pytest.raises(ValidationError):
        Rigor(assessment=Assessment.COMPLETION, assessment_source="example.org/policy")
    with pytest.raises(ValidationError):
        Renewal(required=True, source="ftp://example.org/renewal")


def test_accreditation_labels_name_the_body() -> None:
    anab = Accreditation(standard=Standard.ISO_17024, body="ANAB", source=SOURCE)
    licence = Accreditation(
        standard=Standard.LICENCE, body="state boards of nursing", source=SOURCE
    )
    assert anab.label == "ISO/IEC 17024 accredited (ANAB)"
    assert licence.label == "licence (state boards of nursing)"
