"""A Word table's ID cell that ends in a link's word ("2291847" above "Verify"): the ID is the
number, the link is the row's record."""

from __future__ import annotations

import io

import docx

from extractors import extract
from tests.extractors.documents import add_hyperlink

_RECORD = "https://records.example.org/crane/20417"


def test_a_link_word_under_the_id_in_its_cell_is_not_part_of_the_id() -> None:
    document = docx.Document()
    document.add_paragraph("Dana Okafor")
    document.add_paragraph("dana.okafor@example.org")
    document.add_paragraph("CERTIFICATIONS")
    row = document.add_table(rows=1, cols=4).rows[0].cells
    row[0].text = "Tower Crane Operator Licence"
    row[1].text = "Northern Plant Training Council"
    row[2].text = "06.2020 – 06.2025"
    row[3].text = "5520417"
    add_hyperlink(row[3].add_paragraph(), _RECORD, "Verify")
    buffer = io.BytesIO()
    document.save(buffer)

    [claim] = extract(buffer.getvalue(), "resume.docx").claims

    assert (claim.title, claim.credential_id, claim.url) == (
        "Tower Crane Operator Licence",
        "5520417",
        _RECORD,
    )
