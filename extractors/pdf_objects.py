"""pdfplumber's character objects, built with less work and equal to its own.

pdfplumber turns each pdfminer character into a dict by passing every attribute through
``resolve_all`` (which hands a number or a string back unchanged and rebuilds a tuple of
them) and decoding its colour space's name again for every character. On a typical two-page
résumé that took 95 of the 200 ms of CPU that ``extract_words`` costs, almost as much as
pdfminer's parsing of the pages. Here numbers, strings and the character's matrix are taken
as they are, anything else still goes through ``resolve_all``, and a colour space's name is
decoded once per page: the dicts are equal to pdfplumber's, key for key and in its order (a
test compares every object of PDFs of every maker we hold, which also guards an upgrade of
the pinned pdfplumber), so the words, lines and tables read from them are the same."""

from __future__ import annotations

from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

# The types ``resolve_all`` hands back as they are.
_PLAIN = frozenset({float, int, str, bool, type(None)})


def build_objects_quickly(page: Any) -> None:
    """Have ``page`` build its character objects with ``_Chars`` when it first parses its
    objects; other objects (lines, rectangles, images) are pdfplumber's own."""
    page.process_object = _Chars(page)


class _Chars:
    """``Page.process_object`` of one page, faster for an ``LTChar``."""

    def __init__(self, page: Any) -> None:
        self._page = page
        self._number = page.page_number
        self._norm = page.pdf.unicode_norm
        # Fixed for a page; pdfplumber reads them again for every character.
        self._height = page.height
        self._mediabox_x0, self._mediabox_top = page.mediabox[:2]
        self._doctop = page.initial_doctop
        self._names: dict[str, Any] = {}

    def __call__(self, obj: Any) -> dict[str, Any]:
        if type(obj) is not LTChar:
            result: dict[str, Any] = Page.process_object(self._page, obj)
            return result
        attr: dict[str, Any] = {}
        for key, value in obj.__dict__.items():
            if key in ALL_ATTRS:
                # Inline, not a call per attribute: this loop runs a dozen times a character.
                kind = type(value)
                plain = kind in _PLAIN or (kind is tuple and _all_plain(value))
                attr[key] = value if plain else resolve_all(value)
        attr["object_type"] = "char"
        attr["page_number"] = self._number
        for space in ("ncs", "scs"):
            if hasattr(obj, space):
                attr[space] = self._decoded(getattr(obj, space).name)
        text = obj.get_text()
        attr["text"] = text if self._norm is None else normalize(self._norm, text)
        state = obj.graphicstate
        stroking, non_stroking = state.scolor, state.ncolor
        attr["stroking_color"] = stroking if isinstance(stroking, tuple) else (stroking,)
        attr["non_stroking_color"] = (
            non_stroking if isinstance(non_stroking, tuple) else (non_stroking,)
        )
        if isinstance(attr["fontname"], bytes):
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        if "y0" in attr:
            attr["top"] = (self._height - attr["y1"]) + self._mediabox_top
            attr["bottom"] = (self._height - attr["y0"]) + self._mediabox_top
            attr["doctop"] = self._doctop + attr["top"]
        if "x0" in attr and self._mediabox_x0 != 0:
            attr["x0"] = attr["x0"] + self._mediabox_x0
            attr["x1"] = attr["x1"] + self._mediabox_x0
        return attr

    def _decoded(self, name: Any) -> Any:
        """``resolve_and_decode(name)``, remembered for a plain string name."""
        if type(name) is not str:
            return resolve_and_decode(name)
        found = self._names.get(name)
        if found is None:
            found = self._names[name] = resolve_and_decode(name)
        return found


def _all_plain(items: tuple[Any, ...]) -> bool:
    """Whether ``resolve_all`` gives back a tuple equal to ``items`` (the character's matrix),
    which then need not be rebuilt."""
    return all(type(item) in _PLAIN for item in items)
