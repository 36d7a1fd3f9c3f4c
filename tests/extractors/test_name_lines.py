"""A name's own lines: post-nominals written in mixed case ("P.Eng.") or with a body's mark
("CFP®") are letters after the name like "PMP", and a double surname that a narrow column broke
at its hyphen, or that small capitals set in two sizes around it, is one word."""

from __future__ import annotations

import pytest

from extractors import extract
from tests.extractors.documents import pdf

_TEXT_BODY = (
    "\nEXPERIENCE\nSenior Project Manager, Maple Builders (2019 - present)\n"
    "\nCERTIFICATIONS\nProject Management Professional (PMP), PMI (2018)\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Dana Okafor P.Eng.",
        "Dana Okafor, P.Eng., PMP",
        "Dana Okafor PMP P.Eng.",
        "Dana Okafor, BCom, CFP®",
        "Dana Okafor, CFA™",
    ],
)
def test_post_nominals_in_mixed_case_are_no_part_of_the_name(head: str) -> None:
    text = f"{head}\ndana.okafor@example.org\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == "Dana Okafor"


def test_a_double_surname_broken_at_its_hyphen_in_a_narrow_column_is_one_word() -> None:
    body = (
        "<div class='side'><h1>Dana Asante-Okonkwo, P.Eng., PMP</h1>"
        "<p>Project Manager</p><p>dana.ao@example.org</p></div>"
        "<div class='main'><h2>Certifications</h2>"
        "<p>Project Management Professional (PMP), PMI (2018)</p></div>"
    )
    css = (
        "body { display: flex; gap: 20pt; } .side { width: 120pt; } .main { flex: 1; }"
        " h1 { font-size: 17pt; }"
    )

    name = extract(pdf(body, css), "cv.pdf").candidate.name

    assert name == "Dana Asante-Okonkwo"


def test_a_double_surname_in_small_capitals_is_one_word_with_its_hyphen_and_comma() -> None:
    # Small capitals as a browser synthesises them: each word's first letter, the hyphen and
    # the comma in the large size, the other letters smaller, all set as close as letters.
    def small_caps(word: str) -> str:
        return f"{word[0]}<small>{word[1:]}</small>"

    head = (
        f"{small_caps('DANA')} {small_caps('ASANTE')}-{small_caps('OKONKWO')}, {small_caps('PENG')}"
    )
    body = (
        f"<h1>{head}</h1><p>Project Manager</p><p>Accra, Ghana · ao.dana@example.org</p>"
        "<h2>Certifications</h2><p>Project Management Professional (PMP), PMI (2018)</p>"
    )
    css = "h1 { letter-spacing: .05em; text-align: center; } small { font-size: 70%; }"

    name = extract(pdf(body, css), "cv.pdf").candidate.name

    assert name == "Dana Asante-Okonkwo"
