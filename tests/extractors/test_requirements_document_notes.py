"""What a document says of its own items elsewhere: footnotes under a list, an interpretation
clause defining its verbs, who bears a credential's cost. The texts are made up for these
tests."""

from __future__ import annotations

from extractors import read_role
from extractors.role_layout import defined_verbs, footnotes_inline
from tests.extractors.role_keys import wanted


def test_a_footnote_is_read_where_its_mark_is() -> None:
    text = (
        "Security Architect\n\nRequirements\n- CISSP or CISM†\n- Terraform²\n- Rust³\n\n"
        "† Or an equivalent certification.\n² Preferred, not required.\n"
        "³ Not a requirement; it helps.\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"cissp", "cism"}, True),
        ("preferred", {"skill:Terraform"}, False),
        ("preferred", {"skill:Rust"}, False),
    ]


def test_footnote_lines_without_a_mark_elsewhere_stay() -> None:
    assert footnotes_inline("Rust\n¹ Or similar.\n") == "Rust\n¹ Or similar.\n"
    assert footnotes_inline("Rust¹\n¹ Or similar.\n") == "Rust (Or similar)\n\n"


def test_an_item_that_is_not_a_requirement_is_preferred_at_most() -> None:
    text = "Data Analyst\n\nRequirements\n- SQL\n- Python (not a hard requirement)\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_a_verb_the_document_defines_as_desirable_reads_so() -> None:
    schedule = (
        "Annex B - Key Staff\n\n1. In this Annex, 'must' denotes a mandatory requirement and "
        "'may' means an optional one.\n"
        "2. The Lead Engineer must be a Certified Information Systems Security Professional "
        "(CISSP).\n3. The Lead Engineer may hold the CISM.\n"
    )
    assert wanted(read_role(schedule)) == [
        ("required", {"cissp"}, False),
        ("preferred", {"cism"}, False),
    ]


def test_an_undefined_verb_keeps_its_plain_meaning() -> None:
    text = "Network Engineer\n\nRequirements\n- You should hold the CCNA.\n"
    assert defined_verbs(text) == text
    assert wanted(read_role(text)) == [("required", {"ccna"}, False)]


def test_who_bears_a_credentials_cost_names_no_requirement() -> None:
    text = (
        "Delivery Lead\n\nRequirements\n- Agile delivery\n\nCosts\n"
        "The supplier bears the cost of all PMP training. We will not reimburse PRINCE2 fees.\n"
    )
    assert wanted(read_role(text)) == [("required", {"skill:Agile"}, False)]
