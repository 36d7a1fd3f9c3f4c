"""A certification of a site, a plant or a fleet listed among the candidate's own ("Depot
certifications kept: ISO 14001", "Fleet certification: ECO Stars") is the workplace's, not the
candidate's: a person holds no facility's certification."""

from __future__ import annotations

from extractors import extract

_CV = """Kofi Mensah
kofi.mensah@example.com

CERTIFICATIONS
- Counterbalance Forklift Licence - RTITB - 2019
- Depot certifications kept: ISO 14001, BRCGS Storage and Distribution
- Fleet certification: ECO Stars Fleet Recognition Scheme
- Site Safety Plus Site Supervisors' Safety Training Scheme certificate - CITB - 2022
"""


def test_a_site_s_or_a_fleet_s_certification_is_no_claim() -> None:
    titles = [claim.title for claim in extract(_CV.encode(), "cv.txt").claims]

    assert titles[0] == "Counterbalance Forklift Licence"
    assert not any("Depot" in title or "Fleet" in title for title in titles)
    # A person's certificate whose name says "Site" is still theirs.
    assert any(title.startswith("Site Safety Plus") for title in titles)
