"""Two pages printed on one landscape sheet ("2 pages per sheet"): each half of the sheet is a
page of the résumé, shrunk, with the same margins. A recruiter reads the left page to its
foot, then the right one; the right page's few lines at its top are not a column beside the
left page's first lines."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf

_CSS = """
@page { size: A4 landscape; margin: 0; }
body { margin: 0; font-size: 7pt; }
.half { position: absolute; top: 0; width: 148.5mm; height: 210mm; }
.inner { margin: 14mm 12mm; }
h1 { font-size: 14pt; } h2 { font-size: 9pt; }
"""

_FIRST = (
    "<h1>Ingrid Solberg</h1><p>Rope access technician · ingrid.solberg@example.no</p>"
    "<h2>Experience</h2><p>Rope Access Technician, Fjordline Inspection AS, 2017 – present</p>"
    "<p>• Inspected offshore flare towers and bridge cables at height in all seasons.</p>"
    "<h2>Certifications</h2>"
    "<p><b>IRATA Level 2 Rope Access Technician</b></p><p>IRATA International</p>"
    "<p>Issued March 2022 · Valid until March 2025 (expired)</p><p>Certificate no. 2/118834</p>"
    "<p><b>GWO Working at Heights</b></p><p>Global Wind Organisation</p>"
    "<p>Issued June 2024 · Valid until June 2026</p><p>WINDA ID 77120043</p>"
    "<p><b>Offshore Survival and Emergency Training</b></p><p>Norwegian Offshore Safety</p>"
    "<p>Issued January 2023 · Valid until January 2027</p>"
    "<p><b>Confined Space Entry</b></p><p>Nordic Safety Academy</p>"
    "<p>Issued October 2021</p>"
)
_SECOND = (
    "<h2>Languages</h2><p>Norwegian (native) · English (fluent)</p><p>References on request.</p>"
)


def _sheet() -> bytes:
    halves = (
        f"<div class='half' style='left:0'><div class='inner'>{_FIRST}</div></div>"
        f"<div class='half' style='left:148.5mm'><div class='inner'>{_SECOND}</div></div>"
    )
    return pdf(halves, _CSS)


def test_the_left_page_of_a_two_up_sheet_is_read_whole_before_the_right_one() -> None:
    data = _sheet()
    lines = [line.text for line in read(data, "cv.pdf").pages[0].lines]
    assert lines.index("Issued October 2021") < lines.index("Languages")
    claims = {claim.title: claim for claim in extract(data, "cv.pdf").claims}
    assert claims["GWO Working at Heights"].issuer == "Global Wind Organisation"
    offshore = claims["Offshore Survival and Emergency Training"]
    assert (offshore.issuer, offshore.issued_on) == ("Norwegian Offshore Safety", "2023-01")
    assert claims["Confined Space Entry"].issuer == "Nordic Safety Academy"
