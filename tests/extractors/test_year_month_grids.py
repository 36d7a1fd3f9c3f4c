"""A Japanese-style résumé (rirekisho) in English: "Year | Month | entry" grids, one for work
history and one for licences, each under a header row of its own, printed from a browser."""

from __future__ import annotations

from extractors import extract
from extractors.tables import table_entries
from tests.extractors.documents import pdf

_CSS = (
    "table { border-collapse: collapse; width: 100% } td, th { border: 0.6pt solid #444;"
    " padding: 3pt; text-align: left; font-weight: normal } td.y, td.m { width: 8% }"
)


def _grid(label: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<tr><td class='y'>{y}</td><td class='m'>{m}</td><td>{e}</td></tr>"
                   for y, m, e in rows)  # fmt: skip
    return f"<table><tr><th>Year</th><th>Month</th><th>{label}</th></tr>{body}</table>"


def test_a_year_and_month_grid_under_a_licences_header_holds_credentials() -> None:
    data = pdf(
        "<h1>R É S U M É</h1><table><tr><td>Name</td><td>Oskar Lindqvist-Hale</td></tr>"
        "<tr><td>E-mail</td><td>o.lindqvist@example.se</td></tr></table><br>"
        + _grid("Education / Work History", [
            ("2016", "9", "Joined Nordvik Crane Hire AB as Mobile Crane Operator"),
            ("", "", "Lifted precast units on six hospital projects"),
        ])
        + "<br>"
        + _grid("Licenses / Qualifications", [
            ("2015", "4", "Obtained Mobile Crane Operator Certificate, Swedish Work Environment"
             " Authority, No. SE-MC-40127"),
            ("2021", "11", "Obtained Rigging and Slinging Certificate, Nordic Lifting Academy"),
        ])
        + "<table><tr><td>Special skills</td><td>Tandem lifts, LICCON planning</td></tr></table>",
        _CSS,
    )  # fmt: skip

    claims = extract(data, "resume.pdf").claims

    assert [(claim.title, claim.issued_on) for claim in claims] == [
        ("Mobile Crane Operator Certificate", "2015-04"),
        ("Rigging and Slinging Certificate", "2021-11"),
    ]
    assert claims[0].issuer == "Swedish Work Environment Authority"
    assert claims[0].credential_id == "SE-MC-40127"


def test_a_row_of_labels_inside_a_table_heads_the_rows_after_it() -> None:
    rows = [
        ["Year", "Month", "Licenses / Qualifications"],
        ["2015", "4", "Obtained Mobile Crane Operator Certificate"],
        ["Year", "Month", "Education / Work History"],
        ["2016", "9", "Joined Nordvik Crane Hire AB"],
        ["Year", "Month", "Licences"],
        ["2021", "11", "Rigging and Slinging Certificate"],
        ["Special skills", "", "Tandem lifts"],
    ]

    assert [(text, credentials) for _, text, credentials in table_entries(rows)] == [
        ("04/2015 | Mobile Crane Operator Certificate", True),
        ("09/2016 | Joined Nordvik Crane Hire AB", False),
        ("11/2021 | Rigging and Slinging Certificate", True),
        ("Special skills | Tandem lifts", False),
    ]
