"""A typeset CV's credentials: each title in bold with its dates flush right beside it, the
issuer under it in italics with the number flush right, the right-hand ends a point or three
apart as a typesetter's kerning leaves them. Each entry reads as one, whatever commas, dashes
or brackets its lines hold."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = (
    ".row { display: flex; justify-content: space-between; }"
    " .t { font-weight: bold; } .i { font-style: italic; } .n { padding-right: 2.5pt; }"
)


def _entry(title: str, dates: str, issuer: str, number: str) -> str:
    numbered = f"<span class='n'>No. {number}</span>" if number else ""
    return (
        f"<div class='row'><span class='t'>{title}</span><span>{dates}</span></div>"
        f"<div class='row'><span class='i'>{issuer}</span>{numbered}</div>"
    )


def test_a_typeset_entry_is_its_bold_title_and_the_lines_under_it() -> None:
    body = (
        "<h1>Ines Varga</h1><p>ines.varga@example.org</p><h2>Certifications</h2>"
        + _entry(
            "Deck Officer Licence, Near-Coastal",
            "Jun 2021 – Jun 2026",
            "Directorate of Ports, Coasts and Shipping, Republic of Norland",
            "DPS-21-0077",
        )
        + _entry(
            "Radiation Protection Supervisor (Industrial Radiography)",
            "Mar 2020 – Mar 2025",
            "NRSA - Norland Radiation Safety Authority",
            "RPS-3381",
        )
        + _entry(
            "Rigging Basics (Slings, Shackles and Hoists)",
            "Sep 2019 – Sep 2024",
            "Harbour Skills Centre",
            "HSC-190442",
        )
        + "<h2>Skills</h2><p>Navigation, cargo planning</p>"
    )

    claims = extract(pdf(body, _CSS), "cv.pdf").claims

    # The issuer's line is the first entry's, its commas and all (the issuer read from it is
    # still cut at its first comma: "Directorate of Ports").
    assert [(c.title, c.issued_on, c.expires_on, c.credential_id) for c in claims] == [
        ("Deck Officer Licence, Near-Coastal", "2021-06", "2026-06", "DPS-21-0077"),
        (
            "Radiation Protection Supervisor (Industrial Radiography)",
            "2020-03",
            "2025-03",
            "RPS-3381",
        ),
        ("Rigging Basics (Slings, Shackles and Hoists)", "2019-09", "2024-09", "HSC-190442"),
    ]
    assert [claim.issuer for claim in claims] == [
        "Directorate of Ports",
        "NRSA",
        "Harbour Skills Centre",
    ]


def test_a_list_of_modules_in_brackets_is_the_titles_not_an_issuer() -> None:
    text = (
        "Ines Varga\nines.varga@example.org\n\nCERTIFICATIONS\n\n"
        "Offshore Survival (Sea Survival, Helicopter Escape, Fire Awareness) - 2022\n"
    )

    (claim,) = extract(text.encode(), "cv.txt").claims

    assert (claim.title, claim.issuer, claim.issued_on) == (
        "Offshore Survival (Sea Survival, Helicopter Escape, Fire Awareness)",
        None,
        "2022",
    )


def test_a_web_addresss_host_names_no_issuer() -> None:
    text = (
        "Ines Varga\nines.varga@example.org\n\nCERTIFICATIONS\n\n"
        "Clinical Trial Monitoring Refresher\tFeb 2024\n"
        "Norland Clinical Research Network\n"
        "https://gcp.norland-research.example/verify/CTM-55121\n"
    )

    (claim,) = extract(text.encode(), "cv.txt").claims

    assert (claim.title, claim.issuer) == (
        "Clinical Trial Monitoring Refresher",
        "Norland Clinical Research Network",
    )
