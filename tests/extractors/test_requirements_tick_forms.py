"""A form's tick boxes ("[X]", "[ ]") under short standing columns ("REQ", "PREF", "N/A"),
typed in a fixed-width font or as a pipe table. The texts are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_fixed_width_tick_columns_give_each_row_its_standing() -> None:
    text = (
        "REQUISITION – Security Analyst\n\n"
        "SKILLS                          REQ    PREF   N/A\n"
        "Splunk searches                 [X]    [ ]    [ ]\n"
        "CISSP or CISM                   [ ]    [x]    [ ]\n"
        "Kubernetes                      [ ]    [ ]    [X]\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Splunk"}, False),
        ("preferred", {"cissp", "cism"}, False),
    ]


def test_pipe_table_tick_columns_with_a_not_applicable_column() -> None:
    text = (
        "Data Engineer\n\n| Skill | Req'd | Pref. | Not needed |\n|---|---|---|---|\n"
        "| Python | [X] | [ ] | [ ] |\n| Rust | [ ] | [X] | [ ] |\n| Helm | [ ] | [ ] | [X] |\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Rust"}, False),
    ]


def test_a_must_want_column_in_a_sheet_copied_with_tabs() -> None:
    # A hiring manager's sheet: "Must" is required, "Want" preferred; a dash says nothing.
    text = (
        "Role: Platform Engineer\tOwner: J. Banda\n\n"
        "Item\tMust/Want\tComment\n"
        "Terraform\tMust\t\n"
        "Kubernetes or Nomad\tWant\tany distro\n"
        "Go\tWant\t\n"
        "Linux\tMust\t\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
        ("preferred", {"skill:Go"}, False),
        ("required", {"skill:Linux"}, False),
    ]
