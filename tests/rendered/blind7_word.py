"""Blind-7's two Word résumés, written with python-docx.

``blind7_textbox_docx`` is kept as DOCX and laid out as many Word templates are: the experience
in the body, and a shaded sidebar that is a floating *text box* on the right (DrawingML, with
the VML fallback Word writes beside it, each holding the same text) with the contact details,
the skills and the certifications — the title in bold, the issuer, "Jun. 2021 – Jun. 2027",
"Cert. No. …" and a "Verify credential" hyperlink. ``blind7_runin_docx`` is a compact Word
résumé printed to PDF by LibreOffice whose certifications are one run-in paragraph ("Licences &
certifications:" then the entries parted by semicolons: title, issuer, ISO months "2021-06 to
2027-06", "no. …" and the URL written out in brackets).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.shared import Mm, Pt, RGBColor

from tests.rendered.contents import Content, Credential
from tests.rendered.docx_layouts import docx_bytes
from tests.rendered.layout import display_name, month

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


def _run(text: str, *, bold: bool = False, size: float = 9, color: str = "1F2933") -> str:
    props = f'<w:sz w:val="{int(size * 2)}"/><w:color w:val="{color}"/>'
    if bold:
        props = "<w:b/>" + props
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(*runs: str, after: int = 40, before: int = 0) -> str:
    spacing = f'<w:spacing w:before="{before}" w:after="{after}"/>'
    return f"<w:p><w:pPr>{spacing}</w:pPr>{''.join(runs)}</w:p>"


def _heading(text: str) -> str:
    return _paragraph(_run(text.upper(), bold=True, size=9.5, color="0B6E99"), before=160)


def _sidebar(content: Content, links: dict[str, str]) -> str:
    """The text box's paragraphs."""
    parts = [_heading("Contact")]
    contact = [content.phone, content.email, content.location]
    contact += [text for text, _ in content.contact_links]
    parts += [_paragraph(_run(item)) for item in contact]
    parts.append(_heading("Skills"))
    parts += [_paragraph(_run(f"▪ {skill}")) for skill in content.skills]
    parts.append(_heading("Certifications"))
    for held in content.credentials:
        parts.append(_paragraph(_run(held.title, bold=True), after=0, before=60))
        parts.append(_paragraph(_run(held.issuer, color="52606D"), after=0))
        dated = month(held.issued_on, "mon.")
        if held.expires_on:
            dated += f" – {month(held.expires_on, 'mon.')}"
        parts.append(_paragraph(_run(dated, size=8, color="52606D"), after=0))
        if held.credential_id:
            parts.append(_paragraph(_run(f"Cert. No. {held.credential_id}", size=8), after=0))
        if held.url:
            link = (
                f'<w:hyperlink r:id="{links[held.url]}"><w:r><w:rPr><w:color w:val="0B6E99"/>'
                f'<w:sz w:val="16"/><w:u w:val="single"/></w:rPr><w:t>Verify credential</w:t>'
                "</w:r></w:hyperlink>"
            )
            parts.append(_paragraph(link, after=0))
    parts.append(_heading("In progress"))
    parts += [_paragraph(_run(text, size=8)) for text in content.section_negatives]
    return "".join(parts)


def _text_box_run(body: str) -> str:
    """A run holding a floating text box on the right of the page, as Word 2010+ writes it."""
    x, y, width, height = 132, 14, 64, 268
    cx, cy = width * _EMU_PER_MM, height * _EMU_PER_MM
    frame = f"<w:txbxContent>{body}</w:txbxContent>"
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x * _EMU_PER_MM}</wp:posOffset>'
        "</wp:positionH>"
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y * _EMU_PER_MM}</wp:posOffset>'
        "</wp:positionV>"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
        "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="E8F1F6"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx>{frame}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="108000" '
        'rIns="108000" bIns="108000" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/>'
        '</v:shapetype><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{x * 72 / 25.4:.1f}pt;'
        f"margin-top:{y * 72 / 25.4:.1f}pt;width:{width * 72 / 25.4:.1f}pt;"
        f"height:{height * 72 / 25.4:.1f}pt;z-index:251659264;"
        'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
        'fillcolor="#e8f1f6" stroked="f"><v:textbox inset="3mm,3mm,3mm,3mm">'
        f'{frame}</v:textbox><w10:wrap type="square"/></v:shape></w:pict>'
    )
    return (
        f'<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}'
        f"</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def blind7_textbox_docx(content: Content) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(18), Mm(14)
    section.top_margin, section.bottom_margin = Mm(14), Mm(14)
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"  # type: ignore[attr-defined]
    normal.font.size = Pt(10)  # type: ignore[attr-defined]
    links = {
        held.url: document.part.relate_to(held.url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        for held in content.credentials
        if held.url
    }
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(_text_box_run(_sidebar(content, links))))
    name = anchor.add_run(display_name(content))
    name.bold = True
    name.font.size = Pt(24)
    name.font.color.rgb = RGBColor(0x0B, 0x6E, 0x99)
    document.add_paragraph().add_run(content.headline).font.size = Pt(13)
    for title, paragraphs in (
        ("PROFILE", [content.summary]),
        ("EXPERIENCE", []),
    ):
        heading = document.add_paragraph()
        heading.paragraph_format.space_before = Pt(14)
        run = heading.add_run(title)
        run.bold = True
        run.font.color.rgb = RGBColor(0x0B, 0x6E, 0x99)
        for text in paragraphs:
            document.add_paragraph(text)
    job = document.add_paragraph()
    job.add_run(content.role).bold = True
    document.add_paragraph(f"{content.employer}  |  Feb 2020 – Present").runs[0].italic = True
    for bullet in content.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    return docx_bytes(document)


def _runin_entry(held: Credential) -> str:
    parts = [held.title, held.issuer]
    dated = month(held.issued_on, "iso")
    if held.expires_on:
        dated += f" to {month(held.expires_on, 'iso')}"
    parts.append(dated)
    if held.credential_id:
        parts.append(f"no. {held.credential_id}")
    entry = ", ".join(parts)
    return entry + (f" ({held.url})" if held.url else "")


def _runin_paragraph(document: object, lead: str, text: str) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.paragraph_format.space_after = Pt(6)
    paragraph.add_run(f"{lead} ").bold = True
    paragraph.add_run(text)


def blind7_runin_docx(content: Content) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Serif"  # type: ignore[attr-defined]
    normal.font.size = Pt(10.5)  # type: ignore[attr-defined]
    top = document.add_paragraph()
    top.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    name = top.add_run(display_name(content))
    name.bold = True
    name.font.size = Pt(16)
    top.add_run(f"\t{content.phone}")
    second = document.add_paragraph()
    second.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    second.add_run(content.headline).italic = True
    second.add_run(f"\t{content.email}")
    third = document.add_paragraph()
    third.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    third.add_run(" · ".join(text for text, _ in content.contact_links))
    third.add_run(f"\t{content.location}")
    _runin_paragraph(document, "Profile.", content.summary)
    _runin_paragraph(
        document,
        "Current role.",
        f"{content.role}, {content.employer} (2020–present). "
        + " ".join(f"{bullet}." for bullet in content.bullets),
    )
    _runin_paragraph(
        document,
        "Licences & certifications:",
        "; ".join(_runin_entry(held) for held in content.credentials) + ".",
    )
    _runin_paragraph(document, "Also:", "; ".join(content.section_negatives) + ".")
    _runin_paragraph(document, "Skills:", ", ".join(content.skills) + ".")
    _runin_paragraph(document, "References:", "available on request.")
    return docx_bytes(document)
