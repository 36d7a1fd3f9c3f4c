"""Matchers whose phrases are added when a text could hold them match as if they held them all,
in the same order (``extractors.phrases_on_demand``)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from extractors import add_every_phrase, load_catalog, load_skills
from extractors.claim_text import match_text
from extractors.phrases_on_demand import PhrasesOnDemand, phrase_key
from extractors.tokens import english

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "files"

# The catalog's three matchers and the skills list's two, as ClaimFinder and SkillFinder add
# them: (attribute, [(match key, phrases)]).
Phrases = list[tuple[str, list[str]]]


def _catalog_phrases() -> dict[str, tuple[str, Phrases]]:
    titles: Phrases = []
    acronyms: Phrases = []
    capitals: Phrases = []
    for entry in load_catalog().entries:
        long_names = {match_text(name) for name in (entry.title, *entry.aliases)}
        short_names = {match_text(name) for name in (*entry.acronyms, *entry.exam_codes)}
        titles.append((entry.id, [name for name in long_names if name.strip()]))
        acronyms.append((entry.id, [name for name in short_names if name.strip()]))
        capitals.append((entry.id, [n.upper() for n in short_names if n != n.upper()]))
    any_case: Phrases = []
    as_written: Phrases = []
    for number, skill in enumerate(load_skills()):
        written = [skill.name, *skill.aliases]
        any_case.append((str(number), written))
        as_written.append((str(number), [name for name in written if len(name) > 1]))
    return {
        "titles": ("LOWER", titles),
        "acronyms": ("ORTH", acronyms),
        "capitals": ("ORTH", capitals),
        "skills": ("LOWER", any_case),
        "skills as written": ("ORTH", as_written),
    }


def _full(attr: str, phrases: Phrases) -> Any:
    from spacy.matcher import PhraseMatcher

    nlp = english()
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for key, names in phrases:
        matcher.add(key, [nlp.make_doc(name) for name in names])
    return matcher


def _on_demand(attr: str, phrases: Phrases) -> PhrasesOnDemand:
    matcher = PhrasesOnDemand(english(), attr=attr)
    for key, names in phrases:
        matcher.add(key, names)
    return matcher


def _texts(phrases: Phrases) -> list[str]:
    """Every line of the text corpus; every phrase in a sentence, in capitals, in lower case,
    without its spaces and joined to the next one, as the claim finder derives texts."""
    texts = [
        match_text(line)
        for path in sorted(CORPUS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    names = [name for _, written in phrases for name in written]
    for name, following in pairwise(names):
        texts += [
            f"Certified: {name} (2021), {following}",
            name.upper(),
            name.lower(),
            name.replace(" ", ""),
            f"{name} {following}",
        ]
    return texts


def test_matchers_on_demand_match_as_the_full_ones_in_the_same_order() -> None:
    nlp = english()
    for name, (attr, phrases) in _catalog_phrases().items():
        full = _full(attr, phrases)
        forwards = _on_demand(attr, phrases)
        backwards = _on_demand(attr, phrases)
        texts = _texts(phrases)
        docs = [nlp.make_doc(text) for text in texts]
        expected = [full(doc) for doc in docs]
        assert [forwards(doc) for doc in docs] == expected, name
        assert [backwards(doc) for doc in reversed(docs)] == expected[::-1], name
        assert sum(map(len, expected)) > 200, name  # the texts hold many names


def test_the_order_of_several_keys_on_one_phrase_is_the_full_matchers() -> None:
    # Several keys on one phrase (a title two bodies award, written in two cases): the full
    # matcher gives them in the order of its hash map, laid out by the order they were added
    # (here enough of them to make it grow), which the matcher on demand must keep.
    nlp = english()
    phrases: Phrases = []
    for number in range(40):
        written = ["Certified Widget Inspector", "CERTIFIED WIDGET INSPECTOR", "widget inspector"]
        phrases.append((f"body {number * 7919 % 40}", [written[number % 3]]))
        phrases.append((f"other {number}", [f"Widget Grade {number}", "Certified Widget"]))
    full = _full("LOWER", phrases)
    on_demand = _on_demand("LOWER", phrases)
    for text in ("Grade 3", "Certified Widget Inspector, Widget Grade 7", "a widget inspector"):
        doc = nlp.make_doc(text)
        assert on_demand(doc) == full(doc), text
    expected = full(nlp.make_doc("Certified Widget Inspector"))
    assert len({(start, end) for _, start, end in expected}) < len(expected) - 20


def test_a_short_text_adds_few_phrases_and_add_every_phrase_adds_the_rest() -> None:
    attr, phrases = _catalog_phrases()["titles"]
    matcher = _on_demand(attr, phrases)
    nlp = english()
    doc = nlp.make_doc("AWS Certified Solutions Architect – Associate, Amazon Web Services")
    matcher(doc)
    waiting = sum(map(len, matcher._waiting.values()))
    assert waiting > 0.9 * sum(len(names) for _, names in phrases)
    add_every_phrase()
    assert not matcher._waiting
    assert matcher(doc) == _full(attr, phrases)(doc)


def test_case_and_sigmas_lead_to_the_phrase() -> None:
    # A capital sigma is a final one in lower case at a word's end, any sigma in the phrase.
    phrases: Phrases = [("greek", ["Αθηνας Σχολη"]), ("dotted", ["İstanbul Lisansı"])]
    nlp = english()
    full = _full("LOWER", phrases)
    on_demand = _on_demand("LOWER", phrases)
    for text in ("ΑΘΗΝΑΣ ΣΧΟΛΗ 2020", "αθηνασ σχολη", "İSTANBUL LİSANSI", "istanbul lisansı"):
        doc = nlp.make_doc(text)
        assert on_demand(doc) == full(doc), text
    assert phrase_key("ΑΘΗΝΑΣ") == phrase_key("αθηνας") == phrase_key("Αθηνασ")


def test_a_matcher_adds_every_phrase_after_many_docs(monkeypatch: Any) -> None:
    # A process reading many résumés stops looking for phrases line by line.
    from extractors import phrases_on_demand

    monkeypatch.setattr(phrases_on_demand, "_DOCS_BEFORE_EVERY_PHRASE", 3)
    attr, phrases = _catalog_phrases()["skills"]
    matcher = _on_demand(attr, phrases)
    nlp = english()
    docs = [nlp.make_doc(text) for text in ("Python", "Go and Rust", "SQL", "Kubernetes")]
    full = _full(attr, phrases)
    assert [matcher(doc) for doc in docs[:2]] == [full(doc) for doc in docs[:2]]
    assert matcher._waiting
    assert [matcher(doc) for doc in docs[2:]] == [full(doc) for doc in docs[2:]]
    assert not matcher._waiting
