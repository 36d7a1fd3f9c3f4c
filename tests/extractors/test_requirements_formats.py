"""Reading roles in the forms they are pasted in: a chat's italics, a page's JSON-LD, headings
without capitals, an international organisation's language paragraph, names the catalog
knows only part of."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_a_code_sets_clinical_modification_is_medical_coding() -> None:
    text = "Coder\n\nDuties\nAssigns ICD-10-CM and ICD-10-PCS codes from documentation.\n"
    assert wanted(read_role(text)) == [("required", {"skill:Medical Coding"}, False)]
