"""A bracket of the title's own keeps its commas: "Forklift Operator Certification (Class I,
IV, V)" lists the classes the card covers, no issuer after a comma. A month and year written
with a dot ("02.2024") is a date under the title, as "02/2024" is."""

from __future__ import annotations

from extractors import extract

_HEAD = "Jo Okafor\njo.okafor@example.com\n\nCertifications\n"


def _claims(body: str) -> list[tuple[str, str | None]]:
    claims = extract((_HEAD + body).encode(), "cv.txt").claims
    return [(claim.title, claim.issuer) for claim in claims]


def test_commas_inside_a_titles_bracket_are_the_titles_own() -> None:
    body = (
        "- Crane Operator Licence (Tower, Mobile, Crawler) (Lifting Board), #CR-44120, 2022\n"
        "- Basic Life Support (BLS), American Heart Association, 2024\n"
    )
    assert _claims(body) == [
        ("Crane Operator Licence (Tower, Mobile, Crawler)", "Lifting Board"),
        ("Basic Life Support", "American Heart Association"),
    ]


def test_a_bracket_of_fields_still_gives_its_issuer_and_year() -> None:
    assert _claims("- Wilderness First Responder (NOLS, 2020)\n") == [
        ("Wilderness First Responder", "NOLS")
    ]


def test_a_dotted_month_and_year_under_a_title_make_the_line_its_issuer() -> None:
    body = (
        "Forklift Operator Certification (Class I, IV, V)\n"
        "National Safety Council · ID 5582 · 02.2024 – 02.2027\n"
        "Basic Life Support (BLS)\n"
        "American Heart Association · 06.2024\n"
    )
    claims = extract((_HEAD + body).encode(), "cv.txt").claims
    assert [(c.title, c.issuer, c.issued_on, c.expires_on) for c in claims] == [
        (
            "Forklift Operator Certification (Class I, IV, V)",
            "National Safety Council",
            "2024-02",
            "2027-02",
        ),
        ("Basic Life Support", "American Heart Association", "2024-06", None),
    ]
