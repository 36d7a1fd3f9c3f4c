"""Roles posted wholly in another language: its headings for preferred and for what the
employer offers, its "or" and its "or equivalent" (the words of ``extractors.role_languages``).
The texts are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted

_PREFERRED = {
    "Polish": ("Wymagania", "Mile widziane"),
    "Indonesian": ("Kualifikasi", "Nilai tambah"),
    "Portuguese": ("Requisitos", "Diferenciais"),
    "French": ("Exigences", "Atouts"),
    "Italian": ("Requisiti", "Requisiti preferenziali"),
    "Turkish": ("Aranan nitelikler", "Tercih sebebidir"),
    "Spanish": ("Requisitos", "Se valorará"),
}


def test_other_languages_headings_for_what_is_wanted_but_not_needed() -> None:
    for language, (required, preferred) in _PREFERRED.items():
        text = f"Platform Engineer\n\n{required}\n- Ansible\n\n{preferred}:\n- Helm\n- Rust\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Ansible"}, False),
            ("preferred", {"skill:Helm"}, False),
            ("preferred", {"skill:Rust"}, False),
        ], language


def test_other_languages_headings_for_what_the_employer_offers() -> None:
    for heading in (
        "Oferujemy",
        "Ce que nous offrons",
        "Benefícios",
        "Benefit",
        "Wir bieten",
        "Offriamo",
        "Yan haklar",
        "Ofrecemos",
        "Wat bieden wij",
    ):
        text = (
            f"Platform Engineer\n\nRequirements\n- Terraform\n\n{heading}\n- Kubernetes\n- Docker\n"
        )
        assert wanted(read_role(text)) == [("required", {"skill:Terraform"}, False)], heading


def test_other_languages_or_joins_alternatives() -> None:
    for line in (
        "Znajomość Kotlin lub Scala",
        "Kotlin albo Scala",
        "Menguasai Kotlin atau Scala",
        "Connaissance de Kotlin ou de Scala",
        "Esperienza con Kotlin oppure Scala",
        "Kotlin veya Scala bilgisi",
        "Kotlin ya da Scala",
        "Kenntnisse in Kotlin oder Scala",
    ):
        text = f"Backend Developer\n\nRequirements\n- {line}\n- Docker\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Kotlin", "skill:Scala"}, False),
            ("required", {"skill:Docker"}, False),
        ], line


def test_another_languages_or_with_more_than_one_other_word_between_does_not_join() -> None:
    text = "Backend Developer\n\nWymagania\n- Kotlin lub dobre podstawy w Scala\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:Kotlin"}, False),
        ("required", {"skill:Scala"}, False),
    ]


def test_other_languages_or_equivalent() -> None:
    for line in (
        "Tableau ou équivalent",
        "Tableau ou outil de visualisation similaire",
        "Tableau ou outra ferramenta de visualização similar",
        "Tableau lub równoważne narzędzie",
        "Tableau atau setara",
        "Tableau o equivalente",
        "Tableau oder vergleichbare Tools",
        "Tableau veya eşdeğeri",
    ):
        text = f"Data Analyst\n\nRequirements\n- {line}\n"
        assert wanted(read_role(text)) == [("required", {"skill:Tableau"}, True)], line


def test_dutch_or_english_of_before_similar_words_sets_no_equivalent() -> None:
    text = "Data Analyst\n\nRequirements\n- Tableau of comparable scale dashboards\n"
    assert wanted(read_role(text)) == [("required", {"skill:Tableau"}, False)]


def test_arabic_or_and_preferred_heading() -> None:
    text = "مهندس شبكات\n\nالمتطلبات\n- شهادة CISSP أو CISM\n\nيفضل\n- Ansible\n"
    assert wanted(read_role(text)) == [
        ("required", {"cissp", "cism"}, False),
        ("preferred", {"skill:Ansible"}, False),
    ]
