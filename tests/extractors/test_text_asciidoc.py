"""An AsciiDoc résumé sent as its source is read as what it shows: its table as rows under its
header, however its cells are laid over lines; its link macros as links; a note block's title
as the heading over what it holds."""

from __future__ import annotations

from extractors import extract, read
from extractors.text_asciidoc import asciidoc_table_at, plain_asciidoc

_RESUME = """= Ingrid Solberg
Ingrid Solberg <ingrid.solberg@example.no>
:doctype: article

== Summary

Structural engineer for bridges and quays.

== Certifications

[cols="2,2,1,1,2",options="header"]
|===
|Certification |Awarded by |Date |Valid until |Proof

|Professional Engineer (PE)
|Texas Board of Professional Engineers
|2019-04
|2027-04
|https://pels.texas.gov/roster/pe/118273[Verify] +
License No. 118273

|Certified Welding Inspector (CWI)
|American Welding Society
|2021-09
|–
|ID: 21090417
|===

[NOTE]
.In progress
====
* Structural Engineer (SE) licence: exam booked for spring
====

== Skills

Bridges, Eurocodes
"""


def _claims() -> dict[str, object]:
    return {claim.title: claim for claim in extract(_RESUME.encode(), "cv.txt").claims}


def test_a_table_of_a_cell_a_line_reads_each_row_with_its_dates_link_and_id() -> None:
    claims = _claims()
    engineer = claims["Professional Engineer"]
    assert engineer.issuer == "Texas Board of Professional Engineers"  # type: ignore[attr-defined]
    assert engineer.issued_on == "2019-04"  # type: ignore[attr-defined]
    assert engineer.expires_on == "2027-04"  # type: ignore[attr-defined]
    assert engineer.url == "https://pels.texas.gov/roster/pe/118273"  # type: ignore[attr-defined]
    assert engineer.credential_id == "118273"  # type: ignore[attr-defined]
    inspector = claims["Certified Welding Inspector (CWI)"]
    assert inspector.expires_on is None  # type: ignore[attr-defined]
    assert inspector.credential_id == "21090417"  # type: ignore[attr-defined]


def test_a_note_blocks_title_heads_its_items_so_what_is_in_progress_is_not_held() -> None:
    assert not any("Structural Engineer" in title for title in _claims())
    lines = [line.text for line in read(_RESUME.encode(), "cv.txt").pages[0].lines]
    assert "In progress" in lines
    assert not any(line in ("[NOTE]", "====", ".In progress") for line in lines)


def test_rows_one_a_line_and_a_count_of_columns_give_the_same_rows() -> None:
    raw = ['[cols="3*"]', "|===", "|CISSP |ISC2 |2020", "|CCSP |ISC2 |2022", "|==="]
    assert asciidoc_table_at(raw, 0) == (
        [["CISSP", "ISC2", "2020"], ["CCSP", "ISC2", "2022"]],
        5,
    )
    # Without attributes, the first line gives the width; an unclosed fence is no table.
    assert asciidoc_table_at(raw[1:], 0) == (
        [["CISSP", "ISC2", "2020"], ["CCSP", "ISC2", "2022"]],
        4,
    )
    assert asciidoc_table_at(raw[:4], 0) is None


def test_a_link_macro_reads_as_its_address_after_any_text_that_names_something() -> None:
    assert plain_asciidoc(["https://example.org/b/1[Verify] +", "mailto:a@example.org[]"]) == [
        "https://example.org/b/1",
        "mailto:a@example.org",
    ]
    assert plain_asciidoc(["https://example.org/p/ingrid[Portfolio]"]) == [
        "Portfolio https://example.org/p/ingrid"
    ]
