"""A text résumé whose headings are capitals after a blank line: a status set the same way
("EM ANDAMENTO", "IN PROGRESS") heads what is not held yet, right over its list; the same words
in small letters there could be the status of the entry beside them, and stay what they were."""

from __future__ import annotations

import pytest

from extractors import extract

_TEXT = (
    "CURRÍCULO\n"
    "Nome: Inês Braga\n"
    "E-mail: ines.braga@example.org\n\n"
    "CERTIFICAÇÕES\n"
    "• Certified Information Systems Auditor (CISA) – ISACA | emitido em 2021\n\n"
    "{status}\n"
    "• PMI Risk Management Professional (PMI-RMP): exame em 2027\n\n"
    "COMPETÊNCIAS\n"
    "Excel · SQL\n"
)


@pytest.mark.parametrize("status", ["EM ANDAMENTO", "IN PROGRESS", "W TRAKCIE"])
def test_a_status_in_capitals_after_a_blank_line_heads_what_is_not_held(status: str) -> None:
    claims = extract(_TEXT.format(status=status).encode(), "cv.txt").claims

    assert [claim.title for claim in claims] == ["Certified Information Systems Auditor"]
