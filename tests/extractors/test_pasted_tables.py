"""A Word résumé pasted into a plain-text box: a table's cells come out parted by tabs, an
empty cell as two tabs side by side, and a cell's second paragraph (its address) on a line of
its own under the row. The tabs are the cells, whatever width a tab stop would give them; and
a status ("In progress") set as the text sets its headings heads what is not held yet."""

from __future__ import annotations

from extractors import extract

_TOP = [
    "Orla Fitzgerald",
    "Lough Derg, Ireland\t+353 87 555 0142\torla.fitzgerald@example.ie",
    "",
    "Summary",
    "Inland waterway skipper running hire cruisers and a passenger launch.",
    "",
]


def test_tab_parted_cells_are_a_tables_cells() -> None:
    text = "\n".join(
        [
            *_TOP,
            "Certificates",
            "Certificate\tAwarded by\tDate\tExpiry\tNumber / link",
            "Inland Waters Passenger Boat Master, Class 2\tShannon Navigation Authority"
            "\tApr 2021\tApr 2026\tSNA-PBM-2104",
            "Diesel Engine Care for Small Craft\tMidlands Boatcraft School\t2019\t\t",
            "Marine Radio Operator (Short Range)\tIrish Radio Examinations Board\tJul 2022\t\t",
            "https://records.ireb.example.ie/verify/SRC-55810",
            "",
            "Skills",
            "Lock handling, passenger briefings, engine servicing",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Inland Waters Passenger Boat Master, Class 2", "Shannon Navigation Authority"),
        ("Diesel Engine Care for Small Craft", "Midlands Boatcraft School"),
        ("Marine Radio Operator (Short Range)", "Irish Radio Examinations Board"),
    ]
    assert [(claim.issued_on, claim.expires_on) for claim in claims] == [
        ("2021-04", "2026-04"),
        ("2019", None),
        ("2022-07", None),
    ]
    assert [claim.credential_id for claim in claims] == ["SNA-PBM-2104", None, None]
    assert [claim.url for claim in claims] == [
        None,
        None,
        "https://records.ireb.example.ie/verify/SRC-55810",
    ]


def test_a_status_set_as_the_headings_are_heads_what_is_not_held() -> None:
    text = "\n".join(
        [
            *_TOP,
            "Certificates",
            "Certificate\tAwarded by\tDate",
            "Diesel Engine Care for Small Craft\tMidlands Boatcraft School\t2019",
            "",
            "In progress",
            "•\tMicrosoft Certified: Azure Fundamentals (AZ-900), paid for by my employer",
            "•\tCoastal Skipper, Ocean Sailing Guild: sea time still to log",
            "",
            "Skills",
            "Lock handling, passenger briefings, engine servicing",
        ]
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [claim.title for claim in claims] == ["Diesel Engine Care for Small Craft"]
