"""Blind-14's page printed by Chromium and its spreadsheet printed by LibreOffice Calc, and the
date words blind-14 uses.

``blind14_site`` is a personal website's résumé page printed from the browser with the site's
own print style sheet: the navigation hidden, every link followed by its address in brackets
(``a[href]::after { content: " (" attr(href) ")" }``, as print style sheets of site themes do),
a monospace "~/" logo beside the name, and the credentials as a change log grouped under year
headings ("2025", "2024"): each entry a month ("Jun") in a narrow column, the title (a link to
its verification page when there is one), "· Issuer", "· valid through Jun 2027" and "· #ID";
a credential dated by its year alone sits under its year with no month. Pending things are a
"Next up" list, the skills a row of tags.

``blind14_sheet`` is a crewing agency's candidate application form kept as a spreadsheet and
printed by LibreOffice Calc (a flat ODS written as XML): a title row, "Rev. 4" and the agency's
form number, label cells ("Full name", "Position applied for", "E-mail") beside their values,
then "CERTIFICATES, LICENCES & COURSES" as a ruled grid "No. | Certificate / Licence | Number |
Issued by | Date of issue | Valid until | Online verification" whose long cells wrap inside
their cells, dates as "06/2022", "N/A" where nothing expires; then "EMPLOYMENT", "COURSES
BOOKED / IN PROGRESS" and "SKILLS & LANGUAGES" as merged rows, and a signature line.
"""

from __future__ import annotations

from html import escape

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import MONTHS, display_name, month

# -- a personal site's résumé page, printed with its print style sheet -------------------------

_SITE_STYLE = """
@page { size: A4; margin: 15mm 17mm; }
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.6pt; color: #222;
  line-height: 1.45; }
nav { display: none; }
.logo { font-family: 'DejaVu Sans Mono', monospace; color: #b0413e; font-size: 11pt; }
h1 { font-size: 21pt; margin: 0 0 1mm; font-weight: normal; letter-spacing: .3pt; }
.lede { color: #555; font-style: italic; margin: 0 0 2mm; }
.contact { font-size: 8.6pt; color: #444; }
a { color: #222; text-decoration: none; border-bottom: 1px dotted #999; }
a[href]::after { content: " (" attr(href) ")"; font-family: 'DejaVu Sans Mono', monospace;
  font-size: 7.4pt; color: #666; word-break: break-all; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; text-transform: lowercase;
  color: #b0413e; margin: 6mm 0 1mm; } h2::before { content: "## "; color: #bbb; }
h3 { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; color: #888; margin: 2.5mm 0 0;
  border-bottom: 1px solid #eee; }
ol.log { list-style: none; padding: 0; margin: 0; }
ol.log li { display: grid; grid-template-columns: 11mm 1fr; padding: .8mm 0; }
.m { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.3pt; color: #888; }
.meta { color: #555; font-size: 8.6pt; }
.tags span { display: inline-block; border: 1px solid #ccc; border-radius: 3mm;
  padding: 0 2.2mm; margin: 0 1mm 1mm 0; font-size: 8.2pt; }
footer { margin-top: 8mm; font-size: 7.5pt; color: #999; text-align: center; }
"""


def _log_entry(held: Credential) -> str:
    issued = held.issued_on or ""
    short = MONTHS[int(issued[5:]) - 1] if len(issued) == 7 else ""
    title = escape(held.title)
    if held.url:
        title = f'<a href="{escape(held.url)}">{title}</a>'
    meta = [escape(held.issuer)]
    if held.expires_on:
        meta.append(f"valid through {month(held.expires_on, 'mon')}")
    if held.credential_id:
        meta.append(f"#{escape(held.credential_id)}")
    return (
        f'<li><span class="m">{short}</span><div>{title} '
        f'<span class="meta">· {" · ".join(meta)}</span></div></li>'
    )


def _by_year(credentials: tuple[Credential, ...]) -> str:
    years: dict[str, list[Credential]] = {}
    for held in sorted(credentials, key=lambda c: c.issued_on or "", reverse=True):
        years.setdefault((held.issued_on or "undated")[:4], []).append(held)
    return "".join(
        f'<h3>{year}</h3><ol class="log">{"".join(_log_entry(h) for h in items)}</ol>'
        for year, items in years.items()
    )


def blind14_site(content: Content) -> str:
    links = "".join(f' · <a href="{escape(u)}">{escape(t)}</a>' for t, u in content.contact_links)
    bullets = "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)
    pending = "".join(f"<li>{escape(text)}</li>" for text in content.section_negatives)
    tags = "".join(f"<span>{escape(skill)}</span>" for skill in content.skills)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(content.name)} · résumé</title><style>{_SITE_STYLE}</style></head><body>
<nav><a href="/">home</a> <a href="/posts/">posts</a> <a href="/cv/">cv</a></nav>
<div class="logo">~/cv</div><h1>{escape(display_name(content))}</h1>
<p class="lede">{escape(content.headline)}</p>
<div class="contact">{escape(content.location)} · {escape(content.phone)} ·
<a href="mailto:{escape(content.email)}">{escape(content.email)}</a>{links}</div>
<h2>About</h2><p>{escape(content.summary)}</p>
<h2>Work</h2><p><b>{escape(content.role)}</b>, {escape(content.employer)}
<span class="meta">· 2020 — present</span></p><ul>{bullets}</ul>
<h2>Certifications</h2>{_by_year(content.credentials)}
<h2>Next up</h2><ul>{pending}</ul>
<h2>Skills</h2><div class="tags">{tags}</div>
<footer>Built with Hugo · last updated December 2026</footer></body></html>"""


# -- a crewing agency's application form as a spreadsheet --------------------------------------

_WIDTHS = ("0.8cm", "5.0cm", "2.7cm", "3.8cm", "1.8cm", "1.8cm", "3.1cm")

_SHEET_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
{columns}
<style:style style:name="ro" style:family="table-row">
 <style:table-row-properties style:use-optimal-row-height="true"/></style:style>
<style:style style:name="c" style:family="table-cell">
 <style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap"
  style:vertical-align="top" fo:padding="0.05cm"/>
 <style:text-properties fo:font-size="8pt" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="h" style:family="table-cell">
 <style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"
  fo:wrap-option="wrap" style:vertical-align="top" fo:padding="0.05cm"/>
 <style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>
<style:style style:name="band" style:family="table-cell">
 <style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#1f3864"
  fo:padding="0.08cm"/>
 <style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff"/>
</style:style>
<style:style style:name="title" style:family="table-cell">
 <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="plain" style:family="table-cell">
 <style:table-cell-properties fo:wrap-option="wrap"/>
 <style:text-properties fo:font-size="8pt"/></style:style>
<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm"
 fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1cm"
 fo:margin-right="1cm" style:print="grid charts drawings objects"/></style:page-layout>
<style:style style:name="ta" style:family="table" style:master-page-name="Default">
 <style:table-properties table:display="true"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm">
 <style:header style:display="false"/><style:footer style:display="false"/></style:master-page>
</office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Application" table:style-name="ta">
{column_uses}
"""

_SHEET_TAIL = "</table:table></office:spreadsheet></office:body></office:document>\n"


def _cell(text: str, style: str = "c", span: int = 1, url: str | None = None) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    shown = escape(text)
    if url:
        shown = f'<text:a xlink:type="simple" xlink:href="{escape(url)}">{shown}</text:a>'
    body = f"<text:p>{shown}</text:p>" if text else ""
    covered = "<table:covered-table-cell/>" * (span - 1)
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string"{spanned}>'
        f"{body}</table:table-cell>{covered}"
    )


def _row(*cells: str) -> str:
    return f'<table:table-row table:style-name="ro">{"".join(cells)}</table:table-row>\n'


def _field(label: str, value: str) -> str:
    return _row(_cell(label, "h", 2), _cell(value, "c", 5))


def _certificate_row(number: int, held: Credential) -> str:
    return _row(
        _cell(f"{number}."),
        _cell(held.title),
        _cell(held.credential_id or ""),
        _cell(held.issuer),
        _cell(month(held.issued_on, "slash")),
        _cell(month(held.expires_on, "slash") or "N/A"),
        _cell(held.url or "", url=held.url),
    )


def blind14_sheet(content: Content) -> str:
    columns = "".join(
        f'<style:style style:name="co{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}"/></style:style>\n'
        for i, w in enumerate(_WIDTHS)
    )
    uses = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(_WIDTHS)))
    rows = [
        _row(
            _cell("CANDIDATE APPLICATION FORM", "title", 5),
            _cell("Form CR-07", "plain"),
            _cell("Rev. 4", "plain"),
        ),
        _row(_cell("Please complete every field. Attach copies of all certificates.", "plain", 7)),
        _row(_cell("PERSONAL DETAILS", "band", 7)),
        _field("Full name", content.name),
        _field("Position applied for", content.headline),
        _field("Place of residence", content.location),
        _field("Mobile / WhatsApp", content.phone),
        _field("E-mail", content.email),
        *(_field("Profile link", url) for _, url in content.contact_links),
        _field("Summary", content.summary),
        _row(_cell("CERTIFICATES, LICENCES & COURSES", "band", 7)),
        _row(
            *(
                _cell(h, "h")
                for h in (
                    "No.",
                    "Certificate / Licence",
                    "Number",
                    "Issued by",
                    "Date of issue",
                    "Valid until",
                    "Online verification",
                )
            )
        ),
        *(_certificate_row(n, held) for n, held in enumerate(content.credentials, 1)),
        _row(_cell("EMPLOYMENT (LAST FIRST)", "band", 7)),
        _row(
            _cell("Employer", "h", 2),
            _cell("Position", "h", 2),
            _cell("From", "h"),
            _cell("To", "h"),
            _cell("Remarks", "h"),
        ),
        _row(
            _cell(content.employer, "c", 2),
            _cell(content.role, "c", 2),
            _cell("01/2020"),
            _cell("present"),
            _cell(""),
        ),
        *(_row(_cell(f"• {bullet}", "c", 7)) for bullet in content.bullets),
        _row(_cell("COURSES BOOKED / IN PROGRESS", "band", 7)),
        *(_row(_cell(text, "c", 7)) for text in content.section_negatives),
        _row(_cell("SKILLS & LANGUAGES", "band", 7)),
        _row(_cell(", ".join(content.skills), "c", 7)),
        _row(_cell("", "plain", 7)),
        _row(
            _cell(
                "I confirm the above is true and complete.   Signature: ____________   "
                "Date: ____________",
                "plain",
                7,
            )
        ),
    ]
    return _SHEET_HEAD.format(columns=columns, column_uses=uses) + "".join(rows) + _SHEET_TAIL
