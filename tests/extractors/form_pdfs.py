"""Filled PDF forms written byte by byte (``testkit.pdf_bytes``), as a form filler saves them:
the page draws the printed labels; each answer is a field's value (``/V``) on a widget
annotation, drawn only in the widget's appearance stream (which text extraction never reads)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from testkit.pdf_bytes import Objects, literal, page_tree, references, stream


@dataclass(frozen=True)
class Field:
    """A widget with its field: the name, the value as written (a PDF object: a literal
    string, a name, an array), the rectangle (x0, y0, x1, y1) and any other entries."""

    name: str
    value: bytes | None
    rect: tuple[float, float, float, float]
    kind: str = "Tx"
    extra: str = ""


def text(value: str) -> bytes:
    """A text string as PDFDocEncoding holds it (Latin-1 for what a test needs)."""
    return literal(value.encode("latin-1"))


def label(x: float, y: float, words: str, size: float = 8) -> bytes:
    return f"BT /F1 {size:g} Tf {x:g} {y:g} Td ".encode() + text(words) + b" Tj ET"


def form_pdf(
    operators: Sequence[bytes],
    fields: Sequence[Field],
    *,
    field_list: str | None = None,
    acroform: bool = True,
) -> bytes:
    """One A4 page drawing ``operators``, with ``fields`` as widgets listed in the catalog's
    form (``field_list`` replaces the /Fields entry as written; ``acroform`` False leaves the
    form out of the catalog)."""
    objects = Objects()
    root, tree, page = objects.reserve(), objects.reserve(), objects.reserve()
    font = objects.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    content = objects.add(stream(b"\n".join(operators)))
    widgets = []
    for field in fields:
        x0, y0, x1, y1 = field.rect
        shown = objects.add(
            f"<< /Type /XObject /Subtype /Form /BBox [0 0 {x1 - x0:g} {y1 - y0:g}] >>\n".encode()
            + b"stream\n/Tx BMC EMC\nendstream"
        )
        value = b"" if field.value is None else b" /V " + field.value
        widgets.append(
            objects.add(
                f"<< /Type /Annot /Subtype /Widget /FT /{field.kind} /P {page} 0 R "
                f"/Rect [{x0:g} {y0:g} {x1:g} {y1:g}] /T ".encode()
                + text(field.name)
                + value
                + f" /DA (/Helv 9 Tf 0 g) /AP << /N {shown} 0 R >> {field.extra}>>".encode()
            )
        )
    objects.put(
        page,
        f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] "
        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R "
        f"/Annots [{references(widgets)}] >>".encode(),
    )
    objects.put(tree, page_tree([page]))
    listed = f"[{references(widgets)}]" if field_list is None else field_list
    form = f" /AcroForm << /Fields {listed} /DA (/Helv 0 Tf 0 g) >>" if acroform else ""
    objects.put(root, f"<< /Type /Catalog /Pages {tree} 0 R{form} >>".encode())
    return objects.serialise(header=b"%PDF-1.6\n")
