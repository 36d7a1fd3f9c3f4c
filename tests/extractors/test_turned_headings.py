"""Section headings turned a quarter turn in the page's left margin (``extractors/
pdf_turned.py``): read the way they run, upwards or downwards, as one word each and not one
letter a line, and taken as the heading of the text beside them."""

from __future__ import annotations

import itertools

from pdfminer.fontmetrics import FONT_METRICS

from extractors import extract
from extractors.reading import read
from testkit.pdf_bytes import Objects, literal, page_tree, stream

_UPWARDS, _DOWNWARDS = "0 1 -1 0", "0 -1 1 0"
_BOLD = FONT_METRICS["Helvetica-Bold"][1]


def _line(x: float, y: float, text: str, size: float = 10, font: str = "F1") -> bytes:
    return (
        f"BT /{font} {size:g} Tf 1 0 0 1 {x:g} {y:g} Tm ".encode()
        + literal(text.encode("cp1252"))
        + b" Tj ET"
    )


def _turned(x: float, y: float, text: str, matrix: str) -> bytes:
    return (
        f"BT /F2 12 Tf {matrix} {x:g} {y:g} Tm ".encode()
        + literal(text.encode("cp1252"))
        + b" Tj ET"
    )


def _resume(matrix: str, *, band: bool = False) -> bytes:
    """Headings up (or down) the margin at x 80, the text at 120, each heading's end level
    with the top of its section's first line; ``band`` shades the margin down the page."""
    upwards = matrix == _UPWARDS
    operators = [b"0.93 g 0 0 100 842 re f 0 g"] if band else []
    operators += [
        _line(120, 790, "Ilse Marchetti", 20, "F2"),
        _line(120, 772, "ilse.marchetti@example.net  |  +39 011 555 0199"),
    ]
    sections = [
        (
            730,
            "Certifications",
            [
                "Certified Scaffold Inspector – Ridgeway Access Board, 2021",
                "Credential ID SCI-58812",
                "Advanced Rope Access Technician – Vertical Works Guild, 2019",
            ],
        ),
        (
            600,
            "Experience",
            [
                "Site supervisor, Marchetti Costruzioni, 2017 to present",
                "Planned the access for the Dora bridge refurbishment.",
            ],
        ),
    ]
    for top, heading, lines in sections:
        length = sum(_BOLD.get(char, 556) for char in heading) * 12 / 1000
        start = top + 8 - length if upwards else top + 8
        operators.append(_turned(80 if upwards else 70, start, heading, matrix))
        for number, text in enumerate(lines):
            operators.append(_line(120, top - 14 * number, text))
    objects = Objects()
    root, tree, page = objects.reserve(), objects.reserve(), objects.reserve()
    regular = objects.add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = objects.add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    content = objects.add(stream(b"\n".join(operators)))
    objects.put(
        page,
        f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        f"/F1 {regular} 0 R /F2 {bold} 0 R >> >> /Contents {content} 0 R >>".encode(),
    )
    objects.put(tree, page_tree([page]))
    objects.put(root, f"<< /Type /Catalog /Pages {tree} 0 R >>".encode())
    return objects.serialise()


def test_a_heading_reading_upwards_is_one_word_before_its_section() -> None:
    lines = [line.text for page in read(_resume(_UPWARDS), "cv.pdf").pages for line in page.lines]

    assert lines.index("Certifications") < lines.index(
        "Certified Scaffold Inspector – Ridgeway Access Board, 2021"
    )
    assert "Experience" in lines
    assert not any(len(line) <= 2 for line in lines)  # no letter left on a line of its own


def test_turned_headings_either_way_head_their_sections_claims() -> None:
    for matrix, band in itertools.product((_UPWARDS, _DOWNWARDS), (False, True)):
        claims = extract(_resume(matrix, band=band), "cv.pdf").claims

        assert [(c.title, c.credential_id) for c in claims] == [
            ("Certified Scaffold Inspector", "SCI-58812"),
            ("Advanced Rope Access Technician", None),
        ], (matrix, band)
