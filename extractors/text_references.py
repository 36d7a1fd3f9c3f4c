"""Links a text browser numbered: ``lynx -dump`` writes each link's text after a mark ("Credential
ID 74218. [3]Verify") and the addresses in a numbered list at the page's foot ("References",
"3. https://…"). A reader follows the number to the address; here the address is set where its
mark was, as a Markdown link is written out: after the link's text, or in place of a text that
names nothing ("Verify"), so that it reads as the entry's link, never another entry's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.tables import names_no_credential

# The list's heading, as lynx writes it ("References"; "Visible links" with -listonly).
_HEADING = re.compile(r"^\s*(?:References|Visible links):?\s*$")
_REFERENCE = re.compile(r"^\s*(\d{1,3})\.\s+(\S+)\s*$")
# A mark and its link's text, up to the line's end, a field's stop or the next mark.
_MARK = re.compile(r"\[(\d{1,3})\]([^\[\]|;\n]*?)(?=[.,]?\s*(?:[|;]|\[\d|$))")


def references_inline(lines: Sequence[str]) -> list[str]:
    """``lines`` with each numbered mark replaced by its web address from the list at the foot;
    lines without such a list, and marks of addresses that are not the web's, as they were
    (a mark alone goes)."""
    addresses = _references(lines)
    if not addresses:
        return list(lines)

    def written(mark: re.Match[str]) -> str:
        address, text = addresses.get(int(mark[1])), mark[2]
        if address is None or not address.startswith(("http://", "https://")):
            return text
        return address if names_no_credential(text) else f"{text} {address}"

    return [_MARK.sub(written, line) for line in lines]


def _references(lines: Sequence[str]) -> dict[int, str]:
    """The numbered addresses under the last list heading, if the list runs to the end."""
    heading = max((at for at, line in enumerate(lines) if _HEADING.match(line)), default=None)
    if heading is None:
        return {}
    found: dict[int, str] = {}
    for line in lines[heading + 1 :]:
        reference = _REFERENCE.match(line)
        if reference is not None:
            found[int(reference[1])] = reference[2]
        elif line.strip():
            return {}
    body = "\n".join(lines[:heading])
    # Only a list the body points into: its marks are the list's numbers.
    return found if any(f"[{number}]" in body for number in found) else {}
