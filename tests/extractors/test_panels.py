"""A page drawn as panels side by side ("infographic" templates): a dark sidebar from the top
of the page to its foot, the body, and a grey column of credential tiles, each tile a round
badge with the credential's short name beside its title, issuer, dates, number and link. Each
panel is read whole, left to right; a badge's short name is its picture, not a line of the
tile; and no table is read across the panels' edges."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf

_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-size: 8.6pt; }
.page { display: grid; grid-template-columns: 55mm 1fr 62mm; height: 296mm; }
.left { background: #2b2d42; color: #edf2f4; padding: 12mm 6mm; }
.left h1 { font-size: 15pt; text-align: center; }
.left p { overflow-wrap: anywhere; }
.mid { padding: 12mm 7mm; }
.right { background: #f1f3f7; padding: 12mm 6mm; }
.label { text-transform: uppercase; font-weight: bold; font-size: 7.5pt; margin: 10px 0 6px; }
.tile { background: #fff; border-radius: 8px; padding: 6px; margin-bottom: 7px;
  display: grid; grid-template-columns: 15mm 1fr; gap: 6px; align-items: start; }
.badge { width: 15mm; height: 15mm; border-radius: 50%; background: #4f5d75; color: #fff;
  font-size: 5.5pt; font-weight: bold; display: flex; align-items: center;
  justify-content: center; text-align: center; }
.tile b { display: block; font-size: 8.3pt; }
.meta { font-size: 7.3pt; }
.row { display: flex; gap: 6mm; }
.left, .mid { position: relative; }
.at { position: absolute; top: 120mm; }
"""
_GWO = "https://www.credly.com/badges/8c2e4f17-3a9d-4b60-9e25-1d7f0a6c3b48"
_IRATA = "https://www.credly.com/badges/51d0b7e3-9c42-4f8a-a6e1-3b2c9d7f0e64"


def _tile(short: str, title: str, issuer: str, meta: str, url: str) -> str:
    link = f" <a href='{url}'>Verify ›</a>" if url else ""
    return (
        f"<div class='tile'><div class='badge'>{short}</div><div><b>{title}</b>{issuer}<br>"
        f"<span class='meta'>{meta}</span>{link}</div></div>"
    )


def _page() -> bytes:
    # Rows of two cells in the sidebar and in the body at the same heights: read across the
    # page, they would be the rows of one table of four columns.
    gauges = "".join(
        f"<div class='row'><span>{skill}</span><span>{level}</span></div>"
        for skill, level in (("Blades", "95%"), ("Bolting", "90%"), ("Hoists", "80%"))
    )
    sites = "".join(
        f"<div class='row'><span>{year}</span><span>{site}</span></div>"
        for year, site in (
            ("2019", "Horns Rev 3 blade repairs"),
            ("2021", "Kriegers Flak commissioning"),
            ("2023", "Baltic Power pre-assembly"),
        )
    )
    tiles = "".join(
        [
            _tile(
                "GWO BST",
                "Global Wind Organisation Basic Safety Training – Working at Heights",
                "Global Wind Organisation",
                "04/2022 → 04/2026 · #GWO-7715204",
                _GWO,
            ),
            _tile(
                "IRATA L2",
                "IRATA Rope Access Technician Level 2",
                "Industrial Rope Access Trade Association",
                "09/2021 → 09/2024 · #118845",
                _IRATA,
            ),
        ]
    )
    body = (
        "<div class='page'>"
        "<div class='left'><h1>Tomasz Wiśniewski-Kowalczyk</h1><p>Wind Turbine Technician</p>"
        "<div class='label'>Contact</div><p>tomasz.kowalczyk@windtech.com</p>"
        f"<div class='at'>{gauges}</div></div>"
        "<div class='mid'><div class='label'>Work experience</div>"
        "<p><b>Lead Technician</b>, Baltic Blades Service</p>"
        f"<p>Service and repair of 3 MW turbines offshore and onshore.</p>"
        f"<div class='at'>{sites}</div></div>"
        f"<div class='right'><div class='label'>Credentials</div>{tiles}</div>"
        "</div>"
    )
    return pdf(body, _CSS)


def test_a_page_of_panels_is_read_a_panel_at_a_time_and_each_tile_whole() -> None:
    data = _page()

    extraction = extract(data, "cv.pdf")
    claims = {claim.title: claim for claim in extraction.claims}

    # The name, centred, wraps over three lines of the sidebar, and the address breaks inside
    # its domain ("tomasz.kowalczyk@windtec" / "h.com").
    assert extraction.candidate.name == "Tomasz Wiśniewski-Kowalczyk"
    assert extraction.candidate.emails == ("tomasz.kowalczyk@windtech.com",)
    assert sorted(claims) == [
        "Global Wind Organisation Basic Safety Training – Working at Heights",
        "IRATA Rope Access Technician Level 2",
    ]
    gwo = claims["Global Wind Organisation Basic Safety Training – Working at Heights"]
    assert (gwo.issuer, gwo.credential_id, gwo.issued_on, gwo.expires_on, gwo.url) == (
        "Global Wind Organisation",
        "GWO-7715204",
        "2022-04",
        "2026-04",
        _GWO,
    )
    irata = claims["IRATA Rope Access Technician Level 2"]
    assert (irata.issuer, irata.credential_id, irata.issued_on, irata.url) == (
        "Industrial Rope Access Trade Association",
        "118845",
        "2021-09",
        _IRATA,
    )


def test_no_table_is_read_across_the_edge_of_a_panel() -> None:
    lines = [line.text for line in read(_page(), "cv.pdf").pages[0].lines]

    # The sidebar's gauges stay in the sidebar, under its contact details, each a row of its
    # own; the body's years stay in the body.
    gauges = lines.index("Blades\t95%")
    assert lines[gauges : gauges + 3] == ["Blades\t95%", "Bolting\t90%", "Hoists\t80%"]
    assert lines.index("CONTACT") < gauges < lines.index("WORK EXPERIENCE")
    assert lines.index("2019\tHorns Rev 3 blade repairs") < lines.index("CREDENTIALS")
