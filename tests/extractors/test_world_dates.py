"""Dates as other languages write them: a range's open end in the writer's language ("heute",
"à ce jour", "obecnie", "現在"), the year first before a month's name (Hungarian "2021.
március", Latvian "2021. gada martā") or a stop ("2021. 03."), and a Japanese era's year
(令和3年 is 2021, 平成31年 2019, 令和元年 2019)."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.claim_split import split_fields
from extractors.dated_entries import DATED_COLUMN, DATED_LEAD
from extractors.dates import find_dates, only_dates_in
from extractors.resume_languages import ONGOING


@pytest.mark.parametrize(
    "text",
    [
        "03/2021 – heute",
        "2019 – à ce jour",
        "2019 – obecnie",
        "2020 – actualidad",
        "2019 – настоящее время",
        "2020年4月 – 現在",
        "2018 – 至今",
        "2020 – ปัจจุบัน",
    ],
)
def test_an_open_end_in_the_writers_language_is_part_of_the_dates(text: str) -> None:
    assert only_dates_in(text)


def test_every_language_has_words_for_an_open_end() -> None:
    from extractors.language_data import languages

    assert set(ONGOING) == set(languages())


def test_a_range_open_in_polish_is_one_field_and_a_date_column() -> None:
    fields = split_fields("Certified Widget Engineer, Northwind Standards Board, 2019 – obecnie")

    assert fields == ["Certified Widget Engineer", "Northwind Standards Board", "2019 – obecnie"]
    assert DATED_COLUMN.match("03/2021 – heute | Certified Widget Engineer")
    assert DATED_LEAD.match("2019 – obecnie – Certified Widget Engineer")


def test_a_polish_entry_led_by_its_open_range() -> None:
    text = (
        "Jan Kowalski\njan.k@example.pl\n\nCertyfikaty\n"
        "2019 – obecnie – Certified Widget Engineer (CWE), Northwind Standards Board\n"
    )
    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Certified Widget Engineer (CWE)", "Northwind Standards Board", "2019")
    ]


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("2021. március", 2021, 3),
        ("2021. MÁRCIUS 15.", 2021, 3),
        ("2021. 03.", 2021, 3),
        ("2021.03.", 2021, 3),
        ("2021. gada marts", 2021, 3),
        ("2021. gada martā", 2021, 3),
        ("令和3年4月", 2021, 4),
        ("平成31年", 2019, None),
        ("令和元年5月", 2019, 5),
        ("昭和63年3月", 1988, 3),
    ],
)
def test_a_year_written_first_or_as_an_era(text: str, year: int, month: int | None) -> None:
    (date,) = find_dates(text)

    assert (date.year, date.month) == (year, month)


def test_english_months_after_a_year_and_its_stop_stay_two_dates() -> None:
    # "… in 2019. May 2020 …": only the languages that write the year first read it so.
    assert [(d.year, d.month) for d in find_dates("2019. May 2020")] == [(2019, None), (2020, 5)]


@pytest.mark.parametrize(
    ("cv", "issued"),
    [
        (
            "Kovács Anna\nanna.kovacs@example.hu\n\nTanúsítványok\n"
            "Certified Widget Engineer (CWE), Northwind Standards Board, 2021. március\n",
            "2021-03",
        ),
        (
            "Anna Bērziņa\nanna.berzina@example.lv\n\nSertifikāti\n"
            "Certified Widget Engineer (CWE), Northwind Standards Board, 2021. gada martā\n",
            "2021-03",
        ),
        (
            "山田 花子\nhanako@example.jp\n\n資格\n"
            "Certified Widget Engineer (CWE), Northwind Standards Board, 平成31年4月\n",
            "2019-04",
        ),
    ],
)
def test_an_entry_dated_year_first_or_by_era(cv: str, issued: str) -> None:
    (claim,) = extract(cv.encode(), "cv.txt").claims

    assert (claim.title, claim.issuer, claim.issued_on) == (
        "Certified Widget Engineer (CWE)",
        "Northwind Standards Board",
        issued,
    )


def test_a_months_name_a_slash_and_its_year_is_a_date() -> None:
    found = find_dates("emitido em mai/2024 | válido até set/2026")

    assert [(date.partial_date, date.role) for date in found] == [
        ("2024-05", "issued"),
        ("2026-09", "expires"),
    ]
    assert only_dates_in("Mar/2021 – Mar/2024")
