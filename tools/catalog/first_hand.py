"""Where a credential's rules are stated first-hand, and which cited pages are second-hand.

A source is first-hand when it is on one of the issuer's own domains (``Issuer.domains``) or on
a page listed in ``FIRST_HAND``: the platform that awards the credential, the issuer's help
centre hosted elsewhere, the test vendor that delivers the exam, a regulator or public register.
Anything else (a blog, a forum, a training company, a document re-hosted by a stranger) is
second-hand: it may be right, but it is a lead to replace with the issuer's page, not proof.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: Host-and-path prefixes (no scheme, no ``www.``) of pages that state rules first-hand, with
#: whose voice they are.
FIRST_HAND: dict[str, str] = {
    "learner.coursera.help/": "Coursera's help centre: Coursera awards its courses' certificates",
    "udacity.zendesk.com/": "Udacity's own help centre",
    "eccouncil.zendesk.com/": "EC-Council's own help centre",
    "juniper-training.zendesk.com/": "Juniper's own training help centre (its JNCIE lab exam FAQ)",
    "support.google.com/": "Google's own help centre",
    "paloaltonetworks.cn/": "Palo Alto Networks' site for China",
    "etsglobal.org/": "ETS Global, ETS's subsidiary that runs its tests outside the US",
    "github.com/freecodecamp/": "freeCodeCamp's own repositories",
    "bcencertifications.org/": "BCEN's own site under its former domain (bcen.org today)",
    "github.com/cs50/": "CS50's own repositories: Harvard's CS50 team awards CS50's certificates",
    "pearsonvue.com/": "Pearson VUE, the test vendor that delivers the exam",
    "home.pearsonvue.com/": "Pearson VUE, the test vendor that delivers the exam",
    "prometric.com/": "Prometric, the test vendor that delivers the exam",
    "ncsbn.org/": "NCSBN, which owns and delivers the NCLEX that boards of nursing license by",
    "finra.org/": "FINRA, the regulator that administers the exam or lists the designation",
    "ipaustralia.gov.au/": "IP Australia's register of certification rules filed by the issuer",
    "igem.org.uk/": "IGEM, an institution the Engineering Council licenses to assess and register"
    " EngTech, IEng and CEng applicants",
}


def _host_and_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return host, f"{host}{parts.path}".lower()


def is_first_hand(url: str, issuer_domains: tuple[str, ...] | list[str]) -> bool:
    """Whether ``url`` is the issuer's own page or a page listed in ``FIRST_HAND``."""
    host, host_and_path = _host_and_path(url)
    if any(host == domain or host.endswith(f".{domain}") for domain in issuer_domains):
        return True
    return any(host_and_path.startswith(prefix) for prefix in FIRST_HAND)
