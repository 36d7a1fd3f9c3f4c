"""A ribbon of badge tiles (an infographic template's credentials): a round badge holding the
credential's short name, and under it, centred on its axis, the title (wrapped over two lines;
in capitals, a name and not a group's heading), the issuer, "Since … · Renew …", the ID and a
"verify" link. Each tile is one entry, read whole; the badge's words are no entry; a heading
centred on the page under two columns heads the ribbon, not the column beside it."""

from __future__ import annotations

from extractors import Claim, extract
from tests.extractors.documents import pdf

_CSS = """
.row { display: flex; gap: 20pt; } .main { width: 300pt; } .side { width: 150pt; }
.centred { text-align: center; }
.ribbon { display: flex; flex-wrap: wrap; justify-content: center; gap: 8pt 6pt; }
.medal { width: 120pt; text-align: center; font-size: 8pt; }
.badge { width: 42pt; height: 42pt; margin: 0 auto 3pt; border-radius: 50%;
  background: #ffca28; border: 3pt solid #00897b; font-size: 6pt; font-weight: bold;
  display: flex; align-items: center; justify-content: center; }
.t { font-weight: bold; }
"""

_TILES = (
    ("CTT", "CERTIFIED TIDAL TECHNICIAN® (CTT®)", "Marine Renewables Board",
     "Since Mar 2021 · Renew Mar 2027", "MRB-204417", "https://verify.example.org/MRB-204417"),
    ("Rope Access L2", "Rope Access Technician Level 2", "Industrial Rope Access Guild",
     "Since Jun 2022 · Renew Jun 2025", "IRAG-88213", None),
    ("Sea Survival", "Offshore Sea Survival and Helicopter Escape", "Northern Offshore Training",
     "Since Nov 2023", None, "https://verify.example.org/NOT-5512"),
)  # fmt: skip


def _medal(
    short: str, title: str, issuer: str, dates: str, ident: str | None, url: str | None
) -> str:
    lines = [f"<div class='badge'>{short}</div>", f"<div class='t'>{title}</div>",
             f"<div>{issuer}</div>", f"<div>{dates}</div>"]  # fmt: skip
    if ident:
        lines.append(f"<div>#{ident}</div>")
    if url:
        lines.append(f"<div><a href='{url}'>verify</a></div>")
    return f"<div class='medal'>{''.join(lines)}</div>"


def _claims() -> list[Claim]:
    body = (
        "<h1>Dana Okafor</h1><p>dana.okafor@example.org · +44 7700 900123</p>"
        "<div class='row'><div class='main'><h2>About me</h2><p>Offshore technician on tidal"
        " arrays and wind farms, nine years on turbines and subsea cables.</p>"
        "<h2>Experience</h2><p><b>Lead Technician</b>, Orkney Tidal Works (2019 – now)</p>"
        "<p>Kept a fleet of twelve turbines running through two winters.</p></div>"
        "<div class='side'><h2>Skills</h2><p>Hydraulics</p><p>Subsea cables</p>"
        "<p>SCADA</p><p>Gaelic</p></div></div>"
        "<h2 class='centred'>★ Certified ★</h2>"
        f"<div class='ribbon'>{''.join(_medal(*tile) for tile in _TILES)}</div>"
    )
    return list(extract(pdf(body, _CSS), "cv.pdf").claims)


def test_each_badge_tile_is_one_entry_read_whole() -> None:
    claims = _claims()

    assert [(c.title, c.issuer) for c in claims] == [
        ("CERTIFIED TIDAL TECHNICIAN® (CTT®)", "Marine Renewables Board"),
        ("Rope Access Technician Level 2", "Industrial Rope Access Guild"),
        ("Offshore Sea Survival and Helicopter Escape", "Northern Offshore Training"),
    ]
    assert [(c.issued_on, c.expires_on) for c in claims] == [
        ("2021-03", "2027-03"),
        ("2022-06", "2025-06"),
        ("2023-11", None),
    ]
    assert [c.credential_id for c in claims] == ["MRB-204417", "IRAG-88213", None]
    assert [c.url for c in claims] == [
        "https://verify.example.org/MRB-204417",
        None,
        "https://verify.example.org/NOT-5512",
    ]
