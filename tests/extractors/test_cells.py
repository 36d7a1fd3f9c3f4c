"""Cells of a row told apart by what they hold: a date cell at the end of a title's line, the
title that wraps under itself beside it, and a number written "#N" after an issuer's name."""

from __future__ import annotations

from extractors import Claim, extract, load_catalog
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.pdf_cells import date_cells
from extractors.pdf_lines import build_line
from extractors.pdf_words import Word
from extractors.sections import Section
from extractors.tables import join_cell_lines
from tests.extractors.documents import pdf

_HEAD = "<h1>Ines Duarte</h1><p>ines.duarte@example.net</p>"


def _by_title(data: bytes) -> dict[str, Claim]:
    return {claim.title: claim for claim in extract(data, "cv.pdf").claims}


def _entry(title: str, when: str, below: str) -> str:
    return (
        f"<div class='entry'><div class='row'><b class='what'>{title}</b>"
        f"<span class='when'>{when}</span></div><p>{below}</p></div>"
    )


def test_a_title_that_wraps_beside_its_dates_in_lighter_type_is_one_title_with_those_dates() -> (
    None
):
    # A narrow right-hand column: each bold title wraps under itself while its dates, in
    # smaller plain type, stay on its first line pushed to the right.
    entries = [
        _entry("Certified in Risk and Information Systems Control (CRISC)", "Jun 2021", "ISACA"),
        _entry(
            "Certified Cloud Security Professional (CCSP)", "Feb 2022 – Feb 2025", "ISC2 #558104"
        ),
        _entry("Advanced Wilderness Rescue Technician Certificate", "2019", "Sierra Rescue Guild"),
    ]
    body = (
        _HEAD
        + "<div class='cols'><div class='left'><h2>Experience</h2>"
        + "<p>Security lead, Contoso Ltd (2018 – present). Ran the audit programme.</p></div>"
        + "<div class='right'><h2>Certifications</h2>"
        + "".join(entries)
        + "</div></div>"
    )
    css = (
        ".cols { display: flex; gap: 18pt; } .left { flex: 1.2; } .right { flex: 1; }"
        " .row { display: flex; justify-content: space-between; gap: 6pt; }"
        " .when { white-space: nowrap; font-size: 8pt; color: #666; } .entry p { margin: 0; }"
        " .entry { margin-bottom: 6pt; }"
    )

    claims = _by_title(pdf(body, css))

    assert {
        title: (c.issuer, c.credential_id, c.issued_on, c.expires_on) for title, c in claims.items()
    } == {
        "Certified in Risk and Information Systems Control": ("ISACA", None, "2021-06", None),
        "Certified Cloud Security Professional": ("ISC2", "558104", "2022-02", "2025-02"),
        "Advanced Wilderness Rescue Technician Certificate": (
            "Sierra Rescue Guild",
            None,
            "2019",
            None,
        ),
    }


def _word(text: str, x0: float, top: float, *, bold: bool = False) -> Word:
    return Word(text, x0, x0 + 6.0 * len(text), top, top + 10.0, bold, 10.0)


def _row(top: float, *cells: tuple[float, str]) -> list[Word]:
    words = []
    for x0, text in cells:
        position = x0
        for piece in text.split():
            words.append(_word(piece, position, top))
            position += 6.0 * len(piece) + 3.0
    return words


def test_dates_that_end_where_a_column_of_dates_ends_are_a_cell_of_that_column() -> None:
    # Same type throughout; two rows set their dates apart by a wide gap, the third title is
    # long and leaves only a space before its dates, which still end at the column's edge.
    rows = [
        _row(0.0, (0.0, "Food Hygiene Level 3"), (300.0, "2019")),
        _row(20.0, (0.0, "Forklift Operator Licence"), (300.0, "2021")),
        _row(40.0, (0.0, "Advanced Confined Space Entry Certificate Holder"), (300.0, "2022")),
    ]

    lines = [build_line(line, 10.0).text for line in date_cells(rows)]

    assert lines[2] == "Advanced Confined Space Entry Certificate Holder\t2022"


def _lines(*texts: str) -> list[ClaimLine]:
    return [
        ClaimLine(index=index, text=text, page=1, section=Section.CREDENTIALS)
        for index, text in enumerate(texts)
    ]


def test_a_number_written_after_the_issuer_with_a_hash_is_the_credential_id() -> None:
    claims = finder_for(load_catalog().entries).find(
        _lines(
            "Certified Information Systems Auditor (CISA)\tMar 2020 – Mar 2026",
            "ISACA #20931447",
            "Certified Ethical Hacker (CEH)\t2018",
            "EC-Council #ECC-4471-0921",
        )
    )

    assert [(c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on) for c in claims] == [
        ("Certified Information Systems Auditor", "ISACA", "20931447", "2020-03", "2026-03"),
        ("Certified Ethical Hacker", "EC-Council", "ECC-4471-0921", "2018", None),
    ]


def test_a_hash_in_a_language_name_or_before_a_year_is_not_an_id() -> None:
    claims = finder_for(load_catalog().entries).find(
        _lines("Certified ScrumMaster (CSM) — C# 2021 study group #2021")
    )

    assert [c.credential_id for c in claims] == [None]


def test_a_section_headed_certified_or_licensed_holds_credentials() -> None:
    text = (
        "Ines Duarte\nines.duarte@example.net\n\nLICENSED\nMarine Radio Operator Permit, "
        "Ofcom, 2017\n\nCertified\nHarbour Pilot Endorsement Certificate (2020)\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.title, c.issued_on) for c in claims] == [
        ("Marine Radio Operator Permit", "2017"),
        ("Harbour Pilot Endorsement Certificate", "2020"),
    ]


def test_a_column_of_bare_numbers_under_a_label_is_each_rows_credential_id() -> None:
    # Tab-stopped fields under each title: the body, its validity, and far right a number with
    # no label of its own; the numbers stand alone in a narrow column of the page.
    rows = [
        ("Certified Information Systems Auditor (CISA)", "ISACA", "03/2019", "19077321"),
        ("Certified Ethical Hacker (CEH)", "EC-Council", "11/2020–11/2023", "ECC-5517-2093"),
        ("Marine Engine Room Watchkeeping Certificate", "Maritime Skills Board", "2016", ""),
    ]
    body = _HEAD + "<h2>Qualifications</h2><p class='f h'><b>Body</b><b>Valid</b><b>Number</b></p>"
    for title, issuer, valid, number in rows:
        body += (
            f"<p class='t'><b>{title}</b></p><p class='f'><span>{issuer}</span>"
            f"<span>{valid}</span><span>{number}</span></p>"
        )
    css = (
        ".f { display: flex; margin-left: 14pt; } .f span, .f b { flex: 0 0 auto; }"
        " .f > :nth-child(1) { width: 190pt; } .f > :nth-child(2) { width: 120pt; }"
        " .f > :nth-child(3) { margin-left: auto; } p { margin: 0 0 5pt 0; }"
    )

    claims = _by_title(pdf(body, css))

    assert {title: (c.issuer, c.credential_id, c.issued_on) for title, c in claims.items()} == {
        "Certified Information Systems Auditor": ("ISACA", "19077321", "2019-03"),
        "Certified Ethical Hacker": ("EC-Council", "ECC-5517-2093", "2020-11"),
        "Marine Engine Room Watchkeeping Certificate": ("Maritime Skills Board", None, "2016"),
    }


def test_a_bare_cell_that_is_the_exams_code_is_not_its_id() -> None:
    claims = finder_for(load_catalog().entries).find(
        _lines("Azure Administrator Associate", "Microsoft\tAZ-104\t2022")
    )

    assert [(c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        ("Microsoft", None, "2022")
    ]


def test_a_rail_of_ranges_each_broken_over_two_lines_dates_entries_of_fewer_lines() -> None:
    # Six lines of dates beside four lines of entries: three ranges, each over two lines.
    rows = [
        ("03/2018 –<br>03/2024", "Certified Information Systems Auditor (CISA) | ISACA"),
        ("07/2020 –<br>07/2023", "Certified Ethical Hacker (CEH) | EC-Council"),
        ("01/2022 –<br>01/2025", "Swiftwater Rescue Technician Certificate | Rescue 3"),
    ]
    body = (
        _HEAD
        + "<h2>Credentials</h2>"
        + "".join(
            f"<div class='row'><div class='when'>{when}</div><div><p>{entry}</p>"
            + ("<p>Credential ID: 20931447</p>" if index == 0 else "")
            + "</div></div>"
            for index, (when, entry) in enumerate(rows)
        )
    )
    css = ".row { display: flex; margin-bottom: 8pt; } .when { flex: 0 0 90pt; } p { margin: 0; }"

    claims = _by_title(pdf(body, css))

    assert {title: (c.issued_on, c.expires_on) for title, c in claims.items()} == {
        "Certified Information Systems Auditor": ("2018-03", "2024-03"),
        "Certified Ethical Hacker": ("2020-07", "2023-07"),
        "Swiftwater Rescue Technician Certificate": ("2022-01", "2025-01"),
    }


def test_an_id_broken_anywhere_in_a_narrow_cell_is_one_token_again() -> None:
    assert join_cell_lines(["NMC", "-", "44019", "27"]) == "NMC-4401927"
    assert join_cell_lines(["Credential ID QX", "77120", "903"]) == "Credential ID QX77120903"
    # Not a year beside an acronym, nor a link after an ID.
    assert join_cell_lines(["CKA", "2021"]) == "CKA 2021"
    assert (
        join_cell_lines(["Credential ID 1YTRQ", "https://example.org/r/1"])
        == "Credential ID 1YTRQ https://example.org/r/1"
    )


def test_an_id_cut_at_its_hyphen_at_the_end_of_a_line_goes_on_below() -> None:
    claims = finder_for(load_catalog().entries).find(
        _lines("Certified Ethical Hacker (CEH) [EC-Council] · 2020 · No. ECC-", "55172093")
    )

    assert [(c.title, c.credential_id) for c in claims] == [
        ("Certified Ethical Hacker", "ECC-55172093")
    ]


def test_a_range_in_a_date_column_goes_on_below_it_not_at_the_next_entrys_date() -> None:
    # Word's right-aligned tab: the first range's end wraps to the left margin, and the column
    # holds the next entry's date two lines further down.
    placed = [
        (0, 0, "<b>Certifications</b>"),
        (0, 20, "Certified Ethical Hacker (CEH), EC-Council"),
        (330, 20, "March 2019 to"),
        (0, 34, "March 2022"),
        (0, 48, "Licence no. 55172093"),
        (0, 66, "Certified ScrumMaster (CSM), Scrum Alliance"),
        (364, 66, "June 2017"),
        (0, 80, "Licence no. 00411872"),
    ]
    body = _HEAD + "<div class='sheet'>"
    for left, top, text in placed:
        body += f"<div style='position: absolute; left: {left}pt; top: {top}pt'>{text}</div>"
    css = ".sheet { position: relative; height: 120pt; } .sheet div { white-space: nowrap; }"

    claims = _by_title(pdf(body + "</div>", css))

    assert {title: (c.issued_on, c.expires_on) for title, c in claims.items()} == {
        "Certified Ethical Hacker": ("2019-03", "2022-03"),
        "Certified ScrumMaster": ("2017-06", None),
    }
