"""A Credly sandbox: a candidate's profile (badges.json, paged) and every badge's records.

One ``CredlySandbox`` answers, from one base URL, every path credlens asks Credly for:
``/users/<slug>/badges.json?page=N`` (the profile, ``per_page`` badges a page whatever is
asked), ``/v1/obi/v2/badge_assertions/<id>`` with its BadgeClass and issuer (hosted Open
Badges 2.0), and ``/api/v1/public_badges/<id>`` (the record that names the holder). The
shapes are the recorded ones in ``recorded/credly/`` (see their PROVENANCE.md); every name,
email and id is made up. Tests serve it through respx; the bench and the end-to-end test
serve it on loopback.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

ISSUERS = {
    "Amazon Web Services Training and Certification": "b7e3f5e8-2f0e-4c07-9f9e-0a8c2a6d2f11",
    "The Linux Foundation": "f4b8d042-0072-4a1a-8d00-260b513026e8",
    "HashiCorp": "0c2f5f0a-7c3b-4d43-8d6e-3b5b0d2c8a77",
}


@dataclass(frozen=True)
class SandboxBadge:
    """One badge the sandbox profile holds."""

    title: str
    issuer: str
    issued_on: str
    expires_on: str | None = None
    level: str | None = None
    skills: tuple[str, ...] = ()
    state: str = "accepted"
    public: bool = True
    #: Whose badge it is, so two profiles holding the same badge have different badge ids.
    owner: str = ""

    @property
    def id(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"credlens-sandbox:{self.owner}:{self.title}"))

    @property
    def template_id(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"credlens-sandbox-template:{self.title}"))

    @property
    def issuer_id(self) -> str:
        return ISSUERS.get(
            self.issuer, str(uuid.uuid5(uuid.NAMESPACE_URL, f"issuer:{self.issuer}"))
        )


#: Badges the sandbox candidate holds, the ones the tests' résumés claim first.
CORE_BADGES: tuple[SandboxBadge, ...] = (
    SandboxBadge(
        "AWS Certified Solutions Architect – Associate",
        "Amazon Web Services Training and Certification",
        "2024-02-10",
        "2029-02-10",
        level="Intermediate",
        skills=("AWS Cloud", "Solution Architecture"),
    ),
    SandboxBadge(
        "CKA: Certified Kubernetes Administrator",
        "The Linux Foundation",
        "2023-06-05",
        "2029-06-05",
        skills=("Kubernetes",),
    ),
    SandboxBadge(
        "HashiCorp Certified: Terraform Associate (003)",
        "HashiCorp",
        "2024-09-18",
        "2029-09-18",
        skills=("Terraform", "Infrastructure as Code"),
    ),
    SandboxBadge(
        "AWS Certified Cloud Practitioner",
        "Amazon Web Services Training and Certification",
        "2022-01-20",
        "2025-01-20",
        skills=("AWS Cloud",),
    ),
)


def many_badges(count: int) -> tuple[SandboxBadge, ...]:
    """``count`` badges: the core ones, then numbered workshop badges."""
    extra = tuple(
        SandboxBadge(
            f"Cloud Skills Workshop {number:02d}",
            "HashiCorp",
            f"2023-{1 + number % 12:02d}-01",
            skills=(f"Workshop Skill {number:02d}",),
        )
        for number in range(1, max(0, count - len(CORE_BADGES)) + 1)
    )
    return (CORE_BADGES + extra)[:count]


def hashed(email: str) -> str:
    return "sha256$" + hashlib.sha256(email.strip().lower().encode()).hexdigest()


@dataclass
class CredlySandbox:
    """A Credly profile and its badges' records, answering as Credly's paths do."""

    base: str
    badges: tuple[SandboxBadge, ...] = CORE_BADGES
    slug: str = "jane-doe"
    holder: str = "Jane Doe"
    #: The email the badges are awarded to (hashed in the assertions).
    email: str = "jane.doe@credly-login.example"
    per_page: int = 2
    #: Slugs answered 404, as Credly answers a private or unknown profile.
    private: frozenset[str] = frozenset()
    requests: list[str] = field(default_factory=list)

    def _entry(self, badge: SandboxBadge) -> dict[str, Any]:
        return {
            "id": badge.id,
            "issued_to": self.holder,
            "issued_at_date": badge.issued_on,
            "issued_at": f"{badge.issued_on}T10:00:00.000-05:00",
            "expires_at_date": badge.expires_on,
            "expires_at": f"{badge.expires_on}T00:00:00.000-05:00" if badge.expires_on else None,
            "accepted_at": f"{badge.issued_on}T12:00:00.000-05:00",
            "state": badge.state,
            "public": badge.public,
            "is_private_badge": not badge.public,
            "earner_path": f"/users/{self.slug}",
            "image_url": f"https://images.credly.com/images/{badge.template_id}/image.png",
            "issuer": {
                "summary": f"issued by {badge.issuer}",
                "entities": [
                    {
                        "label": "Issued by",
                        "primary": True,
                        "entity": {
                            "type": "Organization",
                            "id": badge.issuer_id,
                            "name": badge.issuer,
                            "vanity_url": "https://www.credly.com/org/sandbox",
                            "verified": True,
                        },
                    }
                ],
            },
            "badge_template": {
                "id": badge.template_id,
                "name": badge.title,
                "description": f"Earners of {badge.title} have shown the skills it names.",
                "level": badge.level,
                "type_category": "Certification",
                # go-credly's BadgeTemplate types both as strings; Credly shows "Months", "Paid".
                "time_to_earn": "Months",
                "cost": "Paid",
                "vanity_slug": re.sub(r"[^a-z0-9]+", "-", badge.title.lower()).strip("-"),
                "skills": [
                    {"id": str(n), "name": skill, "vanity_slug": skill.lower().replace(" ", "-")}
                    for n, skill in enumerate(badge.skills)
                ],
            },
            "evidence": [],
        }

    def profile_page(self, number: int) -> dict[str, Any]:
        total_pages = max(1, math.ceil(len(self.badges) / self.per_page))
        chunk = self.badges[(number - 1) * self.per_page : number * self.per_page]
        return {
            "data": [self._entry(badge) for badge in chunk],
            "metadata": {
                "count": len(chunk),
                "current_page": number,
                "total_count": len(self.badges),
                "total_pages": total_pages,
                "per": self.per_page,
                "previous_page_url": None,
                "next_page_url": None,
                "user": {"synthetic_id": "0f0e0d0c-0b0a-4909-8807-060504030201"},
            },
        }

    def assertion(self, badge: SandboxBadge) -> dict[str, Any]:
        return {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "Assertion",
            "id": f"{self.base}/v1/obi/v2/badge_assertions/{badge.id}",
            "badge": self._badge_class_url(badge),
            "recipient": {"type": "email", "identity": hashed(self.email), "hashed": True},
            "issuedOn": f"{badge.issued_on}T15:00:00.000Z",
            **({"expires": f"{badge.expires_on}T00:00:00.000Z"} if badge.expires_on else {}),
            "evidence": [{"id": f"https://www.credly.com/badges/{badge.id}"}],
            "verification": {"type": "HostedBadge"},
        }

    def _badge_class_url(self, badge: SandboxBadge) -> str:
        return f"{self.base}/v1/obi/v2/issuers/{badge.issuer_id}/badge_classes/{badge.template_id}"

    def badge_class(self, badge: SandboxBadge) -> dict[str, Any]:
        return {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "BadgeClass",
            "id": self._badge_class_url(badge),
            "name": badge.title,
            "description": f"Earners of {badge.title} have shown the skills it names.",
            "image": f"https://images.credly.com/images/{badge.template_id}/image.png",
            "criteria": {"id": f"https://www.credly.com/org/sandbox/badge/{badge.template_id}"},
            "issuer": f"{self.base}/v1/obi/v2/issuers/{badge.issuer_id}",
            "tags": list(badge.skills),
        }

    def issuer(self, issuer_id: str) -> dict[str, Any] | None:
        name = next((b.issuer for b in self.badges if b.issuer_id == issuer_id), None)
        if name is None:
            return None
        return {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "Issuer",
            "id": f"{self.base}/v1/obi/v2/issuers/{issuer_id}",
            "name": name,
            "url": "https://www.example.org/",
            "email": "badges@example.org",
        }

    def public_badge(self, badge: SandboxBadge) -> dict[str, Any]:
        return {"data": self._entry(badge)}

    def answer(self, path: str, query: dict[str, str]) -> tuple[int, Any]:
        """The status and JSON body Credly would give for ``path``."""
        self.requests.append(path)
        by_id = {badge.id: badge for badge in self.badges}
        if match := re.fullmatch(r"/users/([^/]+)/badges\.json", path):
            if match.group(1) in self.private or match.group(1) != self.slug:
                return 404, {"data": {"message": "User not found"}}
            return 200, self.profile_page(max(1, int(query.get("page", "1") or 1)))
        if (match := re.fullmatch(r"/v1/obi/v2/badge_assertions/([^/]+)", path)) and (
            badge := by_id.get(match.group(1))
        ):
            return 200, self.assertion(badge)
        if match := re.fullmatch(r"/v1/obi/v2/issuers/([^/]+)/badge_classes/([^/]+)", path):
            found = next((b for b in self.badges if b.template_id == match.group(2)), None)
            return (200, self.badge_class(found)) if found else (404, {"error": "not found"})
        if (match := re.fullmatch(r"/v1/obi/v2/issuers/([^/]+)", path)) and (
            issuer := self.issuer(match.group(1))
        ):
            return 200, issuer
        if (match := re.fullmatch(r"/api/v1/public_badges/([^/]+)", path)) and (
            badge := by_id.get(match.group(1))
        ):
            return 200, self.public_badge(badge)
        return 404, {"error": "not found"}

    def respond(self, request: httpx.Request) -> httpx.Response:
        """The answer as an httpx response, for respx."""
        status, body = self.answer(request.url.path, dict(request.url.params))
        return httpx.Response(status, json=body)
