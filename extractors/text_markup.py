"""Light markup in a plain-text résumé read as the words it stands for.

reStructuredText (and the Markdown dialects that borrow from it) writes a labelled field as a
*field list* item, ":Issuer: Scrum.org", and an aside as a *directive*, ".. note:: Not yet
held". A reader sees "Issuer: Scrum.org" and a note headed "Not yet held"; the colons and dots
are the markup's, not the résumé's. Written that way, the lines read as any other text's: a
field's label ends at its colon, a directive's title is a line of its own.

A web page copied as text brings its pictures' alternative text: a profile's "AAPC logo" over
each licence's title. A reader sees a picture there, not a line of the résumé.
"""

from __future__ import annotations

import re

# ":Issuer: Scrum.org", ":Credential ID: 2874501", ":Verify:" (its value on the next line).
# A field's name is words, never a colon or a backquote (":ref:`x`" is a role, not a field);
# whitespace or the line's end follows the closing colon, as reStructuredText requires.
_FIELD = re.compile(r"^(\s*):([^\W_][\w .&/#'()-]{0,38}?):(?=\s|$)")
# ".. note:: Not yet held", ".. admonition:: In progress": a directive and its title.
_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+[A-Za-z][\w-]*::[ \t]*")
# "ESCO Institute logo", "City of Omaha Permits & Inspections logo": a name in capitals (its
# small joining words aside) and the word "logo", alone on the line.
_ALT_TEXT = re.compile(
    r"^\s*(?:(?:[A-Z0-9][\w&.,'’()/-]*|of|for|and|the|de|du|&)\s+){1,10}logo\s*$"
)


def plain_markup(line: str) -> str:
    """``line`` without reStructuredText's field and directive markers: ":Issuer: Scrum.org"
    reads "Issuer: Scrum.org", ".. note:: Not yet held" reads "Not yet held" (a directive with
    no title leaves a blank line, which parts it from what came before)."""
    field = _FIELD.match(line)
    if field is not None:
        return f"{field[1]}{field[2]}:{line[field.end() :]}"
    if _ALT_TEXT.match(line):
        return ""
    directive = _DIRECTIVE.match(line)
    if directive is not None:
        return directive[1] + line[directive.end() :]
    return line
