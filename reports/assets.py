"""The report's own files, shared by the HTML and the PDF renderer: the static directory,
the stylesheet (read once per process) and how a ``file:`` URL maps back to a path."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: Everything a report may load: its stylesheet, fonts and images. Nothing else is fetched.
STATIC_DIR = Path(str(files("reports").joinpath("static"))).resolve()
STYLESHEET = STATIC_DIR / "report.css"


@cache
def stylesheet_text() -> str:
    """The report stylesheet, read once per process; the web page inlines it and the PDF
    renderer parses it."""
    return STYLESHEET.read_text(encoding="utf-8")


def unquote_path(url: str) -> Path:
    """The filesystem path of a ``file:`` URL."""
    return Path(unquote(urlsplit(url).path))
