"""Clauses and lines that name what the role does not ask for: a reviewer's bracketed note
striking its line ("[HM: delete]"), what the employer or a search firm's own team holds by
name ("The Ministry holds …", "Harrow Search's own team includes …"), "they don't care if",
a show's host going back to the show after an ad read, a free renewal, and the lines a
record's key to its codes says are not required ("NREQ = not required")."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_reviewers_note_striking_its_line() -> None:
    role = read_role(
        "Analyst\n\nRequirements\n- SQL [HM: keep]\n- Python [HM: delete, nobody uses it]\n"
        "- Tableau [Reviewer: this is the old team, take it out]\n"
    )
    assert wanted(role) == [("required", {"skill:SQL"}, False)]


def test_what_a_named_body_or_firm_holds_is_its_own() -> None:
    role = read_role(
        "Security Architect\n\nMandatory\nM1 The resource must hold CISSP.\n\n"
        "Note: The Ministry holds ISO 27001 certification for its data centres.\n\n"
        "Harrow Search's own team includes a CFA charterholder; they will run the process.\n"
    )
    assert wanted(role) == [("required", {"cissp"}, False)]


def test_what_the_employer_does_not_care_about_and_the_show_after_an_ad() -> None:
    role = read_role(
        "Analyst\n\nHOST: They're hiring! You need SQL. And hey, they don't care if you've "
        "never used Java. Now, back to my interview with Sam about\nKubernetes, which I love.\n"
    )
    assert wanted(role) == [("required", {"skill:SQL"}, False)]


def test_a_free_renewal_is_given_not_asked() -> None:
    role = read_role("Lifeguard\n\nYou'll need\n- First Aid\n- Free Heartsaver CPR AED renewal\n")
    assert wanted(role) == [("required", {"skill:First Aid"}, False)]


def test_a_records_key_says_which_coded_lines_are_not_required() -> None:
    role = read_role(
        "POSITION RECORD\nTITLE   : Service Manager\n\n"
        "SKL-REQ  : SQL\nSKL-PREF : Tableau\nSKL-NREQ : Python\n\n"
        "KEY: REQ = required; PREF = preferred; NREQ = common in the family, not required\n"
        "     for this post.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]


def test_a_keys_codes_of_one_letter_give_their_lines_standing() -> None:
    role = read_role(
        "POSITION RECORD\nTITLE : Service Manager\n\nSKL-E : SQL\nSKL-D : Tableau\nSKL-X : Python\n"
        "\nKEY: E = essential, D = desirable, X = not required for this post\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]
