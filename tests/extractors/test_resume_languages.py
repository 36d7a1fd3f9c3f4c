"""Résumés written in Spanish, Portuguese or Italian: their headings, field labels ("Expedición",
"Caducidad", "Nº de credencial", "Verificación") and month names read as the English ones."""

from __future__ import annotations

import pytest

from extractors import Claim, extract
from extractors.dates import claim_dates
from extractors.sections import Section, heading_section, status_heading
from tests.extractors.documents import pdf

SPANISH = """<h1>Lucía Ferrer Anglada</h1><p>lucia.ferrer@example.es</p>
<h2>CERTIFICACIONES, LICENCIAS Y CURSOS</h2>
<p>Certified Crane Operator (CCO)</p><p>NCCCO</p>
<p>Expedición: enero de 2019 · Caducidad: noviembre de 2029</p>
<p>Nº de credencial: CCO-448120</p>
<p>Certified Rigger</p><p>NCCCO</p><p>Expedición: marzo de 2021</p>
<p>Verificación: <a href="https://www.credly.com/badges/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b">https://www.credly.com/badges/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b</a></p>
<h2>EN CURSO</h2><p>Certified Signalperson — examen en mayo de 2027</p>
<h2>COMPETENCIAS</h2><p>Grúas móviles · Señalización</p>"""


def _claims(data: bytes, name: str) -> list[Claim]:
    return list(extract(data, name).claims)


def test_a_spanish_pdf_reads_its_labelled_fields() -> None:
    claims = _claims(pdf(SPANISH), "cv.pdf")
    fields = [(c.title, c.issuer, c.issued_on, c.expires_on, c.credential_id) for c in claims]
    assert fields[0] == ("Certified Crane Operator (CCO)", "NCCCO", "2019-01", "2029-11",
                         "CCO-448120")  # fmt: skip
    assert fields[1][:3] == ("Certified Rigger", "NCCCO", "2021-03")
    assert claims[1].url and "credly.com/badges" in claims[1].url
    assert len(claims) == 2  # "En curso": not held yet


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("CERTIFICACIONES, LICENCIAS Y CURSOS", Section.CREDENTIALS),
        ("Certificações e licenças", Section.CREDENTIALS),
        ("CERTIFICAZIONI E LICENZE", Section.CREDENTIALS),
        ("Experiência profissional", Section.EXPERIENCE),
        ("Esperienze lavorative", Section.EXPERIENCE),
        ("Formação acadêmica", Section.EDUCATION),
        ("C ERTIFICATES", Section.CREDENTIALS),  # small capitals' first letter still joins
    ],
)
def test_headings_in_spanish_portuguese_and_italian(heading: str, section: Section) -> None:
    assert heading_section(heading) is section


def test_what_is_not_held_yet_in_each_language() -> None:
    assert all(status_heading(text) for text in ("EN CURSO", "Em andamento", "In corso"))


def test_labels_and_month_names_date_an_entry() -> None:
    assert claim_dates("Expedición: enero de 2016 · Caducidad: noviembre de 2026") == (
        "2016-01", "2026-11")  # fmt: skip
    assert claim_dates("Data de emissão: março de 2020 · Validade: setembro de 2023") == (
        "2020-03", "2023-09")  # fmt: skip
    assert claim_dates("Data di rilascio: febbraio 2022 · Scadenza: dicembre 2025") == (
        "2022-02", "2025-12")  # fmt: skip


def test_portuguese_and_italian_entries_in_plain_text() -> None:
    text = (
        "Rui Tavares\nrui.tavares@example.pt\n\nCERTIFICAÇÕES\nCertified Crane Operator (CCO)\n"
        "NCCCO\nEmissão: junho de 2018\nNº da credencial: CCO-771204\n\n"
        "CERTIFICAZIONI\nCertified Rigger\nNCCCO\nRilascio: luglio 2020\n"
        "N. credenziale: RIG-55120\n"
    )
    claims = _claims(text.encode(), "cv.txt")
    fields = [(c.title, c.issuer, c.issued_on, c.credential_id) for c in claims]
    assert fields == [
        ("Certified Crane Operator (CCO)", "NCCCO", "2018-06", "CCO-771204"),
        ("Certified Rigger", "NCCCO", "2020-07", "RIG-55120"),
    ]
