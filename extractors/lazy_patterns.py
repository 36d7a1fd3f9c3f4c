"""Regular expressions compiled when first used, not when their module is imported.

A command reading one short text résumé pays for every pattern compiled at import, and some
large ones (a field line's labels in every language, a table's headers) read layouts such a
résumé may not have: compiling them was a tenth of ``credlens extract``'s start-up. A lazy
pattern is written where the pattern was (``NAME = lazy_pattern(r"…")``) and used as one
(``NAME.match(text)``); the first use compiles it and keeps the compiled pattern's methods on
the object, so later calls go straight to them, with no look-up of a cache in between.

A process that forks readers compiles them all first (``compile_lazy_patterns``), so its
children share them instead of each compiling its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

# What code calls on a pattern; each is bound to the compiled pattern on first use.
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)

_made: list[_LazyPattern] = []


class _LazyPattern:
    """Stands for ``re.compile(source, flags)`` until first used; then forwards to it."""

    def __init__(self, source: str | Callable[[], str], flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        if isinstance(source, str):
            self.pattern = source

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            source = self._source if isinstance(self._source, str) else self._source()
            compiled = re.compile(source, self._flags)
            # Instance attributes: found before ``__getattr__`` is ever asked again.
            for name in _FORWARDED:
                setattr(self, name, getattr(compiled, name))
            self.pattern = compiled.pattern
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Only for what the instance does not have yet: the first use of a method.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"lazy_pattern({self._source!r}, {self._flags!r}) ({state})"


def lazy_pattern(source: str | Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled on first use. ``source`` may be a function that
    builds the pattern's text (from data): it is called then too. Use the result only through
    its methods and attributes: it is no ``re.Pattern`` to ``isinstance`` or to ``re.sub``."""
    made = _LazyPattern(source, flags)
    _made.append(made)
    return cast("re.Pattern[str]", made)


def compile_lazy_patterns() -> None:
    """Compile every lazy pattern made so far (a process about to fork its readers)."""
    for made in _made:
        made.compiled()
