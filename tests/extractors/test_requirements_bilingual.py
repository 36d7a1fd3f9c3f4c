"""A bilingual posting's line and its translation under it are one requirement, read by the
language whose "or" the reader knows (not Hungarian "vagy" nor Finnish "tai"); a German
compound's suspended hyphen keeps its "oder"."""

from __future__ import annotations

from extractors import read_role
from extractors.role_model import Requirement, RequirementKind
from extractors.role_translations import one_reading
from tests.extractors.role_keys import wanted


def test_a_line_and_its_translation_are_one_requirement() -> None:
    role = read_role(
        "Backend Engineer\n\nKövetelmények / Requirements\n"
        "- Java vagy Kotlin ismerete.\n  Knowledge of Java or Kotlin.\n"
        "- CISSP tai CISM sertifikaatti.\n  CISSP or CISM certification.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Java", "skill:Kotlin"}, False),
        ("required", {"cissp", "cism"}, False),
    ]


def test_the_translation_may_come_first() -> None:
    role = read_role(
        "Backend Engineer\n\nRequirements\n- Knowledge of Java or Kotlin.\n"
        "  Java vagy Kotlin ismerete.\n"
    )
    assert wanted(role) == [("required", {"skill:Java", "skill:Kotlin"}, False)]


def test_lines_naming_different_things_or_separate_items_are_not_translations() -> None:
    role = read_role("Engineer\n\nRequirements\n- Python.\n  Python or Go is fine.\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Python", "skill:Go"}, False),
    ]
    # (Hungarian "vagy" is "or": the first item is "Python or Go", the second another pair)
    items = read_role("Engineer\n\nRequirements\n- Python vagy Go.\n- Python or Rust for tools.\n")
    assert wanted(items) == [
        ("required", {"skill:Python", "skill:Go"}, False),
        ("required", {"skill:Python", "skill:Rust"}, False),
    ]


def test_or_equivalent_said_in_either_language_is_kept() -> None:
    def one(keys: tuple[str, ...], equivalent: bool = False) -> Requirement:
        return (
            read_role({"required": [" or ".join(keys)]})
            .requirements[0]
            .model_copy(update={"or_equivalent": equivalent, "kind": RequirementKind.REQUIRED})
        )

    split = [one(("CISSP",), equivalent=True), one(("CISM",))]
    joined = [one(("CISSP", "CISM"))]
    [merged] = one_reading(split, joined) or []
    assert ({w.key for w in merged.any_of}, merged.or_equivalent) == ({"cissp", "cism"}, True)
    assert one_reading(joined, joined) is None  # read alike: kept once by the usual rule


def test_a_german_compound_keeps_its_oder() -> None:
    role = read_role("Security Lead\n\nIhr Profil\n- Eine CISSP- oder CISM-Zertifizierung\n")
    assert wanted(role) == [("required", {"cissp", "cism"}, False)]
