"""WeasyPrint behind a fetcher that can reach nothing but the package's own static files."""

from __future__ import annotations

from functools import cache
from typing import Any

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from reports.assets import STATIC_DIR, STYLESHEET, stylesheet_text, unquote_path


class FetchRefusedError(ValueError):
    """A resource the report may not load: anything but ``data:`` and the static files."""


class StaticOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Loads ``data:`` URLs and files under ``reports/static/``; refuses everything else.

    Report values come from résumés and remote documents, so a stray ``url(...)`` or
    ``<img src>`` must never reach the network (SSRF) or the disk.
    """

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False)

    def fetch(self, url: str, headers: Any = None) -> Any:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith("file:"):
            path = unquote_path(url).resolve()
            if path.is_relative_to(STATIC_DIR) and path.is_file():
                return super().fetch(url, headers)
        raise FetchRefusedError(f"refused to fetch {url[:80]!r}: reports load only their own files")


@cache
def font_configuration() -> FontConfiguration:
    """The process's one font configuration, shared by every render (fonts load once)."""
    return FontConfiguration()


@cache
def _parsed_stylesheet() -> CSS:
    """The report stylesheet, parsed once per process: parsing costs a tenth of a render."""
    return CSS(
        string=stylesheet_text(),
        base_url=STYLESHEET.as_uri(),
        url_fetcher=StaticOnlyFetcher(),
        font_config=font_configuration(),
    )


def write_pdf(html: str, *, tagged: bool = False) -> bytes:
    """Render report HTML to an A4 PDF; resources load only through the fetcher.

    ``tagged`` makes a tagged PDF/UA-1 document. It is off by default: tagging marks every
    box and writes a structure element for each, about a tenth of a warm render, and the
    default PDF has to stay within twice what a plain page costs (issue 6; bench/report_render.py).
    """
    document = HTML(
        string=html,
        base_url=STATIC_DIR.as_uri() + "/",
        url_fetcher=StaticOnlyFetcher(),
    )
    pdf: bytes = document.write_pdf(
        stylesheets=[_parsed_stylesheet()],
        font_config=font_configuration(),
        pdf_variant="pdf/ua-1" if tagged else None,
        custom_metadata=True,
        uncompressed_pdf=False,
    )
    return pdf
