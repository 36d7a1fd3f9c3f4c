"""Pearson CertMetrics credential links (CompTIA and others): recognised, and declined."""

from __future__ import annotations

import re
from typing import ClassVar

from verifiers.platforms.common import LinkOnlyVerifier

__all__ = ["CertMetricsVerifier"]


class CertMetricsVerifier(LinkOnlyVerifier):
    """Public verification pages on cp.certmetrics.com (CompTIA, Cisco, AWS legacy…)."""

    name: ClassVar[str] = "certmetrics"
    platform: ClassVar[str] = "CertMetrics"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(
            r"https?://cp\.certmetrics\.com/[a-z0-9_-]+/[a-z]{2}(?:-[a-z]{2})?/public/verify/"
            r"credential/[A-Za-z0-9]+/?(?:[?#].*)?$",
            re.I,
        ),
    )
    reason: ClassVar[str] = (
        "CertMetrics verification pages are HTML only, with no machine-readable record; "
        "CompTIA and Cisco also issue Credly badges, which credlens can check: ask for that link"
    )
