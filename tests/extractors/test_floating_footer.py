"""A page laid out in one table whose header and footer groups the browser repeats on every
page: on the last, short page the footer follows the last row, higher than on the page before,
and the certifications run from the first page's foot onto the second.
Repeated word for word at the same edge of every page, it runs too, and is no credential."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_FILLER = "".join(
    f"<p>Inspected line {n} of the bottling hall and signed off its cleaning log.</p>"
    for n in range(1, 33)
)
_ENTRIES = (
    ("Food Hygiene Supervisor Level 3", "Hygiene Training Council", "2021-04"),
    ("Allergen Management Practitioner", "Hygiene Training Council", "2022-09"),
    ("Internal Auditor Food Safety Systems", "Quality Assurance Guild", "2023-02"),
    ("Cold Chain Handling Certificate", "Refrigerated Logistics Board", "2020-11"),
    ("Pest Control Awareness", "Hygiene Training Council", "2019-05"),
    ("Water Treatment Operator Grade 1", "Utilities Skills Board", "2024-03"),
)


def test_a_footer_repeated_after_the_last_row_is_no_credential() -> None:
    entries = "".join(
        f"<p><b>{title}</b><br>{issuer} · Issued {issued}</p>" for title, issuer, issued in _ENTRIES
    )
    body = (
        "<table><thead><tr><td>Curriculum vitae · Rosa Lindqvist</td></tr></thead>"
        "<tfoot><tr><td>Confidential · Application documents · As of December 2026</td></tr>"
        "</tfoot>"
        "<tbody><tr><td><h1>Rosa Lindqvist</h1><p>rosa.lindqvist@example.org</p>"
        f"<h2>Experience</h2>{_FILLER}<h2>Certifications</h2>{entries}</td></tr></tbody></table>"
    )

    extraction = extract(pdf(body), "cv.pdf")

    assert [(c.title, c.issuer, c.issued_on) for c in extraction.claims] == list(_ENTRIES)
    assert extraction.candidate.name == "Rosa Lindqvist"
