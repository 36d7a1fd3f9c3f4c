"""Cards two a row, each its title with its dates flush right in the card over its issuer and
link, line up across the page like a table of four columns. A recruiter sees two columns of
cards, the same small layout twice; so they are read, card under card, not as table rows."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf

_HEAD = (
    "<h1>Jane Doe</h1><p>jane@example.com</p><p>Platform engineer for a payments company,"
    " running the clusters, the pipelines and the on-call rota for forty teams.</p>"
)
_CSS = (
    ".grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt 16pt; } p { margin: 0; }"
    " .top { display: flex; justify-content: space-between; gap: 6pt; }"
    " .dates { width: 50pt; text-align: right; flex-shrink: 0; } .link { font-size: 8pt; }"
)


def _card(title: str, issuer: str, dates: str) -> str:
    url = f"https://www.credly.com/badges/{issuer.lower().replace(' ', '-')}-0f5d3c2b1a98"
    return (
        f"<div><div class='top'><b>{title}</b><span class='dates'>{dates}</span></div>"
        f"<p>{issuer}</p><p class='link'><a href='{url}'>{url[12:]}</a></p></div>"
    )


def test_cards_two_a_row_with_their_dates_in_the_card_are_read_card_by_card() -> None:
    cards = [
        _card(
            "Halvorsen Rigging and Lifting Supervisor Certificate",
            "Halvorsen Subsea Authority",
            "05/2022 - 05/2025",
        ),
        _card("Certified Kubernetes Administrator", "The Linux Foundation", "06/2023"),
        _card(
            "Nordic Offshore Crane Operator Licence", "Nordic Maritime Board", "03/2018 - 03/2028"
        ),
        _card("CompTIA Security+", "CompTIA", "11/2017"),
    ]
    body = (
        _HEAD
        + "<h2>Certifications</h2><div class='grid'>"
        + "".join(cards)
        + "</div><h2>Experience</h2><p>Platform lead, Northwind Payments, since 2019.</p>"
    )
    data = pdf(body, _CSS)

    lines = read(data, "cv.pdf").pages[0].lines
    claims = {
        c.title: (c.issuer, c.issued_on, c.expires_on) for c in extract(data, "cv.pdf").claims
    }

    assert not any(line.table_row for line in lines)
    assert claims == {
        "Halvorsen Rigging and Lifting Supervisor Certificate": (
            "Halvorsen Subsea Authority",
            "2022-05",
            "2025-05",
        ),
        "Certified Kubernetes Administrator": ("The Linux Foundation", "2023-06", None),
        "Nordic Offshore Crane Operator Licence": ("Nordic Maritime Board", "2018-03", "2028-03"),
        "CompTIA Security+": ("CompTIA", "2017-11", None),
    }


def test_cards_two_a_row_whose_titles_leave_a_wider_gap_than_the_cards_own_are_read_apart() -> None:
    # No long line in a card: each title and its dates leave a band as wide as the gutter
    # between the cards, or wider. The page's gutter is the one that parts two equal halves.
    cards = [
        "<div><div class='top'><b>Certified Kubernetes Administrator</b>"
        "<span class='dates'>05/2022 - 05/2025</span></div><p>Linux Foundation</p></div>",
        "<div><div class='top'><b>Professional Cloud Architect</b>"
        "<span class='dates'>06/2023</span></div><p>Google Cloud</p></div>",
        "<div><div class='top'><b>Halvorsen Rigging Certificate</b>"
        "<span class='dates'>03/2018 - 03/2028</span></div><p>Halvorsen Subsea Authority</p></div>",
        "<div><div class='top'><b>CompTIA Security+</b>"
        "<span class='dates'>11/2017</span></div><p>CompTIA</p></div>",
    ]
    body = (
        _HEAD
        + "<h2>Certifications</h2><div class='grid'>"
        + "".join(cards)
        + "</div><h2>Experience</h2><p>Platform lead, Northwind Payments, since 2019.</p>"
    )

    claims = extract(pdf(body, _CSS), "cv.pdf").claims

    assert {c.title: (c.issuer, c.issued_on, c.expires_on) for c in claims} == {
        "Certified Kubernetes Administrator": ("Linux Foundation", "2022-05", "2025-05"),
        "Professional Cloud Architect": ("Google Cloud", "2023-06", None),
        "Halvorsen Rigging Certificate": ("Halvorsen Subsea Authority", "2018-03", "2028-03"),
        "CompTIA Security+": ("CompTIA", "2017-11", None),
    }
