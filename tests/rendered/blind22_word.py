"""blind-22's Word files, written as their XML (from ECMA-376 and ISO/IEC 29500, as Word 365
saves them):

- ``strict_docx``: a résumé saved by Word as "Strict Open XML Document": the same package, but
  every WordprocessingML and relationship namespace the ISO Strict one (``purl.oclc.org``) and
  ``w:conformance="strict"``; each credential a bold title with its dates at a right tab stop,
  then "Issuer · No. …" and a "Verify" hyperlink whose address is only the link's target.
- ``reviewed_docx``: a résumé back from a career coach with Track Changes and comments left in:
  the last credential *moved* to the top of the list (``w:moveFrom`` at the old place, struck
  through, ``w:moveTo`` at the new), a number corrected (a deletion and an insertion), a heading
  reformatted (``w:rPrChange``), and the coach's comments in ``word/comments.xml`` anchored to
  the text. What Word shows on "No Markup" (and prints) is the accepted text: the labels.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month

TRANSITIONAL = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
STRICT = {
    "w": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "r": "http://purl.oclc.org/ooxml/officeDocument/relationships",
}
EXPIRED_BEFORE = "2026-12"
_COACH = 'w:author="Maeve Kinsella (Career Coach)" w:date="2026-11-28T10:42:00Z"'
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def lapsed(held: Credential) -> bool:
    return bool(held.expires_on) and (held.expires_on or "") < EXPIRED_BEFORE


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    pieces = text.split("\t")
    inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in pieces)
    return f"<w:r>{rpr}{inner}</w:r>"


def para(body: str, style: str = "", extra: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{ppr}{extra}</w:pPr>{body}</w:p>"


def dates(held: Credential) -> str:
    issued = month(held.issued_on, "mon")
    if not held.expires_on:
        return issued
    tail = " (expired)" if lapsed(held) else ""
    return f"{issued} – {month(held.expires_on, 'mon')}{tail}"


class Package:
    """The parts of a DOCX: its body, its hyperlinks' relationships, its other parts."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.links: list[str] = []
        self.parts: dict[str, str] = {}

    def link(self, url: str, text: str) -> str:
        self.links.append(url)
        ident = f"rIdLink{len(self.links)}"
        style = '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
        return (f'<w:hyperlink r:id="{ident}" w:history="1"><w:r>{style}'
                f"<w:t>{escape(text)}</w:t></w:r></w:hyperlink>")  # fmt: skip

    def rel_type(self, name: str) -> str:
        if self.names is STRICT:
            return f"http://purl.oclc.org/ooxml/officeDocument/relationships/{name}"
        return f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{name}"

    def build(self, body: Sequence[str], conformance: str = "") -> bytes:
        ns = self.names
        head = f'<w:document xmlns:w="{ns["w"]}" xmlns:r="{ns["r"]}"{conformance}><w:body>'
        sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" '
                'w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" '
                'w:gutter="0"/></w:sectPr>')  # fmt: skip
        xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        document = xml + head + "".join(body) + sect + "</w:body></w:document>"
        rels = [f'<Relationship Id="rIdStyles" Type="{self.rel_type("styles")}" '
                'Target="styles.xml"/>']  # fmt: skip
        rels += [f'<Relationship Id="rIdLink{n}" Type="{self.rel_type("hyperlink")}" '
                 f'Target={quoteattr(url)} TargetMode="External"/>'
                 for n, url in enumerate(self.links, start=1)]  # fmt: skip
        overrides = [("/word/document.xml", f"{_MAIN}.document.main+xml"),
                     ("/word/styles.xml", f"{_MAIN}.styles+xml")]  # fmt: skip
        if "word/comments.xml" in self.parts:
            rels.append(f'<Relationship Id="rIdComments" Type="{self.rel_type("comments")}" '
                        'Target="comments.xml"/>')  # fmt: skip
            overrides.append(("/word/comments.xml", f"{_MAIN}.comments+xml"))
        opc = "http://schemas.openxmlformats.org/package/2006"
        types = (xml + f'<Types xmlns="{opc}/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                 'package.relationships+xml"/><Default Extension="xml" '
                 'ContentType="application/xml"/>'
                 + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
                 + "</Types>")  # fmt: skip
        package_rels = (xml + f'<Relationships xmlns="{opc}/relationships"><Relationship '
                        f'Id="rId1" Type="{self.rel_type("officeDocument")}" '
                        'Target="word/document.xml"/></Relationships>')  # fmt: skip
        document_rels = (xml + f'<Relationships xmlns="{opc}/relationships">'
                         + "".join(rels) + "</Relationships>")  # fmt: skip
        parts = {"[Content_Types].xml": types, "_rels/.rels": package_rels,
                 "word/document.xml": document, "word/_rels/document.xml.rels": document_rels,
                 "word/styles.xml": self.styles(), **self.parts}  # fmt: skip
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as package:
            for name, text in parts.items():  # Word's own stamp: 1980-01-01, so the file stays
                stamped = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                package.writestr(stamped, text, compress_type=zipfile.ZIP_DEFLATED)
        return out.getvalue()

    def styles(self) -> str:
        def style(ident: str, name: str, rpr: str, ppr: str = "", kind: str = "paragraph") -> str:
            return (f'<w:style w:type="{kind}" w:styleId="{ident}"><w:name w:val="{name}"/>'
                    f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")  # fmt: skip

        font = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
        body = "".join([
            style("Normal", "Normal", f'{font}<w:sz w:val="21"/>',
                  '<w:spacing w:after="60" w:line="264" w:lineRule="auto"/>'),
            style("Title", "Title", '<w:b/><w:sz w:val="44"/><w:color w:val="1F3864"/>'),
            style("Heading1", "heading 1", '<w:b/><w:caps/><w:sz w:val="24"/>'
                  '<w:color w:val="1F3864"/>', '<w:keepNext/><w:spacing w:before="240" '
                  'w:after="80"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
                  'w:color="1F3864"/></w:pBdr><w:outlineLvl w:val="0"/>'),
            style("ListBullet", "List Bullet", "", '<w:ind w:left="360" w:hanging="240"/>'),
            style("Hyperlink", "Hyperlink", '<w:color w:val="0563C1"/><w:u w:val="single"/>',
                  kind="character"),
        ])  # fmt: skip
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:styles xmlns:w="{self.names["w"]}">{body}</w:styles>')  # fmt: skip


_TABS = '<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs>'


def _top(doc: Package, content: Content) -> list[str]:
    contact = " | ".join([content.location, content.phone, content.email])
    links = " | ".join(f"{text}: " for text, _ in content.contact_links)
    profile = [doc.link(url, url) for _, url in content.contact_links]
    return [
        para(run(display_name(content)), "Title"),
        para(run(content.headline, "<w:i/>")),
        para(run(contact)),
        para(run(links) + "".join(profile)),
        para(run("Profile"), "Heading1"),
        para(run(content.summary)),
        para(run("Experience"), "Heading1"),
        para(run(f"{content.role}, {content.employer}\t2018 – present", "<w:b/>"), "",
             _TABS),
        *(para(run("•\t" + bullet), "ListBullet") for bullet in content.bullets),
    ]  # fmt: skip


def _entry(doc: Package, held: Credential, number: str | None = None) -> list[str]:
    """A credential's two paragraphs (its title and dates; its issuer, number and link);
    ``number`` the runs that write its number, when the caller marks them up."""
    title = run(held.title, "<w:b/>") + run("\t" + dates(held))
    details = [held.issuer]
    if held.credential_id:
        details.append(f"No. {held.credential_id}")
    second = run(" · ".join(details[:1])) + (
        (run(" · No. ") + number if number else run(" · " + details[1]))
        if held.credential_id else "")  # fmt: skip
    if held.url:
        second += run(" · ") + doc.link(held.url, "Verify")
    return [para(title, "", _TABS), para(second, "", '<w:ind w:left="240"/>')]


def _bottom(content: Content, heading: str) -> list[str]:
    return [
        para(run(heading), "Heading1"),
        *(para(run("•\t" + line), "ListBullet") for line in content.section_negatives),
        para(run("Skills"), "Heading1"),
        para(run(", ".join(content.skills))),
    ]


def strict_docx(content: Content) -> bytes:
    doc = Package(STRICT)
    body = _top(doc, content)
    body.append(para(run("Certifications & Licences"), "Heading1"))
    for held in content.credentials:
        body.extend(_entry(doc, held))
    body.extend(_bottom(content, "In progress"))
    return doc.build(body, ' w:conformance="strict"')


# -- a coach's review, left in --------------------------------------------------------------


def _moved(paragraphs: list[str], kind: str, ident: int) -> list[str]:
    """``paragraphs`` marked as moved away (``kind`` "moveFrom") or moved here ("moveTo"): the
    range around them, each paragraph mark and each run inside the move."""
    marked = []
    for number, text in enumerate(paragraphs):
        mark = f'<w:rPr><w:{kind} w:id="{ident + 10 + number}" {_COACH}/></w:rPr>'
        text = text.replace("</w:pPr>", mark + "</w:pPr>", 1)
        head, _, tail = text.partition("</w:pPr>")
        inner = tail[: -len("</w:p>")]
        marked.append(f'{head}</w:pPr><w:{kind} w:id="{ident + 20 + number}" {_COACH}>'
                      f"{inner}</w:{kind}></w:p>")  # fmt: skip
    start = f'<w:{kind}RangeStart w:id="{ident}" {_COACH} w:name="move{ident}"/>'
    return [start, *marked, f'<w:{kind}RangeEnd w:id="{ident}"/>']


def _comment(ident: int, text: str) -> str:
    return (f'<w:comment w:id="{ident}" w:author="Maeve Kinsella (Career Coach)" '
            f'w:date="2026-11-28T10:42:00Z" w:initials="MK"><w:p><w:pPr>'
            '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r>'
            f"{run(text)}</w:p></w:comment>")  # fmt: skip


def _anchored(ident: int, runs: str) -> str:
    return (f'<w:commentRangeStart w:id="{ident}"/>{runs}<w:commentRangeEnd w:id="{ident}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:commentReference w:id="{ident}"/></w:r>')  # fmt: skip


def _corrected(held_id: str) -> str:
    """The number as the coach corrected it: the typed one deleted (two digits swapped), the
    right one inserted."""
    wrong = held_id[:-2] + held_id[-1] + held_id[-2] if held_id[-1] != held_id[-2] else held_id
    return (f'<w:del w:id="3" {_COACH}><w:r><w:delText>{escape(wrong)}</w:delText></w:r>'
            f'</w:del><w:ins w:id="4" {_COACH}>{run(held_id)}</w:ins>')  # fmt: skip


def reviewed_docx(content: Content) -> bytes:
    doc = Package(TRANSITIONAL)
    body = _top(doc, content)
    change = (f'<w:b/><w:caps/><w:rPrChange w:id="5" {_COACH}><w:rPr><w:i/></w:rPr>'
              "</w:rPrChange>")  # fmt: skip
    heading = "<w:r><w:rPr>" + change + "</w:rPr><w:t>Certifications</w:t></w:r>"
    body.append(para(_anchored(1, heading), "Heading1"))
    *kept, last = content.credentials
    body.extend(_moved(_entry(doc, last), "moveTo", 100))
    flagged = next((held for held in kept if lapsed(held)), None)
    for index, held in enumerate(kept):
        number = _corrected(held.credential_id) if index == 0 and held.credential_id else None
        entry = _entry(doc, held, number)
        if held is flagged:
            entry[0] = entry[0].replace("<w:r>", '<w:commentRangeStart w:id="2"/><w:r>', 1)
            entry[0] = entry[0].replace(
                "</w:p>", '<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/>'
                "</w:r></w:p>")  # fmt: skip
        body.extend(entry)
    body.extend(_moved(_entry(doc, last), "moveFrom", 200))
    body.extend(_bottom(content, "Working towards"))
    first = "Put your newest credential first and give every one its number and link."
    comments = [
        _comment(1, first + " Recruiters check them."),
        _comment(2, "This one has lapsed: keep it but say so, or renew it before you apply."),
    ]
    doc.parts["word/comments.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:comments xmlns:w="{TRANSITIONAL["w"]}">{"".join(comments)}</w:comments>'
    )
    return doc.build(body)
