"""Plain text with two columns of a page laid side by side (``pdftotext -layout`` of a résumé
with a sidebar) is read column by column, as a recruiter reads the page."""

from __future__ import annotations

from extractors import extract
from extractors.text_columns import columns_read_down


def _page(left: list[str], right: list[str], gutter: int = 40) -> str:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return "\n".join(
        (f"{a:<{gutter}}{b}" if b else a).rstrip() for a, b in zip(left, right, strict=True)
    )


SIDEBAR = ["CONTACT", "tom.reyes@example.org", "+1 555 0100", "", "SKILLS", "Hydraulics",
           "Crane signalling", "Forklift operation", "Spanish"]  # fmt: skip
MAIN = [
    "PROFILE",
    "Site supervisor for heavy civil works.",
    "",
    "CERTIFICATIONS",
    "Certified Crane Operator (CCO)",
    "NCCCO | Mar 2019 – Mar 2029",
    "Credential ID 4471920",
    "",
    "OSHA 30-Hour Construction Safety",
    "OSHA Training Institute | Jun 2021",
    "",
    "EXPERIENCE",
    "Site Supervisor, Delmar Civil",
]
HEADER = " " * 24 + "TOMÁS REYES-ORTIZ, CCO\n" + " " * 17 + "Site Supervisor, Heavy Civil Works\n\n"


def test_a_sidebar_and_a_main_column_on_shared_lines_are_read_one_after_the_other() -> None:
    lines = columns_read_down(_page(SIDEBAR, MAIN).splitlines())
    text = [line.strip() for line in lines if line.strip()]
    assert text == [*[t for t in SIDEBAR if t], *[t for t in MAIN if t]]


def test_the_sidebars_words_stay_out_of_the_credentials_beside_them() -> None:
    claims = extract((HEADER + _page(SIDEBAR, MAIN)).encode(), "cv.txt").claims
    fields = {(c.title, c.issuer, c.credential_id) for c in claims}
    assert ("Certified Crane Operator (CCO)", "NCCCO", "4471920") in fields
    assert any("OSHA 30-Hour" in (c.title or "") and c.issuer for c in claims)
    assert len(claims) == 2
    assert not any(word in (c.title or "") for c in claims for word in ("Hydraulics", "Crane s"))


def test_a_sidebar_line_that_runs_past_the_gutter_pushes_the_main_text_on() -> None:
    main = ["PROFILE", "Site supervisor for heavy civil", "works, crane lifts", "and rigging."]
    page = _page([*SIDEBAR[:3], "", *SIDEBAR[3:]], [*main, *MAIN[2:]]).splitlines()
    page[3] = "www.linkedin.com/in/tomas-reyes-ortiz-civil   and rigging."
    text = [line.strip() for line in columns_read_down(page) if line.strip()]
    assert "www.linkedin.com/in/tomas-reyes-ortiz-civil" in text
    assert text.index("and rigging.") == text.index("works, crane lifts") + 1
    assert text.index("PROFILE") > text.index("Spanish")


def test_entries_with_their_dates_set_far_right_and_tables_stay_whole() -> None:
    entries = [f"{title:<44}{year}" for title, year in [
        ("Certified Crane Operator (CCO), NCCCO", "2019"), ("OSHA 30-Hour, OSHA", "2021"),
        ("First Aid, Red Cross", "2022"), ("Rigger Level I, NCCCO", "2020")]]  # fmt: skip
    lines = ["CERTIFICATIONS", *entries, "", "SKILLS", "Hydraulics", "Forklift", "Spanish"]
    assert columns_read_down(lines) == lines
    table = ["CREDENTIAL                      ISSUER        YEAR",
             *[f"{t:<32}{i:<14}{y}" for t, i, y in [("Certified Crane Operator", "NCCCO", "2019"),
               ("Rigger Level I", "NCCCO", "2020"), ("Signalperson", "NCCCO", "2021")]],
             "                                Qualified      ",
             "                                Qualified", "", "SKILLS", "Hydraulics"]  # fmt: skip
    assert columns_read_down(table) == table


def test_a_fixed_width_tables_rows_under_its_ruler_stay_whole() -> None:
    rows = [
        f"{t:<30}{i:<18}{y:<9}{n}"
        for t, i, y, n in [
            ("Registered Nurse (RN)", "Washington State", "06/2016", "RN61234567"),
            ("", "Department of Health", "", ""),
            ("Critical Care Nurse", "AACN", "09/2019", "1847362"),
            ("Basic Life Support (BLS)", "American Heart", "01/2024", ""),
            ("", "Association", "", ""),
            ("Pediatric Life Support", "American Heart", "02/2024", ""),
        ]
    ]
    lines = ["CREDENTIAL                    ISSUER            ISSUED   ID",
             "----------------------------- ----------------- -------- ----------",
             *[row.rstrip() for row in rows], "", "SKILLS", "Triage"]  # fmt: skip
    assert columns_read_down(lines) == lines


def test_a_credentials_field_label_is_no_name() -> None:
    text = "Jo Tran-McAllister\njo.tranmc@example.org\n\nCERTIFICATIONS\nCertified Crane Operator\n"
    text += "NCCCO | 2019\nCredential ID TRAN0012\n"
    assert extract(text.encode(), "cv.txt").candidate.name == "Jo Tran-McAllister"
