"""Credentials on a horizontal timeline, as an infographic résumé sets them: the cards
alternate above and below an axis, and each card's date is written at its dot on the axis, on
the axis's other side from the card, in line with the card's left edge. A recruiter reads each
date with the card it stands under or over, never with the card read just before it."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
.band { position: relative; height: 250pt; }
.axis { position: absolute; left: 0; right: 0; top: 125pt; border-top: 2px solid #999; }
.card { position: absolute; width: 150pt; border: 1px solid #9cc; background: #eff;
  padding: 4pt; font-size: 9pt; }
.card b { display: block; }
.when { position: absolute; font-size: 8pt; font-weight: bold; }
"""

_HELD = (
    ("Registered Dietitian", "Commission on Dietetic Registration", "Apr 2016"),
    ("Certified Diabetes Care Specialist", "CBDCE", "Sep 2018"),
    ("Sports Nutrition Certificate", "Academy of Sports Dietetics", "2020"),
)


def _band() -> str:
    parts = ['<div class="axis"></div>']
    for index, (title, issuer, when) in enumerate(_HELD):
        left = 4 + index * 110
        above = index % 2 == 0
        card_at = "bottom: 150pt" if above else "top: 150pt"
        when_at = "top: 131pt" if above else "top: 108pt"
        parts.append(
            f'<div class="card" style="left: {left}pt; {card_at}"><b>{title}</b>'
            f"<div>{issuer}</div></div>"
            f'<div class="when" style="left: {left + 3}pt; {when_at}">{when}</div>'
        )
    return f'<div class="band">{"".join(parts)}</div>'


def test_a_date_at_a_card_s_dot_is_that_card_s() -> None:
    body = (
        "<h1>Ingrid Solheim</h1><p>ingrid.solheim@example.org</p>"
        f"<h2>Licences &amp; certifications</h2>{_band()}<h2>Languages</h2><p>Norwegian</p>"
    )

    claims = extract(pdf(body, _CSS), "cv.pdf").claims

    assert sorted((claim.title, claim.issued_on) for claim in claims) == [
        ("Certified Diabetes Care Specialist", "2018-09"),
        ("Registered Dietitian", "2016-04"),
        ("Sports Nutrition Certificate", "2020"),
    ]
