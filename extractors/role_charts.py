"""A recruiter's screening flowchart drawn in text, made the lines a person would read.

A decision is a question in angle brackets with a labelled arrow to what happens on that
answer ("<Holds CompTIA A+?> --NO--> [Stop: decline]"); the arrows and boxes between them
("|", "v", "| YES", "[START]") are drawing. A decision whose "no" stops the screen is a gate:
what it asks is required. One whose "no" goes on is wanted, not needed; a box without an
arrow heads the lines under it ("<Bonus questions: answers only add to the score>"). What an
arrow leads to ("[Stop, unless they will pass A+ within 6 months]") is the recruiter's next
step, not the role's words."""

from __future__ import annotations

import re

# "<question?> --NO--> [what happens]", "<question?> -- no --> Stop", "<question?> ==N==>"
_DECISION = re.compile(
    r"^(?P<indent>\s*)<(?P<question>[^<>]+)>\s*[-=]+\s*(?P<answer>[A-Za-z]+)\s*[-=]+>\s*"
    r"(?P<then>.*)$"
)
_BOX = re.compile(r"^\s*<(?P<words>[^<>]+)>\s*$")
_NO = re.compile(r"(?i)^(?:no|n|false|fail(?:ed)?)$")
_YES = re.compile(r"(?i)^(?:yes|y|true|pass(?:ed)?)$")
# What ends the screen: "Stop", "Decline", "Reject", "End the call", "Not suitable".
_STOPS = re.compile(
    r"(?i)^\W*(?:stop|decline|reject|end|exit|disqualif\w*|not\s+suitable|knock[\s-]?out|fail)\b"
)
# The drawing between decisions: "|", "v", "| YES", "[START]", "[Book the panel interview]".
_DRAWING = re.compile(r"(?i)^\s*(?:[|v^]\s*(?:yes|no|y|n)?|\[[^\[\]]*\]|[-=]+>?)\s*$")
_DECISIONS_IN_A_CHART = 2


def flowchart_text(text: str) -> str:
    """``text`` with a flowchart's decisions as lines of a list (a gate's question tagged
    "(required)", another "(preferred)") and its drawing gone; ``text`` itself when it draws
    fewer than two decisions."""
    lines = text.split("\n")
    if sum(_DECISION.match(line) is not None for line in lines) < _DECISIONS_IN_A_CHART:
        return text
    read: list[str] = []
    for line in lines:
        decision = _DECISION.match(line)
        box = _BOX.match(line)
        if decision is not None:
            read.append(_decision_line(decision))
        elif box is not None:
            # a box over the lines under it heads them, as a line ending in a colon does
            # (its words one heading: "Bonus questions: answers only add to the score")
            read.append(box.group("words").strip().rstrip(":").replace(":", ",") + ":")
        elif _DRAWING.match(line):
            read.append("")
        else:
            read.append(line)
    return "\n".join(read)


def _decision_line(decision: re.Match[str]) -> str:
    question = decision.group("question").strip()
    answer, then = decision.group("answer"), decision.group("then").strip().lstrip("[")
    stops = _STOPS.match(then) is not None
    if _YES.match(answer) and stops:
        return ""  # a "yes" that ends the screen: what it asks is what the role does not want
    gate = _NO.match(answer) is not None and stops
    return f"- {question} ({'required' if gate else 'preferred'})"
