"""What a layout of the rendered corpus is, and how layouts write dates and names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.rendered.contents import Content, Credential

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")  # fmt: skip
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip

#: Fields a layout may leave out; the labels leave out the same.
ALL_FIELDS = frozenset({"issuer", "dates", "id", "url"})


@dataclass(frozen=True)
class Layout:
    """One way to lay a résumé out, and the renderer that makes the file."""

    key: str
    #: "chromium" (HTML → PDF), "libreoffice" (DOCX → PDF), "python-docx" (DOCX as written),
    #: "pandoc" (Markdown → DOCX), "pandoc+libreoffice" (Markdown → DOCX → PDF),
    #: "pandoc+chromium" (Markdown → HTML → PDF), "pandoc-standalone+chromium" (Markdown → a
    #: standalone HTML page with its own style sheet → PDF), "rtf+libreoffice" (RTF → PDF),
    #: "fodt+libreoffice" (a flat ODT written as XML → PDF), "fods+libreoffice" (a flat ODS
    #: spreadsheet written as XML → PDF by LibreOffice Calc), "fodp+libreoffice" (a flat ODP
    #: presentation written as XML → PDF by LibreOffice Impress, a page a slide),
    #: "pandoc-odt+libreoffice" (Markdown
    #: → ODT by pandoc → PDF), "pandoc-toc+chromium" (Markdown → a standalone HTML page with a
    #: table of contents → PDF), "chromium-print" (an HTML page printed with the browser's own
    #: header and footer; the build gives the page and both templates),
    #: "pdf" (a PDF's bytes as the layout draws them), "fodt+libreoffice-docx" (a flat ODT
    #: saved as DOCX by LibreOffice's own Word writer),
    #: "text" (plain text, as written).
    renderer: str
    build: Callable[[Content], Any]
    shows: frozenset[str] = ALL_FIELDS
    #: The credentials are written by their short names ("CISSP") rather than their titles.
    short_titles: bool = False
    held_out: bool = False
    #: A held-out set reported on its own line ("blind-2"); empty for the original sets.
    group: str = ""

    @property
    def suffix(self) -> str:
        if self.renderer == "text":
            return "txt"
        docx = {"pandoc", "python-docx", "fodt+libreoffice-docx"}
        return "docx" if self.renderer in docx else "pdf"


def month(value: str | None, style: str) -> str:
    """A ``YYYY-MM`` date the way a layout writes it ("2024-03" in the style "mon": "Mar 2024",
    "mon.": "Mar. 2024" but "May 2024", "mon-dash": "Mar-2024", "upper": "MAR 2024", "apos":
    "Mar '24", "full": "March 2024", "fr": "mars 2024", "es": "marzo de 2024", "slash": "03/2024",
    "dot": "03.2024", "iso": "2024-03", "yslash": "2024/03", "year": "2024"); a bare year stays
    a bare year."""
    if not value:
        return ""
    if "-" not in value:
        return value
    year, number = value.split("-")
    index = int(number) - 1
    return {
        "mon": f"{MONTHS[index]} {year}",
        "mon.": f"{MONTHS[index]}{'.' if index != 4 else ''} {year}",
        "mon-dash": f"{MONTHS[index]}-{year}",
        "upper": f"{MONTHS[index].upper()} {year}",
        "apos": f"{MONTHS[index]} '{year[2:]}",
        "full": f"{FULL_MONTHS[index]} {year}",
        "fr": f"{FRENCH_MONTHS[index]} {year}",
        "es": f"{SPANISH_MONTHS[index]} de {year}",
        "slash": f"{number}/{year}",
        "dot": f"{number}.{year}",
        "iso": f"{year}-{number}",
        "yslash": f"{year}/{number}",
        "year": year,
    }[style]


def span(credential: Credential, style: str, joiner: str = " – ") -> str:
    issued = month(credential.issued_on, style)
    if credential.expires_on:
        return f"{issued}{joiner}{month(credential.expires_on, style)}"
    return issued


def display_name(content: Content) -> str:
    return ", ".join([content.name, *content.post_nominals])
