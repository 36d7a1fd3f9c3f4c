"""Letters after a name set in capitals: a line in capitals keeps no case, so "P.ENG." is the
P.Eng. licence and "CMIOSH" IOSH's chartered membership, as a recruiter reads them."""

from __future__ import annotations

from extractors import extract

_TEXT = (
    "{name}\nConstruction Project Manager\nToronto, Ontario · kwame.ab@example.ca\n\n"
    "CERTIFICATIONS\nProject Management Professional (PMP), Project Management Institute, 2018\n"
)


def _claims(name: str) -> list[tuple[str, str | None]]:
    result = extract(_TEXT.format(name=name).encode(), "cv.txt")
    return [(claim.title, claim.issuer) for claim in result.claims]


def test_letters_after_a_name_in_capitals_are_read_whatever_their_case() -> None:
    expected = [
        ("Professional Engineer (P.Eng.)", "Professional Engineers Ontario"),
        ("Project Management Professional", "Project Management Institute"),
    ]
    assert _claims("KWAME ASANTE-BOATENG, P.ENG., PMP") == expected
    assert _claims("Kwame Asante-Boateng, P.Eng., PMP") == expected
    assert _claims("OLUWASEUN OKAFOR, CMIOSH")[0] == ("Chartered Member of IOSH", "IOSH")


def test_a_line_in_mixed_case_keeps_its_case() -> None:
    # Where the line shows case, capitals that differ from the acronym as written are not it.
    titles = [title for title, _ in _claims("Kwame Asante-Boateng, P.ENG., PMP")]
    assert titles == ["Project Management Professional"]
