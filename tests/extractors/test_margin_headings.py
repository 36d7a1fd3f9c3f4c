"""Section headings set in the page's left margin beside their text, as a typeset CV sets them:
each name in a narrow column at the margin, on the row of its section's first line, the entries
in a wider column to the right. A heading there heads what is beside and below it, up to the
next heading in the margin; and a justified line's even word spaces are no gutter."""

from __future__ import annotations

from extractors import Claim, extract
from extractors.pdf_layout import reading_order
from extractors.pdf_words import Word
from tests.extractors.documents import pdf

_CSS = (
    ".section { display: flex; margin: 0 0 9pt 0; width: 480pt; }"
    " .name { flex: 0 0 90pt; font-weight: bold; }"
    " .text { flex: 1; } .text p { margin: 0 0 2pt 0; }"
)


def _section(name: str, *lines: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<div class='section'><div class='name'>{name}</div><div class='text'>{body}</div></div>"
    )


def _margin_cv(*sections: str) -> bytes:
    head = "<h1>Wiebke Sandoval-Ruud</h1><p>wiebke.sr@example.org · Utrecht</p>"
    return pdf(head + "".join(sections), _CSS)


def _by_title(data: bytes) -> dict[str, Claim]:
    return {claim.title: claim for claim in extract(data, "cv.pdf").claims}


def test_a_heading_in_the_margin_heads_the_text_beside_and_below_it() -> None:
    data = _margin_cv(
        _section(
            "Profile",
            "Structural engineer for bridges and viaducts, inspections and retrofits.",
        ),
        _section(
            "Experience",
            "<b>Bridge Engineer, Keystone Spanworks B.V.</b> (since 2019)",
            "– Led the certification of twelve inspection crews",
        ),
        _section(
            "Certifications",
            "<b>Certified Kubernetes Administrator (CKA)</b>",
            "The Linux Foundation, earned March 2022, credential ID LF-8812",
            "<b>PRINCE2 Foundation</b>",
            "AXELOS, earned June 2020",
        ),
        _section("In progress", "PMP: exam planned for 2027"),
    )

    claims = _by_title(data)

    assert set(claims) == {"Certified Kubernetes Administrator", "PRINCE2 Foundation"}
    cka = claims["Certified Kubernetes Administrator"]
    assert cka.issuer == "The Linux Foundation"
    assert cka.credential_id == "LF-8812"
    assert cka.issued_on == "2022-03"
    assert claims["PRINCE2 Foundation"].issued_on == "2020-06"


def test_labels_in_the_margin_row_under_row_stay_a_table() -> None:
    data = _margin_cv(
        "<h2>Certifications</h2>",
        _section("Certification", "PRINCE2 Foundation"),
        _section("Issuer", "AXELOS"),
        _section("Earned", "June 2020"),
    )

    document = extract(data, "cv.pdf")

    assert [claim.title for claim in document.claims] == ["PRINCE2 Foundation"]


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 6.0 * len(text), top=top, bottom=top + 9.5, bold=False,
                size=9.5)  # fmt: skip


def test_a_justified_lines_even_spaces_are_no_gutter() -> None:
    # A justified line spaces its words 12 points apart; the short lines under it leave one of
    # those spaces empty all the way down, as a gutter would be.
    words = [
        _word("Bureau", 100.0, 100.0),
        _word("Veritas,", 148.0, 100.0),
        _word("earned", 208.0, 100.0),
        _word("in", 256.0, 100.0),
        _word("February", 280.0, 100.0),
        _word("2019,", 340.0, 100.0),
        _word("number", 382.0, 100.0),
        _word("BV-IT-19-4471.", 100.0, 113.0),
        _word("ISO", 100.0, 131.0),
        _word("9001", 124.0, 131.0),
        _word("Auditor", 160.0, 131.0),
    ]

    rows = [" ".join(word.text for word in row) for row in reading_order(words, 595.0)]

    assert rows[0] == "Bureau Veritas, earned in February 2019, number"
