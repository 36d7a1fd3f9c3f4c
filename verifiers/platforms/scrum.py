"""Scrum.org and Scrum Alliance certificate links: recognised, and declined with the reason."""

from __future__ import annotations

import re
from typing import ClassVar

from verifiers.platforms.common import LinkOnlyVerifier

__all__ = ["ScrumAllianceVerifier", "ScrumOrgVerifier"]


class ScrumOrgVerifier(LinkOnlyVerifier):
    """Scrum.org certificate and member pages (PSM, PSPO, PSD…)."""

    name: ClassVar[str] = "scrum_org"
    platform: ClassVar[str] = "Scrum.org"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(
            r"https?://(?:www\.)?scrum\.org/(?:certificates/[A-Za-z0-9_-]+|user/\d+"
            r"|certificates/?\?.*)/?(?:[?#].*)?$",
            re.I,
        ),
    )
    reason: ClassVar[str] = (
        "Scrum.org shows certificates on HTML pages and in a search by name, with no "
        "machine-readable record; open the link, or search the certified list by the "
        "candidate's name"
    )


class ScrumAllianceVerifier(LinkOnlyVerifier):
    """Scrum Alliance certificates (bcert.me short links) and member profiles (CSM, CSPO…)."""

    name: ClassVar[str] = "scrum_alliance"
    platform: ClassVar[str] = "Scrum Alliance"
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(r"https?://(?:www\.)?bcert\.me/[A-Za-z0-9_./-]+(?:[?#].*)?$", re.I),
        re.compile(
            r"https?://(?:www\.)?scrumalliance\.org/community/(?:profile|member-directory)/"
            r".+$",
            re.I,
        ),
    )
    reason: ClassVar[str] = (
        "Scrum Alliance certificates (bcert.me) are HTML pages with no machine-readable "
        "record; open the link, or look the candidate up in Scrum Alliance's member directory"
    )
