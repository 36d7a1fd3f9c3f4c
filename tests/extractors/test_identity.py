"""The candidate found wherever the name sits: a sidebar that wraps it, a running header."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf


def test_a_name_wrapped_in_a_narrow_sidebar_is_one_name_and_its_post_nominals_are_claims() -> None:
    css = (
        ".wrap { display: flex; } .side { width: 150pt; background: #24344d; color: white;"
        " padding: 8pt; } .side h1 { font-size: 17pt; } .main { padding-left: 16pt; }"
    )
    data = pdf(
        "<div class='wrap'><div class='side'><h1>Priya Raman, CFA, FRM</h1>"
        "<p>priya.raman@example.com</p><p>Python</p><p>Bloomberg</p></div>"
        "<div class='main'><h2>Summary</h2><p>Risk manager across fixed income funds.</p>"
        "<h2>Experience</h2><p>Head of Portfolio Risk, Wayne Capital (2019 – present)</p>"
        "</div></div>",
        css,
    )

    extraction = extract(data, "resume.pdf")

    assert extraction.candidate.name == "Priya Raman"
    assert {claim.catalog_id for claim in extraction.claims} == {"cfa-charter", "frm"}


def test_a_running_header_keeps_the_name_on_the_first_page() -> None:
    history = "".join(
        f"<p><b>Consultant</b>, Client {n}</p><p>Ran the quarterly reviews for the board.</p>"
        for n in range(40)
    )
    data = pdf(
        "<table style='width:100%'><thead><tr><td><h1>Marcus Feldmann</h1>"
        "<p>m.feldmann@example.org · +49 151 23456789</p></td></tr></thead>"
        f"<tbody><tr><td><h2>Experience</h2>{history}</td></tr></tbody></table>"
    )

    extraction = extract(data, "resume.pdf")

    assert extraction.candidate.name == "Marcus Feldmann"


def test_post_nominals_after_a_form_label_are_claims_the_label_is_no_candidacy() -> None:
    # "Candidate:" labels the name in an ATS export; it is not "CFA Level III candidate".
    text = (
        "CANDIDATE:   Priya Raman, CFA, FRM\nEMAIL:       priya.raman@example.com\n\n"
        "Certifications\nChartered Financial Analyst (CFA), CFA Institute, 08/2019\n"
    )

    extraction = extract(text.encode(), "resume.txt")

    assert extraction.candidate.name == "Priya Raman"
    assert [claim.catalog_id for claim in extraction.claims] == ["frm", "cfa-charter"]


def test_a_tagline_under_the_name_does_not_take_back_the_letters_after_it() -> None:
    text = "Priya Raman, FRM\nAspiring chief risk officer\npriya.raman@example.com\n"

    extraction = extract(text.encode(), "resume.txt")

    assert extraction.candidate.name == "Priya Raman"
    assert [claim.catalog_id for claim in extraction.claims] == ["frm"]
