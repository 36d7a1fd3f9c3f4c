"""A CV in two languages labels each field in both ("Organisme / Issuer :") and heads its
sections in both ("EN COURS / IN PROGRESS"); printed, its labels stand in a column of their own
at a tab stop's distance from their values. Each label is one field's, each heading one
section's, and each label is read with the value on its row."""

from __future__ import annotations

from extractors import Claim, extract
from extractors.label_pairs import one_language_label
from tests.extractors.documents import pdf


def _fields(claims: tuple[Claim, ...]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.title, c.issuer, c.issued_on, c.credential_id) for c in claims]


def test_a_label_in_two_languages_is_read_in_the_one_credlens_knows() -> None:
    text = (
        "Marta Lindqvist\n"
        "marta.lindqvist@example.org\n\n"
        "ZERTIFIKATE / CERTIFICATES\n\n"
        "Offshore Crane Operator, Category B\n"
        "Aussteller / Issuer : Nordic Lifting Academy\n"
        "Ausgestellt / Issued : März 2021\n"
        "Nr. / No. : NLA-21-0388\n\n"
        "Confined Space Rescue Team Leader\n"
        "Issued by / Délivré par : Baltic Rescue School\n"
        "Issued / Obtenu : 2019\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert _fields(claims) == [
        ("Offshore Crane Operator, Category B", "Nordic Lifting Academy", "2021-03", "NLA-21-0388"),
        ("Confined Space Rescue Team Leader", "Baltic Rescue School", "2019", None),
    ]


def test_a_label_pair_whose_halves_name_no_field_stays_as_written() -> None:
    assert one_language_label("Kran / Crane : Liebherr BOS 4200") == (
        "Kran / Crane : Liebherr BOS 4200"
    )
    assert one_language_label("Délivré par / Issued by : Baltic Rescue School") == (
        "Délivré par : Baltic Rescue School"
    )


def test_a_status_heading_in_two_languages_heads_what_is_not_held_yet() -> None:
    body = (
        "<h1>Marta Lindqvist</h1><p>marta.lindqvist@example.org</p>"
        "<h2>CERTIFICATS / CERTIFICATES</h2>"
        "<p><b>Offshore Crane Operator, Category B</b></p><p>Nordic Lifting Academy, 2021</p>"
        "<h2>EN COURS / IN PROGRESS</h2>"
        "<p>• AWS Certified Security – Specialty: study group, first mock test passed</p>"
        "<h2>LANGUES / LANGUAGES</h2><p>Swedish, English, French</p>"
    )

    # Headings in bold capitals of the body's size, as a word processor's template sets them.
    claims = extract(pdf(body, "h2 { font-size: 10pt; }"), "cv.pdf").claims

    assert [claim.title for claim in claims] == ["Offshore Crane Operator, Category B"]


def test_a_column_of_labels_is_read_row_by_row_with_the_values_beside_it() -> None:
    def entry(title: str, issuer: str, issued: str, number: str) -> str:
        rows = (("Organisme / Issuer :", issuer), ("Obtenu / Issued :", issued))
        rows += (("N° / No. :", number),)
        cells = "".join(f"<p><span class='l'>{label}</span>{value}</p>" for label, value in rows)
        return f"<p><b>{title}</b></p><div class='f'>{cells}</div>"

    body = (
        "<h1>Marta Lindqvist</h1><p>marta.lindqvist@example.org</p>"
        "<h2>CERTIFICATIONS / CERTIFICATIONS</h2>"
        + entry(
            "Offshore Crane Operator, Category B",
            "Nordic Lifting Academy",
            "mars 2021",
            "NLA-21-0388",
        )
        + entry(
            "Confined Space Rescue Team Leader", "Baltic Rescue School", "juin 2019", "BRS-5512"
        )
    )
    css = ".f { margin-left: 12pt; } .l { display: inline-block; width: 130pt; }"

    claims = extract(pdf(body, css), "cv.pdf").claims

    assert _fields(claims) == [
        ("Offshore Crane Operator, Category B", "Nordic Lifting Academy", "2021-03", "NLA-21-0388"),
        ("Confined Space Rescue Team Leader", "Baltic Rescue School", "2019-06", "BRS-5512"),
    ]
