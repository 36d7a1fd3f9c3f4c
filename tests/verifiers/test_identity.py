"""Name and email identity matching: a table of real-world spellings, half the same person."""

from __future__ import annotations

import hashlib

import pytest

from verifiers.identity import (
    NEAR_MISS_THRESHOLD,
    SAME_PERSON_THRESHOLD,
    email_matches,
    match_name,
)

SAME_PERSON = [
    # case and spacing
    ("jane doe", "Jane Doe"),
    ("JANE  DOE", "Jane Doe"),
    # diacritics and transliteration
    ("Jan Wiśniewski", "Jan Wisniewski"),
    ("Nguyễn Văn An", "Nguyen Van An"),
    ("Łukasz Żółkiewski", "Lukasz Zolkiewski"),
    ("Søren Kierkegaard", "Soren Kierkegaard"),
    ("Gerhard Weiß", "Gerhard Weiss"),
    ("Jürgen Müller", "Juergen Mueller"),
    ("Jürgen Müller", "Jurgen Muller"),
    ("François Lefèvre", "Francois Lefevre"),
    ("Đặng Thu Thảo", "Dang Thu Thao"),
    ("Ærin Østergaard", "Aerin Ostergaard"),
    ("Zoë Brontë", "Zoe Bronte"),
    ("İlkay Gündoğan", "Ilkay Gundogan"),
    # order
    ("Nguyen Thi Hanh", "Hanh Nguyen"),
    ("Wang Wei", "Wei Wang"),
    ("Doe, Jane", "Jane Doe"),
    ("Kim Min-jun", "Min-jun Kim"),
    # middle names and initials
    ("John Michael Smith", "John Smith"),
    ("John M. Smith", "John Michael Smith"),
    ("J. Smith", "John Smith"),
    ("J.R.R. Tolkien", "John Ronald Reuel Tolkien"),
    ("Priya K. Raman", "Priya Raman"),
    # compound and hyphenated surnames, particles
    ("María José Castillo", "Maria Castillo"),
    ("Ana García-López", "Ana Garcia"),
    ("Ana García López", "Ana García-López"),
    ("Ludwig van Beethoven", "Ludwig Beethoven"),
    ("Juan de la Cruz", "Juan Cruz"),
    ("Seán O'Brien", "Sean OBrien"),
    ("Seán O’Brien", "Sean O'Brien"),
    # nicknames and short forms
    ("Bob Smith", "Robert Smith"),
    ("Bill Gates", "William Henry Gates"),
    ("Liz Taylor", "Elizabeth Taylor"),
    ("Kasia Nowak", "Katarzyna Nowak"),
    ("Sasha Petrov", "Alexander Petrov"),
    # titles and post-nominals
    ("Dr. Amelia Chen", "Amelia Chen"),
    ("Amelia Chen, PhD", "Amelia Chen"),
    ("Martin Luther King Jr.", "Martin Luther King"),
]

NOT_SAME_PERSON = [
    # sibling and near-identical first names: near misses that must not match
    ("Anna Kowalska", "Hanna Kowalska"),
    ("Anne Smith", "Anna Smith"),
    ("Jon Smith", "Joan Smith"),
    ("Daniel Berg", "Daniela Berg"),
    ("Francis Moore", "Frances Moore"),
    ("Eric Olsen", "Erik Olsen"),
    ("Marc Dubois", "Mark Dubois"),
    # same surname, another first name
    ("John Smith", "Mary Smith"),
    ("Nguyen Thi Hanh", "Nguyen Thi Lan"),
    ("Wei Wang", "Fang Wang"),
    ("María José Castillo", "Lucía Castillo"),
    ("Robert Smith", "Richard Smith"),
    # same first name, another surname
    ("John Smith", "John Smithson"),
    ("Jane Doe", "Jane Dee"),
    ("Ana García", "Ana Garcés"),
    # initials that do not fit, or initials only
    ("J. Smith", "Mary Smith"),
    ("J. S.", "John Smith"),
    # one name alone
    ("Hanh", "Nguyen Thi Hanh"),
    ("Smith", "John Smith"),
    # entirely different people
    ("Jane Doe", "Richard Roe"),
    ("Alice Martin", "Bob Martin"),
    ("Priya Raman", "Raman Iyer"),
    ("Li Na", "Na Ying"),
    ("Jan Wiśniewski", "Jan Wiśniowski"),
    ("Søren Kierkegaard", "Søren Kirkegaard"),
    ("Ludwig van Beethoven", "Ludwig van Gogh"),
    ("Bob Smith", "Bobby Brown"),
    ("Kasia Nowak", "Basia Nowak"),
    ("Elena Popescu", "Helena Popescu"),
    ("Chris Evans", "Chris Hemsworth"),
    ("Maria Castillo", "José Castillo"),
    ("Jürgen Müller", "Jürgen Möller"),
    ("Zoë Brontë", "Chloë Brontë"),
    ("Kim Min-jun", "Kim Min-seo"),
    ("Sean O'Brien", "Sean O'Bryan"),
    ("Amelia Chen", "Amelia Cheng"),
    ("Liz Taylor", "Liz Tyler"),
    ("Tomasz Nowak", "Tomasz Nowakowski"),
]


def test_the_table_is_large_and_balanced() -> None:
    pairs = SAME_PERSON + NOT_SAME_PERSON
    assert len(pairs) >= 60
    assert len(set(pairs)) == len(pairs)
    assert abs(len(SAME_PERSON) - len(NOT_SAME_PERSON)) <= len(pairs) // 10


@pytest.mark.parametrize(("claimed", "found"), SAME_PERSON)
def test_same_person(claimed: str, found: str) -> None:
    forward, backward = match_name(claimed, found), match_name(found, claimed)
    assert forward.same, forward
    assert forward.score >= SAME_PERSON_THRESHOLD
    # The comparison is symmetric: which side is the résumé's does not matter.
    assert backward.same
    assert backward.score == forward.score


@pytest.mark.parametrize(("claimed", "found"), NOT_SAME_PERSON)
def test_not_the_same_person(claimed: str, found: str) -> None:
    result = match_name(claimed, found)
    assert not result.same, result
    assert result.score < SAME_PERSON_THRESHOLD
    assert not match_name(found, claimed).same


@pytest.mark.parametrize(
    ("claimed", "found"),
    [
        ("Anna Kowalska", "Hanna Kowalska"),
        ("Jan Wiśniewski", "Jan Wiśniowski"),
        ("Eric Olsen", "Erik Olsen"),
        ("Elena Popescu", "Helena Popescu"),
    ],
)
def test_spelling_near_misses_are_flagged_as_such(claimed: str, found: str) -> None:
    result = match_name(claimed, found)
    assert result.near_miss
    assert NEAR_MISS_THRESHOLD <= result.score < SAME_PERSON_THRESHOLD
    assert "near miss" in result.reason


def test_unrelated_names_are_not_near_misses() -> None:
    result = match_name("Jane Doe", "Richard Roe")
    assert not result.near_miss
    assert result.score < NEAR_MISS_THRESHOLD


def test_exact_names_score_one_and_differences_cost_a_little() -> None:
    assert match_name("Jane Doe", "jane doe").score == 1.0
    reordered = match_name("Nguyen Hanh", "Hanh Nguyen")
    with_middle = match_name("Nguyen Thi Hanh", "Hanh Nguyen")
    assert 1.0 > reordered.score > with_middle.score >= SAME_PERSON_THRESHOLD


def test_reasons_say_what_was_accepted() -> None:
    assert "'Bob' and 'Robert'" in match_name("Bob Smith", "Robert Smith").reason
    assert "initial" in match_name("J. Smith", "John Smith").reason
    assert "another order" in match_name("Nguyen Thi Hanh", "Hanh Nguyen").reason
    assert "'Mary'" in match_name("Mary Smith", "John Smith").reason


@pytest.mark.parametrize(("claimed", "found"), [("", "Jane Doe"), ("Jane Doe", "  "), ("—", "-")])
def test_no_name_is_never_a_match(claimed: str, found: str) -> None:
    result = match_name(claimed, found)
    assert not result.same
    assert result.score == 0.0


def test_long_names_are_bounded() -> None:
    long_name = " ".join(["Maria"] * 40)
    assert not match_name(long_name, "Maria Castillo").same


def _hashed(email: str, salt: str = "", algorithm: str = "sha256") -> str:
    return f"{algorithm}${hashlib.new(algorithm, (email + salt).encode()).hexdigest()}"


def test_email_identity_from_the_ob2_example_with_its_salt() -> None:
    # openbadges-validator-core's 2_0_basic_assertion.json: salt "deadsea", nobody@example.org.
    identity = "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"
    assert email_matches(identity, ["Nobody@Example.org "], hashed=True, salt="deadsea")
    assert not email_matches(identity, ["nobody@example.org"], hashed=True, salt=None)
    assert not email_matches(identity, ["somebody@example.org"], hashed=True, salt="deadsea")


def test_hashed_identities_ignore_hex_case_and_accept_md5() -> None:
    identity = _hashed("jane@example.com", "pepper").upper().replace("SHA256$", "sha256$")
    assert email_matches(identity, ["JANE@example.com"], hashed=True, salt="pepper")
    md5 = _hashed("jane@example.com", algorithm="md5")
    assert email_matches(md5, ["other@example.com", "jane@example.com"], hashed=True, salt=None)


def test_plain_identities_compare_case_insensitively() -> None:
    assert email_matches(" Jane@Example.com", ["jane@example.com"], hashed=False, salt=None)
    assert not email_matches("jane@example.com", ["jane@example.org"], hashed=False, salt=None)


@pytest.mark.parametrize("identity", ["sha1$abcd", "sha256$not-hex", "jane@example.com", ""])
def test_malformed_hashes_match_nothing(identity: str) -> None:
    assert not email_matches(identity, ["jane@example.com"], hashed=True, salt=None)


def test_no_emails_match_nothing() -> None:
    assert not email_matches(_hashed("a@b.c"), [], hashed=True, salt=None)
    assert not email_matches("a@b.c", ["", "  "], hashed=False, salt=None)
