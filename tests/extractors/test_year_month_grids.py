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


def test_a_forms_labels_over_the_year_and_month_columns_read_row_by_row() -> None:
    # The form's label column is as wide as the year and month columns of the grids under
    # it: labels, years and months make one narrow column down the sheet, beside a gutter.
    def form(*rows: tuple[str, str]) -> str:
        cells = "".join(f"<tr><td class='l'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    data = pdf(
        "<h1>R É S U M É</h1>"
        + form(("Name", "Ines Haraldsen-Obi"), ("Address", "Bergen, Norway"),
               ("E-mail", "ines.haraldsen@example.no"))
        + "<br>"
        + _grid("Education / Work History", [
            ("2018", "3", "Joined Fjordline Ferries AS as Second Engineer"),
            ("", "", "Overhauled two main engines in dry dock"),
            ("", "", "Cut fuel use by 6% with a new purifier schedule"),
            ("", "", "Trained four cadets for their engine-room sea time"),
            ("", "", "Currently employed"),
        ])
        + "<br>"
        + _grid("Licenses / Qualifications", [
            ("2014", "8", "Obtained Basic Safety Training (STCW), Bergen Maritime Academy"),
            ("2019", "12", "Obtained Marine Diesel Engine Overhaul Certificate, Nordic Engine"
             " Training Centre, a five-day practical course on medium-speed four-stroke"
             " engines (No. NETC-19-2211)"),
        ])
        + form(("Special skills", "Medium-speed diesels, purifiers"),
               ("Motivation", "Ready for a chief engineer's post on a coastal ferry, after"
                " eight years on medium-speed engines, two dry-dockings and a class renewal"
                " survey; happy to rotate four weeks on, four weeks off, and to keep the"
                " planned maintenance system up to date ashore as well as at sea")),
        _CSS + " td { vertical-align: top } td.y { width: 10% } td.m { width: 9% }"
        " td.l { width: 20% }",
    )  # fmt: skip

    claims = extract(data, "resume.pdf").claims

    assert [(claim.title, claim.issued_on) for claim in claims] == [
        ("Basic Safety Training (STCW)", "2014-08"),
        ("Marine Diesel Engine Overhaul Certificate", "2019-12"),
    ]
    assert claims[1].credential_id == "NETC-19-2211"
