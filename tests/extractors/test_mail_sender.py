"""A résumé typed into an e-mail's body has no name line of its own: its sender is the
candidate, named by the mail's "From:" header, by the signature under the closing, or by the
greeting's "I'm …"."""

from __future__ import annotations

from extractors import extract

_BODY = """
Good morning,

Please consider me for the site supervisor post; my details are below.

QUALIFICATIONS
- SMSTS Site Management Safety Training Scheme - CITB - passed Mar 2022 - ID 0093321
- NEBOSH National General Certificate - NEBOSH - passed Oct 2019

EXPERIENCE
Site Supervisor, Harrowgate Build Ltd (2018 - present)
"""


def test_the_mail_s_sender_is_the_candidate() -> None:
    mail = (
        "From: Bronwen Tallis <b.tallis@example.org>\n"
        "To: jobs@example.com\n"
        "Subject: Site supervisor application\n" + _BODY
    )

    assert extract(mail.encode(), "mail.txt").candidate.name == "Bronwen Tallis"


def test_the_name_signed_under_the_closing_is_the_candidate() -> None:
    mail = _BODY + "\nKind regards,\nBronwen Tallis\n07700 900461\n\nSent from my phone\n"

    assert extract(mail.encode(), "mail.txt").candidate.name == "Bronwen Tallis"


def test_the_greeting_s_introduction_names_the_candidate() -> None:
    mail = _BODY.replace(
        "Please consider me", "I'm Bronwen Tallis, and I would like you to consider me"
    )

    assert extract(mail.encode(), "mail.txt").candidate.name == "Bronwen Tallis"
