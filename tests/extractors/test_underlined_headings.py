"""A text résumé underlines its headings with a ruled line ("IN PROGRESS" over "-----"): one
credlens has no word for still closes the section before it, so what is listed under it is
not read as one more of the candidate's credentials."""

from __future__ import annotations

from extractors import extract

_TEXT = """Ayse Yildirim
SOC Analyst

LICENSES AND CERTIFICATIONS
---------------------------
  * CompTIA Security+ -- CompTIA. Issued 05/2021.
{after}
  - OSCP: PEN-200 course and lab time purchased, exam
    planned for Q2 2027
  - CISSP: exam passed October 2026, endorsement pending

SKILLS
------
Splunk, Sentinel, KQL
"""


def _titles(after: str) -> list[str]:
    result = extract(_TEXT.format(after=after).encode(), "cv.txt")
    return [claim.title for claim in result.claims]


def test_an_underlined_line_with_no_heading_word_ends_the_credentials() -> None:
    assert _titles("\nIN PROGRESS\n-----------") == ["CompTIA Security+"]
    # The same words with no rule under them are a status line inside the section.
    # (The CISSP below waits for its endorsement: it is not held either way.)
    entry = "  * Certified in Cybersecurity -- ISC2. Issued 09/2023."
    assert "Certified in Cybersecurity" in _titles(f"\nIN PROGRESS\n{entry}")
    assert "Certified in Cybersecurity" not in _titles(f"\nIN PROGRESS\n-----------\n{entry}")
    # A rule under an entry (a date, a full stop) is no heading's: the entry stays.
    titles = _titles("  * Certified in Cybersecurity -- ISC2. Issued 09/2023.\n-----------")
    assert "Certified in Cybersecurity" in titles
