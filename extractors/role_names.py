"""Names of credentials and skills in a role's text: phrase matchers over one catalog.

A blank spaCy pipeline tokenises each clause; phrase matchers find catalogued credentials
(titles and aliases in any case, acronyms and exam codes as written) and skills (names of
several words in any case, one-word names as the list writes them). Of overlapping names the
longest wins; a credential and a skill written alike are told apart by the words beside them;
an issuer's name is part of the credential it issued. ``extractors.requirements`` groups the
names found into requirements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from extractors.catalog import Catalog, normalise_name
from extractors.claim_text import match_text
from extractors.role_acronyms import is_everyday_word, without_shouted_words
from extractors.role_context import names_a_team, the_employers
from extractors.role_groups import Mention, inside_word, merged
from extractors.role_joins import CERTIFIED_BEFORE, CREDENTIAL_CUE
from extractors.role_model import Wanted
from extractors.text import normalise
from extractors.tokens import english


class NameFinder:
    """Phrase matchers over one catalog, and the names they find in a clause; build once per
    catalog (``extractors.requirements`` keeps one per process)."""

    def __init__(self, catalog: Catalog) -> None:
        self._nlp = english()  # imports spaCy (tokens.import_spacy)
        from spacy.matcher import PhraseMatcher

        self._catalog = catalog
        vocab = self._nlp.vocab
        self._credential_any_case = PhraseMatcher(vocab, attr="LOWER")
        self._credential_as_written = PhraseMatcher(vocab, attr="ORTH")
        self._short_any_case = PhraseMatcher(vocab, attr="LOWER")
        self._skill_any_case = PhraseMatcher(vocab, attr="LOWER")
        self._skill_as_written = PhraseMatcher(vocab, attr="ORTH")
        self._one_word_any_case = PhraseMatcher(vocab, attr="LOWER")
        for entry in catalog.entries:
            # Each name also as role text is made plain ("(ISC)²" reads "(ISC)2" after NFKC).
            long_names = {match_text(form) for form in _forms((entry.title, *entry.aliases))}
            short_names = {
                match_text(form) for form in _forms((*entry.acronyms, *entry.exam_codes))
            }
            key = f"c:{entry.id}"
            self._credential_any_case.add(key, [self._doc(name) for name in long_names])
            self._credential_as_written.add(key, [self._doc(name) for name in short_names])
            # A structured item's "Sie" or "pals" is a word: such acronyms only as written.
            self._short_any_case.add(
                key, [self._doc(name) for name in short_names if not is_everyday_word(name)]
            )
        for skill in catalog.skills:
            key = f"s:{skill.name}"
            for name in (skill.name, *skill.aliases):
                doc = self._doc(match_text(name))
                if len(doc) > 1:
                    self._skill_any_case.add(key, [doc])
                    continue
                self._one_word_any_case.add(key, [doc])
                # A product written in lower case ("dbt") is still its name; a lower-case
                # alias ("cloud") is an ordinary word.
                if re.search(r"[A-Z0-9+#]", name) or name == skill.name:
                    self._skill_as_written.add(key, [doc])

    def _doc(self, text: str) -> Any:
        return self._nlp.make_doc(text.strip())

    def mentions(self, text: str, *, structured: bool) -> list[Mention]:
        """The names in ``text``, in order; a structured item's also in any case."""
        doc = self._nlp.make_doc(match_text(text))
        spans: list[tuple[int, int, str, bool]] = []  # start, end, key, credential
        credential_matchers = [self._credential_any_case, self._credential_as_written]
        skill_matchers = [self._skill_any_case, self._skill_as_written]
        if structured:
            credential_matchers.append(self._short_any_case)
            skill_matchers.append(self._one_word_any_case)
        strings = self._nlp.vocab.strings
        for matcher in credential_matchers:
            spans += [(s, e, strings[m], True) for m, s, e in matcher(doc)]
        for matcher in skill_matchers:
            spans += [(s, e, strings[m], False) for m, s, e in matcher(doc)]
        mentions: list[Mention] = []
        taken = bytearray(len(doc))  # tokens already in a longer or preferred match
        for start, end, key, credential in sorted(
            set(spans), key=lambda s: (s[0] - s[1], not self._prefers(doc, text, s), s[0])
        ):
            if any(taken[start:end]):
                continue
            begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            if not credential and inside_word(text, begin, finish):
                continue
            if names_a_team(text, begin, finish) or (credential and the_employers(text, begin)):
                continue
            taken[start:end] = b"\x01" * (end - start)
            kind, name = key.split(":", 1)
            wanted = (
                Wanted(catalog_id=name, written=text[begin:finish])
                if kind == "c"
                else Wanted(skill=name, written=text[begin:finish])
            )
            mentions.append(Mention(begin, finish, wanted))
        mentions.sort(key=lambda mention: mention.start)
        named = merged(text, self._with_issuers(text, mentions))
        return self._without_issuers(without_shouted_words(text, named))

    def _with_issuers(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A credential's issuer written before its acronym ("GIAC GCIH", "ISACA CISM") is
        part of its name, so a list runs on over it."""
        named: list[Mention] = []
        for mention in mentions:
            entry = self._catalog.by_id(mention.wanted.catalog_id or "")
            before = text[max(0, mention.start - 40) : mention.start].casefold()
            for issuer in (entry.issuer, *entry.issuer_aliases) if entry else ():
                if issuer and before.endswith(issuer.casefold() + " "):
                    mention = Mention(mention.start - len(issuer) - 1, mention.end, mention.wanted)
                    break
            named.append(mention)
        return named

    def _prefers(self, doc: Any, text: str, span: tuple[int, int, str, bool]) -> bool:
        """Of a credential and a skill written alike, which this span is: the credential
        when a credential word or its acronym is beside it, else the skill."""
        start, end, _key, credential = span
        begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        cued = bool(
            CREDENTIAL_CUE.match(text[finish:])
            or CERTIFIED_BEFORE.search(text[max(0, begin - 40) : begin])
            or re.match(r"\s*\([A-Z][\w+/-]{1,12}\)", text[finish:])
        )
        return credential == cued

    def _without_issuers(self, mentions: list[Mention]) -> list[Mention]:
        """A skill that names the issuer of the credential right after it is the issuer
        ("Google Cloud Professional Cloud Architect")."""
        kept: list[Mention] = []
        for number, mention in enumerate(mentions):
            after = mentions[number + 1] if number + 1 < len(mentions) else None
            if mention.wanted.skill is not None and after is not None and after.wanted.catalog_id:
                entry = self._catalog.by_id(after.wanted.catalog_id)
                skill = self._catalog.skill(mention.wanted.skill)
                if entry is not None and skill is not None and after.start - mention.end <= 1:
                    names = {normalise_name(n) for n in (skill.name, *skill.aliases)}
                    issuers = {normalise_name(n) for n in (entry.issuer, *entry.issuer_aliases)}
                    if names & issuers:
                        continue
            kept.append(mention)
        return kept


def _forms(names: Sequence[str]) -> set[str]:
    return {form for name in names for form in (name, normalise(name))}
