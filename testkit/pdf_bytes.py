"""PDF files written byte by byte, for documents no renderer would make or that a layout draws
itself: numbered objects, a cross-reference table with each object's byte offset, a trailer;
pages of drawing operators with the standard Type 1 fonts and link annotations.

The pieces write exactly what they are given (the number formats, a link's border, the header's
binary comment, even the end-of-file marker), so a caller keeps its files byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

#: A link annotation: its rectangle (x0, y0, x1, y1) in points and its address.
Link = tuple[float, float, float, float, str]
#: One page as it was drawn: its operators, one a line of the content stream, and its links.
Page = tuple[list[bytes], list[Link]]

#: The header most PDF writers leave: the version and a comment of four bytes over 127.
HEADER_1_4 = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"


def literal(raw: bytes) -> bytes:
    """A PDF literal string of ``raw`` (already encoded), its backslashes and parentheses
    escaped."""
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def stream(data: bytes, *, deflated: bool = False) -> bytes:
    """A stream object's body; ``deflated`` when ``data`` is already Flate-compressed."""
    filters = b" /Filter /FlateDecode" if deflated else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), filters) + data + b"\nendstream"


def encoding(differences: str) -> bytes:
    """WinAnsi with some codes renamed (``differences``: "129 /fi /fl")."""
    return (
        f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>"
    ).encode()


def link_annotation(
    link: Link, uri: bytes, *, digits: int = 1, style: str = "/Border [0 0 0]"
) -> bytes:
    """A link annotation over ``link``'s rectangle opening ``uri`` (a PDF string), its
    coordinates written with ``digits`` decimals and drawn as ``style`` says."""
    x0, y0, x1, y1, _ = link
    rect = " ".join(f"{value:.{digits}f}" for value in (x0, y0, x1, y1))
    head = f"<< /Type /Annot /Subtype /Link /Rect [{rect}] {style} /A << /S /URI /URI "
    return head.encode() + uri + b" >> >>"


def references(numbers: Iterable[int]) -> str:
    """``3 0 R 7 0 R …``: references to the objects ``numbers``."""
    return " ".join(f"{number} 0 R" for number in numbers)


def page_tree(kids: Sequence[int]) -> bytes:
    return f"<< /Type /Pages /Kids [{references(kids)}] /Count {len(kids)} >>".encode()


def catalog(pages: int) -> bytes:
    return f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()


class Objects:
    """A PDF's objects, numbered from 1 in the order they are added."""

    def __init__(self, bodies: Iterable[bytes] = ()) -> None:
        self.bodies: list[bytes] = list(bodies)

    def add(self, body: bytes) -> int:
        """Add an object; its number."""
        self.bodies.append(body)
        return len(self.bodies)

    def reserve(self) -> int:
        """Number an object whose body is written later (``put``)."""
        return self.add(b"")

    def put(self, number: int, body: bytes) -> None:
        self.bodies[number - 1] = body

    def fonts(self, faces: Mapping[str, str], differences: str = "") -> dict[str, int]:
        """The standard Type 1 fonts ``faces`` (resource name -> base font) in WinAnsi, or in
        WinAnsi with ``differences`` (an encoding object added first); their numbers by name."""
        named = f"{self.add(encoding(differences))} 0 R" if differences else "/WinAnsiEncoding"
        return {
            key: self.add(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding {named} >>".encode()
            )
            for key, base in faces.items()
        }

    def after_pages(self, pages: Sequence[Page]) -> int:
        """The number the next object will have once ``pages`` are added."""
        return len(self.bodies) + 2 * len(pages) + sum(len(links) for _, links in pages) + 1

    def pages(
        self,
        pages: Sequence[Page],
        *,
        parent: int,
        size: tuple[int, int],
        fonts: Mapping[str, int],
        annotation: Callable[[Link], bytes],
    ) -> list[int]:
        """Each page's content stream, its link annotations (``annotation`` writes one) and
        the page itself, in that order; the pages' numbers."""
        font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())
        kids = []
        for operators, links in pages:
            content = self.add(stream(b"\n".join(operators)))
            annots = references([self.add(annotation(link)) for link in links])
            kids.append(
                self.add(
                    f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 {size[0]} {size[1]}] "
                    f"/Resources << /Font << {font_dict} >> >> /Contents {content} 0 R "
                    f"/Annots [{annots}] >>".encode()
                )
            )
        return kids

    def serialise(
        self,
        *,
        root: int = 1,
        header: bytes = b"%PDF-1.4\n",
        info: bytes = b"",
        eof: bytes = b"%%EOF\n",
    ) -> bytes:
        """The file: ``header``, the objects, the cross-reference table with their byte
        offsets, the trailer (``root`` the catalog's number, ``info`` an information
        dictionary or a reference to one) and ``eof``."""
        out = bytearray(header)
        offsets = []
        for number, body in enumerate(self.bodies, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        size = len(self.bodies) + 1
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        said = b" /Info " + info if info else b""
        out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n" % (size, root, said, xref)
        return bytes(out + eof)


def catalog_first(
    pages: Sequence[Page],
    *,
    size: tuple[int, int],
    faces: Mapping[str, str],
    annotation: Callable[[Link], bytes],
    differences: str = "",
) -> Objects:
    """A document numbered as many writers number it: the catalog 1, the page tree 2, then the
    fonts (``Objects.fonts``) and the pages (``Objects.pages``)."""
    objects = Objects()
    root, tree = objects.reserve(), objects.reserve()
    fonts = objects.fonts(faces, differences)
    kids = objects.pages(pages, parent=tree, size=size, fonts=fonts, annotation=annotation)
    objects.put(root, catalog(tree))
    objects.put(tree, page_tree(kids))
    return objects
