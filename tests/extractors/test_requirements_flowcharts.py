"""A screening flowchart drawn in text: a decision whose "no" stops the screen asks for what it
names, one whose "no" goes on only wants it, one whose "yes" stops it asks for nothing; a box
without an arrow heads the lines under it; the drawing and what an arrow leads to are not the
role's words. A question in angle brackets is no HTML tag, and a clause saying the employer
will teach what the clause before named takes it back."""

from __future__ import annotations

from extractors import read_role
from extractors.role_charts import flowchart_text
from extractors.role_layout import plain_text
from tests.extractors.role_keys import wanted

_CHART = """SCREEN FLOW - Junior Data Analyst

[BEGIN]
   |
   v
<Writes SQL every week?> --NO--> [Decline politely]
   | YES
   v
<Knows Python?> -- no --> [Note it, then go on]
   | yes
   v
<Holds CISSP?> ==YES==> [End: this post is for a beginner]
   | NO
   v
<Extras: each one adds a point>
   - Tableau dashboards?      +1
   |
   v
[Book the interview, unless they lack Microsoft Excel]

Notes: reporting is in Power BI; we'll teach you it in week one.
"""


def test_a_screening_flowchart() -> None:
    assert wanted(read_role(_CHART)) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Python"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]


def test_one_decision_is_no_chart() -> None:
    text = "Analyst\n\n<Writes SQL?> --NO--> [Decline]\n"
    assert flowchart_text(text) == text


def test_a_question_in_angle_brackets_is_no_tag() -> None:
    assert "Windows" in plain_text("<Has supported Windows 11 users?>")
    assert plain_text('<p class="lead">Python</p>').strip() == "Python"


def test_what_the_employer_will_teach_is_taken_back() -> None:
    role = read_role("Analyst\n\nYou need SQL. Reporting is in Power BI; we'll teach you it.\n")
    assert wanted(role) == [("required", {"skill:SQL"}, False)]
