"""The one English tokenizer every matcher of the extractors shares, built once per process.

The matchers need spaCy's vocabulary and its English tokenizer only, not a pipeline: building
the tokenizer alone skips ``spacy.blank``'s configuration machinery, and sharing it means its
1,300 special cases are loaded once, not once per matcher. A command reading one résumé pays
for this at start-up, so it is worth the tenth of a second each copy cost.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import threading
import types
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractors.special_cases import SpecialCasesOnDemand

#: What the extractors use of spaCy, imported by ``import_spacy_parts``: the vocabulary, the
#: tokenizer, the matchers, ``filter_spans`` (``spacy.util``) and the English language data.
#: In this order: ``spacy.tokens`` before ``spacy.vocab``, as spaCy's ``__init__`` has them
#: (the other way round, ``spacy.tokens.doc`` meets a half-imported module of its own).
_PARTS = (
    "spacy.errors",
    "spacy.util",
    "spacy.tokens",
    "spacy.vocab",
    "spacy.tokenizer",
    "spacy.matcher",
    "spacy.lang.punctuation",
    "spacy.lang.tokenizer_exceptions",
    "spacy.lang.en.lex_attrs",
    "spacy.lang.en.punctuation",
    "spacy.lang.en.stop_words",
    "spacy.lang.en.syntax_iterators",
    "spacy.lang.en.tokenizer_exceptions",
)

#: One thread at a time puts the stand-ins in ``sys.modules``: another that met them there would
#: take spaCy for imported and read half-imported modules (two first role reads at once).
_IMPORTING = threading.Lock()

#: Packages whose ``__init__`` the parts do not need: spaCy's own (it imports the pipeline
#: machinery: ``spacy.language``, every pipeline component, its config schemas, the command
#: line), its pipelines' (every component, with thinc's layers) and English's (the
#: ``English`` language class, whose lemmatizer imports the pipelines).
_PASSED_OVER = ("spacy", "spacy.pipeline", "spacy.lang.en")


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


def import_spacy_parts() -> None:
    """Import the parts of spaCy the extractors use (``_PARTS``) without the ``__init__`` of
    the packages in ``_PASSED_OVER``: ≈ 85 modules fewer, a sixth of spaCy's import.

    While the parts are imported, each such package is a stand-in module whose ``__path__``
    is the real package's folder, so its modules are found and imported as usual while its
    ``__init__`` is not run; the stand-ins are then taken out of ``sys.modules``. A later
    ``import spacy`` (or of the others) runs the real ``__init__``, which finds the parts
    already imported and uses them: the same module objects, so a vocabulary built here is
    the one the rest of spaCy knows. Until then, anything asked of a stand-in (a module that
    kept it) is answered by importing the real package. Should a later spaCy not import this
    way, it is imported the ordinary way (``import_spacy``).
    """
    with _IMPORTING:
        _import_spacy_parts()


def _import_spacy_parts() -> None:
    if "spacy" in sys.modules:
        return
    found = importlib.util.find_spec("spacy")
    if found is None or not found.submodule_search_locations:
        import_spacy()
        return
    root = next(iter(found.submodule_search_locations))
    stand_ins = {
        name: _stand_in(name, os.path.join(root, *name.split(".")[1:])) for name in _PASSED_OVER
    }
    sys.modules.update(stand_ins)
    try:
        for name in _PARTS:
            importlib.import_module(name)
        # What spaCy's __init__ does first, before anything else is imported.
        sys.modules["spacy.errors"].setup_default_warnings()
    except ImportError:
        _take_out(stand_ins)
        import_spacy()
    finally:
        _take_out(stand_ins)


def _stand_in(name: str, folder: str) -> types.ModuleType:
    """A package named ``name`` whose modules are found in ``folder``, its ``__init__`` not
    run; an attribute asked of it is the real package's, imported then."""
    module = types.ModuleType(name)
    module.__path__ = [folder]

    def real_attribute(attribute: str) -> Any:
        # While the stand-in is in place, an attribute it lacks is a module not imported
        # yet (``from . import about``): the import system then imports it.
        if attribute.startswith("__") or sys.modules.get(name) is module:
            raise AttributeError(attribute)
        return getattr(importlib.import_module(name), attribute)

    module.__getattr__ = real_attribute  # type: ignore[method-assign]
    return module


class _EnglishDefaults:
    """The language data of ``spacy.lang.en.English.Defaults`` (``spacy.language
    .BaseDefaults`` and what English sets), taken from the modules that hold it, since
    ``import_spacy_parts`` imports neither class (``tests/extractors/test_tokens.py`` checks
    each value is English's own)."""

    def __init__(self) -> None:
        from spacy.lang.en.lex_attrs import LEX_ATTRS
        from spacy.lang.en.punctuation import TOKENIZER_INFIXES
        from spacy.lang.en.stop_words import STOP_WORDS
        from spacy.lang.en.syntax_iterators import SYNTAX_ITERATORS
        from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
        from spacy.lang.punctuation import TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
        from spacy.lang.tokenizer_exceptions import URL_MATCH

        self.tokenizer_exceptions = TOKENIZER_EXCEPTIONS
        self.prefixes = TOKENIZER_PREFIXES
        self.suffixes = TOKENIZER_SUFFIXES
        self.infixes = TOKENIZER_INFIXES
        self.token_match = None
        self.url_match = URL_MATCH
        self.syntax_iterators = SYNTAX_ITERATORS
        self.lex_attr_getters = LEX_ATTRS
        self.stop_words = STOP_WORDS
        self.writing_system = {"direction": "ltr", "has_case": True, "has_letters": True}


@cache
def english() -> English:
    """The shared English vocabulary and tokenizer, the same as ``spacy.blank("en")``'s."""
    # spaCy takes most of a second to import; only the first analysis should pay it.
    import_spacy_parts()
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import create_vocab

    defaults = _EnglishDefaults()
    vocab = create_vocab("en", defaults)
    tokenizer = Tokenizer(
        vocab,
        rules={},  # added by SpecialCasesOnDemand, those a text may need before it is read
        prefix_search=compile_prefix_regex(defaults.prefixes or ()).search,
        suffix_search=compile_suffix_regex(defaults.suffixes or ()).search,
        infix_finditer=compile_infix_regex(defaults.infixes or ()).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
    return English(
        vocab=vocab, make_doc=SpecialCasesOnDemand(tokenizer, defaults.tokenizer_exceptions)
    )
