"""An item's inline label that names a topic ("Tools:", "Communication skills:"): the label is
the requirement when what follows names nothing, and it keeps the section's standing."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_label_naming_a_skill_over_words_naming_nothing_is_the_requirement() -> None:
    role = read_role(
        "Field Technician\n\nRequirements\n"
        "- Project management skills: you will run small jobs end to end\n"
        "- Communication skills – patient and clear on the phone\n"
        "- Tools: Terraform\n- Experience: five years or more\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Project Management"}, False),
        ("required", {"skill:Communication"}, False),
        ("required", {"skill:Terraform"}, False),
    ]


def test_a_topic_label_keeps_a_preferred_section_preferred() -> None:
    role = read_role(
        "Field Technician\n\nNice to have\n- Tools: Terraform\n"
        "- Project management skills: you will run small jobs\n- Required: Python\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:Terraform"}, False),
        ("preferred", {"skill:Project Management"}, False),
        ("required", {"skill:Python"}, False),
    ]
