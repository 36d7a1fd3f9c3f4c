"""A job spec's change sent as a unified diff reads as the spec after the change. The texts
are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted

_DIFF = (
    "diff --git a/jobs/platform.md b/jobs/platform.md\n"
    "index 1a2b3c4..5d6e7f8 100644\n"
    "--- a/jobs/platform.md\n"
    "+++ b/jobs/platform.md\n"
    "@@ -1,9 +1,9 @@\n"
    " # Platform Engineer\n"
    " \n"
    " ## Requirements\n"
    " \n"
    "-- Ansible\n"
    "+- Terraform\n"
    " - Rust\n"
    " \n"
    " ## Nice to have\n"
    "-- CKA\n"
    "+- Helm\n"
    "\\ No newline at end of file\n"
)


def test_a_unified_diff_reads_as_the_document_after_the_change() -> None:
    assert wanted(read_role(_DIFF)) == [
        ("required", {"skill:Terraform"}, False),
        ("required", {"skill:Rust"}, False),
        ("preferred", {"skill:Helm"}, False),
    ]


def test_bullets_and_plus_lines_outside_a_diff_are_read_as_written() -> None:
    text = "Platform Engineer\n\nRequirements\n- Ansible\n+ Terraform\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:Ansible"}, False),
        ("required", {"skill:Terraform"}, False),
    ]
