"""blind-18's two PDFs written as bytes (``blind18_pdf.py``): an employer's application form
filled in a PDF reader and saved (every answer a filled AcroForm text field, drawn only in the
field's appearance stream), and a designer's résumé whose section headings run up the left
margin, turned 90°, the titles and dates in small capitals made of two sizes of capitals."""

from __future__ import annotations

from tests.rendered.blind18_pdf import A4, Page, Widget, build_pdf, literal, width, wrap
from tests.rendered.contents import Content, Credential
from tests.rendered.layout import month

# -- the application form ----------------------------------------------------------------------

_ROWS = 6
_LEFT, _RIGHT = 40.0, 555.0


def _field(
    page: Page,
    label: str,
    name: str,
    value: str,
    x: float,
    y: float,
    w: float,
    h: float = 16,
    multiline: bool = False,
) -> None:
    page.text(x, y + h + 3, label, "F1", 7, grey=0.3)
    page.widgets.append(
        Widget(name, value, (x, y, x + w, y + h), 9 if not multiline else 8.5, multiline)
    )


def _heading(page: Page, y: float, text: str) -> None:
    page.rect(_LEFT, y - 4, _RIGHT - _LEFT, 16, fill=0.86)
    page.text(_LEFT + 4, y, text, "F2", 9.5)


def acroform(content: Content) -> bytes:
    page = Page()
    page.text(_LEFT, 800, "HALVORSEN & PARTNERS TALENT SOLUTIONS", "F2", 13)
    page.text(
        _LEFT,
        785,
        "Candidate application form: technical and professional roles (v4.2)",
        "F1",
        9,
        grey=0.25,
    )
    page.text(
        _LEFT,
        772,
        "Please complete every section. The form may be filled in on screen.",
        "F3",
        7.5,
        grey=0.35,
    )
    _heading(page, 750, "1. Personal details")
    _field(page, "Full name", "name", content.name, _LEFT, 715, 250)
    _field(
        page,
        "Post-nominal letters (if any)",
        "postnominals",
        ", ".join(content.post_nominals),
        300,
        715,
        255,
    )
    _field(page, "E-mail address", "email", content.email, _LEFT, 685, 250)
    _field(page, "Telephone", "phone", content.phone, 300, 685, 120)
    _field(page, "Town / country of residence", "location", content.location, 430, 685, 125)
    _field(page, "Position applied for", "position", content.headline, _LEFT, 655, 515)
    _heading(page, 625, "2. Current or most recent employment")
    _field(page, "Employer", "employer", content.employer, _LEFT, 590, 250)
    _field(page, "Job title", "role", content.role, 300, 590, 255)
    _field(
        page,
        "Main duties and achievements",
        "duties",
        " ".join(content.bullets),
        _LEFT,
        520,
        515,
        50,
        multiline=True,
    )
    _field(
        page,
        "Personal statement",
        "statement",
        content.summary,
        _LEFT,
        468,
        515,
        34,
        multiline=True,
    )
    _heading(page, 440, "3. Professional qualifications, licences and certifications held")
    columns = (
        ("Qualification / certificate", 185),
        ("Awarding body", 120),
        ("Certificate / licence no.", 100),
        ("Obtained", 55),
        ("Expires", 55),
    )
    x = _LEFT
    for label, room in columns:
        page.text(x, 424, label, "F2", 6.5, grey=0.3)
        x += room
    y = 400.0
    for index in range(_ROWS):
        held: Credential | None = (
            content.credentials[index] if index < len(content.credentials) else None
        )
        values = (
            ("", "", "", "", "")
            if held is None
            else (
                held.title,
                held.issuer,
                held.credential_id or "",
                month(held.issued_on, "slash"),
                month(held.expires_on, "slash"),
            )
        )
        x = _LEFT
        for (_label, room), value, key in zip(columns, values, "tbnoe", strict=True):
            page.widgets.append(
                Widget(
                    f"q{index + 1}{key}",
                    value,
                    (x, y, x + room - 3, y + 20),
                    7.5,
                    multiline=key in "tb",
                )
            )
            x += room
        page.text(_LEFT, y - 9, "Online verification link", "F1", 6.5, grey=0.3)
        page.widgets.append(
            Widget(
                f"q{index + 1}url",
                (held.url or "") if held else "",
                (_LEFT + 80, y - 12, _RIGHT, y - 1),
                7.5,
            )
        )
        y -= 36
    _field(
        page,
        "Qualifications being studied for, booked or not yet awarded",
        "pending",
        "; ".join(content.section_negatives),
        _LEFT,
        y - 22,
        515,
        26,
        multiline=True,
    )
    _field(
        page, "Key skills and languages", "skills", ", ".join(content.skills), _LEFT, y - 62, 515
    )
    page.text(
        _LEFT,
        50,
        "I confirm that the information given on this form is true and complete.",
        "F3",
        7.5,
        grey=0.35,
    )
    page.text(_LEFT, 38, "Signed ______________________   Date ____________", "F1", 8)
    return build_pdf([page], f"Application form - {content.name}")


# -- the résumé with turned headings -------------------------------------------------------------

_BODY = 120.0
_EDGE = 555.0
_SIZE = 9.5


def _caps(text: str, size: float, font: str = "F2") -> list[tuple[str, str, float]]:
    """Small capitals as a layout program fakes them: capitals and figures at ``size``, lower
    case letters as capitals at 78 %."""
    runs: list[tuple[str, str, float]] = []
    for char in text:
        small = char.islower()
        run = (char.upper(), font, round(size * 0.78, 2) if small else size)
        if runs and runs[-1][1:] == run[1:]:
            runs[-1] = (runs[-1][0] + run[0], font, run[2])
        else:
            runs.append(run)
    return runs


def _caps_width(runs: list[tuple[str, str, float]]) -> float:
    return sum(width(text, font, size) for text, font, size in runs)


class _Flow:
    """Pages filled top to bottom, each section's heading turned up the left margin."""

    def __init__(self) -> None:
        self.pages = [Page()]
        self.y = 0.0
        #: The page and height the last turned heading reaches down to.
        self.floor = (0, A4[1])

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, room: float) -> None:
        if self.y - room < 56:
            self.pages.append(Page())
            self.y = 800.0
            self.page.rect(0, 0, 96, A4[1], fill=0.93)

    def heading(self, title: str) -> None:
        runs = _caps(title, 13)
        long = _caps_width(runs)
        if self.pages.index(self.page) == self.floor[0]:
            self.y = min(self.y, self.floor[1])
        self.need(long + 10)
        self.y -= 14
        self.page.rect(100, self.y + 6 - long, 1.2, long, fill=0.2)
        # turned 90° counter-clockwise: it reads upwards, ending at the section's top
        start = self.y + 6 - long
        self.floor = (self.pages.index(self.page), start - 16)
        parts = [f"BT 0.25 g 0 1 -1 0 82 {start:.2f} Tm".encode()]
        for text, font, size in runs:
            parts.append(f"/{font} {size:g} Tf ".encode() + literal(text) + b" Tj")
        parts.append(b"ET")
        self.page.ops.append(b" ".join(parts))

    def line(
        self, text: str, font: str = "F1", size: float = _SIZE, indent: float = 0, gap: float = 12.5
    ) -> None:
        for piece in wrap(text, font, size, _EDGE - _BODY - indent):
            self.need(gap)
            self.page.text(_BODY + indent, self.y, piece, font, size)
            self.y -= gap

    def caps_line(self, title: str, right: str) -> None:
        runs = _caps(title, 10.5)
        right_runs = _caps(right, 9, "F1")
        room = _EDGE - _BODY - _caps_width(right_runs) - 14
        self.need(14)
        if _caps_width(runs) > room:  # the title takes a line of its own
            words, line = title.split(), ""
            for word in words:
                if line and _caps_width(_caps(f"{line} {word}", 10.5)) > room:
                    self.page.runs(_BODY, self.y, _caps(line, 10.5))
                    self.y -= 13
                    self.need(14)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            runs = _caps(line, 10.5)
        self.page.runs(_BODY, self.y, runs)
        self.page.runs(_EDGE - _caps_width(right_runs), self.y, right_runs)
        self.y -= 13


def vertical(content: Content) -> bytes:
    flow = _Flow()
    page = flow.page
    page.rect(0, 0, 96, A4[1], fill=0.93)
    name = ", ".join([content.name, *content.post_nominals])
    page.runs(_BODY, 786, _caps(name, 24))
    page.runs(_BODY, 766, _caps(content.headline, 11, "F1"))
    contact = f"{content.location}  |  {content.phone}  |  {content.email}"
    page.text(_BODY, 748, contact, "F1", 8.5, grey=0.2)
    x = _BODY
    for text, url in content.contact_links:
        shown = f"{text}: {url.removeprefix('https://')}"
        page.text(x, 736, shown, "F1", 8.5, grey=0.2)
        page.link(x, 733, width(shown, "F1", 8.5), 10, url)
        x += width(shown, "F1", 8.5) + 18
    flow.y = 712
    flow.heading("Profile")
    flow.line(content.summary)
    flow.y -= 8
    flow.heading("Certifications")
    for held in content.credentials:
        dates = month(held.issued_on, "full")
        if held.expires_on:
            dates = f"{dates} to {month(held.expires_on, 'full')}"
        flow.caps_line(held.title, dates)
        detail = held.issuer + (
            f"  ·  Certificate no. {held.credential_id}" if held.credential_id else ""
        )
        flow.line(detail, "F1", 9, gap=11.5)
        if held.url:
            flow.need(12)
            flow.page.text(_BODY, flow.y, held.url, "F1", 7.5, grey=0.3)
            flow.page.link(_BODY, flow.y - 2, width(held.url, "F1", 7.5), 9, held.url)
            flow.y -= 11
        flow.y -= 6
    for pending in content.section_negatives:
        flow.line(pending, "F3", 8.5, gap=11)
    flow.y -= 8
    flow.heading("Experience")
    flow.caps_line(content.role, "2019 to present")
    flow.line(content.employer, "F3", 9.5)
    for bullet in content.bullets:
        flow.line(f"–  {bullet}", indent=6)
    flow.y -= 8
    flow.heading("Skills")
    flow.line("  ·  ".join(content.skills))
    return build_pdf(flow.pages, f"{content.name} - Résumé")
