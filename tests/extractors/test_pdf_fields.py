"""A filled PDF form's answers (``extractors/pdf_fields.py``): each field's value read where
its widget sits on the page, beside the printed label, as a person reads the filled form; an
empty field adds nothing, a value the page already shows is not read twice, and a broken
form entry costs that entry only."""

from __future__ import annotations

from extractors import extract
from extractors.reading import read
from tests.extractors.form_pdfs import Field, form_pdf, label, text

_ROWS = (
    ("Certification:", "certification", "Certified Hoist Operator Level 2"),
    ("Issuer:", "issuer", "Ridgeway Lifting Council"),
    ("Credential ID:", "number", "RLC-40917"),
    ("Date obtained:", "obtained", "04/2022"),
)


def _application(
    values: dict[str, str | None] | None = None, *, drawn: bool = False, **form: object
) -> bytes:
    """An application form: the name and e-mail boxes under their labels, then one
    certification's four labelled boxes a row; ``drawn`` also prints each value on the page
    inside its box (a form flattened but still carrying its fields)."""
    answers: dict[str, str | None] = {
        "name": "Marisol Quintero",
        "email": "marisol.quintero@example.org",
        **{name: value for _, name, value in _ROWS},
        **(values or {}),
    }
    operators = [
        label(50, 800, "Application for employment", 14),
        label(50, 775, "Full name"),
        label(320, 775, "E-mail address"),
        label(50, 715, "Certifications held", 11),
    ]
    fields = [
        Field("name", None, (50, 752, 300, 770)),
        Field("email", None, (320, 752, 545, 770)),
    ]
    y = 685.0
    for printed, name, _ in _ROWS:
        operators.append(label(50, y + 5, printed, 9))
        fields.append(Field(name, None, (150, y, 545, y + 18)))
        y -= 24
    placed = []
    for field in fields:
        value = answers[field.name]
        placed.append(
            Field(field.name, None if value is None else text(value), field.rect, field.kind)
        )
        if drawn and value:
            operators.append(label(field.rect[0] + 2, field.rect[1] + 5, value, 9))
    return form_pdf(operators, placed, **form)  # type: ignore[arg-type]


def _lines(data: bytes) -> list[str]:
    return [line.text for page in read(data, "form.pdf").pages for line in page.lines]


def test_each_answer_is_read_beside_its_label_and_makes_the_claim() -> None:
    data = _application()

    result = extract(data, "application.pdf")

    assert [(c.title, c.issuer, c.credential_id, c.issued_on) for c in result.claims] == [
        ("Certified Hoist Operator Level 2", "Ridgeway Lifting Council", "RLC-40917", "2022-04")
    ]
    assert result.candidate.name == "Marisol Quintero"
    assert result.candidate.emails == ("marisol.quintero@example.org",)


def test_a_multiline_answer_wraps_inside_its_box_and_reads_in_order() -> None:
    duties = (
        "Planned every lift on the Harbour Street site, checked the rigging each morning "
        "and trained four new banksmen in signalling and exclusion zones."
    )
    data = form_pdf(
        [label(50, 780, "Main duties", 9), label(50, 690, "Signed", 9)],
        [Field("duties", text(duties), (50, 715, 300, 775), extra="/Ff 4096")],
    )

    lines = _lines(data)

    assert lines[0] == "Main duties"
    assert lines[-1] == "Signed"
    assert len(lines) > 3  # wrapped to the box, not one line across the page
    assert " ".join(lines[1:-1]) == duties


def test_an_empty_field_adds_nothing_and_a_form_without_fields_reads_its_labels() -> None:
    assert _lines(_application({"number": ""})) == [
        "Application for employment",
        "Full name",
        "Marisol Quintero",
        "Certifications held",
        "Certification:\tCertified Hoist Operator Level 2",
        "Issuer:\tRidgeway Lifting Council",
        "Credential ID:",
        "Date obtained:\t04/2022",
        "E-mail address",
        "marisol.quintero@example.org",
    ]


def test_a_value_the_page_already_shows_in_its_box_is_read_once() -> None:
    flattened = _lines(_application(drawn=True))

    assert flattened == _lines(_application())
    assert sum("RLC-40917" in line for line in flattened) == 1


def test_a_broken_fields_list_or_field_costs_no_other_answer() -> None:
    broken = _application(field_list="[99 0 R 7 (not a field) /Oops]")
    fields_not_a_list = _application(field_list="12")

    assert _lines(broken) == _lines(_application())
    assert _lines(fields_not_a_list) == _lines(_application())
    bad_rect = form_pdf(
        [label(50, 780, "Issuer:", 9)],
        [
            Field("bad", text("Nowhere"), (0, 0, 0, 0)),
            Field("worse", b"<< /Nested (dict) >>", (150, 770, 300, 790)),
            Field("issuer", text("Ridgeway Lifting Council"), (150, 775, 400, 790)),
        ],
    )
    assert _lines(bad_rect) == ["Issuer:\tRidgeway Lifting Council"]


def test_ticked_boxes_and_chosen_options_read_as_shown() -> None:
    data = form_pdf(
        [label(50, 780, "Licence held:", 9), label(50, 750, "Level:", 9)],
        [
            Field("held", b"/Yes", (150, 776, 162, 788), kind="Btn", extra="/AS /Yes"),
            Field("unheld", b"/Off", (200, 776, 212, 788), kind="Btn", extra="/AS /Off"),
            Field(
                "level",
                text("L3"),
                (150, 746, 400, 760),
                kind="Ch",
                extra="/Ff 131072 /Opt [[(L2) (Level 2 Rigger)] [(L3) (Level 3 Rigger)]]",
            ),
        ],
    )

    assert _lines(data) == ["Licence held:\t☒", "Level:\tLevel 3 Rigger"]


def test_a_value_in_windows_1252_bytes_keeps_its_dash() -> None:
    data = form_pdf(
        [label(50, 780, "Certification:", 9)],
        [Field("title", b"(AWS Certified Developer \x96 Associate)", (150, 775, 450, 791))],
    )

    assert _lines(data) == ["Certification:\tAWS Certified Developer – Associate"]


def test_widgets_outside_a_form_are_not_read() -> None:
    data = _application(acroform=False)

    assert "Marisol Quintero" not in _lines(data)
