"""A level after a role that coaches, guides or judges ("Netball Coach Level 1", "Mountain
Leader Level 2") is a coaching award at that level, held, where a level after a designation's
letters ("Passed CAIA Level I") is an exam towards it."""

from __future__ import annotations

from tests.extractors.credential_lines import found


def test_a_level_after_a_coaching_role_is_a_coaching_award() -> None:
    assert found(
        "Netball Coach Level 1 - Wellington Netball Centre (03/2021)",
        "Mountain Leader Level 2, Alpine Training Trust, 2019",
    ) == [
        ("Netball Coach Level 1", "Wellington Netball Centre", "2021-03"),
        ("Mountain Leader Level 2", "Alpine Training Trust", "2019"),
    ]


def test_a_level_after_a_designations_letters_is_still_an_exam() -> None:
    assert found("Passed CAIA Level I, 2023") == []
