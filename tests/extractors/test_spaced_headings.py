"""A heading set in capitals wide apart ("C E R T I F I C A T I O N S", as a Canva-style
sidebar draws it) comes out of a PDF a letter a word, with a kerned pair ("RT", "AT") kept
together: it still opens its section, and one credlens has no word for still closes it."""

from __future__ import annotations

from extractors import extract
from extractors.sections import Section, heading_section
from tests.extractors.documents import pdf


def test_capitals_typed_apart_name_their_heading() -> None:
    assert heading_section("S K I L L S") is Section.SKILLS
    assert heading_section("C E RT I F I C AT I O N S") is Section.CREDENTIALS
    assert heading_section("C O N TA C T") is Section.OTHER
    # Letters apart that spell no heading word stay what they were: initials, a name.
    assert heading_section("J A N E") is None
    assert heading_section("A B C D") is None


def test_a_letter_spaced_heading_in_a_pdf_opens_and_closes_the_credentials_section() -> None:
    css = "h2 { letter-spacing: 3pt; text-transform: uppercase; font-size: 9pt; }"
    body = (
        "<h1>Dana Okafor</h1><p>dana.okafor@example.org</p>"
        "<h2>Certifications</h2>"
        "<p><b>Certified Master Rigger</b><br><i>Halvorsen Subsea Authority</i><br>Mar 2018</p>"
        "<h2>Notes</h2>"
        "<p>Team lead, Halvorsen Subsea Authority, 2020</p>"
    )

    claims = extract(pdf(body, css), "resume.pdf").claims

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Certified Master Rigger", "Halvorsen Subsea Authority", "2018-03")
    ]
