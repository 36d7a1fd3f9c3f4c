"""Links a web page printed with their addresses written out after them: a print style sheet
sets "(https://…)" after each link's text ("ME-C Engine Operation (https://…/MEC-58213) · MAN
Energy Solutions"), and a narrow page breaks the address anywhere. The address is the entry's
link, a field of its own: never part of the title, nor its issuer."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from extractors.claim_text import ClaimLine

# " (https://…)" after a word, closed on its line or left open at its end.
_PRINTED = re.compile(r"(?<=\S) \(((?:https?://|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(\)|$)")
# The rest of an address the line break cut, up to its closing bracket ("fy/MEC-58213)").
_REST = re.compile(r"^\s*([^\s()]+)\)")


def printed_links(lines: Sequence[ClaimLine]) -> list[ClaimLine]:
    """``lines`` with each printed address made a field of its line (" · https://…"); an
    address cut at the line's end is made whole with its rest, and the line under it, which
    goes on with the entry's fields, joins it."""
    found: list[ClaimLine] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        position += 1
        match = _PRINTED.search(line.text)
        if match is None:
            found.append(line)
            continue
        url, rest, links = match.group(1), line.text[match.end() :], line.links
        if not match.group(2):  # cut at the line's end: its rest opens the next line
            following = lines[position] if position < len(lines) else None
            tail = _REST.match(following.text) if following is not None else None
            if following is None or tail is None:
                found.append(line)
                continue
            url += tail.group(1)
            rest = " " + following.text[tail.end() :].lstrip()
            links = (*links, *(link for link in following.links if link not in links))
            position += 1
        text = f"{line.text[: match.start()]} · {url}{rest.rstrip()}"
        found.append(dataclasses.replace(line, text=text, links=links))
    return found
