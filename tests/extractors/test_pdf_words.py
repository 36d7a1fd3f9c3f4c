"""Words as pdfplumber splits them, joined again where the split is only a change of type."""

from __future__ import annotations

from extractors import extract, read
from tests.extractors.documents import pdf


def _small_caps(text: str) -> str:
    """Small capitals as LaTeX's \\textsc prints them: each word a tall first capital and the
    rest in capitals of a smaller type."""
    return " ".join(
        f"<span class='big'>{word[0]}</span><span class='small'>{word[1:].upper()}</span>"
        for word in text.split()
    )


_SMALL_CAPS = ".big { font-size: 14pt; } .small { font-size: 10pt; } p { margin: 0; }"
_BODY = (
    f"<h1>{_small_caps('Noor Haddad')}</h1><p>noor@example.com</p>"
    f"<h2>{_small_caps('Certifications')}</h2>"
    "<p>Certified Kubernetes Administrator (CKA) | The Linux Foundation</p>"
    "<p>ID LF-7x2k9q</p>"
)


def test_small_capitals_are_read_as_whole_words() -> None:
    data = pdf(_BODY, _SMALL_CAPS)
    lines = [line.text for page in read(data, "cv.pdf").pages for line in page.lines]
    result = extract(data, "cv.pdf")

    assert "CERTIFICATIONS" in lines
    assert result.candidate.name == "Noor Haddad"
    (claim,) = result.claims
    assert claim.credential_id == "LF-7x2k9q"


def test_words_of_one_size_stay_apart() -> None:
    data = pdf("<h1>Noor Haddad</h1><p>A B C</p>", "p { margin: 0; }")
    lines = [line.text for page in read(data, "cv.pdf").pages for line in page.lines]

    assert lines == ["Noor Haddad", "A B C"]


def test_letter_spaced_small_capitals_are_whole_words_and_head_the_date_rail() -> None:
    # Small capitals a little letter-spaced: a sliver of a point between the tall capital and
    # the rest. Read whole, the heading is a heading beside the date rail, not a date's label.
    css = (
        _SMALL_CAPS + " body { font-family: 'DejaVu Serif'; font-size: 10pt; }"
        " .big { font-size: 13pt; } .small { font-size: 9pt; }"
        " h2 { font-weight: normal; letter-spacing: 0.06em; }"
        " .row { display: flex; } .when { width: 80pt; font-size: 8pt; }"
    )
    body = (
        "<h1>Noor Haddad</h1><p>noor@example.com</p>"
        f"<h2>{_small_caps('Certificates')}</h2>"
        "<div class='row'><div class='when'>2020-09</div><div><p>Gold Seal Certification</p>"
        "<p>Canadian Construction Association</p></div></div>"
        "<div class='row'><div class='when'>2024-01</div><div><p>Working at Heights Training</p>"
        "<p>Infrastructure Health &amp; Safety Association</p></div></div>"
    )
    data = pdf(body, css)
    lines = [line.text for page in read(data, "cv.pdf").pages for line in page.lines]
    claims = extract(data, "cv.pdf").claims

    assert "CERTIFICATES" in lines
    assert [(c.title, c.issued_on) for c in claims] == [
        ("Gold Seal Certification", "2020-09"),
        ("Working at Heights Training", "2024-01"),
    ]
