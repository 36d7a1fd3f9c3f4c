"""Coursera certificate links: recognised, and declined with the reason."""

from __future__ import annotations

import re
from typing import ClassVar

from verifiers.platforms.common import LinkOnlyVerifier

__all__ = ["CourseraVerifier"]


class CourseraVerifier(LinkOnlyVerifier):
    """Course, specialization and professional-certificate verify links, and share links."""

    name: ClassVar[str] = "coursera"
    platform: ClassVar[str] = "Coursera"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(
            r"https?://(?:www\.)?coursera\.org(?:/[a-z]{2})?/(?:verify(?:/specialization"
            r"|/professional-cert)?|account/accomplishments/(?:verify|certificate|records"
            r"|specialization(?:/certificate)?|professional-cert))/[A-Za-z0-9]{6,40}"
            r"/?(?:[?#].*)?$",
            re.IGNORECASE,
        ),
        re.compile(r"https?://(?:www\.)?coursera\.org/share/[0-9a-f]{16,64}/?(?:[?#].*)?$", re.I),
    )
    reason: ClassVar[str] = (
        "Coursera publishes no machine-readable record of certificates: its verify page is "
        "drawn in the browser, so neither the learner's name nor the course can be read by "
        "machine. Open the link to look, or ask the candidate for the certificate PDF"
    )
