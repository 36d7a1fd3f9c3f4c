"""A name under another language's label, as a job portal's form exports it ("Nome:",
"Naam:", "Imię i nazwisko:", "Nombre completo:"): the label's value is the name, not a heading
in capitals further down."""

from __future__ import annotations

import pytest

from extractors import extract


@pytest.mark.parametrize("label", ["Nome", "Naam", "Imię i nazwisko", "Nombre completo"])
def test_a_name_under_another_languages_label(label: str) -> None:
    text = (
        "CURRÍCULO\n"
        f"{label}: Inês Carvalho Braga\n"
        "Cidade: Braga, Portugal\n"
        "E-mail: ines.braga@example.org\n\n"
        "EXPERIÊNCIA PROFISSIONAL\n"
        "Enfermeira – Hospital de Braga (desde 2019)\n\n"
        "EM ANDAMENTO\n"
        "• Pós-graduação em Enfermagem: conclusão 2027\n"
    )

    assert extract(text.encode(), "cv.txt").candidate.name == "Inês Carvalho Braga"
