"""blind-24's Word files, written as their XML by a24 (from ECMA-376 and the files Word saves):

- ``worn_docx``: a résumé first typed in Word 2007 and edited in every Word since, kept as DOCX:
  its runs split anywhere, mid-word too, as the edits left them (each run its own revision id),
  spelling marks (``w:proofErr``) and Word's "_GoBack" bookmark inside words, Word 2007's smart
  tags still round the place and the dates, bullets typed as a Wingdings symbol (``w:sym``) and a
  tab, the dates pushed right by an absolute-position tab (``w:ptab``), the hyphens inside
  numbers typed as non-breaking hyphens (``w:noBreakHyphen``), the address a pasted hyperlink.
- ``smartart_docx``: a résumé whose credentials are a SmartArt graphic ("Vertical Bullet
  List"): ``document.xml`` holds only the drawing that points at the diagram; the text is in
  ``word/diagrams/data1.xml`` (a node a credential, its issuer, dates, number and address the
  node's children) and again in the shapes Word drew from it (``word/diagrams/drawing1.xml``).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from tests.rendered.blind24_pdf import dates
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_LINKED = '<w:rStyle w:val="Hyperlink"/>'
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_MAIN = "application/vnd.openxmlformats-officedocument"


class Package:
    """A DOCX's parts, its document's relationships and their content types."""

    def __init__(self) -> None:
        self.parts: dict[str, str] = {}
        self.rels: list[tuple[str, str, str, bool]] = []
        self.types: dict[str, str] = {}

    def relate(self, kind: str, target: str, external: bool = False) -> str:
        ident = f"rId{len(self.rels) + 1}"
        self.rels.append((ident, kind, target, external))
        return ident

    def add(self, name: str, kind: str, content_type: str, xml: str) -> str:
        self.parts[f"word/{name}"] = _XML + xml
        self.types[f"/word/{name}"] = content_type
        return self.relate(kind, name)

    def build(self, document: str) -> bytes:
        self.types["/word/document.xml"] = f"{_MAIN}.wordprocessingml.document.main+xml"
        rels = "".join(
            f'<Relationship Id="{ident}" Type="{kind}" Target={quoteattr(target)}'
            + (' TargetMode="External"/>' if external else "/>")
            for ident, kind, target, external in self.rels
        )
        opc = "http://schemas.openxmlformats.org/package/2006"
        types = (
            f'<Types xmlns="{opc}/content-types"><Default Extension="rels" ContentType='
            f'"application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/>'
            + "".join(
                f'<Override PartName="{name}" ContentType="{kind}"/>'
                for name, kind in self.types.items()
            )
            + "</Types>"
        )
        parts = {
            "[Content_Types].xml": _XML + types,
            "_rels/.rels": _XML + f'<Relationships xmlns="{opc}/relationships"><Relationship '
            f'Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>',
            "word/document.xml": _XML + document,
            "word/_rels/document.xml.rels": _XML + f'<Relationships xmlns="{opc}/relationships">'
            f"{rels}</Relationships>",
            **self.parts,
        }
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as package:
            for name, text in parts.items():
                stamped = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                package.writestr(stamped, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
        return out.getvalue()


def _styles(heading_colour: str) -> str:
    def style(ident: str, name: str, rpr: str, ppr: str = "") -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="{ident}"><w:name w:val="{name}"/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )

    return (
        f'<w:styles xmlns:w="{W}">'
        + style(
            "Normal",
            "Normal",
            '<w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/><w:sz w:val="21"/>',
            '<w:spacing w:after="40"/>',
        )
        + style("Title", "Title", f'<w:b/><w:sz w:val="40"/><w:color w:val="{heading_colour}"/>')
        + style(
            "Heading1",
            "heading 1",
            f'<w:b/><w:caps/><w:sz w:val="23"/><w:color w:val="{heading_colour}"/>',
            '<w:keepNext/><w:spacing w:before="220" w:after="60"/><w:outlineLvl w:val="0"/>',
        )
        + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr></w:style>'
        "</w:styles>"
    )


# -- a file edited for years -----------------------------------------------------------------


class Worn:
    """Runs split where years of edits left them: a revision id each, cut mid-word."""

    def __init__(self) -> None:
        self.seed = 7
        self.bookmarked = False

    def _next(self, bound: int) -> int:
        self.seed = (self.seed * 1103515245 + 12345) % 2**31
        return self.seed % bound

    def runs(self, text: str, props: str = "") -> str:
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        out, start = [], 0
        while start < len(text):
            end = min(len(text), start + 3 + self._next(11))
            piece = text[start:end]
            rsid = f"00{0xA1B2C3 + self._next(4096) * 17:06X}"
            body = ""
            for part in _split_keep(piece, "-"):
                typed = any(c.isdigit() for c in text) and not text.startswith("http")
                body += (
                    "<w:noBreakHyphen/>"
                    if part == "-" and typed
                    else f'<w:t xml:space="preserve">{escape(part)}</w:t>'
                )
            out.append(f'<w:r w:rsidR="{rsid}">{rpr}{body}</w:r>')
            if not self.bookmarked and len(text) > 30 and start > 10:
                out.append('<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>')
                self.bookmarked = True
            if any(c.isdigit() for c in piece) and self._next(3) == 0:
                out[-1] = (
                    f'<w:proofErr w:type="spellStart"/>{out[-1]}<w:proofErr w:type="spellEnd"/>'
                )
            start = end
        return "".join(out)


def _split_keep(text: str, mark: str) -> list[str]:
    pieces: list[str] = []
    for index, part in enumerate(text.split(mark)):
        if index:
            pieces.append(mark)
        if part:
            pieces.append(part)
    return pieces


def _p(body: str, style: str = "", extra: str = "", rsid: str = "00C4E917") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="00A1B2C3"><w:pPr>{ppr}</w:pPr>{body}</w:p>'


def _tag(element: str, inner: str, attrs: str = "") -> str:
    uri = "urn:schemas-microsoft-com:office:smarttags"
    props = f"<w:smartTagPr>{attrs}</w:smartTagPr>" if attrs else ""
    return f'<w:smartTag w:uri="{uri}" w:element="{element}">{props}{inner}</w:smartTag>'


def _dated(worn: Worn, held: Credential) -> str:
    """The dates, each month-and-year in the date smart tag Word 2007 put round it."""

    def one(value: str | None) -> str:
        if not value or "-" not in value:
            return worn.runs(value or "")
        year, number = value.split("-")
        attrs = (
            f'<w:attr w:name="Month" w:val="{int(number)}"/><w:attr w:name="Year" w:val="{year}"/>'
        )
        return _tag("date", worn.runs(month(value, "full")), attrs)

    if not held.expires_on:
        return worn.runs("Since ") + one(held.issued_on)
    tail = " (lapsed)" if dates(held).endswith("(expired)") else ""
    return one(held.issued_on) + worn.runs(" – ") + one(held.expires_on) + worn.runs(tail)


def worn_docx(content: Content) -> bytes:
    doc, worn = Package(), Worn()
    doc.add("styles.xml", f"{R}/styles", f"{_MAIN}.wordprocessingml.styles+xml", _styles("17365D"))
    rsids = "".join(f'<w:rsid w:val="00{0xA1B2C3 + n * 17:06X}"/>' for n in range(0, 4096, 97))
    doc.add(
        "settings.xml",
        f"{R}/settings",
        f"{_MAIN}.wordprocessingml.settings+xml",
        f'<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting '
        'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        f'w:val="12"/></w:compat><w:rsids><w:rsidRoot w:val="00A1B2C3"/>{rsids}</w:rsids>'
        "</w:settings>",
    )
    city, _, rest = content.location.partition(",")
    place = _tag("place", _tag("City", worn.runs(city))) + worn.runs("," + rest)
    body = [
        _p(worn.runs(display_name(content)), "Title"),
        _p(worn.runs(content.headline, "<w:i/>")),
        _p(place + worn.runs(f"  •  {content.phone}  •  {content.email}")),
    ]
    for text, url in content.contact_links:
        ident = doc.relate(f"{R}/hyperlink", url, external=True)
        link = worn.runs(url, _LINKED)
        body.append(
            _p(
                worn.runs(f"{text}: ") + f'<w:hyperlink r:id="{ident}" w:history="1">'
                f"{link}</w:hyperlink>"
            )
        )
    body += [
        _p(worn.runs("Profile"), "Heading1"),
        _p(worn.runs(content.summary)),
        _p(worn.runs("Experience"), "Heading1"),
        _p(
            worn.runs(f"{content.role}, {content.employer}", "<w:b/>")
            + _ptab()
            + worn.runs("2018 – present")
        ),
    ]
    body += [_p(_bullet() + worn.runs(bullet), extra=_HANG) for bullet in content.bullets]
    body.append(_p(worn.runs("Professional certifications"), "Heading1"))
    for held in content.credentials:
        body.append(
            _p(
                _bullet() + worn.runs(held.title, "<w:b/>") + _ptab() + _dated(worn, held),
                extra=_HANG,
            )
        )
        number = f" – Cert. No.\u00a0{held.credential_id}" if held.credential_id else ""
        body.append(_p(worn.runs(held.issuer + number), extra='<w:ind w:left="360"/>'))
        if held.url:
            ident = doc.relate(f"{R}/hyperlink", held.url, external=True)
            link = worn.runs(held.url, _LINKED)
            body.append(
                _p(
                    worn.runs("Online verification: ") + f'<w:hyperlink r:id="{ident}" '
                    f'w:history="1">{link}</w:hyperlink>',
                    extra='<w:ind w:left="360"/>',
                )
            )
    body.append(_p(worn.runs("In progress"), "Heading1"))
    body += [_p(_bullet() + worn.runs(line), extra=_HANG) for line in content.section_negatives]
    body += [_p(worn.runs("Skills"), "Heading1"), _p(worn.runs(", ".join(content.skills)))]
    body[len(body) // 2] = body[len(body) // 2].replace(
        "<w:r ", "<w:r><w:lastRenderedPageBreak/></w:r><w:r ", 1
    )
    sect = (
        '<w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" '
        'w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" '
        'w:gutter="0"/></w:sectPr>'
    )
    return doc.build(
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}{sect}'
        "</w:body></w:document>"
    )


_HANG = '<w:ind w:left="360" w:hanging="360"/>'


def _bullet() -> str:
    return (
        '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
        '<w:sym w:font="Wingdings" w:char="F0A7"/></w:r><w:r><w:tab/></w:r>'
    )


def _ptab() -> str:
    return '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'


# -- a SmartArt graphic ------------------------------------------------------------------------


def _guid(number: int) -> str:
    return f"{{{number:08X}-5E1A-4C2B-9D3F-{0x1A2B3C4D5E6F + number:012X}}}"


def _a_text(text: str, size: int = 1100, bullet: bool = False) -> str:
    ppr = (
        '<a:pPr marL="114300" lvl="1" indent="-114300"><a:buChar char="•"/></a:pPr>'
        if bullet
        else ""
    )
    return (
        f'<a:p>{ppr}<a:r><a:rPr lang="en-US" sz="{size}" kern="1200"/><a:t>{escape(text)}'
        "</a:t></a:r></a:p>"
    )


def _children(held: Credential) -> list[str]:
    lines = [held.issuer]
    issued = f"Issued {month(held.issued_on, 'mon')}"
    if held.expires_on:
        verb = "expired" if dates(held).endswith("(expired)") else "valid until"
        issued += f" · {verb} {month(held.expires_on, 'mon')}"
    lines.append(issued)
    if held.credential_id:
        lines.append(f"Credential ID {held.credential_id}")
    if held.url:
        lines.append(held.url)
    return lines


def _diagram(content: Content) -> tuple[str, str, int]:
    """The diagram's data model, the drawing Word made of it, and the drawing's height (EMU)."""
    points = [
        f'<dgm:pt modelId="{_guid(0)}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/'
        'office/officeart/2005/8/layout/vList2" loCatId="list" qsTypeId="urn:microsoft.com/'
        'office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" csTypeId="urn:'
        'microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1" '
        'phldr="0"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr '
        'lang="en-US"/></a:p></dgm:t></dgm:pt>'
    ]
    links, shapes, y, serial = [], [], 0, 1
    for order, held in enumerate(content.credentials):
        parent = serial
        serial += 1
        points.append(
            f'<dgm:pt modelId="{_guid(parent)}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
            f"<dgm:t><a:bodyPr/><a:lstStyle/>{_a_text(held.title)}</dgm:t></dgm:pt>"
        )
        kids = _children(held)
        for place, (source, target) in enumerate([(0, parent)] + [(parent, 0)] * len(kids)):
            node = target or serial
            if not target:
                points.append(
                    f'<dgm:pt modelId="{_guid(node)}"><dgm:prSet phldrT="[Text]"/>'
                    f"<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>"
                    f"{_a_text(kids[place - 1], 900)}</dgm:t></dgm:pt>"
                )
                serial += 1
            cxn, par, sib = serial, serial + 1, serial + 2
            serial += 3
            for kind, ident in (("parTrans", par), ("sibTrans", sib)):
                points.append(
                    f'<dgm:pt modelId="{_guid(ident)}" type="{kind}" cxnId='
                    f'"{_guid(cxn)}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
                    '<a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></dgm:t>'
                    "</dgm:pt>"
                )
            links.append(
                f'<dgm:cxn modelId="{_guid(cxn)}" srcId="{_guid(source)}" destId='
                f'"{_guid(node)}" srcOrd="{order if not place else place - 1}" destOrd="0" '
                f'parTransId="{_guid(par)}" sibTransId="{_guid(sib)}"/>'
            )
        box, text_height = 330000, 150000 * len(kids) + 60000
        shapes.append(_shape(parent, 0, y, box, "roundRect", _a_text(held.title, 1100), True))
        shapes.append(
            _shape(
                parent + 1000,
                0,
                y + box,
                text_height,
                "rect",
                "".join(_a_text(kid, 900, bullet=True) for kid in kids),
                False,
            )
        )
        y += box + text_height + 40000
    data = (
        f'<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}" xmlns:r="{R}"><dgm:ptLst>'
        f"{''.join(points)}</dgm:ptLst><dgm:cxnLst>{''.join(links)}</dgm:cxnLst><dgm:bg/>"
        '<dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/'
        f'2008/diagram"><dsp:dataModelExt xmlns:dsp="{DSP}" relId="rId6" minVer="http://'
        'schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst>'
        "</dgm:dataModel>"
    )
    drawing = (
        f'<dsp:drawing xmlns:dgm="{DGM}" xmlns:dsp="{DSP}" xmlns:a="{A}"><dsp:spTree>'
        '<dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr>'
        f"<dsp:grpSpPr/>{''.join(shapes)}</dsp:spTree></dsp:drawing>"
    )
    return data, drawing, y


def _shape(model: int, x: int, y: int, height: int, geometry: str, text: str, filled: bool) -> str:
    fill = '<a:solidFill><a:srgbClr val="2E5C8A"/></a:solidFill>' if filled else "<a:noFill/>"
    colour = '<a:srgbClr val="FFFFFF"/>' if filled else '<a:srgbClr val="262626"/>'
    return (
        f'<dsp:sp modelId="{_guid(model)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/>'
        f'<dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext '
        f'cx="5943600" cy="{height}"/></a:xfrm><a:prstGeom prst="{geometry}"><a:avLst/>'
        f'</a:prstGeom>{fill}</dsp:spPr><dsp:style><a:lnRef idx="0"><a:scrgbClr r="0" '
        'g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/>'
        '</a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        f'<a:fontRef idx="minor">{colour}</a:fontRef>'
        '</dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" '
        'lIns="64008" tIns="64008" rIns="64008" bIns="64008" numCol="1" spcCol="1270" '
        f'anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{text}'
        f'</dsp:txBody><dsp:txXfrm><a:off x="{x}" y="{y}"/><a:ext cx="5943600" '
        f'cy="{height}"/></dsp:txXfrm></dsp:sp>'
    )


def _plain(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def smartart_docx(content: Content) -> bytes:
    doc = Package()
    doc.add("styles.xml", f"{R}/styles", f"{_MAIN}.wordprocessingml.styles+xml", _styles("2E5C8A"))
    data, drawing, height = _diagram(content)
    office = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
    kind = f"{_MAIN}.drawingml.diagram"
    stub = f'xmlns:dgm="{DGM}" uniqueId="urn:microsoft.com/office/officeart/2005/8/'
    ids = [
        doc.add("diagrams/data1.xml", f"{R}/diagramData", f"{kind}Data+xml", data),
        doc.add(
            "diagrams/layout1.xml",
            f"{R}/diagramLayout",
            f"{kind}Layout+xml",
            f'<dgm:layoutDef {stub}layout/vList2"><dgm:title val=""/><dgm:desc val=""/>'
            '<dgm:catLst><dgm:cat type="list" pri="3000"/></dgm:catLst><dgm:layoutNode '
            'name="linear"/></dgm:layoutDef>',
        ),
        doc.add(
            "diagrams/quickStyle1.xml",
            f"{R}/diagramQuickStyle",
            f"{kind}Style+xml",
            f'<dgm:styleDef {stub}quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
            "</dgm:styleDef>",
        ),
        doc.add(
            "diagrams/colors1.xml",
            f"{R}/diagramColors",
            f"{kind}Colors+xml",
            f'<dgm:colorsDef {stub}colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
            "</dgm:colorsDef>",
        ),
    ]
    doc.add(
        "diagrams/drawing1.xml",
        office,
        "application/vnd.ms-office.drawingml.diagramDrawing+xml",
        drawing,
    )
    inline = (
        f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent '
        f'cx="5943600" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr '
        'id="1" name="Diagram 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="'
        f'http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="{ids[0]}" '
        f'r:lo="{ids[1]}" r:qs="{ids[2]}" r:cs="{ids[3]}"/></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )
    body = [
        _p(_plain(display_name(content)), "Title"),
        _p(_plain(content.headline, "<w:i/>")),
        _p(_plain(f"{content.location} | {content.phone} | {content.email}")),
    ]
    for text, url in content.contact_links:
        ident = doc.relate(f"{R}/hyperlink", url, external=True)
        body.append(
            _p(
                _plain(f"{text}: ") + f'<w:hyperlink r:id="{ident}">'
                f"{_plain(url, _LINKED)}"
                "</w:hyperlink>"
            )
        )
    body += [
        _p(_plain("Summary"), "Heading1"),
        _p(_plain(content.summary)),
        _p(_plain("Experience"), "Heading1"),
        _p(_plain(f"{content.role} | {content.employer} | 2018 – present", "<w:b/>")),
        *(_p(_plain(f"– {bullet}")) for bullet in content.bullets),
        _p(_plain("Certifications"), "Heading1"),
        _p(inline),
        _p(_plain("In progress"), "Heading1"),
        *(_p(_plain(f"– {line}")) for line in content.section_negatives),
        _p(_plain("Skills"), "Heading1"),
        _p(_plain(" · ".join(content.skills))),
    ]
    sect = (
        '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1080" w:right="1080" '
        'w:bottom="1080" w:left="1080" w:header="720" w:footer="720" w:gutter="0"/>'
        "</w:sectPr>"
    )
    return doc.build(
        f'<w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:wp="{WP}" xmlns:a="{A}" '
        f'xmlns:dgm="{DGM}"><w:body>{"".join(body)}{sect}</w:body></w:document>'
    )
