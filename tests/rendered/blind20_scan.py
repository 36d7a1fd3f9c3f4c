"""blind-20's scanned résumé: a printed page scanned by a phone app with OCR, saved as a PDF of
page images with an invisible text layer over them, the way Tesseract's PDF renderer writes it
(each page a greyscale JPEG; the words in text render mode 3, "GlyphLessFont", a Type 0 font
whose codes are the text's UTF-16 and whose ToUnicode map is the identity, each word stretched
with ``Tz`` over its box on the image).

The page is an ordinary one-column résumé printed by Chromium; pdftoppm scans it at 150 dpi and
its words' boxes (from the printed PDF) stand for the OCR's, so the text layer says exactly what
the image shows. No link survives a scan: the addresses are printed.
"""

from __future__ import annotations

import html
import io
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from testkit import pdf_bytes
from tests.rendered.blind20_sheets import lapsed
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import display_name, month
from tests.rendered.renderers import render_html

DPI = 150

_STYLE = """
@page { size: A4; margin: 16mm 18mm; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt;
       color: #111; line-height: 1.35; }
h1 { font-size: 21pt; margin: 0; letter-spacing: .5px; }
.headline { font-size: 12pt; margin: 2px 0 4px; }
.contact { font-size: 9.5pt; }
h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1.2px solid #222;
     margin: 14px 0 6px; padding-bottom: 2px; letter-spacing: 1px; }
ul { margin: 4px 0 0 18px; padding: 0; }
.cert { margin: 0 0 7px; }
.cert b { font-size: 10.5pt; }
.meta, .url { font-size: 9.5pt; }
.url { font-family: 'Liberation Mono', monospace; font-size: 8pt; }
"""


def _cert(held: Credential) -> str:
    meta = [f"Issued {month(held.issued_on, 'mon')}"]
    if held.expires_on:
        meta.append(
            f"Expires {month(held.expires_on, 'mon')}" + (" (expired)" if lapsed(held) else "")
        )
    if held.credential_id:
        meta.append(f"Credential ID {held.credential_id}")
    url = f'<div class="url">{html.escape(held.url)}</div>' if held.url else ""
    return (f'<div class="cert"><b>{html.escape(held.title)}</b> — {html.escape(held.issuer)}'
            f'<div class="meta">{" · ".join(meta)}</div>{url}</div>')  # fmt: skip


def scan_page(content: Content) -> str:
    """The résumé as it was printed before the scan."""
    links = " · ".join(f"{text}: {url}" for text, url in content.contact_links)
    bullets = "".join(f"<li>{html.escape(bullet)}</li>" for bullet in content.bullets)
    pending = "".join(f"<li>{html.escape(line)}</li>" for line in content.section_negatives)
    certs = "".join(_cert(held) for held in content.credentials)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{_STYLE}</style></head>
<body><h1>{html.escape(display_name(content))}</h1>
<div class="headline">{html.escape(content.headline)}</div>
<div class="contact">{html.escape(content.location)} · {html.escape(content.phone)} ·
{html.escape(content.email)}<br>{html.escape(links)}</div>
<h2>Summary</h2><p>{html.escape(content.summary)}</p>
<h2>Experience</h2><p><b>{html.escape(content.role)}</b>, {html.escape(content.employer)}
(2018 – present)</p><ul>{bullets}</ul>
<h2>Certifications &amp; Licences</h2>{certs}
<p><i>In progress and other:</i></p><ul>{pending}</ul>
<h2>Skills</h2><p>{html.escape(", ".join(content.skills))}</p>
</body></html>"""


_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo
<<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identify-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def _lines(words: list[dict[str, float | str]]) -> list[list[dict[str, float | str]]]:
    """The words in reading order, a list a line (each line's words left to right)."""
    lines: list[list[dict[str, float | str]]] = []
    for word in sorted(words, key=lambda w: (round(float(w["bottom"])), float(w["x0"]))):
        if lines and abs(float(lines[-1][0]["bottom"]) - float(word["bottom"])) < 2.5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: float(w["x0"])) for line in lines]


def _text_layer(words: list[dict[str, float | str]], height: float) -> bytes:
    ops = [b"BT", b"3 Tr"]
    for line in _lines(words):
        size = max(float(w["bottom"]) - float(w["top"]) for w in line)
        bottom = max(float(w["bottom"]) for w in line)
        ops.append(f"/f-0-0 {size:.0f} Tf".encode())
        for index, word in enumerate(line):
            text = str(word["text"])
            last = index == len(line) - 1
            right = float(word["x1"]) if last else float(line[index + 1]["x0"])
            glyphs = text if last else text + " "
            natural = len(glyphs) * 0.5 * size
            stretch = 100 * (right - float(word["x0"])) / natural
            baseline = height - bottom + 0.2 * size
            hexed = glyphs.encode("utf-16-be").hex().upper()
            ops.append(
                f"1 0 0 1 {float(word['x0']):.2f} {baseline:.2f} Tm {stretch:.2f} Tz "
                f"[ <{hexed}> ] TJ".encode()
            )
    ops.append(b"ET")
    return b"\n".join(ops)


def scanned(content: Content) -> bytes:
    import pdfplumber

    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        printed = scratch / "printed.pdf"
        render_html([(scan_page(content), printed)])
        subprocess.run(
            ["pdftoppm", "-r", str(DPI), "-gray", str(printed), str(scratch / "scan")],
            check=True, timeout=120,
        )  # fmt: skip
        pages = []
        with pdfplumber.open(printed) as document:
            for number, page in enumerate(document.pages, start=1):
                words = page.extract_words(x_tolerance=1.5, keep_blank_chars=False)
                image = sorted(scratch.glob("scan-*.pgm"))[number - 1]
                pages.append((float(page.width), float(page.height), _jpeg(image),
                              _text_layer(words, page.height)))  # fmt: skip
    return _ocr_pdf(pages)


def _jpeg(image: Path) -> bytes:
    """The scanned page as the app keeps it: greyscale, JPEG."""
    out = io.BytesIO()
    with Image.open(image) as picture:
        picture.convert("L").save(out, "JPEG", quality=55, dpi=(DPI, DPI))
    return out.getvalue()


def _ocr_pdf(pages: list[tuple[float, float, bytes, bytes]]) -> bytes:
    objects = pdf_bytes.Objects()
    root, tree = objects.reserve(), objects.reserve()
    to_unicode = objects.add(pdf_bytes.stream(_TO_UNICODE))
    descriptor = objects.add(
        b"<< /Type /FontDescriptor /FontName /GlyphLessFont /Ascent 1000 /CapHeight 1000 "
        b"/Descent -1 /Flags 5 /FontBBox [ 0 0 500 1000 ] /ItalicAngle 0 /StemV 80 >>"
    )
    cid_font = objects.add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont /CIDToGIDMap /Identity "
        b"/CIDSystemInfo << /Ordering (Identity) /Registry (Adobe) /Supplement 0 >> "
        b"/FontDescriptor %d 0 R /DW 500 >>" % descriptor
    )
    font = objects.add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H "
        b"/DescendantFonts [ %d 0 R ] /ToUnicode %d 0 R >>" % (cid_font, to_unicode)
    )
    kids = []
    for width, height, jpeg, text in pages:
        with Image.open(io.BytesIO(jpeg)) as picture:
            pixels_w, pixels_h = picture.size
        image = objects.add(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
            % (pixels_w, pixels_h, len(jpeg))
            + jpeg
            + b"\nendstream"
        )
        drawn = b"q %.3f 0 0 %.3f 0 0 cm /Im1 Do Q\n" % (width, height) + text
        contents = objects.add(pdf_bytes.stream(drawn))
        kids.append(objects.add(
            f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
            f"/Resources << /XObject << /Im1 {image} 0 R >> /Font << /f-0-0 {font} 0 R >> >> "
            f"/Contents {contents} 0 R >>".encode()))  # fmt: skip
    objects.put(root, pdf_bytes.catalog(tree))
    objects.put(tree, pdf_bytes.page_tree(kids))
    info = objects.add(b"<< /Producer (Tesseract 5.3.4) /Creator (Office Lens) >>")
    return objects.serialise(root=root, header=pdf_bytes.HEADER_1_4, info=b"%d 0 R" % info)
