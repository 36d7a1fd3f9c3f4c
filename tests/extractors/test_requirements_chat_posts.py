"""Postings written in a chat (Discord, Slack): emoji as shortcodes and headings in bold
lower case. The texts are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_shortcode_emoji_before_a_line_are_decoration() -> None:
    text = (
        "Tools Programmer\n\n:white_check_mark: Requirements\n:small_orange_diamond: Rust\n"
        ":star2: Nice to have\n:small_orange_diamond: Helm\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Rust"}, False),
        ("preferred", {"skill:Helm"}, False),
    ]


def test_a_line_wholly_in_bold_is_a_heading_whatever_its_case() -> None:
    text = (
        "Tools Programmer\n\n**what you need**\n- Rust\n\n**:star2: extra credit**\n- Helm\n\n"
        "__the perks__\n- a paid Kubernetes course\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Rust"}, False),
        ("preferred", {"skill:Helm"}, False),
    ]


def test_bold_words_inside_a_line_make_no_heading() -> None:
    text = "Tools Programmer\n\nRequirements\n- **Rust** and Helm, **daily**\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:Rust"}, False),
        ("required", {"skill:Helm"}, False),
    ]
