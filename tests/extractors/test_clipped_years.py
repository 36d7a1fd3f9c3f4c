"""Dates as people type them in a hurry: a month and its year's last two digits after an
apostrophe ("Sep '21"), and an expiry already past ("expired 2022-08"), which is an expiry all
the same."""

from __future__ import annotations

from extractors import extract
from extractors.dates import find_dates


def test_a_month_and_a_clipped_year_is_a_date() -> None:
    found = [(d.partial_date, d.role) for d in find_dates("passed Sep '21, exp Sep '24")]

    assert found == [("2021-09", "issued"), ("2024-09", "expires")]
    assert [d.partial_date for d in find_dates("Nov ’98")] == ["1998-11"]
    assert find_dates("rock 'n' roll in May 'til late") == []


def test_an_expiry_already_past_is_the_expiry() -> None:
    found = [(d.partial_date, d.role) for d in find_dates("issued 2019-08 · expired 2022-08")]

    assert found == [("2019-08", "issued"), ("2022-08", "expires")]


def test_a_typed_list_item_reads_its_clipped_dates() -> None:
    text = (
        "Rhys Calloway\nrhys.calloway@example.com\n\nCERTIFICATIONS\n"
        "- Gas Safe Register Domestic Gas Safety - Gas Safe Register - got it Feb '20,"
        " expired Feb '25 - ID 611902\n"
    )

    claim = extract(text.encode(), "cv.txt").claims[0]

    assert (claim.issued_on, claim.expires_on) == ("2020-02", "2025-02")
