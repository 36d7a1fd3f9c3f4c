"""An application form's yes/no questions as printed: each question over a row of circles or
boxes to mark ("( ) Yes   ( ) No", "○ Yes ○ No", "[ ] Yes [ ] No") and, beside them, a note
saying what a "No" does. A No that stops the application makes the question a requirement
("If No, your application cannot proceed"); a No that does not count against the applicant
makes it wanted, not needed ("Answering No will not affect your application"). The marks are
the form's layout; the note is read as the standing it gives the question above it."""

from __future__ import annotations

import re

from extractors.role_text import PREFERRED_CLAUSE

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


# -- screening rules -----------------------------------------------------------------------

# "RULE 1  IF the applicant holds CPA OR ACCA", "IF years in Audit >= 4 THEN continue ELSE
# reject": rules written in capital IF / THEN / ELSE, one after another.
_RULE_START = re.compile(r"^\s*(?:(?i:rule|step|check)\s*#?\d+[.:)]?\s+)?IF\s+\S")
_RULE_WORD = re.compile(r"\b(ELSE\s+IF|IF|THEN|ELSE)\b")
_RULES_IN_TEXT = 2
# What an outcome does: stops the applicant, or adds to a score.
_REJECTS = re.compile(r"(?i)\b(?:reject\w*|decline\w*|disqualif\w*|screen\s+out|stop)\b")
_POINTS = re.compile(r"(?i)\b(?:add|score|award|give)\s+(\d+)\s+(?:points?|pts)\b")
# The condition's own words about who holds what, and a comparison after the names.
_HOLDER = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:applicant|candidate|resume|cv|profile)\s+(?:holds|has|lists|shows"
    r"|mentions|includes|is)\s+|^\s*(?:years?|yrs)\s+(?:of|in)\s+"
)
_COMPARISON = re.compile(r"\s*(?:>=|<=|==|=|>|<|≥|≤)\s*\d.*$")


def screening_rules_text(text: str) -> str:
    """``text`` with each IF / THEN rule read as a line of what it asks for and a word of its
    standing: a rule whose ELSE rejects asks for what its IFs name ("CPA or ACCA or CIA
    certification. Required."), one that adds points wants it ("… Nice to have."), one that
    adds no points asks for nothing and goes."""
    lines = text.split("\n")
    if sum(1 for line in lines if _RULE_START.match(line)) < _RULES_IN_TEXT:
        return text
    out: list[str] = []
    at = 0
    while at < len(lines):
        if not _RULE_START.match(lines[at]):
            out.append(lines[at])
            at += 1
            continue
        block = [lines[at]]
        at += 1
        while at < len(lines) and lines[at][:1].isspace() and lines[at].strip():
            block.append(lines[at])
            at += 1
        out.extend(_rule_line(" ".join(part.strip() for part in block)))
    return "\n".join(out)


def _rule_line(rule: str) -> list[str]:
    parts = _RULE_WORD.split(rule)
    conditions: list[str] = []
    outcomes: list[str] = []
    for word, words in zip(parts[1::2], parts[2::2], strict=True):
        if word.endswith("IF"):
            condition = _COMPARISON.sub("", _HOLDER.sub("", words.strip()))
            conditions.append(re.sub(r"\bOR\b", "or", re.sub(r"\bAND\b", "and", condition)))
        else:
            outcomes.append(words)
    done = " ".join(outcomes)
    points = [int(n) for n in _POINTS.findall(done)]
    if points and not any(points):
        return []  # "THEN add 0 points": not scored, so not asked for
    said = "Required." if _REJECTS.search(done) else "Nice to have." if points else ""
    return [f"- {' or '.join(conditions)}. {said}".rstrip()]


# -- lines marked with a star ----------------------------------------------------------------

# "the lines marked * are the ones we can't do without", "The lines without a * would put you
# ahead": what the text says of its starred lines and of the others.
_STARRED = re.compile(
    r"(?i)\b(?:marked|flagged|tagged)\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:\*|asterisks?)"
)
_UNSTARRED = re.compile(r"(?i)\b(?:without|no)\s+(?:an?\s+|the\s+)?(?:\*|asterisks?)")
_STAR_LINE = re.compile(r"^(\s*)\*\s+(?=\S)")
_CANNOT_DO_WITHOUT = re.compile(
    r"(?i)\b(?:can't|cannot|can\s+not|couldn't)\s+do\s+without\b|\b(?:required|essential|must"
    r"|mandatory|needed|non-negotiable)\b"
)


def _said(sentence: str) -> str:
    if PREFERRED_CLAUSE.search(sentence):
        return "Nice to have."
    return "Required." if _CANNOT_DO_WITHOUT.search(sentence) else ""


def starred_lines_text(text: str) -> str:
    """``text`` with the lines its own words say a star marks read so: each starred line of a
    block with what the stars say, the block's other lines with what the text says of lines
    without one."""
    marked = unmarked = ""
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        if _STAR_LINE.match(sentence):
            continue
        star = _STARRED.search(sentence)
        if star:
            marked = _said(sentence[star.end() :])
        elif _UNSTARRED.search(sentence):
            unmarked = _said(sentence)
    if not marked:
        return text
    lines = text.split("\n")
    blocks: list[list[int]] = [[]]
    for at, line in enumerate(lines):
        if line.strip():
            blocks[-1].append(at)
        else:
            blocks.append([])
    for block in blocks:
        if not any(_STAR_LINE.match(lines[at]) for at in block):
            continue
        for at in block:
            star = _STAR_LINE.match(lines[at])
            said = marked if star else unmarked
            if star:
                lines[at] = star.group(1) + lines[at][star.end() :]
            if said and re.search(r"[^\W\d_]", lines[at]):
                lines[at] = f"{lines[at].rstrip().rstrip('.')}. {said}"
    return "\n".join(lines)
