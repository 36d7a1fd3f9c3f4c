"""Bundled JSON-LD contexts: a pyld document loader that never touches the network.

A context fetched at run time could change under a signature, or be an SSRF door, so every
context credlens understands ships with it (``verifiers/contexts/``, pinned copies listed in
``CONTEXT_MAP.json`` with their provenance) and any other URL is refused.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

CONTEXTS_DIR = Path(__file__).parent / "contexts"


class UnknownContextError(LookupError):
    """A JSON-LD document that is not bundled; credlens never fetches one."""

    def __init__(self, url: str) -> None:
        super().__init__(f"JSON-LD context not bundled with credlens: {url}")
        self.url = url


def _load_map() -> MappingProxyType[str, str]:
    with (CONTEXTS_DIR / "CONTEXT_MAP.json").open(encoding="utf-8") as handle:
        mapping: dict[str, str] = json.load(handle)
    return MappingProxyType(mapping)


#: Context URL → file name in ``CONTEXTS_DIR``.
CONTEXT_FILES = _load_map()


def _canonical(url: str) -> str:
    # JSON-LD processors may pass a URL with an empty fragment or a plain-http alias of
    # the https address the issuer meant; both name the same pinned document.
    url = url.split("#", 1)[0]
    if url.startswith("http://"):
        url = "https://" + url.removeprefix("http://")
    return url


def is_bundled(url: str) -> bool:
    """Whether ``url`` names a context credlens carries."""
    return _canonical(url) in CONTEXT_FILES


@cache
def _parsed(file_name: str) -> dict[str, Any]:
    with (CONTEXTS_DIR / file_name).open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


def load_context(url: str) -> dict[str, Any]:
    """The bundled document for ``url`` (a fresh copy); ``UnknownContextError`` otherwise."""
    file_name = CONTEXT_FILES.get(_canonical(url))
    if file_name is None:
        raise UnknownContextError(url)
    return copy.deepcopy(_parsed(file_name))


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader (``jsonld.expand(doc, {"documentLoader": document_loader})``).

    Returns pyld's RemoteDocument shape; raises ``UnknownContextError`` for any URL that is
    not bundled, which pyld reports as a failed context load.
    """
    del options  # pyld passes request hints that a local lookup has no use for
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": load_context(url),
        # Bundled contexts never change, so pyld may keep them resolved across documents.
        "tag": "static",
    }
