"""Page images of the 3-claim and 25-claim reports against committed references.

The references were looked at as a hiring manager would before being committed. After a
deliberate change to the look, regenerate them with
``UPDATE_REFERENCE_IMAGES=1 .venv/bin/pytest tests/reports/test_visual.py`` and look again.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageChops, ImageStat

import reports
from testkit.sample_reports import many_claim_report, three_claim_report

REFERENCE_DIR = Path(__file__).parent / "reference"
RESOLUTION = 50
#: Mean grey-level difference allowed per page (0–255): room for anti-aliasing and font
#: hinting between machines, far below a moved block or a missing section.
TOLERANCE = 1.5
#: The 25-claim report's first pages: the summary and the claims table, where layout matters.
PAGES = {"three-claims": None, "many-claims": 3}


def page_images(report: reports.Report, limit: int | None) -> list[Image.Image]:
    with pdfplumber.open(io.BytesIO(reports.render_pdf(report))) as pdf:
        pages = pdf.pages if limit is None else pdf.pages[:limit]
        return [page.to_image(resolution=RESOLUTION).original.convert("L") for page in pages]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_look_like_the_references(name: str) -> None:
    report = three_claim_report() if name == "three-claims" else many_claim_report()
    images = page_images(report, PAGES[name])
    if os.environ.get("UPDATE_REFERENCE_IMAGES") == "1":
        REFERENCE_DIR.mkdir(exist_ok=True)
        for stale in REFERENCE_DIR.glob(f"{name}-*.png"):
            stale.unlink()
        for number, image in enumerate(images, 1):
            image.save(REFERENCE_DIR / f"{name}-{number}.png", optimize=True)
    references = sorted(REFERENCE_DIR.glob(f"{name}-*.png"))
    assert len(references) == len(images), "the number of pages changed"
    for number, image in enumerate(images, 1):
        with Image.open(REFERENCE_DIR / f"{name}-{number}.png") as reference:
            assert reference.size == image.size
            difference = ImageStat.Stat(ImageChops.difference(reference.convert("L"), image))
            assert difference.mean[0] <= TOLERANCE, f"{name} page {number} differs"


def test_the_comparison_notices_a_change() -> None:
    report = three_claim_report()
    changed = report.model_copy(update={"red_flags": ()})
    [before] = page_images(report, 1)
    [after] = page_images(changed, 1)
    assert ImageStat.Stat(ImageChops.difference(before, after)).mean[0] > TOLERANCE
