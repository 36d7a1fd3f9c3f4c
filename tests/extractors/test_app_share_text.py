"""A phone résumé app's plain-text share: headings in capitals after an icon ("🏅 LICENSES &
CERTIFICATIONS", "📚 IN PROGRESS"), each entry's fields indented under it, its link on a line
of its own after a link icon, and names of awards as long as their full titles."""

from __future__ import annotations

from extractors import extract, load_catalog
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.sections import Section

_SHARED = """Tamsin Achebe-Lund
Marine Electrician

✉️ tamsin.al@example.net
🔗 https://linkedin.com/in/tamsin-al

🏅 LICENSES & CERTIFICATIONS

Level 3 Award in the Inspection and Testing of Marine Electrical Installations on Inland Vessels
   Harbour Trades Council · Issued Mar 2019

Shore Power Connection Certificate
   Harbour Trades Council · Issued May 2023
   🔗 https://www.credly.com/badges/5d2c7e10-aa41-4b7e-9f0c-1e2d3c4b5a69/public_url

📚 IN PROGRESS
- Hybrid Propulsion Systems Certificate – course booked for February 2027
- Chartered Marine Engineer Registration (CMarEng): application with the institute

🛠 SKILLS
Fault finding, Shore power
"""


def test_an_app_shares_entries_their_links_and_its_in_progress_list() -> None:
    claims = extract(_SHARED.encode(), "cv.txt").claims

    assert [(c.title, c.issuer, c.issued_on, c.url) for c in claims] == [
        (
            "Level 3 Award in the Inspection and Testing of Marine Electrical Installations on"
            " Inland Vessels",
            "Harbour Trades Council",
            "2019-03",
            None,
        ),
        (
            "Shore Power Connection Certificate",
            "Harbour Trades Council",
            "2023-05",
            "https://www.credly.com/badges/5d2c7e10-aa41-4b7e-9f0c-1e2d3c4b5a69/public_url",
        ),
    ]


def test_a_status_in_capitals_after_an_icon_heads_what_is_not_held() -> None:
    text = (
        "Tamsin Achebe-Lund\ntamsin.al@example.net\n\nCERTIFICATIONS\n"
        "Shore Power Connection Certificate, Harbour Trades Council, 2023\n\n"
        "⏳ WORKING TOWARDS\nHybrid Propulsion Systems Certificate, Harbour Trades Council\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [c.title for c in claims] == ["Shore Power Connection Certificate"]


def test_a_long_line_that_is_no_name_in_title_case_is_still_no_entry() -> None:
    line = ClaimLine(
        index=0,
        text="Renewed certificates are kept current and renewed each year as the rules for marine"
        " work on inland vessels require",
        page=1,
        section=Section.CREDENTIALS,
    )

    assert finder_for(load_catalog().entries).find([line]) == []
