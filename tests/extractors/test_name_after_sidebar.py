"""A design template draws a dark sidebar down the page's left (contact details, skills, what
is under way) and sets the name, with its post-nominal letters wrapped onto a second line, at
the top of the main column; the sidebar is read first. The name is no item of the sidebar's
last list: a recruiter takes the letters after it as credentials held."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
@page { margin: 0; }
.side { position: absolute; left: 0; top: 0; width: 160pt; height: 820pt; background: #223344;
  color: #ffffff; padding: 20pt 10pt; box-sizing: border-box; font-size: 9pt; }
.main { margin-left: 180pt; padding-top: 30pt; width: 300pt; font-size: 9pt; }
.name { font-size: 22pt; font-weight: bold; line-height: 1.2; }
"""


def test_letters_after_a_name_read_after_a_sidebar_are_held() -> None:
    body = (
        '<div class="side"><p><b>CONTACT</b></p><p>rafael.moreno@example.org</p>'
        "<p><b>IN PROGRESS</b></p><p>Project Management Professional: exam booked</p></div>"
        '<div class="main"><div class="name">Rafael Moreno Quiroga,<br>PMP, CISSP</div>'
        "<p>Security programme manager</p>"
        "<h2>Experience</h2><p>Led the security programme of a regional bank.</p></div>"
    )

    claims = extract(pdf(body, _CSS), "cv.pdf")

    assert claims.candidate is not None and claims.candidate.name == "Rafael Moreno Quiroga"
    assert sorted(claim.text for claim in claims.claims) == ["CISSP", "PMP"]
