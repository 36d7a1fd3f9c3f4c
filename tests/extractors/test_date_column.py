"""A column of dates beside a column of text, as LaTeX CV classes set it: each date (or range)
right-aligned in a narrow left column, a little more than a space from the entry beside it,
and the entry's text, written as a sentence, wrapping under its own first word."""

from __future__ import annotations

from extractors import Claim, extract
from extractors.pdf_lines import build_line
from extractors.pdf_words import Word
from tests.extractors.credential_lines import found
from tests.extractors.documents import pdf

_HEAD = "<h1>Marit Oyelaran-Feld</h1><p>marit.of@example.net</p>"
_CSS = (
    ".item { display: flex; margin: 0 0 5pt 0; width: 330pt; }"
    " .when { flex: 0 0 78pt; text-align: right; white-space: nowrap; padding-right: 8pt;"
    " font-size: 8pt; }"
    " .what { flex: 1; } .what b { font-weight: bold; } .what i { font-style: italic; }"
)


def _item(when: str, title: str, rest: str) -> str:
    return (
        f"<div class='item'><div class='when'>{when}</div>"
        f"<div class='what'><b>{title}</b>, {rest}</div></div>"
    )


def _by_title(data: bytes) -> dict[str, Claim]:
    return {claim.title: claim for claim in extract(data, "cv.pdf").claims}


def test_entries_beside_a_right_aligned_column_of_dates_are_dated_and_read_whole() -> None:
    body = (
        _HEAD
        + "<h2>Licences</h2>"
        + _item(
            "04/2013–04/2027",
            "Harbour Crane Operator Licence",
            "<i>Northern Ports Safety Authority of the Coastal Region</i>, ID HCO-55012.",
        )
        + _item(
            "2016",
            "Advanced Scaffold Inspection Certificate",
            "<i>Scaffold Inspectors Guild</i>.",
        )
        + _item(
            "09/2019–09/2025",
            "Confined Space Entry Certificate",
            "<i>Offshore Skills Board</i>, ID 88120.",
        )
    )

    claims = _by_title(pdf(body, _CSS))

    assert {
        title: (c.issuer, c.credential_id, c.issued_on, c.expires_on) for title, c in claims.items()
    } == {
        "Harbour Crane Operator Licence": (
            "Northern Ports Safety Authority of the Coastal Region",
            "HCO-55012",
            "2013-04",
            "2027-04",
        ),
        "Advanced Scaffold Inspection Certificate": (
            "Scaffold Inspectors Guild",
            None,
            "2016",
            None,
        ),
        "Confined Space Entry Certificate": (
            "Offshore Skills Board",
            "88120",
            "2019-09",
            "2025-09",
        ),
    }


def test_a_dated_entry_written_as_a_sentence_keeps_its_full_stop_out_of_its_fields() -> None:
    assert found(
        "2018\tCertificate of Training in Hull Inspection, Maritime Survey Institute.",
        "Advanced Scaffold Inspection Certificate, Scaffold Inspectors Guild, 2016.",
    ) == [
        ("Certificate of Training in Hull Inspection", "Maritime Survey Institute", "2018"),
        ("Advanced Scaffold Inspection Certificate", "Scaffold Inspectors Guild", "2016"),
    ]


def test_an_undated_sentence_is_still_no_entry() -> None:
    assert found("Certificates listed here are the ones I still renew every year or so.") == []


def test_a_full_stop_in_another_font_touching_the_word_before_it_ends_that_word() -> None:
    words = [
        Word("Industrial", 0.0, 40.0, 0.0, 10.0, False, 10.0),
        Word("Guild", 42.5, 62.0, 0.0, 10.0, False, 10.0),
        Word(".", 62.0, 64.5, 0.0, 10.0, False, 10.0),
    ]

    assert build_line(words, 10.0).text == "Industrial Guild."


def test_a_year_in_a_date_column_parted_by_a_tab_leaves_the_whole_title() -> None:
    assert found("2016\tAdvanced Scaffold Inspection Certificate, Scaffold Inspectors Guild") == [
        ("Advanced Scaffold Inspection Certificate", "Scaffold Inspectors Guild", "2016")
    ]


def test_a_date_column_that_says_since_in_another_language_is_still_dates() -> None:
    # "seit März 2018" (German "since"), flush left in its column and wrapped when long: the
    # entry beside it is held from that month on, the word no text of a column of its own.
    css = (
        ".item { display: flex; margin: 0 0 6pt 0; width: 360pt; }"
        " .when { flex: 0 0 84pt; padding-right: 14pt; font-size: 9pt; }"
        " .what { flex: 1; font-size: 9pt; }"
    )
    body = (
        _HEAD
        + "<h2>Zertifikate</h2>"
        + _since("seit März 2018", "Kranführer Lizenz", "Hafenbehörde Nord")
        + _since("seit 2016", "Gabelstapler Zertifikat", "Logistik Verband Süd")
        + _since("seit September 2021", "Schweißer Zertifikat", "Schweißtechnik Verband")
    )

    claims = _by_title(pdf(body, css))

    assert {title: (c.issuer, c.issued_on) for title, c in claims.items()} == {
        "Kranführer Lizenz": ("Hafenbehörde Nord", "2018-03"),
        "Gabelstapler Zertifikat": ("Logistik Verband Süd", "2016"),
        "Schweißer Zertifikat": ("Schweißtechnik Verband", "2021-09"),
    }


def _since(when: str, title: str, issuer: str) -> str:
    return (
        f"<div class='item'><div class='when'>{when}</div>"
        f"<div class='what'>{title}<br>{issuer}</div></div>"
    )
