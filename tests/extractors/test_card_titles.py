"""Credentials set as cards in a grid, as a slide deck or a design tool lays them out: each
card's title in a larger bold type than the body's, under a section heading larger still. A
recruiter reads each card as one entry opened by its title: the title is no heading of a group
of the cards after it, and no card's lines run into its neighbour's. Under a heading of no
known wording, a status in that title type ("Working towards") heads what is not held yet."""

from __future__ import annotations

from extractors import Claim, extract
from tests.extractors.documents import pdf

_CSS = """
body { font-size: 9pt; }
h2 { font-size: 20pt; margin: 8pt 0; }
.grid { display: flex; flex-wrap: wrap; gap: 12pt; }
.card { width: 150pt; height: 90pt; border: 1px solid #999; background: #f4f4ff; padding: 5pt; }
.card b, h3 { font-size: 12pt; display: block; margin: 0 0 2pt 0; }
"""


def _card(title: str, *lines: str) -> str:
    return (
        f'<div class="card"><b>{title}</b>' + "".join(f"<div>{x}</div>" for x in lines) + "</div>"
    )


def _resume() -> bytes:
    cards = [
        _card("Certified Tower Crane Operator", "Crane Safety Board of Ontario", "Issued Jun 2020",
              "Credential ID TC-88213"),
        _card("Rigging Supervisor Level 2", "Northern Lifting Institute", "Issued Mar 2022"),
        _card("Confined Space Entry", "WorkSafe Training Centre", "Issued Jan 2019"),
        _card("Working at Heights", "WorkSafe Training Centre", "Issued Feb 2023"),
    ]  # fmt: skip
    body = (
        "<h1>Tomasz Wierzbicki</h1><p>tomasz.wierzbicki@example.org</p>"
        f"<h2>Licences &amp; certifications</h2><div class='grid'>{''.join(cards)}</div>"
        "<h2>Next steps</h2><h3>Working towards</h3>"
        "<p>▸ Mobile Crane Operator Licence, Crane Safety Board of Ontario</p>"
    )
    return pdf(body, _CSS)


def _fields(claim: Claim) -> tuple[str, str | None, str | None, str | None]:
    return (claim.title, claim.issuer, claim.issued_on, claim.credential_id)


def test_each_card_is_one_entry_opened_by_its_title() -> None:
    claims = extract(_resume(), "cv.pdf").claims

    assert [_fields(claim) for claim in claims] == [
        ("Certified Tower Crane Operator", "Crane Safety Board of Ontario", "2020-06", "TC-88213"),
        ("Rigging Supervisor Level 2", "Northern Lifting Institute", "2022-03", None),
        ("Confined Space Entry", "WorkSafe Training Centre", "2019-01", None),
        ("Working at Heights", "WorkSafe Training Centre", "2023-02", None),
    ]


# Tiles with their dates in a bold pill at the top right corner, over the title.
_TILE_CSS = (
    ".tile { position: relative; width: 200pt; height: 70pt; border: 1px solid #999;"
    " padding: 14pt 5pt 5pt 5pt; }"
    ".tile b { font-size: 11pt; display: block; }"
    ".pill { position: absolute; top: 3pt; right: 5pt; font-size: 7pt; font-weight: bold;"
    " background: #dde; padding: 1pt 3pt; }"
)


def _pill_card(title: str, issuer: str, dates: str) -> str:
    return (
        f'<div class="tile"><span class="pill">{dates}</span>'
        f"<b>{title}</b><div>{issuer}</div></div>"
    )


def test_the_dates_in_a_pill_over_a_card_s_title_are_that_card_s() -> None:
    css = _CSS + _TILE_CSS
    tiles = [
        _pill_card("Certified Tower Crane Operator", "Crane Safety Board of Ontario",
                   "Jun 2020 – Jun 2025"),
        _pill_card("Rigging Supervisor Level 2", "Northern Lifting Institute", "Mar 2022"),
        _pill_card("Confined Space Entry", "WorkSafe Training Centre", "Jan 2019 – Jan 2022"),
    ]  # fmt: skip
    body = (
        "<h1>Tomasz Wierzbicki</h1><p>tomasz.wierzbicki@example.org</p>"
        f"<h2>Licences &amp; certifications</h2><div class='grid'>{''.join(tiles)}</div>"
    )

    claims = extract(pdf(body, css), "cv.pdf").claims

    assert [(c.title, c.issued_on, c.expires_on) for c in claims] == [
        ("Certified Tower Crane Operator", "2020-06", "2025-06"),
        ("Rigging Supervisor Level 2", "2022-03", None),
        ("Confined Space Entry", "2019-01", "2022-01"),
    ]


def test_a_card_holds_its_entry_whole() -> None:
    tiles = [
        _pill_card("Bushfire Planning Practitioner (BPAD)",
                   "Department of Planning and Environment, New South Wales", "Feb 2020"),
        _pill_card("Rigging Supervisor Level 2", "Northern Lifting Institute", "Mar 2022"),
    ]  # fmt: skip
    body = (
        "<h1>Tomasz Wierzbicki</h1><p>tomasz.wierzbicki@example.org</p>"
        f"<h2>Licences &amp; certifications</h2><div class='grid'>{''.join(tiles)}</div>"
    )

    claims = extract(pdf(body, _CSS + _TILE_CSS), "cv.pdf").claims

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Bushfire Planning Practitioner (BPAD)", "Department of Planning and Environment",
         "2020-02"),
        ("Rigging Supervisor Level 2", "Northern Lifting Institute", "2022-03"),
    ]  # fmt: skip
