"""Who sent an e-mail a résumé was typed or pasted into: the candidate, by the mail's "From:"
header, the name signed under its closing ("Thanks for your time," / "Dana Reyes") or the
greeting's "I'm Dana Reyes" (``names.name_block`` weighs these with the other readings).

A recruiter reading such a mail takes its sender for the applicant even where the résumé in it
has no name line of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A mail's header fields; two or more open a mail.
_MAIL_FIELD = re.compile(r"(?i)^\s*(?:from|to|cc|bcc|date|sent|subject|reply-to):\s")
# "From: Dana Reyes <dana@…>", "From: "Reyes, Dana" [dana@…]": the sender's display name.
_FROM = re.compile(r"(?i)^\s*from:\s*\"?(?P<value>[^<\[\"@]+?)\"?\s*(?:<[^>]*>|\[[^\]]*\])?\s*$")
# A greeting that opens a mail's body.
_GREETING = re.compile(r"(?i)^\s*(?:hello|hi|hey|dear|good\s+(?:morning|afternoon|evening))\b")
# A closing over the signature: "Thanks for your time,", "Kind regards,", "Best," "Sincerely".
_CLOSING = re.compile(
    r"(?i)^\s*(?:(?:many\s+|warm(?:est)?\s+|kind(?:est)?\s+|best\s+)?"
    r"(?:thanks|thank\s+you|regards|wishes)\b[^.?]{0,30}|best|cheers|sincerely"
    r"|yours\s+(?:sincerely|truly|faithfully)|respectfully|all\s+the\s+best)[,!]?\s*$"
)
# "I'm Dana Reyes, …", "My name is Dana Reyes and …": the sender names themself.
_INTRODUCED = re.compile(
    r"(?:\bI['’]m|\bI\s+am|\b[Mm]y\s+name\s+is|\bThis\s+is)\s+"
    r"(?P<value>[^\W\d_][^\s,.;:!?]*(?:\s+[^\W\d_][^\s,.;:!?]*){1,4}?)"
    r"(?=\s*(?:[,.;:!?]|\s(?:and|from|a|an|the|with|here)\b|$))"
)
# The lines of a mail's body its greeting's introduction may stand in.
_OPENING_LINES = 12


def sender_names(texts: Sequence[str]) -> dict[int, str]:
    """The rows of a mail's text that name its sender, each with the words to read as a name:
    the header's "From:" field, the line signed under the closing, and an introduction ("I'm
    …") near the greeting. Nothing unless the text opens as a mail does, with its header or a
    greeting."""
    rows = [index for index, text in enumerate(texts) if text.strip()]
    if not rows:
        return {}
    header = 0
    while header < len(rows) and _MAIL_FIELD.match(texts[rows[header]]):
        header += 1
    opening = rows[header] if header < len(rows) else None
    if header < 2 and not _GREETING.match(texts[rows[0]]):
        return {}
    found: dict[int, str] = {}
    for index in rows[:header]:
        sender = _FROM.match(texts[index])
        if sender is not None:
            found[index] = sender.group("value")
    for position, index in enumerate(rows):
        text = texts[index]
        if _CLOSING.match(text) and position + 1 < len(rows):
            signed = rows[position + 1]
            found.setdefault(signed, texts[signed].strip())
        if opening is not None and opening <= index < opening + _OPENING_LINES:
            introduced = _INTRODUCED.search(text)
            if introduced is not None:
                found.setdefault(index, introduced.group("value"))
    return found
