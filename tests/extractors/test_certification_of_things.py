"""A certification "of" a number of things is theirs, not the candidate's: "Coordinated the
Fairtrade certification of 45 cooperatives" claims nothing."""

from __future__ import annotations

from extractors import extract

_RESUME = """Lucía Paredes
Sustainability Coordinator

Experience
Coordinator, Cooperativa Sierra Verde (2017 – present)
- Coordinated the Fairtrade certification of 45 cooperatives in the Yungas.
- Ran the Organic Producer certification for 12 farms.
"""


def test_a_certification_of_a_number_of_things_is_not_a_claim() -> None:
    assert extract(_RESUME.encode(), "cv.txt").claims == ()
