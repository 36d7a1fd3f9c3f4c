"""Credentials told in a paragraph of running sentences ("In March 2021 I obtained the …
certificate, issued by … (No. …). In November 2019 I obtained …"): a recruiter reads each
sentence as one entry, whatever line it starts or ends on. A paragraph of a credentials section
that holds such sentences is read a sentence at a time: each its own line, and its own entry,
so one sentence's dates and number are never another's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractors.claim_text import BULLET, CREDENTIAL_SECTIONS, ClaimLine

# A sentence of prose has this many words at least; a paragraph of them has at least two.
_SENTENCE_WORDS = 6
# A sentence of prose has this many words in small letters at least ("obtained the … from").
_SMALL_WORDS = 3
# A line of a paragraph's running text (not a title over its fields) has this many words.
_PROSE_LINE_WORDS = 8
# A sentence ends at a full stop (or "!", "?") before the capital or digit that opens the next,
# not inside an abbreviation ("Dr. Lee", "N.º 44"), nor at a stop that closes a bracket's text.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ¿¡])")
_ABBREVIATION = re.compile(
    r"(?i)(?:\b(?:dr|mr|mrs|ms|prof|st|jr|sr|inc|ltd|co|corp|no|nr|vs|ca|approx|dipl|ing)"
    r"|\b\w|\.\w+)\.$"
)


def prose_sentences(lines: Sequence[ClaimLine]) -> list[ClaimLine]:
    """``lines`` with each paragraph of sentences in a credentials section read as one line a
    sentence; other lines as they are."""
    result: list[ClaimLine] = []
    position = 0
    while position < len(lines):
        end = position + 1
        prose = len(lines[position].text.split()) >= _PROSE_LINE_WORDS
        while prose and end < len(lines) and _goes_on(lines[end - 1], lines[end]):
            end += 1
        paragraph = list(lines[position:end])
        sentences = _sentences(_running_text(paragraph))
        if len(sentences) >= 2:
            result.extend(_sentence_lines(paragraph, sentences))
        else:
            result.extend(paragraph)
        position = end
    return result


def _goes_on(first: ClaimLine, second: ClaimLine) -> bool:
    """``second`` goes on with the running text of ``first`` (in a paragraph that opens with a
    line of prose): both in a credentials section of one page, plain lines at one left edge,
    right under each other."""
    if first.bbox is None or second.bbox is None:
        return False
    height = max(second.bbox[3] - second.bbox[1], 1.0)
    return (
        first.section in CREDENTIAL_SECTIONS
        and second.section == first.section
        and second.page == first.page
        and not (first.table_row or second.table_row or first.emphasised or second.emphasised)
        and not second.blank_before
        and abs(first.bbox[0] - second.bbox[0]) <= 2.0
        and -1.0 <= second.bbox[1] - first.bbox[3] <= 0.6 * height
        and BULLET.match(first.text) is None
        and BULLET.match(second.text) is None
    )


def _running_text(paragraph: Sequence[ClaimLine]) -> str:
    """The paragraph's lines as one text: a word broken at a line's end by a hyphen is whole
    again ("sept-" / "iembre"), a name or number cut at its own hyphen goes on without a space
    ("LF-" / "2KQ8"), and a justified line's wide spaces are spaces."""
    text = ""
    for line in paragraph:
        words = " ".join(line.text.split())
        if text.endswith("-") and text[-2:-1].islower() and words[:1].islower():
            text = text[:-1] + words
        elif text.endswith("-") and not text.endswith(" -"):
            text += words
        else:
            text = f"{text} {words}" if text else words
    return text


def _sentences(text: str) -> list[str]:
    """The text's sentences, when each is one of prose (words enough, small words among them:
    not a title and its fields, "ACLS – American Heart Association. Issued Jan 2024"); none
    otherwise. No sentence ends inside a bracket ("(Cert. No.: 1523847)")."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()]
        if _ABBREVIATION.search(before) or before.count("(") > before.count(")"):
            continue
        pieces.append(before)
        start = match.end()
    pieces.append(text[start:])
    if len(pieces) < 2 or not all(_prose(piece) for piece in pieces):
        return []
    return pieces


def _prose(sentence: str) -> bool:
    words = sentence.split()
    small = sum(1 for word in words if word.isalpha() and word.islower())
    return len(words) >= _SENTENCE_WORDS and small >= _SMALL_WORDS


def _sentence_lines(paragraph: Sequence[ClaimLine], sentences: Sequence[str]) -> list[ClaimLine]:
    """A line for each sentence, its own entry (as after a blank line), with the links whose
    address or words it holds; a link it does not name stays with the paragraph's first."""
    links = [link for line in paragraph for link in line.links]
    bbox = paragraph[0].bbox
    if bbox is not None and paragraph[-1].bbox is not None:
        last = paragraph[-1].bbox
        bbox = (bbox[0], bbox[1], max(line.bbox[2] for line in paragraph if line.bbox), last[3])
    named = [
        tuple(
            link
            for link in links
            if link.url in sentence or (len(link.text) >= 8 and link.text in sentence)
        )
        for sentence in sentences
    ]
    unnamed = tuple(link for link in links if not any(link in found for found in named))
    return [
        replace(
            paragraph[0],
            text=sentence,
            bbox=bbox,
            links=named[index] + (unnamed if index == 0 else ()),
            blank_before=paragraph[0].blank_before if index == 0 else True,
            emphasised=False,
        )
        for index, sentence in enumerate(sentences)
    ]
