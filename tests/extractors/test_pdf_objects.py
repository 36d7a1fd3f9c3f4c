"""The character objects built by ``extractors.pdf_objects`` are pdfplumber's own: every object
of every page, key for key and in the same order, for real résumés of every kind we hold."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfminer.pdftypes import PDFStream

from extractors.pdf_objects import build_objects_quickly
from tests.conftest import REPO_ROOT, SHARED_FIXTURES


def _one_per_maker(files: list[Path]) -> list[Path]:
    """The first file of each maker of the rendered set (WeasyPrint's HTML, LibreOffice's
    DOCX, pandoc's Markdown, LaTeX, RTF...): files of one maker are made alike."""
    seen: set[str] = set()
    chosen = []
    for path in sorted(files, key=lambda path: (path.name.startswith("blind"), path.name)):
        words = path.stem.rsplit("_", 1)[0].split("-")
        maker = words[1] if words[0].startswith("blind") else words[0]
        if maker not in seen:
            seen.add(maker)
            chosen.append(path)
    return chosen


PDFS = sorted(
    [
        *(SHARED_FIXTURES / "resumes").glob("*.pdf"),
        *(REPO_ROOT / "tests" / "corpus" / "files").glob("*.pdf"),
        *_one_per_maker(list((REPO_ROOT / "tests" / "rendered" / "files").glob("*.pdf"))),
    ]
)


def test_there_are_pdfs_of_many_makers_to_compare() -> None:
    assert len(PDFS) >= 40


def _objects(data: bytes, *, quickly: bool, **options: Any) -> list[Any]:
    """Every page's objects by kind, each object as its list of items (order counts), or the
    type of the error reading them raised."""
    pages: list[Any] = []
    try:
        with pdfplumber.open(io.BytesIO(data), **options) as pdf:
            for page in pdf.pages:
                if quickly:
                    build_objects_quickly(page)
                pages.append(
                    {
                        kind: [
                            [(key, _comparable(value)) for key, value in obj.items()]
                            for obj in found
                        ]
                        for kind, found in page.objects.items()
                    }
                )
    except Exception as error:
        pages.append(type(error))
    return pages


def _comparable(value: Any) -> Any:
    """``value`` with each stream (equal only to itself) replaced by what it holds."""
    if isinstance(value, PDFStream):
        return (repr(value), value.rawdata)
    if isinstance(value, (list, tuple)):
        return type(value)(_comparable(item) for item in value)
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items()}
    return value


@pytest.mark.parametrize("path", PDFS, ids=lambda path: path.name)
def test_the_objects_are_pdfplumbers_own(path: Path) -> None:
    data = path.read_bytes()
    assert _objects(data, quickly=True) == _objects(data, quickly=False)


def test_characters_normalised_by_pdfplumber_are_normalised_alike() -> None:
    data = (SHARED_FIXTURES / "resumes" / "moderncv_template-es.pdf").read_bytes()
    quick = _objects(data, quickly=True, unicode_norm="NFKD")
    assert quick == _objects(data, quickly=False, unicode_norm="NFKD")
    assert quick != _objects(data, quickly=True)
