"""The candidate's name found wherever a layout puts it, on files made for each case: PDFs
printed by Chromium, DOCX written by python-docx, text as exports write it."""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
import pytest
from playwright.sync_api import Page, sync_playwright

from extractors import Line, extract, read
from extractors.candidate import find_name

CHROMIUM = "/usr/bin/chromium"
_PAGE_CSS = (
    "@page { size: A4; margin: 14mm; } body { font-family: 'DejaVu Sans', sans-serif;"
    " font-size: 10pt; } h1 { font-size: 22pt; margin: 0 0 6pt 0; } h2 { font-size: 12pt; }"
)
_CONTACT = "<p>dana.reyes@example.com</p><p>+1 415 555 0142</p><p>linkedin.com/in/dana-reyes</p>"
_BODY = (
    "<h2>Summary</h2><p>Security engineer with ten years in cloud security.</p>"
    "<h2>Experience</h2><p><b>Senior Security Engineer</b>, Northwind Traders (2019 – present)"
    "</p><p>Led the incident response team for cloud workloads.</p>"
    "<h2>Certifications</h2><p>AWS Certified Security – Specialty, Amazon Web Services (2021)</p>"
)
_TEXT_BODY = (
    "\nEXPERIENCE\nSenior Security Engineer, Northwind Traders (2019 - present)\n"
    "\nCERTIFICATIONS\nAWS Certified Security - Specialty, Amazon Web Services (2021)\n"
)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        yield browser.new_page()
        browser.close()


def _printed(page: Page, body: str, css: str = "") -> bytes:
    """A real PDF of an HTML body, printed by Chromium as online résumé builders do."""
    page.set_content(
        f"<html><head><meta charset='utf-8'><style>{_PAGE_CSS}{css}</style></head>"
        f"<body>{body}</body></html>"
    )
    return page.pdf(format="A4", print_background=True, prefer_css_page_size=True)


def _printed_with_margins(
    page: Page, body: str, *, title: str = "", footer: str | None = None
) -> bytes:
    """A PDF with Chromium's own running header and footer in its margins: the default ones
    (the date and time, the page's title; its address, the page number) or ``footer``."""
    page.set_content(
        f"<html><head><meta charset='utf-8'><title>{title}</title><style>{_PAGE_CSS}</style>"
        f"</head><body>{body}</body></html>"
    )
    return page.pdf(
        format="A4",
        margin={"top": "18mm", "bottom": "20mm", "left": "14mm", "right": "14mm"},
        display_header_footer=True,
        header_template=None if footer is None else "<span></span>",
        footer_template=footer,
    )


def _sidebar(side: str, name: str) -> tuple[str, str]:
    sidebar = f"<div class='side'><h1>{name}</h1>{_CONTACT}<h2>Skills</h2><p>Splunk</p></div>"
    main = f"<div class='main'>{_BODY}</div>"
    css = (
        ".wrap { display: flex; } .side { width: 150pt; background: #1f3b57; color: white;"
        " padding: 10pt; } .main { flex: 1; padding: 0 14pt; }"
    )
    return f"<div class='wrap'>{sidebar + main if side == 'left' else main + sidebar}</div>", css


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_name_in_a_coloured_sidebar_on_either_side_with_its_post_nominals_as_claims(
    chromium: Page, side: str
) -> None:
    body, css = _sidebar(side, "Dana Reyes, CISSP, PMP")

    extraction = extract(_printed(chromium, body, css), "resume.pdf")

    assert extraction.candidate.name == "Dana Reyes"
    # The sidebar wraps the post-nominals under the name; the body's lines come between.
    assert {"cissp", "pmp"} <= {claim.catalog_id for claim in extraction.claims}


def test_typographic_apostrophes_and_hyphens_stay_in_the_name(chromium: Page) -> None:
    data = _printed(chromium, f"<h1>Siobhán O’Brien‐Laurent</h1>{_CONTACT}{_BODY}")

    assert extract(data, "resume.pdf").candidate.name == "Siobhán O’Brien-Laurent"


@pytest.mark.parametrize(
    "style",
    ["letter-spacing: 7pt; text-transform: uppercase", "font-variant: small-caps"],
    ids=["letter-spaced", "small-caps"],
)
def test_a_name_in_spaced_or_small_capitals_is_cut_into_words_as_the_email_spells_them(
    chromium: Page, style: str
) -> None:
    data = _printed(chromium, f"<h1 style='{style}'>Dana Reyes</h1>{_CONTACT}{_BODY}")

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


def test_a_name_in_small_capitals_without_an_email_to_go_by(chromium: Page) -> None:
    data = _printed(chromium, f"<h1 style='font-variant: small-caps'>Dana Reyes</h1>{_BODY}")

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


@pytest.mark.parametrize("spacing", ["5pt", "12pt"])
def test_a_name_in_letter_spaced_capitals_without_an_email_is_cut_where_the_gaps_widen(
    chromium: Page, spacing: str
) -> None:
    style = f"letter-spacing: {spacing}; text-transform: uppercase"
    data = _printed(chromium, f"<h1 style='{style}'>Dana Reyes</h1><p>+1 415 555 0142</p>{_BODY}")

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


@pytest.mark.parametrize("name", ["D A N A   R E Y E S", "D A N A  R E Y E S"])
def test_a_name_typed_in_spaced_letters_is_cut_where_the_spaces_widen(name: str) -> None:
    text = f"{name}\n+1 415 555 0142\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == "Dana Reyes"


def test_a_name_only_in_the_page_footer(chromium: Page) -> None:
    footer = "<div style='position: fixed; bottom: 0; font-size: 8pt'>Dana Reyes · Page 1</div>"
    data = _printed(chromium, f"<p>dana.reyes@example.com · +1 415 555 0142</p>{_BODY}{footer}")

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


def test_a_name_only_in_the_running_footer_of_a_longer_resume(chromium: Page) -> None:
    history = "".join(
        f"<p><b>Consultant</b>, Client {n}</p><p>Ran review cycle {n} for the board.</p>"
        for n in range(45)
    )
    footer = "<div style='font-size: 8pt; margin-left: 14mm'>Dana Reyes · Résumé</div>"
    data = _printed_with_margins(
        chromium,
        f"<p>dana.reyes@example.com · +1 415 555 0142</p><h2>Experience</h2>{history}",
        footer=footer,
    )

    extraction = extract(data, "resume.pdf")

    assert extraction.candidate.name == "Dana Reyes"
    assert len(read(data, "resume.pdf").pages) >= 2


def test_a_name_only_in_the_title_a_browser_prints_beside_the_date(chromium: Page) -> None:
    data = _printed_with_margins(chromium, f"{_CONTACT}{_BODY}", title="Dana Reyes — Résumé")

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


def test_a_small_running_header_names_the_candidate_when_the_large_line_is_a_job_title(
    chromium: Page,
) -> None:
    header = "<div style='font-size: 8pt; color: #666'>Dana Reyes — Résumé</div>"
    data = _printed(chromium, f"{header}<h1>Cloud Security Lead</h1>{_CONTACT}{_BODY}")

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


def test_a_name_set_in_lower_case_is_a_name_when_the_email_spells_it(chromium: Page) -> None:
    data = _printed(chromium, f"<h1 style='text-transform: lowercase'>Dana Reyes</h1>{_CONTACT}")

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


def test_the_name_the_email_spells_wins_over_a_larger_tagline(chromium: Page) -> None:
    data = _printed(
        chromium,
        "<h1>Building Secure Clouds</h1><p style='font-size: 14pt'>Dana Reyes</p>"
        f"{_CONTACT}{_BODY}",
    )

    assert extract(data, "resume.pdf").candidate.name == "Dana Reyes"


def test_a_sidebar_read_after_a_long_body_still_gives_the_name_high_on_the_page() -> None:
    body = [
        Line(text=f"Ran review cycle {n} for the board.", bbox=(60, 60 + 12 * n, 300, 70 + 12 * n))
        for n in range(40)
    ]
    sidebar = [
        Line(text="Dana Reyes", bbox=(380, 58, 500, 80), size=22, emphasised=True),
        Line(text="dana.reyes@example.com", bbox=(380, 84, 500, 94), size=10),
    ]

    assert find_name([*body, *sidebar]) == (40, "Dana Reyes")


def _docx(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_page_laid_out_by_a_table_reads_its_cells_as_paragraphs() -> None:
    document = docx.Document()
    sidebar, main = document.add_table(rows=1, cols=2).rows[0].cells
    sidebar.paragraphs[0].add_run("Dana Reyes").bold = True
    for text in ("Security Engineer", "dana.reyes@example.com", "Skills", "Splunk"):
        sidebar.add_paragraph(text)
    main.paragraphs[0].text = "Experience"
    for text in (
        "Senior Security Engineer, Northwind Traders (2019 - present)",
        "Certifications",
        "Certified Information Systems Security Professional (CISSP), ISC2 (2020)",
    ):
        main.add_paragraph(text)

    extraction = extract(_docx(document), "resume.docx")

    assert extraction.candidate.name == "Dana Reyes"
    assert [claim.catalog_id for claim in extraction.claims] == ["cissp"]


def test_a_docx_name_only_in_the_page_footer() -> None:
    document = docx.Document()
    document.sections[0].footer.is_linked_to_previous = False
    document.sections[0].footer.paragraphs[0].text = "Dana Reyes | dana.reyes@example.com"
    for text in ("Experience", "Senior Security Engineer, Northwind Traders (2019 - present)"):
        document.add_paragraph(text)

    assert extract(_docx(document), "resume.docx").candidate.name == "Dana Reyes"


@pytest.mark.parametrize(
    "head",
    [
        "Candidate: Dana Reyes\nEmail: dana.reyes@example.com",
        "NAME ............ DANA REYES\nEMAIL ........... dana.reyes@example.com",
        "Name:\tDana Reyes, CISSP\nPhone:\t+1 415 555 0142",
        '---\ntitle: "Dana Reyes, CISSP"\nsubtitle: Senior Security Engineer\n---\n'
        "dana.reyes@example.com",
        "# Dana Reyes\n\ndana.reyes@example.com · linkedin.com/in/danareyes",
        "Résumé of Dana Reyes\ndana.reyes@example.com",
        "Dana Reyes (she/her)\ndana.reyes@example.com",
        "Dana Reyes dana.reyes@example.com +1 415 555 0142",
        "Dana Reyes, PE: Résumé\ndana.reyes@example.com",
        "Dana Reyes, CISSP, Senior Security Engineer\ndana.reyes@example.com",
        "DANA REYES                          SENIOR SECURITY ENGINEER\n+1 415 555 0142",
    ],
    ids=[
        "label",
        "dotted-label",
        "tab-label",
        "yaml-title",
        "markdown-title",
        "resume-of",
        "pronouns",
        "beside-bare-contacts",
        "colon-title",
        "comma-headline",
        "fixed-width-headline",
    ],
)
def test_a_name_in_a_text_export_under_a_label_or_a_title(head: str) -> None:
    extraction = extract(f"{head}\n{_TEXT_BODY}".encode(), "resume.txt")

    assert extraction.candidate.name == "Dana Reyes"


def test_post_nominals_without_commas_are_split_off_and_become_claims() -> None:
    extraction = extract(
        f"Dana Reyes CISSP PMP\ndana.reyes@example.com\n{_TEXT_BODY}".encode(), "r.txt"
    )

    assert extraction.candidate.name == "Dana Reyes"
    assert {"cissp", "pmp"} <= {claim.catalog_id for claim in extraction.claims}


def test_a_name_in_capitals_keeps_its_capitals_after_an_apostrophe() -> None:
    extraction = extract(
        f"SIOBHÁN O’BRIEN, CPA\nsiobhan@example.com\n{_TEXT_BODY}".encode(), "r.txt"
    )

    assert extraction.candidate.name == "Siobhán O’Brien"
    assert "us-cpa" in {claim.catalog_id for claim in extraction.claims}


@pytest.mark.parametrize(
    "head",
    [
        "Incident Response\nThreat Modeling\nDana Reyes\ndana.reyes@example.com",
        "Penetration Testing Lead\nNorthwind Traders\nDana Reyes\ndana.reyes@example.com",
        "Amazon Web Services\nDana Reyes\ndana.reyes@example.com",
    ],
    ids=["skills", "title-and-company", "issuer"],
)
def test_skills_job_titles_companies_and_issuers_above_the_name_are_not_the_name(
    head: str,
) -> None:
    extraction = extract(f"{head}\n{_TEXT_BODY}".encode(), "resume.txt")

    assert extraction.candidate.name == "Dana Reyes"


def test_a_surname_that_is_also_a_title_word_is_still_a_name() -> None:
    text = f"Edith Head\nedith@example.com\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == "Edith Head"


def test_a_place_after_a_comma_in_a_contact_line_is_not_a_name() -> None:
    text = f"Senior Security Engineer\nSan Francisco, CA | dana@example.com\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name is None


def test_a_referees_email_does_not_make_the_referee_the_candidate() -> None:
    text = (
        f"Dana Reyes\ndr1984@example.com\n{_TEXT_BODY}\n"
        "REFERENCES\nJohn Smith\njohn.smith@example.org\n"
    )

    assert extract(text.encode(), "resume.txt").candidate.name == "Dana Reyes"


@pytest.mark.parametrize(
    "head",
    ["Dana Reyes Chartered MCIPD", "Dana Reyes, Chartered FCIPD", "Dana Reyes Chartered"],
    ids=["grade-and-letters", "after-a-comma", "letters-wrapped-away"],
)
def test_a_grade_written_before_post_nominals_is_no_part_of_the_name(head: str) -> None:
    # "Chartered MCIPD": a body's grade and its letters; a narrow line may wrap the letters.
    text = f"{head}\ndana.reyes@example.com\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == "Dana Reyes"


@pytest.mark.parametrize(
    "name",
    ["José Luis de la Garza Treviño", "Pieter-Jan van der Merwe", "Maria de los Angeles Ruiz"],
)
def test_particles_do_not_count_towards_a_names_length(name: str) -> None:
    text = f"Candidate: {name}\nAPPLICATION QUESTIONS\njl@example.com\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == name


@pytest.mark.parametrize(
    "name", ["Siti Aishah binti Rahmat", "Hafiz bin Othman", "Rhys ap Gwilym Pryce"]
)
def test_a_patronymic_particle_is_part_of_the_name(name: str) -> None:
    # Malay "binti" / "bin" and Welsh "ap" join a given name to a father's, as "van" does.
    text = f"{name}\nKuala Lumpur, Malaysia\nsa.rahmat@example.my\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == name


def test_particles_in_capitals_do_not_count_towards_a_names_length_either() -> None:
    text = f"MARÍA FERNANDA DE LOS SANTOS IBARRA\nmf@example.com\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == (
        "María Fernanda de los Santos Ibarra"
    )


@pytest.mark.parametrize("head", ["Ravi Das", "RAVI DAS"])
def test_a_surname_spelled_like_a_particle_is_still_the_surname(head: str) -> None:
    text = f"{head}\nravi@example.com\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == "Ravi Das"


def test_a_long_line_of_capitalised_words_is_still_no_name() -> None:
    # Six words that name no particle are a heading or a headline, however capitalised.
    text = f"Dana Reyes\nSix Long Capitalised Words Without Particles\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == "Dana Reyes"


def test_unknown_letters_after_a_name_the_email_spells_are_post_nominals() -> None:
    # A phone beside the name makes it a piece of a contact line; "FASSA" is no letters
    # credlens knows, but the address spells the surname before them.
    text = (
        "Pieter-Jan van der Merwe, FASSA, FIA, CERA  +27 82 555 7304\n"
        f"pj.vandermerwe@example.com\n{_TEXT_BODY}"
    )

    assert extract(text.encode(), "resume.txt").candidate.name == "Pieter-Jan van der Merwe"


def _labelled_rows_docx(name: str, email: str, rows: list[tuple[str, list[str]]]) -> bytes:
    """A Word résumé laid out by a two-column table: each row a bold label beside its text."""
    document = docx.Document()
    document.add_paragraph().add_run(name).bold = True
    document.add_paragraph(f"Aircraft Maintenance Engineer · Malmö · {email}")
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, paragraphs) in zip(table.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].text = paragraphs[0]
        for text in paragraphs[1:]:
            row.cells[1].add_paragraph(text)
    return _docx(document)


@pytest.mark.parametrize("status", ["WORKING ON", "IN PROGRESS", "Currently Pursuing"])
def test_a_particle_of_nobility_keeps_the_name_and_a_status_heading_is_never_one(
    status: str,
) -> None:
    # "af" (Swedish) is a particle as "van" is; a list's standing is a heading, not a person.
    data = _labelled_rows_docx(
        "Henrik af Ekström",
        "h.afekstrom@example.com",
        [
            ("EXPERIENCE", ["Engineer, Nordic Line Maintenance (2019–)", "• C-checks", "• AOG"]),
            ("CERTIFICATIONS", ["FAA Airframe and Powerplant Mechanic Certificate (2018)"]),
            (status, ["Part-66 B2 licence: module 13 booked for 2027"]),
        ],
    )

    assert extract(data, "resume.docx").candidate.name == "Henrik af Ekström"


def test_a_status_heading_is_no_name_when_no_line_names_the_candidate() -> None:
    text = f"IN PROGRESS\n------------\nCISSP, exam booked for May 2027\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name is None


@pytest.mark.parametrize("letters", ["LEED AP BD+C", "PMP, LEED AP BD+C", "LEED AP"])
def test_post_nominals_a_body_writes_as_several_capitals_follow_the_name(letters: str) -> None:
    text = f"Joost van Dalen, {letters}\njoost.vandalen@example.com\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name == "Joost van Dalen"


def test_a_place_of_several_words_after_a_comma_is_still_no_post_nominal() -> None:
    text = f"Dana Reyes, New York\n{_TEXT_BODY}"

    assert extract(text.encode(), "resume.txt").candidate.name is None
