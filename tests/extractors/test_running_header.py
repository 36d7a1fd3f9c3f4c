"""A two-page résumé whose running header is two lines of the name and headline on the left
and "Résumé" on the right, repeated on every page: the header is no content, and "Résumé"
atop page two heads no section, so the credentials that run on from page one stay
credentials. A credential's name in bold capitals closed by its short name ("CERTIFIED
FINANCIAL PLANNER® (CFP®)") is an entry's title, not the heading of a group."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
@page { margin: 28mm 18mm;
  @top-left { content: "Dana Okafor — Offshore Technician \\A Tidal and Wind Arrays";
    white-space: pre; font-size: 8pt; }
  @top-right { content: "Résumé"; font-size: 8pt; } }
.entry { margin: 0 0 9pt 0; } .entry small { font-size: 9pt; }
"""

_FILLER = "".join(
    f"<p>Serviced turbine {n} on the array and logged every fault for the operator.</p>"
    for n in range(1, 31)
)

_ENTRIES = (
    ("Rope Access Technician Level 2", "Industrial Rope Access Guild", "2022-06"),
    ("CERTIFIED TIDAL TECHNICIAN® (CTT®)", "Marine Renewables Board", "2021-03"),
    ("Offshore Sea Survival", "Northern Offshore Training", "2023-11"),
    ("Confined Space Entry", "Harbour Safety Council", "2020-02"),
    ("High Voltage Switching Authorisation", "Grid Operators Academy", "2019-09"),
    ("Working at Height Rescue", "Industrial Rope Access Guild", "2024-01"),
)


def test_a_running_header_atop_page_two_heads_nothing_and_the_credentials_go_on() -> None:
    entries = "".join(
        f"<div class='entry'><b>{title}</b><br><small>{issuer} — issued {issued}</small></div>"
        for title, issuer, issued in _ENTRIES
    )
    body = (
        "<h1>Dana Okafor</h1><p>dana.okafor@example.org · +44 7700 900123</p>"
        f"<h2>Experience</h2>{_FILLER}<h2>Licences &amp; Certifications</h2>{entries}"
    )
    document = pdf(body, _CSS)

    claims = extract(document, "cv.pdf").claims

    assert [(c.title.casefold(), c.issuer, c.issued_on) for c in claims] == [
        (title.casefold(), issuer, issued) for title, issuer, issued in _ENTRIES
    ]
