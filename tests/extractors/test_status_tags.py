"""A table's "Status" column read for what its tags mean: "Active" and "Lapsed" say what the
row's dates say (a lapsed credential is still the candidate's, to be checked as expired), "In
progress" says it is not held yet."""

from __future__ import annotations

from extractors import extract
from extractors.tables import Column, column_of, table_lines
from tests.extractors.documents import docx_bytes

ROWS = [
    ["Credential", "Issuer", "Issued", "Expires", "Status"],
    ["Certified Cloud Security Professional (CCSP)", "ISC2", "06/2021", "06/2024", "Lapsed"],
    ["GIAC Certified Incident Handler (GCIH)", "GIAC", "", "", "In progress"],
    ["Offensive Security Certified Professional (OSCP)", "OffSec", "03/2020", "", "Active"],
    ["Certified Ethical Hacker (CEH)", "EC-Council", "01/2019", "01/2022", "Expired"],
]


def test_a_status_column_drops_its_validity_tags_and_keeps_what_says_not_yet() -> None:
    assert column_of("Status") is Column.STATUS
    assert column_of("Current status") is Column.STATUS
    assert [text for _, text in table_lines(ROWS)] == [
        "Certified Cloud Security Professional (CCSP) | ISC2 | Issued 06/2021 | Expires 06/2024",
        "GIAC Certified Incident Handler (GCIH) | GIAC | In progress",
        "Offensive Security Certified Professional (OSCP) | OffSec | Issued 03/2020",
        "Certified Ethical Hacker (CEH) | EC-Council | Issued 01/2019 | Expires 01/2022",
    ]


def _table_resume() -> bytes:
    return docx_bytes(["Priya Raman", "priya.raman@example.org", "Certifications"], ROWS)


def test_lapsed_and_expired_rows_are_claims_with_their_dates_and_in_progress_is_not() -> None:
    claims = {claim.text: claim for claim in extract(_table_resume(), "cv.docx").claims}
    ccsp = claims["Certified Cloud Security Professional (CCSP)"]
    assert (ccsp.issuer, ccsp.issued_on, ccsp.expires_on) == ("ISC2", "2021-06", "2024-06")
    ceh = claims["Certified Ethical Hacker (CEH)"]
    assert (ceh.issuer, ceh.expires_on) == ("EC-Council", "2022-01")
    assert not any("GCIH" in text for text in claims)
    assert len(claims) == 3


def test_a_status_in_brackets_after_a_date_columns_date_is_the_dates_not_the_claims() -> None:
    rows = [
        ["Credential", "Issuer", "Valid", "Expires"],
        ["Certified Ethical Hacker (CEH)", "EC-Council", "03.2019 – 03.2022 (lapsed)", ""],
        ["Certified Cloud Security Professional (CCSP)", "ISC2", "", "06/2024 (expired)"],
    ]

    claims = extract(
        docx_bytes(["Priya Raman", "priya.raman@example.org", "Certifications"], rows), "cv.docx"
    ).claims

    assert [(claim.issuer, claim.expires_on) for claim in claims] == [
        ("EC-Council", "2022-03"),
        ("ISC2", "2024-06"),
    ]
