"""Fraud signal: links on hosts dressed up as a badge platform (credIy.com, credly.com.evil.net).

A forged badge page on a look-alike host would otherwise reach the generic Open Badges check,
which trusts whatever issuer the page names. This verifier runs first and ends such links as
``invalid``, naming the signal, without fetching anything from the look-alike host.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urlsplit

import httpx

from extractors.models import Candidate, Claim
from verifiers.models import CredentialFacts, Verdict, Verification
from verifiers.platforms.common import Run, claim_url

__all__ = ["PLATFORM_DOMAINS", "LookalikeHostVerifier", "lookalike_signal"]


@dataclass(frozen=True)
class _Domain:
    domain: str
    platform: str
    #: Whether the same name under another top-level domain is a look-alike (credly.co): not
    #: for names that are ordinary words or that the owner runs under many TLDs.
    tld_is_signal: bool = True


#: The registrable domains badge platforms publish credentials under.
PLATFORM_DOMAINS: tuple[_Domain, ...] = (
    _Domain("credly.com", "Credly"),
    _Domain("youracclaim.com", "Credly"),
    _Domain("accredible.com", "Accredible"),
    _Domain("credential.net", "Accredible", tld_is_signal=False),
    _Domain("badgr.com", "Badgr"),
    _Domain("badgr.io", "Badgr"),
    _Domain("parchment.com", "Parchment", tld_is_signal=False),
    _Domain("microsoft.com", "Microsoft Learn", tld_is_signal=False),
    _Domain("coursera.org", "Coursera"),
    _Domain("edx.org", "edX", tld_is_signal=False),
    _Domain("linkedin.com", "LinkedIn", tld_is_signal=False),
    _Domain("scrum.org", "Scrum.org", tld_is_signal=False),
    _Domain("scrumalliance.org", "Scrum Alliance"),
    _Domain("trailhead.salesforce.com", "Trailhead", tld_is_signal=False),
    _Domain("certmetrics.com", "CertMetrics"),
)
#: Second-level labels under which countries register domains (example.co.uk).
_COUNTRY_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})
#: Letters and pairs that read alike in a URL, folded to one spelling.
_LOOKALIKE_PAIRS = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("i", "l"), ("5", "s"))
#: Cyrillic and Greek letters drawn like Latin ones, as they arrive in internationalised hosts.
_CONFUSABLE_LETTERS = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ӏ": "l",
        "ο": "o",
        "ν": "v",
        "ι": "i",
        "κ": "k",
    }
)
#: Below this length one edit turns a name into too many ordinary words to be a signal.
_MIN_TYPO_LENGTH = 6


def _registrable(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _COUNTRY_SECOND_LEVELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _skeleton(label: str) -> str:
    label = label.translate(_CONFUSABLE_LETTERS)
    for written, read in _LOOKALIKE_PAIRS:
        label = label.replace(written, read)
    return label


def _one_edit_apart(left: str, right: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns one into the other."""
    if left == right or abs(len(left) - len(right)) > 1:
        return False
    if len(left) == len(right):
        differences = [i for i, (a, b) in enumerate(zip(left, right, strict=True)) if a != b]
        if len(differences) == 1:
            return True
        first, second = differences[0], differences[-1]
        return (
            len(differences) == 2
            and second == first + 1
            and left[first] == right[second]
            and left[second] == right[first]
        )
    shorter, longer = sorted((left, right), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if "xn--" in host:
        try:
            # Punycode labels are how a Cyrillic "с" in "сredly" travels; read them as written.
            host = host.encode("ascii").decode("idna")
        except UnicodeError:
            return host
    return host


def lookalike_signal(url: str) -> str | None:
    """Why the URL's host imitates a badge platform, or None when it does not."""
    host = _host_of(url)
    if not host or "." not in host:
        return None
    for known in PLATFORM_DOMAINS:
        if host == known.domain or host.endswith("." + known.domain):
            return None
    registrable = _registrable(host)
    label = registrable.split(".", 1)[0]
    for known in PLATFORM_DOMAINS:
        known_registrable = _registrable(known.domain)
        known_label = known_registrable.split(".", 1)[0]
        if f".{known.domain}." in f".{host}.":
            return (
                f"look-alike host: {host} starts with {known.domain} but belongs to "
                f"{registrable}, not to {known.platform}"
            )
        if label == known_label:
            if known.tld_is_signal:
                return (
                    f"look-alike host: {registrable} is not {known_registrable}, the domain "
                    f"{known.platform} uses"
                )
            continue
        if _skeleton(label) == _skeleton(known_label):
            return (
                f"look-alike host: {registrable} imitates {known_registrable} "
                f"({known.platform}) with letters that read alike"
            )
        if len(known_label) >= _MIN_TYPO_LENGTH and _one_edit_apart(label, known_label):
            return (
                f"look-alike host: {registrable} is one letter away from "
                f"{known_registrable} ({known.platform})"
            )
    return None


class LookalikeHostVerifier:
    """Links whose host imitates a badge platform's: ``invalid``, with the signal named."""

    name: ClassVar[str] = "lookalike_host"

    def recognises(self, claim: Claim) -> bool:
        url = claim_url(claim)
        return url is not None and lookalike_signal(url) is not None

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        url = claim_url(claim) or ""
        signal = lookalike_signal(url) or "look-alike host"
        run = Run(claim=claim, method=self.name, source="look-alike host")
        run.facts = CredentialFacts()
        run.checks.failed(
            "lookalike_host", signal + "; nothing was fetched", verdict=Verdict.INVALID
        )
        return run.result()
