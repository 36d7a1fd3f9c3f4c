"""Bulleted lists in a PDF: a bullet set in a symbol font is still a bullet, and an item that
wrapped goes on at its text's indent, right of its bullet."""

from __future__ import annotations

from extractors import extract, read
from testkit.pdf_bytes import stream
from tests.extractors.documents import pdf, raw_pdf

# The Symbol font's bullet, as Word and LibreOffice exports map it: to a private-use code point.
_TO_UNICODE = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Sym def"
    b" 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <B7> <F0B7> endbfchar"
    b" endcmap CMapName currentdict /CMap defineresource pop end end"
)


def _symbol_bullets(items: list[str]) -> bytes:
    """A page whose list items each open with the Symbol font's bullet, their text in
    Helvetica beside it."""
    drawn = [
        b"BT /F1 18 Tf 50 780 Td (Dana Reyes) Tj ET",
        b"BT /F1 10 Tf 50 762 Td (dana.reyes@example.com) Tj ET",
        b"BT /F1 12 Tf 50 735 Td (Certifications) Tj ET",
    ]
    for number, item in enumerate(items):
        top = 715 - 14 * number
        drawn.append(b"BT /F2 10 Tf 56 %d Td <B7> Tj ET" % top)
        drawn.append(b"BT /F1 10 Tf 70 %d Td (%s) Tj ET" % (top, item.encode()))
    content = b"\n".join(drawn)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode 7 0 R >>",
            stream(_TO_UNICODE),
        ]
    )


def test_a_bullet_set_in_the_symbol_font_is_read_as_a_bullet() -> None:
    data = _symbol_bullets(["Certified Paralegal (CP), NALA, 2017", "Notary Public, Texas, 2019"])
    lines = [line.text for page in read(data, "cv.pdf").pages for line in page.lines]

    assert lines[-2:] == ["• Certified Paralegal (CP), NALA, 2017", "• Notary Public, Texas, 2019"]


def test_a_bulleted_item_that_wrapped_goes_on_at_its_texts_indent() -> None:
    items = (
        "Professional Educator License — Illinois State Board of Education · issued 2014-06"
        " · No. 2413356",
        "Certified Paralegal (CP) — NALA · issued 2017-04",
    )
    body = (
        "<h1>Dana Reyes</h1><p>dana.reyes@example.com</p><h2>Certifications</h2>"
        f"<ul style='width: 300pt'>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
    )
    data = pdf(body)
    lines = [line.text for page in read(data, "cv.pdf").pages for line in page.lines]
    claims = extract(data, "cv.pdf").claims

    # The page broke the issuer's name: "… Illinois State Board of" / "Education · issued …".
    assert lines[3].endswith("Board of") and lines[4].startswith("Education")
    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Professional Educator License", "Illinois State Board of Education", "2014-06"),
        ("Certified Paralegal (CP)", "NALA", "2017-04"),
    ]
