"""Verification links listed after the credentials, each under a short name of the author's:
the link goes to the one credential the short name stands for, and the short name is no claim."""

from __future__ import annotations

from extractors import extract

CLOUD = "https://www.credential.net/4e8b2d17-6c9f-4a30-9e51-b7d20f3c8a64"
BADGE = "https://www.credly.com/badges/2b7f4e91-0c3d-4a68-9e25-f81d6a3c0b47/public_url"
REGISTER = "https://exemplarglobal.org/verify/EG-124578"

LISTED = """\
Dana Okoro
dana.okoro@example.org

Certifications

- Google Cloud Certified Professional Cloud Security Engineer, Google Cloud, 2024
- Mental Health First Aider, Mental Health First Aid Australia, 2023
- Food Safety Management Systems Lead Auditor, Exemplar Global, 2019
- Certified Information Systems Security Professional (CISSP), ISC2, 2020

Verify online:

- {first}: {cloud}
- MHFA: {badge}
- Exemplar Global FS-LA: {register}

Skills

Python, Splunk
"""


def _claims(first: str = "GCP Security Engineer") -> list[tuple[str | None, str | None]]:
    text = LISTED.format(first=first, cloud=CLOUD, badge=BADGE, register=REGISTER)
    return [(claim.issuer, claim.url) for claim in extract(text.encode(), "cv.txt").claims]


def test_a_short_name_of_words_and_initials_gives_its_link_to_the_credential() -> None:
    assert _claims() == [
        ("Google Cloud", CLOUD),  # "GCP" the issuer's and the title's initials
        ("Mental Health First Aid Australia", BADGE),  # "MHFA" the title's initials
        ("Exemplar Global", REGISTER),  # the issuer's words, then "FS-LA" the title's
        ("ISC2", None),
    ]


def test_a_short_name_that_could_stand_for_two_credentials_gives_its_link_to_neither() -> None:
    # "Security Professional" is words of two titles: the link stays with a claim of its own.
    assert _claims("Security Professional") == [
        ("Google Cloud", None),
        ("Mental Health First Aid Australia", BADGE),
        ("Exemplar Global", REGISTER),
        ("ISC2", None),
        (None, CLOUD),
    ]
