"""The one English tokenizer every matcher of the extractors shares, built once per process.

The matchers need spaCy's vocabulary and its English tokenizer only, not a pipeline: building
the tokenizer alone skips ``spacy.blank``'s configuration machinery, and sharing it means its
1,300 special cases are loaded once, not once per matcher. A command reading one résumé pays
for this at start-up, so it is worth the tenth of a second each copy cost.
"""

from __future__ import annotations

import importlib
import sys
import types
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class English:
    """What the matchers use of a blank English pipeline: its vocabulary and ``make_doc``."""

    vocab: Any
    make_doc: Any


def import_spacy() -> None:
    """Import spaCy without its command line, which nothing here runs.

    spaCy's ``__init__`` imports ``spacy.cli`` only for ``spacy.info`` (``from .cli.info
    import info``), and ``spacy.cli`` imports every subcommand, with typer, weasel, requests
    and their dependencies: a third of spaCy's import. While ``spacy`` is imported, a
    stand-in ``spacy.cli.info`` gives it an ``info`` that imports the real one when called;
    the stand-ins are then taken out of ``sys.modules``, so ``import spacy.cli`` (and
    ``python -m spacy``) afterwards imports the real command line as before. Should a later
    spaCy want more of ``spacy.cli`` while it is imported, spaCy is imported the ordinary
    way (``tests/extractors/test_tokens.py`` says when the stand-in no longer saves the
    import).
    """
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package none of whose modules can be found
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        importlib.import_module("spacy")
    except ImportError:
        _take_out(stand_ins)
        importlib.import_module("spacy")  # keeps the modules it had imported
    finally:
        _take_out(stand_ins)


def _take_out(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@cache
def english() -> English:
    """The shared English vocabulary and tokenizer, the same as ``spacy.blank("en")``'s."""
    # spaCy takes most of a second to import; only the first analysis should pay it.
    import_spacy()
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
