"""Who issued an entry, on the line under its title: a body known by two sets of letters, its
other in brackets ("NCFE (CACHE)"), and a Spanish board ("Junta Examinadora de …") are bodies,
not credentials of their own."""

from __future__ import annotations

from tests.extractors.credential_lines import found


def test_a_bodys_letters_with_its_other_letters_in_brackets_is_the_issuer() -> None:
    assert found("Level 2 Certificate in Nail Technology\tMay 2017", "NCFE (CACHE)") == [
        ("Level 2 Certificate in Nail Technology", "NCFE (CACHE)", "2017-05")
    ]


def test_a_spanish_board_is_the_issuer() -> None:
    assert found(
        "Licencia de Perito Electricista\t03/2016",
        "Junta Examinadora de Peritos Electricistas de Puerto Rico | Lic. # PE-40213",
    ) == [
        (
            "Licencia de Perito Electricista",
            "Junta Examinadora de Peritos Electricistas de Puerto Rico",
            "2016-03",
        )
    ]
