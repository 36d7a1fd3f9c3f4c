"""A design tool's page (a Canva-like résumé): every block of text a box placed on the page.
Each credential is a bold title box, a narrow date box right-aligned at the body's right edge
beside it (a long range wraps, "February 2021 – February" over "2026"; a status under it,
"(expired)"), a detail box under the title (its number's label may end a line, the number on
the next) and a "Verify" link box beside the detail. A recruiter reads each box with the entry
it stands beside, never the right edge as a column of its own after the body."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; }
.box { position: absolute; margin: 0; }
.t { font-size: 9.5pt; font-weight: bold; }
.d { font-size: 8.5pt; text-align: right; }
.s { font-size: 8pt; }
.side { font-size: 8.5pt; }
"""

# (title, dates, detail, link): one credential of a crane operator's résumé.
_HELD = (
    (
        "Mobile Crane Operator Licence (Class C2)",
        "February 2021 – February 2026",
        "WorkSafe Western Australia · Licence No. HRW-0071-4432",
        "https://verify.example.org/hrw/0071-4432",
    ),
    (
        "Dogging High Risk Work Licence",
        "Mar 2016 – Mar 2021 (expired)",
        "WorkSafe Western Australia · Licence No. HRW-0055-1208",
        "",
    ),
    (
        "Working at Heights Certificate",
        "Aug 2023 – Aug 2025",
        "Coastline Safety Training Pty Ltd · Certificate Number 8830271455",
        "https://badges.example.net/badge/5e1f77c2",
    ),
    ("Rigging Basic Certificate", "Nov 2019", "Pilbara Skills Institute", ""),
)


def _box(left: float, top: float, width: float, html: str, kind: str) -> str:
    return f'<div class="box {kind}" style="left:{left}mm;top:{top}mm;width:{width}mm">{html}</div>'


def _page() -> bytes:
    boxes = [
        _box(70, 12, 120, "<b style='font-size:20pt'>Tamsin Okafor</b>", "t"),
        _box(70, 24, 120, "Crane Operator · tamsin.okafor@example.com", "s"),
        _box(8, 40, 50, "SKILLS", "t"),
        _box(8, 48, 50, "Slew and luff cranes<br>Load charts<br>Rigging plans", "side"),
        _box(70, 40, 120, "EXPERIENCE", "t"),
        _box(70, 48, 120, "Crane Operator · Harbourline Lifting · 2016 – present", "s"),
        _box(70, 62, 120, "CERTIFICATIONS", "t"),
    ]
    for number, (title, dates, detail, link) in enumerate(_HELD):
        top = 70 + 17 * number
        boxes.append(_box(70, top, 80, title, "t"))
        boxes.append(_box(158, top, 32, dates, "d"))
        boxes.append(_box(70, top + 8, 78, detail, "s"))
        if link:
            boxes.append(_box(172, top + 8, 18, f'<a href="{link}">Verify</a>', "d"))
    return pdf("".join(boxes), _CSS)


def test_each_date_and_link_box_reads_with_the_entry_it_stands_beside() -> None:
    claims = {claim.title: claim for claim in extract(_page(), "cv.pdf").claims}

    crane = claims["Mobile Crane Operator Licence (Class C2)"]
    # The range the box wrapped ("February 2021 – February" / "2026") is one range.
    assert (crane.issued_on, crane.expires_on) == ("2021-02", "2026-02")
    assert crane.issuer == "WorkSafe Western Australia"
    assert crane.credential_id == "HRW-0071-4432"
    assert crane.url == "https://verify.example.org/hrw/0071-4432"
    # The status under the range is the range's: the expired licence is still claimed.
    dogging = claims["Dogging High Risk Work Licence"]
    assert (dogging.issued_on, dogging.expires_on) == ("2016-03", "2021-03")
    assert dogging.url is None
    # The number its label left on the next line, the "Verify" box beside the label's line.
    heights = claims["Working at Heights Certificate"]
    assert heights.credential_id == "8830271455"
    assert heights.issuer == "Coastline Safety Training Pty Ltd"
    assert heights.url == "https://badges.example.net/badge/5e1f77c2"
    assert heights.issued_on == "2023-08"
    assert claims["Rigging Basic Certificate"].issued_on == "2019-11"
    # No "Verify" link read as a credential of its own.
    assert len(claims) == 4
