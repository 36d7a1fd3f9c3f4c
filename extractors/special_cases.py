"""The English tokenizer's special cases ("don't", "a.m.", ":)"), added when a text may need them.

English has 1,347 special cases; loading them all made some 760 lexemes (each running the
vocabulary's twenty-odd attribute getters) and took a tenth of the start-up of a command
reading one text résumé, while the catalog's names and a short résumé need about twenty.
``SpecialCasesOnDemand`` tokenizes like spaCy's tokenizer holding them all: before each
text it adds the special cases that could apply to it.

A special case can change a text's tokens only if it occurs in the text, spaces aside:

- spaCy looks special cases up by a piece of one whitespace-free chunk of the text (the chunk,
  or what is left after prefixes and suffixes are split off): the special case is then a
  substring of the text;
- those that contain a prefix, a suffix, an infix or a space are also found by a phrase
  matcher over the tokens, which ignores the single spaces between tokens: the tokens'
  texts put together equal the special case, so it is a substring of the text once its
  spaces (``" "``) are taken out, and so is the special case without its own.

Hence every special case whose text without spaces is in the text without spaces is added:
those with a character that is not a letter or digit are found by that character (few texts
hold an apostrophe, a full stop or a colon); those made of letters and digits only, which no
affix splits (``_alphanumeric_ones`` checks), lie inside one run of letters and digits of the
text, and are found by their first two characters in each run not met before (runs repeat:
the catalog's names are made of some 1,900 words; a bounded number of them are remembered).
Adding one empties the tokenizer's cache, as spaCy's ``add_special_case`` does, so no chunk
read before keeps a reading that lacked it. A lexeme's attributes depend on its text only, so
the tokens' attributes are those of the full tokenizer (``tests/extractors/test_tokens.py``
reads every special case in several settings through both).

One lock covers adding and reading: a text is never read while another thread's special cases
are half added.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

#: A run of letters and digits (``str.isalnum``).
_RUN = re.compile(r"[^\W_]+")
#: At most so many runs are remembered as read; then they are forgotten, and read again.
_RUNS_KEPT = 1 << 15


class SpecialCasesOnDemand:
    """``tokenizer(text)``, the special cases ``text`` may need added first."""

    def __init__(self, tokenizer: Any, rules: Mapping[str, Sequence[Mapping[Any, Any]]]) -> None:
        self.tokenizer = tokenizer
        self._rules = rules
        self._lock = threading.Lock()
        self._added: set[str] = set()
        #: By the first character of the special case (spaces taken out) that is not a letter
        #: or digit: (the special case, its text without spaces).
        self._by_mark: dict[str, list[tuple[str, str]]] = {}
        #: Longer than one character, made of letters and digits, split by no affix: by
        #: their first two characters.
        self._by_start: dict[str, list[str]] = {}
        always = []
        alphanumeric = []
        for special in rules:
            spaceless = special.replace(" ", "")
            mark = next((c for c in spaceless if not c.isalnum()), None)
            if not spaceless:
                always.append(special)
            elif mark is not None:
                self._by_mark.setdefault(mark, []).append((special, spaceless))
            else:
                alphanumeric.append(special)
        for special in self._alphanumeric_ones(alphanumeric):
            if len(special) == 1:  # found as a mark is
                self._by_mark.setdefault(special, []).append((special, special))
            else:
                self._by_start.setdefault(special[:2], []).append(special)
        self._marks = frozenset(self._by_mark)
        self._starts = frozenset(self._by_start)
        #: Runs of letters and digits whose special cases are added.
        self._runs_read: set[str] = set()
        self._add(always)

    def _alphanumeric_ones(self, specials: Iterable[str]) -> list[str]:
        """Those of ``specials`` (letters and digits) that no prefix, suffix or infix splits:
        found only as a piece of a chunk, never across a space. Any other is looked for as the
        others are, by its text."""
        kept = []
        tokenizer = self.tokenizer
        for special in specials:
            if (
                tokenizer.find_prefix(special)
                or tokenizer.find_suffix(special)
                or tokenizer.find_infix(special)
            ):
                self._by_mark.setdefault(special[0], []).append((special, special))
            else:
                kept.append(special)
        return kept

    def __call__(self, text: str) -> Any:
        with self._lock:
            needed, runs = self._needed(text)
            if needed - self._added:
                self._add(needed)
            if runs:
                if len(self._runs_read) > _RUNS_KEPT:
                    self._runs_read.clear()
                self._runs_read |= runs
            return self.tokenizer(text)

    def _needed(self, text: str) -> tuple[set[str], set[str]]:
        """The special cases ``text`` may need, and its runs of letters and digits not met
        before (those met before had theirs added then)."""
        needed: set[str] = set()
        marks = self._marks.intersection(text)  # no mark is a space
        if marks:
            spaceless = text.replace(" ", "")
            for mark in marks:
                needed.update(special for special, bare in self._by_mark[mark] if bare in spaceless)
        runs = set(_RUN.findall(text)) if self._by_start else set()
        runs -= self._runs_read
        for run in runs:
            needed.update(self._specials_in_run(run))
        return needed, runs

    def _specials_in_run(self, run: str) -> list[str]:
        pairs = {run[start : start + 2] for start in range(len(run) - 1)}
        by_start = self._by_start
        return [
            special
            for pair in self._starts.intersection(pairs)
            for special in by_start[pair]
            if special in run
        ]

    def _add(self, specials: Iterable[str]) -> None:
        # In spaCy's order (it loads them sorted), each once.
        for special in sorted(set(specials) - self._added):
            self.tokenizer.add_special_case(special, self._rules[special])
            self._added.add(special)
