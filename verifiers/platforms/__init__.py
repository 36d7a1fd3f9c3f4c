"""Badge platforms: one verifier per platform, asked before the generic Open Badges check.

``platform_verifiers`` builds them with each platform's API base URL (the service passes the
``CREDLENS_<PLATFORM>_BASE_URL`` settings; without them, the platforms' public addresses).
The look-alike host check comes first, so a forged "credIy.com" page is never fetched.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from verifiers.base import Verifier
from verifiers.platforms.accredible import (
    DEFAULT_ACCREDIBLE_BASE_URL,
    DEFAULT_ACCREDIBLE_CUSTOM_DOMAINS,
    AccredibleVerifier,
)
from verifiers.platforms.badgr import (
    DEFAULT_BADGR_BASE_URL,
    DEFAULT_BADGR_EU_BASE_URL,
    BadgrVerifier,
)
from verifiers.platforms.certmetrics import DEFAULT_CERTMETRICS_BASE_URL, CertMetricsVerifier
from verifiers.platforms.coursera import DEFAULT_COURSERA_BASE_URL, CourseraVerifier
from verifiers.platforms.credly import (
    DEFAULT_CREDLY_BASE_URL,
    DEFAULT_CREDLY_WEB_BASE_URL,
    CredlyVerifier,
)
from verifiers.platforms.credly_profiles import CredlyProfiles
from verifiers.platforms.edx import (
    DEFAULT_EDX_BASE_URL,
    DEFAULT_EDX_CREDENTIALS_BASE_URL,
    EdxVerifier,
)
from verifiers.platforms.freecodecamp import DEFAULT_FREECODECAMP_BASE_URL, FreeCodeCampVerifier
from verifiers.platforms.hubspot import HubSpotAcademyVerifier
from verifiers.platforms.linkedin import LinkedInVerifier
from verifiers.platforms.lookalike import LookalikeHostVerifier, lookalike_signal
from verifiers.platforms.mslearn import DEFAULT_MSLEARN_BASE_URL, MicrosoftLearnVerifier
from verifiers.platforms.mslearn_transcripts import MicrosoftLearnTranscripts
from verifiers.platforms.scrum import ScrumAllianceVerifier, ScrumOrgVerifier
from verifiers.platforms.self_hosted import IssuerDomainCheck, catalog_issuer_domains
from verifiers.platforms.trailhead import (
    DEFAULT_TRAILHEAD_BASE_URL,
    TrailheadProfiles,
    TrailheadVerifier,
)
from verifiers.wallets import WalletSource

__all__ = [
    "WALLET_SOURCES",
    "AccredibleVerifier",
    "BadgrVerifier",
    "CertMetricsVerifier",
    "CourseraVerifier",
    "CredlyProfiles",
    "CredlyVerifier",
    "EdxVerifier",
    "FreeCodeCampVerifier",
    "HubSpotAcademyVerifier",
    "IssuerDomainCheck",
    "LinkedInVerifier",
    "LookalikeHostVerifier",
    "MicrosoftLearnTranscripts",
    "MicrosoftLearnVerifier",
    "ScrumAllianceVerifier",
    "ScrumOrgVerifier",
    "TrailheadProfiles",
    "TrailheadVerifier",
    "catalog_issuer_domains",
    "lookalike_signal",
    "platform_verifiers",
    "wallet_sources",
]


def platform_verifiers(
    *,
    credly_base_url: str = DEFAULT_CREDLY_BASE_URL,
    credly_web_base_url: str = DEFAULT_CREDLY_WEB_BASE_URL,
    accredible_base_url: str = DEFAULT_ACCREDIBLE_BASE_URL,
    accredible_custom_domains: tuple[str, ...] = DEFAULT_ACCREDIBLE_CUSTOM_DOMAINS,
    badgr_base_url: str = DEFAULT_BADGR_BASE_URL,
    badgr_eu_base_url: str = DEFAULT_BADGR_EU_BASE_URL,
    mslearn_base_url: str = DEFAULT_MSLEARN_BASE_URL,
    coursera_base_url: str = DEFAULT_COURSERA_BASE_URL,
    edx_base_url: str = DEFAULT_EDX_BASE_URL,
    edx_credentials_base_url: str = DEFAULT_EDX_CREDENTIALS_BASE_URL,
    certmetrics_base_url: str = DEFAULT_CERTMETRICS_BASE_URL,
    freecodecamp_base_url: str = DEFAULT_FREECODECAMP_BASE_URL,
    now: Callable[[], datetime] | None = None,
) -> tuple[Verifier, ...]:
    """Every platform verifier, in the order they are asked."""
    return (
        LookalikeHostVerifier(),
        CredlyVerifier(credly_base_url, web_base_url=credly_web_base_url, now=now),
        AccredibleVerifier(accredible_base_url, custom_domains=accredible_custom_domains, now=now),
        BadgrVerifier(badgr_base_url, eu_base_url=badgr_eu_base_url, now=now),
        MicrosoftLearnVerifier(mslearn_base_url, now=now),
        CourseraVerifier(coursera_base_url),
        EdxVerifier(edx_base_url, credentials_base_url=edx_credentials_base_url),
        LinkedInVerifier(),
        ScrumOrgVerifier(),
        ScrumAllianceVerifier(),
        TrailheadVerifier(),
        HubSpotAcademyVerifier(),
        CertMetricsVerifier(certmetrics_base_url, now=now),
        FreeCodeCampVerifier(freecodecamp_base_url),
    )


def wallet_sources(
    *,
    credly_web_base_url: str = DEFAULT_CREDLY_WEB_BASE_URL,
    mslearn_base_url: str = DEFAULT_MSLEARN_BASE_URL,
    trailhead_base_url: str = DEFAULT_TRAILHEAD_BASE_URL,
) -> tuple[WalletSource, ...]:
    """Every source that opens a candidate's profile link into a wallet."""
    return (
        CredlyProfiles(credly_web_base_url),
        MicrosoftLearnTranscripts(mslearn_base_url),
        TrailheadProfiles(trailhead_base_url),
    )


#: The wallet sources against the platforms' production sites.
WALLET_SOURCES: tuple[WalletSource, ...] = wallet_sources()
