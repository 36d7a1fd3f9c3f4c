"""A deck of slides carries a running footer ("Name · Résumé 2026 · 3") at the foot of every
page; read column by column, the footer under the left column is read before the right
column's lines, in the middle of the page's reading order. A recruiter skips it wherever it is
read: it stands at the same height at the foot of every page."""

from __future__ import annotations

from extractors.models import Line, Page
from extractors.pdf import without_running_lines


def _line(text: str, x: float, y: float) -> Line:
    return Line(text=text, bbox=(x, y, x + 150.0, y + 9.0), size=9.0)


def _slide(number: int, left: list[str], right: list[str]) -> Page:
    lines = [
        *(_line(text, 40.0, 90.0 + 14 * row) for row, text in enumerate(left)),
        _line(f"Kofi Mensah · Résumé 2026 · {number}", 40.0, 423.0),
        *(_line(text, 420.0, 90.0 + 14 * row) for row, text in enumerate(right)),
    ]
    return Page(number=number, text="\n".join(x.text for x in lines), lines=tuple(lines))


def test_a_footer_at_every_page_s_foot_is_dropped_wherever_it_is_read() -> None:
    pages = (
        _slide(1, ["Kofi Mensah", "kofi.mensah@example.org"], []),
        _slide(2, ["About me", "Site engineer for", "water works in Ghana"],
               ["Volta Water Works", "Built two pumping stations", "Ran the night shift",
                "Trained six operators"]),
        _slide(3, ["Licences & certifications", "Confined Space Entry", "Accra Safety Institute"],
               ["Certified Water Treatment Operator", "Water Resources Commission",
                "Issued 2019", "Chlorine Handling"]),
        _slide(4, ["Languages", "English", "Twi"], ["French", "Ewe", "Ga", "Hausa"]),
    )  # fmt: skip

    cleaned = without_running_lines(pages)

    assert [line.text for line in cleaned[2].lines] == [
        "Licences & certifications",
        "Confined Space Entry",
        "Accra Safety Institute",
        "Certified Water Treatment Operator",
        "Water Resources Commission",
        "Issued 2019",
        "Chlorine Handling",
    ]
    assert not any("Résumé 2026" in line.text for page in cleaned[1:] for line in page.lines)
