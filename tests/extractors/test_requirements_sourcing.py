"""How a hiring manager briefs a recruiter or a sourcer: an intake call's transcript, what
would put a candidate ahead, what not to screen on, a search string's exclusions. The texts
are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_transcripts_times_and_speakers_are_not_its_words() -> None:
    text = (
        "Intake – Data Engineer\n\n"
        "00:00:05 Sam Lee: What do they need?\n"
        "00:00:09 Ana Ruiz: Spark. Must have.\n"
        "[00:01] Ana Ruiz: Rust would put them ahead, but I won't reject anyone without it.\n"
        "00:01:30 Ana Ruiz: No, don't screen on Kubernetes.\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Apache Spark"}, False),
        ("preferred", {"skill:Rust"}, False),
    ]


def test_what_not_to_filter_on_and_a_search_strings_exclusions_name_nothing() -> None:
    text = (
        "Sourcing brief – Platform Engineer\n\nMust match:\nTerraform AND Go\n\n"
        "Exclude:\nNOT (Helm OR Ansible)\n\nNotes\n- Don't filter on Rust, we can teach it.\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Terraform"}, False),
        ("required", {"skill:Go"}, False),
    ]
