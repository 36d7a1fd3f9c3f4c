"""blind-19's two Word documents.

``textbox`` is a Word résumé template whose banner and sidebar are text boxes anchored in the
page header (so that they sit on every page, as such templates do): the name, headline and
contact in a banner box across the top, the skills, education and credentials in a tall
coloured box down the left, each box written as Word 2010+ writes it (``mc:AlternateContent``,
a ``wps`` shape with its ``w:txbxContent`` and a VML fallback repeating the same text). The
body holds only the profile and experience, in the space the boxes leave. Kept as DOCX, and
printed to PDF by LibreOffice.

``gdocs`` is a Google Docs résumé template ("Serif"-like) downloaded as DOCX and printed to PDF
by LibreOffice: each credential written as the template writes a job, "Issuer — *Title*" on a
heading line, its dates in capitals on a small line under it ("SEPTEMBER 2017 - SEPTEMBER 2027"),
then its number and the address as a blue underlined hyperlink.

Made in session 15 by a helper (a19) who never read the extractor nor its tests.
"""

from __future__ import annotations

import io
from html import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.shared import Mm, Pt, RGBColor

from tests.extractors.documents import add_hyperlink
from tests.rendered.blind19_contents import EXTRAS
from tests.rendered.blind19_pages import id_label, index_of, lapsed, section_name
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import FULL_MONTHS, display_name, month

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
_EMU_PER_MM = 36000


def _run(text: str, *, bold: bool = False, size: float = 8.5, color: str = "FFFFFF") -> str:
    props = f'<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/>'
    props = ("<w:b/>" if bold else "") + props
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(*runs: str, before: int = 0, after: int = 20) -> str:
    return (f'<w:p><w:pPr><w:spacing w:before="{before}" w:after="{after}"/></w:pPr>'
            f"{''.join(runs)}</w:p>")  # fmt: skip


def _link(rid: str, text: str) -> str:
    return (f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
            f'<w:color w:val="BFE3FF"/><w:sz w:val="14"/><w:u w:val="single"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>')  # fmt: skip


def _sidebar(content: Content, links: dict[str, str], style: str) -> str:
    extra = EXTRAS[content.key]
    gold = "F2C14E"
    parts = [_p(_run("SKILLS", bold=True, size=10, color=gold), after=60)]
    parts += [_p(_run(skill)) for skill in content.skills]
    parts.append(_p(_run("EDUCATION", bold=True, size=10, color=gold), before=160, after=60))
    parts += [_p(_run(line)) for line in extra.education]
    title = section_name(content, 2).upper()
    parts.append(_p(_run(title, bold=True, size=10, color=gold), before=160, after=60))
    for held in content.credentials:
        parts.append(_p(_run(held.title, bold=True, size=8.5), before=80, after=0))
        parts.append(_p(_run(held.issuer, size=8, color="DCE6EE"), after=0))
        when = f"Issued {month(held.issued_on, style)}"
        if held.expires_on:
            word = "Expired" if lapsed(held) else "Expires"
            when += f" · {word} {month(held.expires_on, style)}"
        parts.append(_p(_run(when, size=8, color="DCE6EE"), after=0))
        if held.credential_id:
            number = f"{id_label(held)} {held.credential_id}"
            parts.append(_p(_run(number, size=8, color="DCE6EE"), after=0))
        if held.url:
            parts.append(_p(_link(links[held.url], held.url), after=0))
    parts.append(_p(_run("IN PROGRESS", bold=True, size=10, color=gold), before=160, after=60))
    parts += [_p(_run(text, size=8)) for text in content.section_negatives]
    return "".join(parts)


def _banner(content: Content, links: dict[str, str]) -> str:
    contact = f"{content.phone}  |  {content.email}  |  {content.location}"
    parts = [_p(_run(display_name(content), bold=True, size=20, color="1D3557"), after=0),
             _p(_run(content.headline.upper(), size=11, color="457B9D"), after=40),
             _p(_run(contact, size=9, color="333333"),
                *(_run("  |  ", size=9, color="333333") + _link(links[t], t)
                  for _, t in content.contact_links), after=0)]  # fmt: skip
    return "".join(parts)


def _text_box(
    number: int, body: str, place: tuple[int, int, int, int], fill: str, across: str = "page"
) -> str:
    """A run holding a text box placed on the page (across the page or from the left margin:
    ``across``), as Word 2010+ writes it."""
    x, y, width, height = place
    cx, cy = width * _EMU_PER_MM, height * _EMU_PER_MM
    frame = f"<w:txbxContent>{body}</w:txbxContent>"
    fill_xml = (f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill
                else "<a:noFill/>")  # fmt: skip
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251658240 + number}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{across}"><wp:posOffset>{x * _EMU_PER_MM}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y * _EMU_PER_MM}'
        f'</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{number}" name="Text Box {number}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm>'
        f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect">'
        f"<a:avLst/></a:prstGeom>{fill_xml}<a:ln><a:noFill/></a:ln></wps:spPr>"
        f'<wps:txbx>{frame}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
        'lIns="126000" tIns="126000" rIns="108000" bIns="72000" anchor="t"><a:noAutofit/>'
        "</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    points = [value * 72 / 25.4 for value in place]
    paint = f'fillcolor="#{fill}"' if fill else 'filled="f"'
    fallback = (
        f'<w:pict><v:shape id="Text Box {number}" o:spid="_x0000_s10{number:02d}" '
        'type="#_x0000_t202" style="position:absolute;'
        f"margin-left:{points[0]:.1f}pt;margin-top:{points[1]:.1f}pt;width:{points[2]:.1f}pt;"
        f"height:{points[3]:.1f}pt;z-index:{number};mso-position-horizontal-relative:{across};"
        f'mso-position-vertical-relative:page" {paint}'
        f' stroked="f"><v:textbox inset="3.5mm,3.5mm,3mm,2mm">{frame}</v:textbox>'
        '<w10:wrap anchorx="page" anchory="page"/></v:shape></w:pict>'
    )
    return (
        f'<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}'
        f"</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def textbox(content: Content) -> bytes:
    """A Word template's résumé: banner and sidebar text boxes in the page header."""
    extra = EXTRAS[content.key]
    style = ("mon", "slash", "full", "mon.")[index_of(content) % 4]
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(76), Mm(14)
    section.top_margin, section.bottom_margin = Mm(46), Mm(12)
    section.header_distance = Mm(6)
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"  # type: ignore[attr-defined]
    normal.font.size = Pt(9.5)  # type: ignore[attr-defined]
    header = section.header
    targets = [held.url for held in content.credentials if held.url]
    targets += [target for _, target in content.contact_links]
    links = {url: header.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
             for url in targets}  # fmt: skip
    anchor = header.paragraphs[0]._p
    anchor.append(parse_xml(_text_box(1, _banner(content, links), (-6, 8, 132, 36), "", "margin")))
    anchor.append(parse_xml(_text_box(2, _sidebar(content, links, style), (0, 0, 66, 297),
                                      "1D3557")))  # fmt: skip
    for heading, paragraphs in (("PROFILE", [content.summary]), ("EXPERIENCE", [])):
        run = document.add_paragraph().add_run(heading)
        run.bold, run.font.size = True, Pt(11)
        run.font.color.rgb = RGBColor(0x1D, 0x35, 0x57)
        for text in paragraphs:
            document.add_paragraph(text)
    job = document.add_paragraph()
    job.add_run(f"{content.role}, {content.employer}").bold = True
    document.add_paragraph(f"{month(extra.since, style)} – Present | {content.location}")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    earlier = document.add_paragraph()
    earlier.add_run(f"{extra.earlier[0]}, {extra.earlier[1]}").bold = True
    document.add_paragraph(extra.earlier[2])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _capital_dates(held: Credential) -> str:
    def long(value: str | None) -> str:
        if not value or "-" not in value:
            return value or ""
        year, number = value.split("-")
        return f"{FULL_MONTHS[int(number) - 1].upper()} {year}"

    text = long(held.issued_on)
    if held.expires_on:
        text += f" - {long(held.expires_on)}" + (" (EXPIRED)" if lapsed(held) else "")
    return text


def _heading(document: Document, text: str) -> None:
    paragraph = document.add_paragraph(style="Heading 1")
    run = paragraph.add_run(text.upper())
    run.font.size, run.font.color.rgb = Pt(11), RGBColor(0x2A, 0x9D, 0x8F)


def gdocs(content: Content) -> bytes:
    """A Google Docs résumé template downloaded as DOCX (printed to PDF by LibreOffice)."""
    extra = EXTRAS[content.key]
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(19))
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Serif"  # type: ignore[attr-defined]
    normal.font.size = Pt(10)  # type: ignore[attr-defined]
    name = document.add_paragraph(style="Title")
    name.add_run(display_name(content)).font.size = Pt(26)
    lines = [content.location, content.phone, content.email,
             *(target for _, target in content.contact_links)]  # fmt: skip
    document.add_paragraph("\n".join(lines))
    _heading(document, "Summary")
    document.add_paragraph(content.summary)
    _heading(document, "Experience")
    job = document.add_paragraph(style="Heading 2")
    job.add_run(f"{content.employer}, {content.location} — ").bold = True
    job.add_run(content.role).italic = True
    since = month(extra.since, "full").upper()
    document.add_paragraph(style="Heading 3").add_run(f"{since} - PRESENT")
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    earlier = document.add_paragraph(style="Heading 2")
    earlier.add_run(f"{extra.earlier[1]} — ").bold = True
    earlier.add_run(extra.earlier[0]).italic = True
    document.add_paragraph(style="Heading 3").add_run(extra.earlier[2].replace("–", "-"))
    _heading(document, section_name(content, 3))
    for held in content.credentials:
        line = document.add_paragraph(style="Heading 2")
        line.add_run(f"{held.issuer} — ").bold = True
        line.add_run(held.title).italic = True
        document.add_paragraph(style="Heading 3").add_run(_capital_dates(held))
        if held.credential_id or held.url:
            detail = document.add_paragraph()
            if held.credential_id:
                detail.add_run(f"{id_label(held)} {held.credential_id}")
            if held.url:
                detail.add_run(" · Verify: " if held.credential_id else "Verify: ")
                add_hyperlink(detail, held.url, held.url, "1155CC", underline=True)
    for text in content.section_negatives:
        document.add_paragraph(text, style="List Bullet")
    _heading(document, "Education")
    for line in extra.education:
        document.add_paragraph(line)
    _heading(document, "Skills")
    document.add_paragraph(", ".join(content.skills))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
