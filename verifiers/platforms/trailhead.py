"""Salesforce Trailhead certification links: recognised, and declined with the reason."""

from __future__ import annotations

import re
from typing import ClassVar

from verifiers.platforms.common import LinkOnlyVerifier

__all__ = ["TrailheadVerifier"]


class TrailheadVerifier(LinkOnlyVerifier):
    """Trailhead's verification search, Trailblazer profiles and certification print pages."""

    name: ClassVar[str] = "trailhead"
    platform: ClassVar[str] = "Salesforce Trailhead"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(
            r"https?://trailhead\.salesforce\.com(?:/[a-z]{2}(?:-[a-z]{2})?)?/"
            r"(?:credentials/|users/|profile/|me/|today).*$",
            re.I,
        ),
        re.compile(r"https?://(?:www\.)?trailblazer\.me/id/[^/?#]+/?(?:[?#].*)?$", re.I),
        re.compile(r"https?://(?:www\.)?salesforce\.com/trailblazer/[^/?#]+/?(?:[?#].*)?$", re.I),
    )
    reason: ClassVar[str] = (
        "Salesforce verifies certifications only through an interactive search on "
        "trailhead.salesforce.com/credentials/verification (by name or email), with no "
        "machine-readable record; search there for the candidate"
    )
