"""Where columns end: a grid of cards under a section heading ends at the next heading of the
same type, even when that section's first lines are short enough to sit in the left column."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf

_HEAD = "<h1>Jane Doe</h1><p>jane@example.com</p>"


def _card(title: str, issuer: str, dates: str) -> str:
    return f"<div><p><b>{title}</b></p><p>{issuer}</p><p>{dates}</p></div>"


def test_a_grid_of_cards_ends_at_the_next_heading_like_its_own() -> None:
    # Five cards two a row: the left column is a card longer than the right, and the next
    # section's first line is short, so the gutter runs on beside it.
    cards = [
        _card("Certified Kubernetes Administrator", "Linux Foundation", "May 2022"),
        _card("Professional Cloud Architect", "Google Cloud", "June 2023"),
        _card("HashiCorp Certified: Terraform Associate", "HashiCorp", "Jan 2024"),
        _card("Halvorsen Rigging Certificate", "Halvorsen Subsea Authority", "Mar 2018"),
        _card("CompTIA Security+", "CompTIA", "Nov 2017"),
    ]
    body = (
        _HEAD
        + "<h2>Certifications</h2><div class='grid'>"
        + "".join(cards)
        + "</div><h2>Projects</h2><p>Team lead, Halvorsen Subsea Authority</p>"
        + "<p>Ran the monthly reporting pack for the whole operations directorate in 2021.</p>"
    )
    css = ".grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt 16pt; } p { margin: 0; }"
    data = pdf(body, css)

    lines = [line.text for line in read(data, "cv.pdf").pages[0].lines]
    claims = {c.title: (c.issuer, c.issued_on) for c in extract(data, "cv.pdf").claims}

    assert lines.index("Mar 2018") < lines.index("Projects")
    assert lines.index("Projects") + 1 == lines.index("Team lead, Halvorsen Subsea Authority")
    assert claims == {
        "Certified Kubernetes Administrator": ("Linux Foundation", "2022-05"),
        "Professional Cloud Architect": ("Google Cloud", "2023-06"),
        "HashiCorp Certified: Terraform Associate": ("HashiCorp", "2024-01"),
        "Halvorsen Rigging Certificate": ("Halvorsen Subsea Authority", "2018-03"),
        "CompTIA Security+": ("CompTIA", "2017-11"),
    }
