"""A heading credlens has no word for, set in the type of the document's known section headings
(bold, a point or two over the body: not large enough to tell by size alone), is a heading of
the same rank: a status set so ("In progress") heads what is not held yet."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = "h2 { font-size: 11.5pt; font-weight: bold; }"


def test_a_status_in_the_type_of_the_section_headings_heads_what_is_not_held() -> None:
    body = (
        "<h1>Oskar Lindqvist-Amaro</h1><p>oskar.la@example.se</p>"
        "<h2>Experience</h2><p>Platform engineer, Nordvik Data AB (since 2019).</p>"
        "<p>Ran the company's Kubernetes platform for forty teams.</p>"
        "<p>Moved the billing system to managed databases.</p>"
        "<p>Cut the build times of the main repository by half.</p>"
        "<h2>Certifications</h2>"
        "<p>Certified Kubernetes Administrator (CKA) – The Linux Foundation – 2022</p>"
        "<h2>In progress</h2>"
        "<p>AWS Certified Solutions Architect – Associate – Amazon Web Services</p>"
        "<h2>Languages</h2><p>Swedish, Spanish, English</p>"
    )

    claims = extract(pdf(body, _CSS), "cv.pdf").claims

    assert [claim.title for claim in claims] == ["Certified Kubernetes Administrator"]


def test_bold_titles_in_the_headings_type_stay_titles_where_few_of_its_lines_are_headings() -> None:
    css = _CSS + " .title { font-size: 11.5pt; font-weight: bold; margin: 0; }"
    body = (
        "<h1>Oskar Lindqvist-Amaro</h1><p>oskar.la@example.se</p>"
        "<h2>Certifications</h2>"
        "<p class='title'>Kubernetes Administrator</p><p>The Linux Foundation, 2022</p>"
        "<p class='title'>Terraform Associate</p><p>HashiCorp, 2023</p>"
        "<p class='title'>Scrum Master</p><p>Scrum Alliance, 2021</p>"
        "<h2>Languages</h2><p>Swedish, Spanish, English</p>"
    )

    claims = extract(pdf(body, css), "cv.pdf").claims

    assert len(claims) == 3
