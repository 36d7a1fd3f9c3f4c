"""A spaCy ``PhraseMatcher`` whose phrases are added when a text could hold them.

The catalog's and the skills list's matchers hold some 3,200 phrases; tokenizing them (and
making the lexemes of their 2,800 words) and adding them was a third of the start-up of a
command reading one five-line text résumé, which can hold a few dozen of them at most.
``PhrasesOnDemand`` keeps each phrase's text and, before matching a doc, adds every phrase
that could occur in it; it then matches with the one ``PhraseMatcher`` underneath, which gives
the matches a matcher holding every phrase gives, in the same order:

- **No match is lost.** A phrase matches tokens whose attribute (``LOWER`` or ``ORTH``) is
  that of its own tokens, in turn. Two tokens with the same ``LOWER`` have the same ``key``
  (below: the text in lower case, a final sigma as any sigma, without whitespace), which is
  computed character by character, so the phrase's ``key`` (its tokens' keys put together:
  its whitespace is dropped) equals that of the matched tokens, which lie in the doc's text
  in turn with only spaces between them: the phrase's key is in the doc's key. Every phrase
  whose key is in the doc's is added before the doc is matched.
- **No match is added.** A phrase added for an earlier doc matches a later one only where the
  full matcher's same phrase does.
- **The order is the same.** The matcher gives the matches by start, then by end (the trie's
  walk), then in the order of the keys in the node where the phrase ends: a hash map laid out
  by the order its keys were put in. Every phrase ending at one node has the same tokens, hence
  the same key; all the phrases of a key are added together, in the order they were given
  (the full matcher's order), so that node receives the same keys in the same order.

A process that forks readers adds every phrase first (``add_every_phrase``), so its children
share them instead of each tokenizing its own; any process adds them all once it has matched
a few résumés' worth of docs. One lock covers adding and matching.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

#: Phrases are found by so many first characters of their key (or their whole key if shorter).
_HEAD = 3
#: After so many docs a matcher adds every phrase left: looking for them costs some 20-30 µs a
#: doc, which a process reading many résumés would pay on every line (a two-page PDF's reading
#: matches about a thousand docs); one reading a single résumé stays well under it.
_DOCS_BEFORE_EVERY_PHRASE = 4096

_made: list[PhrasesOnDemand] = []


def phrase_key(text: str) -> str:
    """What two texts whose tokens have the same ``LOWER`` (or ``ORTH``) have the same of: the
    text in lower case without whitespace. ``str.lower`` maps each character alone except a
    capital sigma, made final or not by what follows: both sigmas are one here."""
    return "".join(text.lower().replace("ς", "σ").split())


class PhrasesOnDemand:
    """``PhraseMatcher(vocab, attr=attr)``, its phrases added when a doc could hold them."""

    def __init__(self, nlp: Any, attr: str) -> None:
        from spacy.matcher import PhraseMatcher

        self._nlp = nlp
        self._matcher = PhraseMatcher(nlp.vocab, attr=attr)
        self._lock = threading.Lock()
        #: The phrases not added yet, by their key: (match key, phrase), in the order given.
        self._waiting: dict[str, list[tuple[str, str]]] = {}
        #: The keys waiting, by their first ``_HEAD`` characters.
        self._by_head: dict[str, list[str]] = {}
        #: The lengths of those heads (keys shorter than ``_HEAD`` are their own head).
        self._head_lengths: set[int] = set()
        self._docs_left = _DOCS_BEFORE_EVERY_PHRASE
        _made.append(self)

    def add(self, key: str, phrases: Iterable[str]) -> None:
        """As ``PhraseMatcher.add(key, [make_doc(phrase) for phrase in phrases])``, later."""
        for phrase in phrases:
            spaceless = phrase_key(phrase)
            waiting = self._waiting.get(spaceless)
            if waiting is None:
                waiting = self._waiting[spaceless] = []
                head = spaceless[:_HEAD]
                self._by_head.setdefault(head, []).append(spaceless)
                self._head_lengths.add(len(head))
            waiting.append((key, phrase))

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        """The matches in ``doc``, as the full matcher's ``matcher(doc)``."""
        with self._lock:
            if self._waiting:
                self._docs_left -= 1
                if self._docs_left > 0:
                    self._add_keys(self._keys_in(phrase_key(doc.text)))
                else:
                    self._add_keys(list(self._waiting))
            matches: list[tuple[int, int, int]] = self._matcher(doc)
            return matches

    def add_every_phrase(self) -> None:
        """Add every phrase still waiting (a process about to fork its readers)."""
        with self._lock:
            self._add_keys(list(self._waiting))

    def _keys_in(self, text_key: str) -> list[str]:
        """The waiting keys found in ``text_key``."""
        heads: set[str] = set()
        for length in self._head_lengths:
            heads.update(text_key[start : start + length] for start in range(len(text_key)))
        by_head = self._by_head
        return [key for head in heads & by_head.keys() for key in by_head[head] if key in text_key]

    def _add_keys(self, keys: Iterable[str]) -> None:
        make_doc = self._nlp.make_doc
        for spaceless in keys:
            for key, phrase in self._waiting.pop(spaceless):
                self._matcher.add(key, [make_doc(phrase)])
            head = spaceless[:_HEAD]
            self._by_head[head].remove(spaceless)
            if not self._by_head[head]:
                del self._by_head[head]


def add_every_phrase() -> None:
    """Add every phrase of every matcher made so far (a process about to fork its readers)."""
    for made in _made:
        made.add_every_phrase()
