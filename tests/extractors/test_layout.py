"""Layouts read by what their parts are, not where they happen to fall: a grid of cards, a rail
of dates beside entries, a field on its own line, a tail that opens with a dash."""

from __future__ import annotations

from extractors import Claim, Link, extract, load_catalog
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.sections import Section
from tests.extractors.documents import pdf

_HEAD = "<h1>Jane Doe</h1><p>jane@example.com</p>"


def _by_title(data: bytes) -> dict[str, Claim]:
    return {claim.title: claim for claim in extract(data, "cv.pdf").claims}


def _card(title: str, issuer: str, dates: str, number: str) -> str:
    return (
        f"<div class='card'><p><b>{title}</b></p><p>{issuer}</p><p>{dates}</p>"
        f"<p>Credential # {number}</p></div>"
    )


def test_a_grid_of_cards_is_read_card_by_card_and_the_page_goes_on_below_it() -> None:
    cards = [
        _card("Certified Information Security Manager", "ISACA", "Earned May 2021", "211893457"),
        _card("CompTIA Security+", "CompTIA", "Earned November 2017", "COMP001022334455"),
        _card("Certified Kubernetes Administrator", "Linux Foundation", "Earned May 2022", "LF-77"),
        _card("Project Management Professional", "PMI", "Earned July 2019", "3011876"),
    ]
    body = (
        _HEAD
        + "<h2>Certifications</h2><div class='grid'>"
        + "".join(cards)
        + "</div><h2>Experience</h2><p>Analyst, Globex (2019 – present)</p>"
        + "<p>Ran the monthly reporting pack.</p><p>Owned its controls.</p>"
    )
    css = (
        ".grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt 16pt; }"
        " .card { border: 1pt solid #999; padding: 6pt 9pt; }"
    )

    claims = _by_title(pdf(body, css))

    assert {title: claim.credential_id for title, claim in claims.items()} == {
        "Certified Information Security Manager": "211893457",
        "CompTIA Security+": "COMP001022334455",
        "Certified Kubernetes Administrator": "LF-77",
        "Project Management Professional": "3011876",
    }
    assert claims["CompTIA Security+"].issued_on == "2017-11"


def test_a_rail_of_dates_beside_entries_dates_each_entry() -> None:
    rows = [
        ("04/2023 –<br>04/2026", "Certified Kubernetes Administrator", "The Linux Foundation"),
        ("12/2023", "HashiCorp Certified: Terraform Associate", "HashiCorp"),
        (
            "06/2022 –<br>06/2024",
            "Bridge Safety Inspection Certificate",
            "National Highway Institute",
        ),
    ]
    body = (
        _HEAD
        + "<h2>Certifications</h2>"
        + "".join(
            f"<div class='row'><div class='when'>{when}</div><div><p><b>{title}</b></p>"
            f"<p>{issuer}</p></div></div>"
            for when, title, issuer in rows
        )
    )
    css = ".row { display: flex; margin-bottom: 6pt; } .when { flex: 0 0 62pt; font-size: 8.5pt; }"

    claims = _by_title(pdf(body, css))

    assert {title: (c.issued_on, c.expires_on, c.issuer) for title, c in claims.items()} == {
        "Certified Kubernetes Administrator": ("2023-04", "2026-04", "The Linux Foundation"),
        "HashiCorp Certified: Terraform Associate": ("2023-12", None, "HashiCorp"),
        "Bridge Safety Inspection Certificate": (
            "2022-06",
            "2024-06",
            "National Highway Institute",
        ),
    }


def test_fields_on_lines_of_their_own_are_not_a_name_that_wrapped() -> None:
    # The issuer is the widest line, so the next line's first word would not have fitted after
    # it: the lines are still three fields, and a bold title over a plain issuer is two.
    body = (
        _HEAD
        + "<h2>Certifications</h2>"
        + "<p><b>Bridge Safety Inspection Certificate</b></p>"
        + "<p>California Board for Professional Engineers</p>"
        + "<p>Earned Oct 2016</p><p>Credential # C-91234</p>"
        + "<p><b>Professional Engineer (PE)</b></p>"
    )

    claims = _by_title(pdf(body, "p { margin: 0; }"))

    claim = claims["Bridge Safety Inspection Certificate"]
    assert claim.issuer == "California Board for Professional Engineers"
    assert (claim.credential_id, claim.issued_on) == ("C-91234", "2016-10")
    assert len(claims) == 2


def _lines(*texts: str) -> list[ClaimLine]:
    return [
        ClaimLine(index=index, text=text, page=1, section=Section.CREDENTIALS)
        for index, text in enumerate(texts)
    ]


def _found(*texts: str) -> list[tuple[str, str | None, str | None, str | None]]:
    claims = finder_for(load_catalog().entries).find(_lines(*texts))
    return [(c.title, c.issuer, c.credential_id, c.issued_on) for c in claims]


def test_a_date_column_before_a_title_opens_a_new_entry() -> None:
    assert _found(
        "08/2019\tChartered Financial Analyst (CFA)",
        "CFA Institute",
        "02/2015\tChartered Accountant (ACA)",
        "ICAEW",
        "01/2021\tCertificate in Quantitative Finance (CQF)",
        "Fitch Learning",
    ) == [
        ("Chartered Financial Analyst", "CFA Institute", None, "2019-08"),
        ("ICAEW Chartered Accountant", "ICAEW", None, "2015-02"),
        ("Certificate in Quantitative Finance (CQF)", "Fitch Learning", None, "2021-01"),
    ]


def test_a_line_opening_with_a_dash_under_a_bare_title_is_its_tail() -> None:
    assert _found(
        "Deep Learning Specialization",
        "— DeepLearning.AI, Certificate No. DL4TBACI6T Earned March 2019",
    ) == [("Deep Learning Specialization", "DeepLearning.AI", "DL4TBACI6T", "2019-03")]
    # Items of a list bulleted with dashes stay items.
    assert [title for title, *_ in _found("– CISSP", "– CompTIA Security+")] == [
        "Certified Information Systems Security Professional",
        "CompTIA Security+",
    ]


def test_entries_each_with_a_date_are_not_one_name_that_wrapped() -> None:
    # The first entry is the widest line, so the next one's first word "would not have fitted".
    body = (
        _HEAD
        + "<h2>Certifications</h2>"
        + "<p>Chartered Financial Analyst (CFA) [CFA Institute] · 2019-08 · No. 219874</p>"
        + "<p>Chartered Accountant (ACA) [ICAEW] · 2015-02 · No. ICAEW-8837215</p>"
        + "<p>Certificate in Quantitative Finance (CQF) [Fitch Learning] · 2021-01</p>"
    )

    claims = extract(pdf(body, "p { margin: 0; }"), "cv.pdf").claims

    assert [(c.title, c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        ("Chartered Financial Analyst", "CFA Institute", "219874", "2019-08"),
        ("ICAEW Chartered Accountant", "ICAEW", "ICAEW-8837215", "2015-02"),
        ("Certificate in Quantitative Finance (CQF)", "Fitch Learning", None, "2021-01"),
    ]


def test_an_issuer_in_brackets_after_the_title_is_the_issuer() -> None:
    assert _found(
        "Professional Engineer (PE) [California Board for Professional Engineers] · 2016-10",
        "Chartered Accountant (ACA) (ICAEW), 2015-02, ID ICAEW-8837215",
        "Machine Learning (DeepLearning.AI), 2020",
    ) == [
        (
            "Professional Engineer",
            "California Board for Professional Engineers",
            None,
            "2016-10",
        ),
        ("ICAEW Chartered Accountant", "ICAEW", "ICAEW-8837215", "2015-02"),
        ("Machine Learning", "DeepLearning.AI", None, "2020"),
    ]


def test_a_line_ending_in_a_separator_goes_on_below_and_no_is_a_number() -> None:
    assert _found(
        "Project Management Professional (PMP) [Project Management Institute] · 2019-02 ·",
        "No. 3011876",
    ) == [("Project Management Professional", "Project Management Institute", "3011876", "2019-02")]


def test_a_line_of_link_text_under_an_entry_is_its_link_not_an_entry() -> None:
    badge = "https://www.credly.com/badges/5b0f7c2e-8a4d-4c1e-9f63-2d7e1a9b4c08/public_url"
    lines = [
        *_lines("Certified Kubernetes Administrator (CKA)", "The Linux Foundation"),
        ClaimLine(
            index=2,
            text="View badge ↗",
            page=1,
            section=Section.CREDENTIALS,
            links=(Link(url=badge, text="View badge ↗"),),
        ),
    ]

    claims = finder_for(load_catalog().entries).find(lines)

    assert [(c.title, c.url) for c in claims] == [("Certified Kubernetes Administrator", badge)]


def test_a_grid_with_an_odd_card_is_two_columns_not_a_table() -> None:
    # Three cards: the right column holds one, so it is short beside the left one; its rows
    # still share baselines with the left card's, which is no reason to read them across.
    cards = [
        _card("Chartered Financial Analyst (CFA)", "CFA Institute", "Earned August 2019", "219874"),
        _card("Chartered Accountant (ACA)", "ICAEW", "Earned February 2015", "ICAEW-8837215"),
        _card("Certificate in Quantitative Finance (CQF)", "Fitch Learning", "Earned 2021", "7781"),
    ]
    body = _HEAD + "<h2>Certifications</h2><div class='grid'>" + "".join(cards) + "</div>"
    css = ".grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt 16pt; }"

    claims = _by_title(pdf(body, css + " p { margin: 0; }"))

    assert {title: (c.issuer, c.credential_id) for title, c in claims.items()} == {
        "Chartered Financial Analyst": ("CFA Institute", "219874"),
        "ICAEW Chartered Accountant": ("ICAEW", "ICAEW-8837215"),
        "Certificate in Quantitative Finance (CQF)": ("Fitch Learning", "7781"),
    }


def test_an_unruled_table_with_close_columns_and_a_wrapped_header_is_read_row_by_row() -> None:
    # Narrow columns a few points apart (under the gap that splits cells on a line), header
    # cells that wrap and sit centred on their row, one rule under the header.
    rows = [
        ("AWS Certified Solutions Architect – Professional", "Amazon Web Services", "Q9R2T7XKDL",
         "04/2023", "04/2026"),
        ("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "LF-8x0b9q3w1d",
         "10/2021", "10/2024"),
        ("HashiCorp Certified: Terraform Associate", "HashiCorp", "", "12/2023", ""),
    ]  # fmt: skip
    header = "".join(
        f"<th>{label}</th>"
        for label in ("Certification", "Awarded by", "Credential number", "Date", "Expiry")
    )
    body_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    body = (
        _HEAD
        + "<h2>Certifications</h2>"
        + "<table><colgroup><col style='width:30%'><col style='width:22%'><col style='width:20%'>"
        + f"<col style='width:14%'><col style='width:14%'></colgroup><tr>{header}</tr>{body_rows}"
        + "</table>"
    )
    css = (
        "table { width: 100%; border-collapse: collapse; } td, th { padding: 2pt 3pt;"
        " vertical-align: top; text-align: left; } th { border-bottom: 1pt solid #999;"
        " vertical-align: middle; }"
    )

    claims = _by_title(pdf(body, css))

    assert {
        t: (c.issuer, c.credential_id, c.issued_on, c.expires_on) for t, c in claims.items()
    } == {
        "AWS Certified Solutions Architect – Professional": (
            "Amazon Web Services",
            "Q9R2T7XKDL",
            "2023-04",
            "2026-04",
        ),
        "Certified Kubernetes Administrator": (
            "The Linux Foundation",
            "LF-8x0b9q3w1d",
            "2021-10",
            "2024-10",
        ),
        "HashiCorp Certified: Terraform Associate": ("HashiCorp", None, "2023-12", None),
    }


def test_a_table_row_without_labels_gives_its_id_by_shape_and_its_later_date_as_expiry() -> None:
    lines = [
        ClaimLine(
            index=0,
            text="Certified Kubernetes Administrator (CKA) | The Linux Foundation | LF-8x0b9q3w1d"
            " | 10/2021 | 10/2024",
            page=1,
            section=Section.CREDENTIALS,
            table_row=True,
        ),
        ClaimLine(
            index=1,
            text="CompTIA Security+ | CompTIA | 2017 | 11/2023",
            page=1,
            section=Section.CREDENTIALS,
            table_row=True,
        ),
    ]

    claims = finder_for(load_catalog().entries).find(lines)

    assert [(c.credential_id, c.issued_on, c.expires_on) for c in claims] == [
        ("LF-8x0b9q3w1d", "2021-10", "2024-10"),
        (None, "2017", "2023-11"),
    ]


def test_a_heading_standing_in_a_gutter_of_dates_does_not_split_the_dates_from_entries() -> None:
    rows = [
        ("May 2020 – May 2026", "Certified Information Systems Security Professional", "ISC2"),
        ("Nov 2017 – Nov 2023", "CompTIA Security+", "CompTIA"),
        ("Mar 2021 – present", "Certified Information Security Manager", "ISACA"),
    ]

    def row(when: str, what: str, detail: str) -> str:
        return (
            f"<div class='row'><div class='when'>{when}</div><div class='entry'>"
            f"<p><b>{what}</b></p><p>{detail}</p></div></div>"
        )

    body = (
        _HEAD
        + "<h2>Certifications</h2>"
        + "".join(row(*fields) for fields in rows)
        + "<h2>Education</h2>"
        + row("2010 – 2014", "BSc Mathematics", "University of Leeds")
    )
    css = (
        ".row { display: flex; } .when { flex: 0 0 100pt; text-align: right; font-size: 8pt;"
        " padding: 1pt 9pt 0 0; white-space: nowrap; }"
        " .entry { padding: 0 0 6pt 10pt; border-left: 1pt solid #999; }"
    )

    claims = _by_title(pdf(body, css))

    assert {title: (c.issuer, c.issued_on, c.expires_on) for title, c in claims.items()} == {
        "Certified Information Systems Security Professional": ("ISC2", "2020-05", "2026-05"),
        "CompTIA Security+": ("CompTIA", "2017-11", "2023-11"),
        "Certified Information Security Manager": ("ISACA", "2021-03", None),
    }


def test_a_bold_title_after_an_icon_wraps_onto_the_lines_under_the_icon() -> None:
    icon = (
        "<svg width='9pt' height='9pt' viewBox='0 0 24 24'><circle cx='12' cy='9' r='6'"
        " fill='none' stroke='black'/></svg>"
    )
    entries = [
        ("Certified Information Systems Security Professional (CISSP)", "ISC2", "785421"),
        ("AWS Certified Security – Specialty", "Amazon Web Services", "AWS-SCS-4471190"),
        ("Certified Information Security Manager (CISM)", "ISACA", "211893457"),
    ]
    cards = "".join(
        f"<p><b>{icon} {title}</b></p><p>{issuer}</p><p>Credential ID {number}</p>"
        for title, issuer, number in entries
    )
    body = _HEAD + f"<div class='side'><h2>Certifications</h2>{cards}</div>"
    css = ".side { width: 150pt; } svg { margin-right: 4pt; vertical-align: -1pt; }"

    claims = _by_title(pdf(body, css))

    assert {title: (c.issuer, c.credential_id) for title, c in claims.items()} == {
        "Certified Information Systems Security Professional": ("ISC2", "785421"),
        "AWS Certified Security – Specialty": ("Amazon Web Services", "AWS-SCS-4471190"),
        "Certified Information Security Manager": ("ISACA", "211893457"),
    }


def test_a_grid_of_three_cards_a_row_is_read_card_by_card() -> None:
    cards = [
        _card("Certified Information Security Manager", "ISACA", "Earned May 2021", "211893457"),
        _card("CompTIA Security+", "CompTIA", "Earned November 2017", "COMP-4471"),
        _card("Certified Kubernetes Administrator", "Linux Foundation", "Earned May 2022", "LF-77"),
        _card("Project Management Professional", "PMI", "Earned July 2019", "3011876"),
    ]
    body = (
        _HEAD
        + "<h2>Certifications</h2><div class='grid'>"
        + "".join(cards)
        + "</div><h2>Experience</h2><p>Analyst, Globex (2019 – present)</p>"
    )
    css = (
        ".grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 7pt; }"
        " .card { border: 1pt solid #999; padding: 7pt; }"
    )

    claims = _by_title(pdf(body, css))

    assert {title: (c.issuer, c.credential_id) for title, c in claims.items()} == {
        "Certified Information Security Manager": ("ISACA", "211893457"),
        "CompTIA Security+": ("CompTIA", "COMP-4471"),
        "Certified Kubernetes Administrator": ("Linux Foundation", "LF-77"),
        "Project Management Professional": ("Project Management Institute", "3011876"),
    }


def test_a_hanging_title_keeps_a_last_word_that_names_a_section_and_its_colon_break() -> None:
    icon = "<svg width='9pt' height='9pt' viewBox='0 0 24 24'><rect width='20' height='20'/></svg>"
    entries = [
        ("HashiCorp Certified: Terraform Associate (003)", "HashiCorp", "Dec 2023"),
        ("Bridge Safety Inspection Certificate", "National Highway Institute", "Mar 2020"),
    ]
    cards = "".join(
        f"<p><b>{icon} {title}</b></p><p>{issuer}</p><p>{when}</p>"
        for title, issuer, when in entries
    )
    body = _HEAD + f"<div class='side'><h2>Certifications</h2>{cards}</div>"
    css = ".side { width: 180pt; } svg { margin-right: 4pt; vertical-align: -1pt; }"

    claims = _by_title(pdf(body, css))

    assert {title: (c.issuer, c.issued_on) for title, c in claims.items()} == {
        "HashiCorp Certified: Terraform Associate": ("HashiCorp", "2023-12"),
        "Bridge Safety Inspection Certificate": ("National Highway Institute", "2020-03"),
    }


def test_a_verify_button_read_after_another_column_still_belongs_to_the_card_above_it() -> None:
    # Two cards side by side; the left card is longer, so its "Verify" button is read after
    # the right column, under a card that is not its own.
    badge = "https://www.credly.com/badges/9a4c2e7f-5b1d-4e3a-8c69/public_url"
    other = "https://www.credly.com/badges/c83e1f4a-7b2d-4e95-a0c6/public_url"
    rows = [
        ("Google Cloud Professional Cloud Architect", (50, 335, 184, 344)),
        ("Google Cloud", (50, 361, 114, 371)),
        ("Issued Jun 2022 · Expires Jun 2024", (50, 376, 188, 386)),
        ("Certified Kubernetes Administrator (CKA)", (223, 192, 328, 201)),
        ("The Linux Foundation", (223, 219, 325, 228)),
        ("Issued Oct 2021", (223, 234, 300, 243)),
        ("Verify", (235, 280, 262, 288)),
        ("Verify", (62, 410, 89, 418)),
    ]
    badges = {280: other, 410: badge}
    lines = [
        ClaimLine(
            index=index,
            text=text,
            page=1,
            section=Section.CREDENTIALS,
            bbox=box,
            links=(
                (Link(url=badges[box[1]], text="Verify", page=1, bbox=box),)
                if text == "Verify"
                else ()
            ),
        )
        for index, (text, box) in enumerate(rows)
    ]

    claims = finder_for(tuple(load_catalog().entries)).find(lines)

    assert {claim.title: claim.url for claim in claims} == {
        "Professional Cloud Architect": badge,
        "Certified Kubernetes Administrator": other,
    }


def test_a_bold_title_wraps_by_the_width_of_bold_letters() -> None:
    # At this width "Systems" would fit after "Certified Information" in regular type, not in
    # bold: the title wrapped, and is one.
    cards = "".join(
        f"<p><b>{title}</b></p><p>{issuer}</p><p>Issued {issued} · Expires {expires}</p>"
        for title, issuer, issued, expires in [
            (
                "Certified Information Systems Security Professional (CISSP)",
                "ISC2",
                "May 2020",
                "May 2026",
            ),
            ("Certified Information Security Manager (CISM)", "ISACA", "Mar 2021", "Mar 2027"),
        ]
    )
    body = _HEAD + f"<h2>Certifications</h2><div class='side'>{cards}</div>"
    css = "body { font-size: 9pt; } .side { width: 152pt; }"

    claims = _by_title(pdf(body, css))

    assert sorted(claims) == [
        "Certified Information Security Manager",
        "Certified Information Systems Security Professional",
    ]
