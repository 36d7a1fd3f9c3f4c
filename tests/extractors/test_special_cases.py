"""The tokenizer adds English's special cases as texts need them, and tokenizes as if it held
them all (``extractors.special_cases``)."""

from __future__ import annotations

from typing import Any

from extractors import load_catalog
from extractors.special_cases import SpecialCasesOnDemand
from extractors.tokens import _EnglishDefaults, english


def _tokenizer(rules: dict[str, Any]) -> Any:
    """A tokenizer as ``english()`` builds it, with ``rules`` and a vocabulary of its own."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import create_vocab

    english()  # imports spaCy's parts
    defaults = _EnglishDefaults()
    return Tokenizer(
        create_vocab("en", defaults),
        rules=rules,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def _tokens(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.whitespace_, t.norm_, t.lower_, t.shape_, t.is_punct, t.like_num, t.is_space)
        for t in doc
    ]


def _texts() -> list[str]:
    """Every special case alone, inside words and punctuation, split by spaces (the phrase
    matcher's special cases are found across single spaces), and lines that mix them."""
    texts = [
        "Don't, can't, won't: U.S. e.g. i.e. Dr. Smith's 5th cert. (ISC)² CISSP® at 9a.m.",
        "d o n ' t : ) a . m . ( : C + + she 'll 1 a . m .",
        "Ana  Souza\n\nCertifications\tAWS\xa0Certified – 2023 :) :-) <3 ¯\\(ツ)/¯",
        "",
        " ",
    ]
    for special in _EnglishDefaults().tokenizer_exceptions:
        texts += [
            special,
            f"a {special} b",
            f"({special}).",
            f"x{special}y",
            " ".join(special),
            f"{special}{special}",
            f"“{special}”",
            special.upper(),
        ]
    return texts


def test_the_tokens_are_those_of_the_tokenizer_holding_every_special_case() -> None:
    rules = _EnglishDefaults().tokenizer_exceptions
    whole = _tokenizer(rules)
    texts = _texts()
    expected = [_tokens(whole(text)) for text in texts]
    # In two orders, each on a tokenizer of its own: what one text added never changes
    # another's tokens.
    forwards = SpecialCasesOnDemand(_tokenizer({}), rules)
    assert [_tokens(forwards(text)) for text in texts] == expected
    backwards = SpecialCasesOnDemand(_tokenizer({}), rules)
    assert [_tokens(backwards(text)) for text in reversed(texts)] == expected[::-1]


def test_the_catalogs_names_need_few_special_cases() -> None:
    rules = _EnglishDefaults().tokenizer_exceptions
    on_demand = SpecialCasesOnDemand(_tokenizer({}), rules)
    for entry in load_catalog().entries:
        for name in (entry.title, *entry.aliases, *entry.acronyms):
            on_demand(name)
    assert len(on_demand.tokenizer.rules) < 60 < len(rules)


def test_a_special_case_is_added_when_a_text_holds_it() -> None:
    on_demand = SpecialCasesOnDemand(_tokenizer({}), _EnglishDefaults().tokenizer_exceptions)
    on_demand("Certified Kubernetes Administrator")
    assert "don't" not in on_demand.tokenizer.rules
    assert [t.text for t in on_demand("I don't")] == ["I", "do", "n't"]
    assert "don't" in on_demand.tokenizer.rules
    assert [t.text for t in on_demand("a :) b")] == ["a", ":)", "b"]
