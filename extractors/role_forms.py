"""An application form's yes/no questions as printed: each question over a row of circles or
boxes to mark ("( ) Yes   ( ) No", "○ Yes ○ No", "[ ] Yes [ ] No") and, beside them, a note
saying what a "No" does. A No that stops the application makes the question a requirement
("If No, your application cannot proceed"); a No that does not count against the applicant
makes it wanted, not needed ("Answering No will not affect your application"). The marks are
the form's layout; the note is read as the standing it gives the question above it."""

from __future__ import annotations

import re

# One answer to mark: an empty or ticked circle or box before "Yes" or "No".
_MARK = r"(?:\(\s?[xX✓✔]?\s?\)|\[\s?[xX✓✔]?\s?\]|[○◯●☐☑☒□■])"
_ANSWERS = re.compile(rf"(?i)^\s*{_MARK}\s*yes\b[\s,/]*{_MARK}\s*no\b[\s.:;,–—-]*(.*)$")
# What a "No" does to the application.
_NO_STOPS = re.compile(
    r"(?i)\b(?:cannot|can\s*not|can't|will\s+not|won't|may\s+not|is\s+unable\s+to)\s+"
    r"(?:proceed|progress|continue|go\s+(?:forward|further)|be\s+(?:considered|accepted|progressed))"
    r"|\b(?:will|shall)\s+be\s+(?:rejected|declined|withdrawn|screened\s+out)"
    r"|\b(?:ineligible|not\s+eligible)\b|\bends?\s+(?:your|the)\s+application\b"
)
_NO_IS_FINE = re.compile(
    r"(?i)\b(?:will|does|do|shall)\s*(?:not|n't)\s+(?:affect|count\s+against|harm|disqualify"
    r"|reduce|lower|stop|prevent)\b|\bwithout\s+(?:penalty|affecting)\b|\bis\s+(?:fine|ok(?:ay)?)\b"
)
_ANSWER_ROWS_IN_TEXT = 2


def radio_form_text(text: str) -> str:
    """``text`` with each row of yes/no marks read as the standing its note gives the question
    on the line above ("… sites? Nice to have."), when the text has at least two such rows."""
    lines = text.split("\n")
    if sum(1 for line in lines if _ANSWERS.match(line)) < _ANSWER_ROWS_IN_TEXT:
        return text
    out: list[str] = []
    for line in lines:
        row = _ANSWERS.match(line)
        if row is None:
            out.append(line)
            continue
        note = row.group(1)
        said = (
            "Required."
            if _NO_STOPS.search(note)
            else "Nice to have."
            if _NO_IS_FINE.search(note)
            else ""
        )
        question = next((at for at in range(len(out) - 1, -1, -1) if out[at].strip()), None)
        if said and question is not None:
            out[question] = f"{out[question].rstrip()} {said}"
    return "\n".join(out)
