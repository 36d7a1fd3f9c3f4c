"""What a section's own words say of its list, in more kinds of document: a scored part that
is "not a gate" or "added value", what another party provides, names "not accepted", a form's
part named by a whole sentence ("Part 2 — … none is essential"), a note in brackets saying
the list is not required, a numbered section over its own numbered parts, and a sentence
under a heading saying none of its list is required."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_scored_extras_and_what_another_party_provides() -> None:
    role = read_role(
        "SITE SCHEDULE — Foreman\n\nSTAGE A — before start (no entry without)\nA1 OSHA 30 card\n\n"
        "SCORED EXTRAS (added value, not a gate)\nX1 Six Sigma awareness\n\n"
        "PROVIDED BY THE CLIENT\n- First Aid refresher for every operative\n"
    )
    assert wanted(role) == [
        ("required", {"osha-30"}, False),
        ("preferred", {"skill:Six Sigma"}, False),
    ]


def test_names_a_list_does_not_accept_ask_for_nothing() -> None:
    role = read_role(
        "Security Analyst\n\nCertifications\n- CISSP or CISM\n\nNot accepted as substitutes\n"
        "- CEH\n- Security+ on its own\n"
    )
    assert wanted(role) == [("required", {"cissp", "cism"}, False)]


def test_a_forms_parts_named_by_a_sentence() -> None:
    role = read_role(
        'Is this role for you?\n\nPart 1 — Any "no" here means please wait to apply\n'
        "Q1. Can you write SQL?\nQ2. Can you read a query plan?\n\n"
        'Part 2 — A "yes" here makes your application stronger, though none of these is required\n'
        "Q3. Have you used Tableau?\nQ4. Have you mentored anyone?\n\n"
        "Part 3 — We don't mind either way\nQ5. Do you know Python?\nQ6. Are you local?\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]


def test_a_numbered_section_over_its_parts_and_a_note_saying_not_required() -> None:
    role = read_role(
        "Secondment — Analyst\n\n1. Eligibility\n1.1 Applicants must hold ACCA.\n\n"
        "2. The panel will also look kindly on (not required)\n2.1 Power BI dashboards\n"
        "2.2 SQL reporting\n\n3. How to apply\nSend a note to HR.\n"
    )
    assert wanted(role) == [
        ("required", {"acca"}, False),
        ("preferred", {"skill:Power BI"}, False),
        ("preferred", {"skill:SQL"}, False),
    ]


def test_a_sentence_under_a_heading_says_its_list_is_not_needed() -> None:
    role = read_role(
        "Platform Engineer\n\nREQUIREMENTS\n   Terraform   All of it declared.\n\nFLAGS\n"
        "   These help a candidate; none of them is required.\n\n   --k8s   Kubernetes.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
    ]
    # A sentence naming what it says is not needed is read as it always was.
    plain = read_role(
        "Platform Engineer\n\nRequirements\n- Terraform\n- Kubernetes is not required.\n- Go\n"
    )
    assert ("required", {"skill:Go"}, False) in wanted(plain)
