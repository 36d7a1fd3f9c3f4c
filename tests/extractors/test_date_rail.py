"""A rail of dates before the titles ("2020-09 ⇥ Gold Seal Certification"): each date opens its
entry and dates it; a dated line with more across it is other text."""

from __future__ import annotations

from tests.extractors.credential_lines import found


def test_an_iso_month_in_the_date_column_opens_and_dates_an_entry() -> None:
    assert found(
        "2020-09\tGold Seal Certification – Project Manager",
        "Canadian Construction Association",
        "2024-01\tWorking at Heights Training",
        "Infrastructure Health & Safety Association",
    ) == [
        (
            "Gold Seal Certification – Project Manager",
            "Canadian Construction Association",
            "2020-09",
        ),
        ("Working at Heights Training", "Infrastructure Health & Safety Association", "2024-01"),
    ]


def test_a_dated_line_with_more_across_it_is_no_entry() -> None:
    # A two-column page read across: the date, a sentence of the left column, the right one.
    assert not found("2024\tWorked as an infrastructure consul-\tAutomation: Terraform, Ansible")
