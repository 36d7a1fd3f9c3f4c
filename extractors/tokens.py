"""The one English tokenizer every matcher of the extractors shares, built once per process.

The matchers need spaCy's vocabulary and its English tokenizer only, not a pipeline: building
the tokenizer alone skips ``spacy.blank``'s configuration machinery, and sharing it means its
1,300 special cases are loaded once, not once per matcher. A command reading one résumé pays
for this at start-up, so it is worth the tenth of a second each copy cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class English:
    """What the matchers use of a blank English pipeline: its vocabulary and ``make_doc``."""

    vocab: Any
    make_doc: Any


@cache
def english() -> English:
    """The shared English vocabulary and tokenizer, the same as ``spacy.blank("en")``'s."""
    # spaCy takes most of a second to import; only the first analysis should pay it.
    from spacy.lang.en import English as Defaults
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import create_vocab

    defaults = Defaults.Defaults
    vocab = create_vocab("en", defaults)
    tokenizer = Tokenizer(
        vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes or ()).search,
        suffix_search=compile_suffix_regex(defaults.suffixes or ()).search,
        infix_finditer=compile_infix_regex(defaults.infixes or ()).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
    return English(vocab=vocab, make_doc=tokenizer)
