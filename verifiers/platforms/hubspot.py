"""HubSpot Academy certification links: recognised, and declined with the reason."""

from __future__ import annotations

import re
from typing import ClassVar

from verifiers.platforms.common import LinkOnlyVerifier

__all__ = ["HubSpotAcademyVerifier"]


class HubSpotAcademyVerifier(LinkOnlyVerifier):
    """HubSpot Academy achievement pages."""

    name: ClassVar[str] = "hubspot_academy"
    platform: ClassVar[str] = "HubSpot Academy"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(r"https?://app(?:-eu1)?\.hubspot\.com/academy/achievements/.+$", re.I),
        re.compile(r"https?://academy\.hubspot\.com/certificates?/.+$", re.I),
    )
    reason: ClassVar[str] = (
        "HubSpot Academy achievement pages are HTML only, with no machine-readable record; "
        "open the link to see the holder's name, the certification and its expiry"
    )
