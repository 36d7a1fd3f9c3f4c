"""NAR's Graduate, REALTOR® Institute, known by its letters after an agent's name."""

from __future__ import annotations

from extractors import extract


def test_gri_after_an_agents_name_is_a_nar_designation() -> None:
    text = (
        "Marisol Quintero, ABR, GRI\n"
        "marisol.quintero@example.com\n\n"
        "Licences\n"
        "Texas Real Estate Sales Agent License - Texas Real Estate Commission - 2018\n"
    )
    claims = extract(text.encode(), "cv.txt").claims

    gri = [claim for claim in claims if claim.title.startswith("Graduate")]
    assert [(claim.title, claim.issuer) for claim in gri] == [
        ("Graduate, REALTOR® Institute", "National Association of REALTORS®")
    ]
