"""freeCodeCamp certifications, read from freeCodeCamp's own API.

A certification page, ``freecodecamp.org/certification/<username>/<certSlug>``, is drawn from
``{base}/certificate/showCert/<username>/<certSlug>`` (no key), which answers
``{certSlug, certTitle, username, name, date (epoch ms), completionTime}``; ``name`` is left
out when the learner hides it. Everything but an unknown certification slug (404) answers 200:
a failure carries ``messages[]`` only, whose codes say why (no such user, not certified, a
private profile…). So a certificate exists iff ``certTitle`` is there; the codes that say the
learner holds no such certification are ``invalid``, privacy is ``unverified``, and an answer
of any other shape is said to be unrecognised. The certification binds by name only.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from extractors.models import Candidate, Claim
from verifiers.models import CredentialFacts, Verdict, Verification
from verifiers.platforms.common import check_recipient_name, claim_url, fetch_json, lookup_url
from verifiers.run import Run

__all__ = [
    "DEFAULT_FREECODECAMP_BASE_URL",
    "FreeCodeCampVerifier",
    "freecodecamp_certification",
    "read_certification",
]

DEFAULT_FREECODECAMP_BASE_URL = "https://api.freecodecamp.org"

_LINK = re.compile(
    r"https?://(?:www\.)?freecodecamp\.org(?:/[a-z]{2,3}(?:-[a-z]{2})?)?/certification/"
    r"(?P<user>[A-Za-z0-9_.-]+)/(?P<slug>[a-z0-9-]+)/?(?:[?#].*)?$",
    re.IGNORECASE,
)
#: ``messages[].message`` codes: the learner holds no such certification.
_NOT_HELD = {
    "flash.username-not-found": "freeCodeCamp has no such user",
    "flash.user-not-certified": "the user holds no such freeCodeCamp certification",
    "flash.not-eligible": "freeCodeCamp says the user is not eligible for certification",
    "flash.not-honest": "the user has not accepted freeCodeCamp's academic honesty policy",
}
#: Codes that hide the certification: nothing can be concluded.
_PRIVATE = {
    "flash.profile-private": "the learner's profile is private",
    "flash.certs-private": "the learner's certifications are private",
    "flash.timeline-private": "the learner's timeline is private",
    "flash.add-name": "the learner has not added a name to show",
}


def freecodecamp_certification(url: str) -> tuple[str, str] | None:
    """``(username, certification slug)`` of a freeCodeCamp certification link, or None."""
    match = _LINK.match(url.strip())
    return (match.group("user").lower(), match.group("slug").lower()) if match else None


def _codes(document: dict[str, Any]) -> list[str]:
    messages = document.get("messages")
    listed = messages if isinstance(messages, list) else []
    return [
        each["message"]
        for each in listed
        if isinstance(each, dict) and isinstance(each.get("message"), str)
    ]


def read_certification(document: Any) -> CredentialFacts | str | None:
    """The certification, the reason there is none (a code), or None for an unknown shape."""
    if not isinstance(document, dict):
        return None
    title = document.get("certTitle")
    if isinstance(title, str) and title.strip():
        name = document.get("name")
        granted = document.get("date")
        issued = None
        if isinstance(granted, int | float) and not isinstance(granted, bool) and granted > 0:
            issued = datetime.fromtimestamp(granted / 1000, tz=UTC).date().isoformat()
        return CredentialFacts(
            title=title.strip(),
            issuer="freeCodeCamp",
            issuer_url="https://www.freecodecamp.org",
            platform="freeCodeCamp",
            recipient_name=name.strip() or None if isinstance(name, str) else None,
            issued_on=issued,
        )
    codes = _codes(document)
    return codes[0] if codes else None


class FreeCodeCampVerifier:
    """freeCodeCamp certification links, checked at freeCodeCamp's API."""

    name: ClassVar[str] = "freecodecamp"
    platform: ClassVar[str] = "freeCodeCamp"

    def __init__(self, base_url: str = DEFAULT_FREECODECAMP_BASE_URL) -> None:
        self.base_url = base_url

    def recognises(self, claim: Claim) -> bool:
        url = claim_url(claim)
        return url is not None and freecodecamp_certification(url) is not None

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = Run(claim=claim, method=self.name, source=self.platform)
        found = freecodecamp_certification(claim_url(claim) or "")
        if found is None:  # recognises() said yes, so only a changed claim gets here
            run.checks.failed("platform", "not a freeCodeCamp link", verdict=Verdict.UNSUPPORTED)
            return run.result()
        user, slug = found
        run.checks.passed("platform", f"a freeCodeCamp certification ({user}/{slug})")
        url = lookup_url(self.base_url, f"/certificate/showCert/{user}/{slug}")
        answer = await fetch_json(
            run, client, url, check="fetch_certification", what="certification"
        )
        if answer is None:
            return run.result()
        reading = read_certification(answer[1])
        if reading is None:
            run.checks.failed(
                "fetch_certification",
                "freeCodeCamp's answer is not one credlens recognises: nothing is concluded",
                verdict=Verdict.UNVERIFIED,
            )
        elif isinstance(reading, str):
            if reading in _NOT_HELD:
                run.confirmed = True
                run.checks.failed(
                    "record",
                    f"the issuer has no such certificate: {_NOT_HELD[reading]} ({reading})",
                    verdict=Verdict.INVALID,
                )
            else:
                why = _PRIVATE.get(reading, f"freeCodeCamp answers {reading!r}")
                run.checks.failed("record", f"nothing to check: {why}", verdict=Verdict.UNVERIFIED)
        else:
            run.facts = reading
            run.confirmed = True
            run.checks.passed("record", f"freeCodeCamp's record of {reading.title!r}")
            check_recipient_name(run, candidate, reading.recipient_name)
        return run.result().model_copy(
            update={"provenance": "from freeCodeCamp's certification record"}
        )
