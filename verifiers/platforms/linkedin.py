"""LinkedIn certificate and profile links: recognised, and declined with the reason."""

from __future__ import annotations

import re
from typing import ClassVar

from verifiers.platforms.common import LinkOnlyVerifier

__all__ = ["LinkedInVerifier"]


class LinkedInVerifier(LinkOnlyVerifier):
    """LinkedIn Learning certificates, profiles and any other linkedin.com page."""

    name: ClassVar[str] = "linkedin"
    platform: ClassVar[str] = "LinkedIn"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(r"https?://(?:[a-z]{2,3}\.|www\.)?linkedin\.com(?:/.*)?$", re.I),
        re.compile(r"https?://lnkd\.in/[A-Za-z0-9_-]+/?(?:[?#].*)?$", re.I),
    )
    reason: ClassVar[str] = (
        "LinkedIn certificates and profiles sit behind a login and LinkedIn offers no public "
        "verification interface, so nothing can be checked by machine. A LinkedIn profile "
        "restates claims rather than proving them: ask for the issuer's own badge link"
    )
