"""Generate the labelled résumé corpus: PDFs (WeasyPrint), DOCX (python-docx) and text files.

    python -m tests.corpus.generate

Writes ``tests/corpus/files/*`` and ``tests/corpus/labels.json``. Every person, employer and
credential ID is invented; the credentials are real ones, written the ways résumés write them.
Deterministic: the same seed gives the same files, so the outputs are committed with it.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import docx
import weasyprint
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from tests.corpus.plan import COMPANIES, LINKEDIN, Held, Resume, plan
from tests.corpus.text_forms import (
    dates_text,
    entry_lines,
    id_text,
    local_lines,
    month_text,
    text_resume,
)

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SEED = 20261128


# -- PDF ---------------------------------------------------------------------------------


_CSS = """
@page { size: A4; margin: 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; }
h1 { font-size: 22pt; margin: 0; } h2 { font-size: 12.5pt; margin: 12pt 0 4pt; }
p { margin: 0 0 2pt; } .muted { color: #555; } a { color: #0645ad; text-decoration: none; }
.entry { margin-bottom: 6pt; }
"""
_LAYOUTS = {
    0: "",  # one column
    1: ".side { float: left; width: 31%; } .main { margin-left: 36%; }",  # sidebar left
    2: ".main { float: left; width: 62%; } .side { margin-left: 67%; }",  # sidebar right
    3: "table.rows { width: 100%; } td.when { width: 22%; vertical-align: top; }",  # date column
    4: ".main { column-count: 2; column-gap: 24pt; }",  # newspaper columns
}


def _pdf_entry(held: Held, resume: Resume) -> str:
    title = escape(held.title)
    if held.url and resume.link_mode == "title":
        title = f'<a href="{escape(held.url)}">{title}</a>'
    parts = [f"<p><b>{title}</b></p>"]
    for line in entry_lines(held, resume)[1:] if resume.style in (0, 3) else []:
        parts.append(f"<p class='muted'>{escape(line)}</p>")
    if resume.style not in (0, 3):
        rest = entry_lines(held, resume)[0].replace(held.title, "", 1).lstrip(" —,•|")
        rest = " ".join([rest, *entry_lines(held, resume)[1:]]).strip(" —,")
        parts[0] = f"<p><b>{title}</b> — {escape(rest)}</p>" if rest else parts[0]
    if held.url and resume.link_mode == "verify":
        parts.append(f'<p><a href="{escape(held.url)}">Verify credential</a></p>')
    if held.url and resume.link_mode == "text":
        parts.append(f"<p class='muted'>{escape(held.url)}</p>")
    return f"<div class='entry'>{''.join(parts)}</div>"


def _linkedin_export(resume: Resume) -> str:
    """The shape of LinkedIn's "Save to PDF": a grey sidebar of contact, top skills and
    certification names; the name, headline and history in the main column."""
    user = resume.emails[0].split("@")[0]
    side = (
        "<div class='side'><h3>Contact</h3>"
        f"<p>{escape(resume.emails[0])}</p>"
        f"<p>www.linkedin.com/in/{escape(user)} (LinkedIn)</p>"
        "<h3>Top Skills</h3>"
        + "".join(f"<p>{escape(s)}</p>" for s in resume.skills[:3])
        + "<h3>Certifications</h3>"
        + "".join(f"<p>{escape(held.title)}</p>" for held in resume.claims)
        + "</div>"
    )
    main = (
        f"<div class='main'><h1 class='big'>{escape(resume.name)}</h1>"
        f"<p>{escape(resume.role)} at {COMPANIES[3]}</p><p class='muted'>Lisbon, Portugal</p>"
        f"<h2>Summary</h2><p>{escape(resume.negatives[0])}</p>"
        f"<h2>Experience</h2><p><b>{COMPANIES[3]}</b></p><p>{escape(resume.role)}</p>"
        "<p class='muted'>March 2019 - Present (5 years)</p>"
        f"<p>{escape(resume.negatives[1])}</p>"
        "<h2>Education</h2><p>Universidade de Lisboa</p>"
        "<p>Master's degree, Computer Science · (2012 - 2014)</p></div>"
    )
    css = (
        ".side { float: left; width: 27%; background: #f3f3f3; padding: 6pt; font-size: 8.5pt }"
        " .main { margin-left: 33%; } h1.big { font-size: 26pt } h3 { font-size: 11pt }"
    )
    return f"<html><head><style>{_CSS}{css}</style></head><body>{side}{main}</body></html>"


def _pdf_resume(resume: Resume) -> bytes:
    if resume.style == LINKEDIN:
        data: bytes = weasyprint.HTML(string=_linkedin_export(resume)).write_pdf()
        return data
    layout = resume.style
    contact = (
        f"<p class='muted'>{escape(resume.role)} · {escape(resume.emails[0])} · "
        f"{escape(resume.phone)}</p>"
    )
    summary = (
        f"<h2>Summary</h2><p>{escape(resume.role)} with a decade of work in "
        f"{escape(resume.domain)}. {escape(resume.negatives[0])}</p>"
    )
    experience = (
        "<h2>Experience</h2>"
        f"<p><b>{escape(resume.role)}</b>, {COMPANIES[layout]} (2019 – present)</p>"
        f"<p>• {escape(resume.negatives[1])}</p>"
        "<p>• Led a team of six and cut delivery time by a third across four regions.</p>"
    )
    certs = "<h2>Licenses &amp; Certifications</h2>" + "".join(
        _pdf_entry(held, resume) for held in resume.claims
    )
    skills = "<h2>Skills</h2><p>" + escape(", ".join(resume.skills)) + "</p>"
    if layout == 3:
        rows = "".join(
            f"<tr><td class='when'>{escape(month_text(held.issued_on, 0))}</td><td>"
            + _pdf_entry(held, resume)
            + "</td></tr>"
            for held in resume.claims
        )
        certs = f"<h2>Certifications</h2><table class='rows'>{rows}</table>"
    if layout in (1, 2):
        side = f"<div class='side'>{certs}{skills}</div>"
        main = f"<div class='main'>{summary}{experience}</div>"
        body = side + main if layout == 1 else main + side
    elif layout == 4:
        body = f"{summary}<div class='main'>{experience}{certs}{skills}</div>"
    else:
        body = summary + experience + certs + skills
    html = (
        f"<html><head><style>{_CSS}{_LAYOUTS[layout]}</style></head><body>"
        f"<h1>{escape(resume.name)}</h1>{contact}{body}</body></html>"
    )
    result: bytes = weasyprint.HTML(string=html).write_pdf()
    return result


# -- DOCX --------------------------------------------------------------------------------


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _docx_resume(resume: Resume) -> bytes:
    document = docx.Document()
    if resume.language != "en":
        for line, heading in local_lines(resume):
            if heading:
                document.add_heading(line, level=1)
            else:
                document.add_paragraph(line)
        return _saved(document)
    if "Title" not in [style.name for style in document.styles]:
        document.styles.add_style("Title", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(resume.name, style="Title")
    document.add_paragraph(f"{resume.role} | {resume.emails[0]} | {resume.phone}")
    document.add_heading("Summary", level=1)
    document.add_paragraph(f"{resume.role} in {resume.domain}. {resume.negatives[0]}")
    document.add_heading("Professional Experience", level=1)
    document.add_paragraph(f"{resume.role}, {COMPANIES[resume.style]}, 2019 – present")
    document.add_paragraph(resume.negatives[1], style="List Bullet")
    document.add_heading("Certifications", level=1)
    if resume.style in (1, 3):  # a table: title | issuer | dates | ID | link
        table = document.add_table(rows=0, cols=4)
        for held in resume.claims:
            cells = table.add_row().cells
            cells[0].text = held.title
            cells[1].text = held.issuer or ""
            cells[2].text = dates_text(held, resume.style)
            cells[3].text = id_text(held, resume.style)
            if held.url:
                if resume.link_mode == "text":
                    cells[3].add_paragraph(held.url)
                else:
                    _hyperlink(cells[3].add_paragraph(), held.url, "Verify")
    else:
        for held in resume.claims:
            lines = entry_lines(held, resume)
            first = document.add_paragraph(lines[0] + " " if held.url else lines[0])
            if held.url and resume.link_mode != "text":
                _hyperlink(first, held.url, "Verify" if resume.link_mode == "verify" else "Link")
            for line in lines[1:]:
                document.add_paragraph(line)
            if held.url and resume.link_mode == "text":
                document.add_paragraph(held.url)
    document.add_heading("Skills", level=1)
    document.add_paragraph(", ".join(resume.skills))
    return _saved(document)


def _saved(document: DocxDocument) -> bytes:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    document.core_properties.created = created
    document.core_properties.modified = created
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every member dated alike, so that generating twice is a no-op."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return buffer.getvalue()


WRITERS: dict[str, Callable[[Resume], bytes]] = {
    "pdf": _pdf_resume,
    "docx": _docx_resume,
    "txt": lambda resume: text_resume(resume).encode("utf-8"),
}


def generate(resumes: Sequence[Resume], folder: Path = FILES) -> list[dict[str, Any]]:
    """Write every résumé and return the labels."""
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    for resume in resumes:
        fmt = resume.file.rsplit(".", 1)[1]
        (folder / resume.file).write_bytes(WRITERS[fmt](resume))
        labels.append(
            {
                "file": f"files/{resume.file}",
                "name": resume.name,
                "emails": resume.emails,
                "claims": [asdict(held) for held in resume.claims],
                "negatives": resume.negatives,
                "layout": f"{fmt} style {resume.style}, links as {resume.link_mode}",
            }
        )
    return labels


def main() -> None:
    labels = generate(plan(random.Random(SEED)))
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} résumés in {FILES.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
