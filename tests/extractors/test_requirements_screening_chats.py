"""A screening chat or call: the candidate's answers and what is said not to meet the role
are not what it asks for. The texts are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_the_candidates_lines_and_what_does_not_meet_the_role_name_nothing() -> None:
    text = (
        "Screening chat – Warehouse Lead\n\n"
        "Bot: This role needs a forklift licence and SAP. Have you used SAP?\n"
        "Candidate: yes, and I did Six Sigma at my last job\n"
        "Bot: Great. A Lean course alone is not enough for our improvement work.\n"
        "Applicant (Sam): ok\n"
        "Bot: A CompTIA A+ does not count towards this role, but tell us if you hold one.\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:SAP"}, False)]
