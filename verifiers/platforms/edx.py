"""edX certificate links: recognised, and declined with the reason."""

from __future__ import annotations

import re
from typing import ClassVar

from verifiers.platforms.common import LinkOnlyVerifier

__all__ = ["EdxVerifier"]


class EdxVerifier(LinkOnlyVerifier):
    """Program certificates on credentials.edx.org and course certificates on courses.edx.org."""

    name: ClassVar[str] = "edx"
    platform: ClassVar[str] = "edX"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(r"https?://credentials\.edx\.org/credentials/[0-9a-f]{32}/?(?:[?#].*)?$", re.I),
        re.compile(
            r"https?://courses\.edx\.org/certificates/(?:user/[^/?#]+/course/[^/?#]+"
            r"|[0-9a-f]{32})/?(?:[?#].*)?$",
            re.I,
        ),
    )
    reason: ClassVar[str] = (
        "edX certificate pages are HTML only, with no machine-readable record behind them. "
        "Open edX issues verifiable credentials (Open Badges 3.0): ask the candidate to upload "
        "that credential instead"
    )
