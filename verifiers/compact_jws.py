"""Whether text has the shape of a compact JWS, told without loading the cryptography that
checks one: reading a résumé asks this of every upload (``service.pipeline``)."""

from __future__ import annotations

import re

#: Compact JWS; an empty signature is let through the pattern so ``alg: none`` is named.
COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")


def looks_like_jws(text: str) -> bool:
    return bool(COMPACT_JWS.match(text.strip()))
