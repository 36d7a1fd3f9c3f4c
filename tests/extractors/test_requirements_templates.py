"""A template posted with its instructions left in (text in double angle brackets, a "Job
title:" field below the template's own heading) and a document's keyword defined as not
assessed ("an item marked MAY is not assessed")."""

from __future__ import annotations

from extractors import read_role
from extractors.role_files import file_text
from tests.extractors.role_keys import wanted

_TEMPLATE = """POSTING TEMPLATE (Talent team) – replace everything in <<angle brackets>> first

Role title: Data Analyst, Logistics
<<Use the approved title. Examples: Tableau Developer, BI Lead.>>

Requirements
<<Up to five. Popular ones elsewhere: Power BI, Python, Looker.>>
- SQL
- Microsoft Excel
"""


def test_a_templates_instructions_and_title_field() -> None:
    assert "Power BI" not in file_text(_TEMPLATE)
    assert wanted(read_role(_TEMPLATE)) == [
        ("required", {"skill:Logistics"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
    ]


def test_a_heredoc_is_no_template_note() -> None:
    text = "summary = <<EOT\n  Runs SQL.\nEOT\n"
    assert file_text(text) == text


_DRAFT = """Network Engineer – hiring draft

Terms: an item marked WANT counts in a candidate's favour; an item marked MAYBE is not
assessed. Other items are needed.

1. The engineer holds CCNP Enterprise.
2. The engineer MAYBE holds CCNA.
3. The engineer knows BGP; maybe also OSPF.
"""


def test_a_keyword_the_document_says_is_not_assessed() -> None:
    assert wanted(read_role(_DRAFT)) == [
        ("required", {"ccnp-enterprise"}, False),
        ("required", {"skill:BGP"}, False),
        ("required", {"skill:OSPF"}, False),
    ]
