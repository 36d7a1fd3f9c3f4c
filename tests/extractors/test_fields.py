"""Title, issuer, ID and dates found by their own evidence, wherever the punctuation falls."""

from __future__ import annotations

import pytest

from extractors import Claim, extract
from extractors.claim_split import field_bracket, split_fields
from tests.extractors.documents import docx_bytes, pdf


def _only_claim(entry: str) -> Claim:
    text = f"Jane Doe\njane@example.com\n\nLicenses & Certifications\n{entry}\n"
    (claim,) = extract(text.encode(), "cv.txt").claims
    return claim


@pytest.mark.parametrize(
    "entry",
    [
        "Professional Engineer (PE) , California Board for Professional Engineers "
        "(Oct 2016 – Oct 2026)",
        "Professional Engineer (PE), California Board for Professional Engineers "
        "(Oct 2016 - Oct 2026)",
        "Professional Engineer (PE) | California Board for Professional Engineers | "
        "Oct 2016 – Oct 2026",
    ],
)
def test_a_date_range_dash_does_not_cut_the_entry_and_the_issuer_leaves_the_title(
    entry: str,
) -> None:
    claim = _only_claim(entry)

    # The catalog names the licence; the issuer is the state board as written.
    assert claim.title == "Professional Engineer"
    assert claim.issuer == "California Board for Professional Engineers"
    assert (claim.issued_on, claim.expires_on) == ("2016-10", "2026-10")


def test_a_bracketed_date_is_not_part_of_the_issuer() -> None:
    claim = _only_claim("Chartered Accountant (ACA) , ICAEW (Feb 2015)")

    assert claim.issuer == "ICAEW"
    assert claim.issued_on == "2015-02"


@pytest.mark.parametrize(
    "entry",
    [
        "Gas Safe Engineer , Gas Safe Register — March 2019 to March 2029",
        "Gas Safe Engineer , Gas Safe Register , March 2019 to March 2029",
    ],
)
def test_a_comma_with_a_space_before_it_parts_an_unknown_title_from_its_issuer(
    entry: str,
) -> None:
    # A template joined the fields with " , ": no title writes a space before its own comma.
    claim = _only_claim(entry)

    assert (claim.title, claim.issuer) == ("Gas Safe Engineer", "Gas Safe Register")
    assert (claim.issued_on, claim.expires_on) == ("2019-03", "2029-03")


@pytest.mark.parametrize(
    ("entry", "title", "issuer"),
    [
        # What stands between an unknown title and an issuer after it is more of the title.
        (
            "Harbor Lifting Certificate - Level 3 - Northwind Training Academy - 2018",
            "Harbor Lifting Certificate - Level 3",
            "Northwind Training Academy",
        ),
        (
            "NWT Certified Associate - Fleet Maintenance — NWT (05/2022)",
            "NWT Certified Associate - Fleet Maintenance",
            "NWT",
        ),
        # "at" is no separator before an issuer that follows.
        (
            "Working at Heights Training | Harbor Safety Association | 2019",
            "Working at Heights Training",
            "Harbor Safety Association",
        ),
        # The issuer alone on the line below the title, or with the entry's link beside it.
        (
            "Rigging Supervisor - Offshore Lifting (2021)\nNorthwind Training Academy",
            "Rigging Supervisor - Offshore Lifting",
            "Northwind Training Academy",
        ),
        (
            "Rigging Supervisor - Offshore Lifting (2021)\nNWT credly.com/badges/3c1d9e70-5a2b",
            "Rigging Supervisor - Offshore Lifting",
            "NWT",
        ),
        (
            "Rigging Supervisor - Offshore Lifting (2021)\nNWT\ncredly.com/badges/3c1d9e70-5a2b",
            "Rigging Supervisor - Offshore Lifting",
            "NWT",
        ),
        (
            "Rigging Supervisor - Offshore Lifting\nNWT\nJan 2021 · Verify",
            "Rigging Supervisor - Offshore Lifting",
            "NWT",
        ),
        # No issuer after it: the part after the dash is the issuer.
        (
            "Forklift Operator - Northwind Logistics - 2019",
            "Forklift Operator",
            "Northwind Logistics",
        ),
    ],
)
def test_the_words_between_an_unknown_title_and_its_issuer_are_more_of_the_title(
    entry: str, title: str, issuer: str
) -> None:
    claim = _only_claim(entry)

    assert (claim.title, claim.issuer) == (title, issuer)


def test_an_entry_written_as_a_forms_labelled_fields_is_one_entry_without_its_labels() -> None:
    # As an ATS or a profile export writes it: each field under its own label.
    text = (
        "Jane Doe\njane@example.com\n\nLicenses & Certifications\n"
        "Certification Name: Wilderness First Responder\n"
        "Issuing Organization: Harbor Wilderness Medicine\n"
        "Issue Date: 03/2021\nExpiration Date: 03/2024\nCredential ID: WFR-22817\n"
        "Credential URL: https://verify.example.org/WFR-22817\n\n"
        "Certification Name: Certified Kubernetes Administrator\n"
        "Organization: The Linux Foundation\n"
        "Issue Date: 05/2022\nExpiration Date: 05/2025\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [
        (c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on, c.url) for c in claims
    ] == [
        (
            "Wilderness First Responder",
            "Harbor Wilderness Medicine",
            "WFR-22817",
            "2021-03",
            "2024-03",
            "https://verify.example.org/WFR-22817",
        ),
        (
            "Certified Kubernetes Administrator",
            "The Linux Foundation",
            None,
            "2022-05",
            "2025-05",
            None,
        ),
    ]


def test_a_closing_bracket_of_issuer_and_dates_holds_the_entrys_fields() -> None:
    # One entry a line, each unknown, each with "(Issuer, dates)" after its title.
    text = (
        "Jane Doe\njane@example.com\n\nCertifications\n"
        "Rigging Supervisor Licence (Issued 2019)\n"
        "First Aid at Work (Harbor Ambulance Service, renewed 2023)\n"
        "Forklift Operator Licence (online, 2022)\n"
        "Wilderness First Responder (Harbor Wilderness Medicine, 2020)\n"
        "Crane Operator Licence (Port of Tacoma Authority, Mar 2019 – Mar 2024)\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.title, c.issuer, c.issued_on, c.expires_on) for c in claims] == [
        ("Rigging Supervisor Licence", None, "2019", None),
        # "at" parts a title from a school, not "… at Work" from its issuer's bracket.
        ("First Aid at Work", "Harbor Ambulance Service", "2023", None),
        # "(online, 2022)": a word in lower case is no issuer's name.
        ("Forklift Operator Licence", None, "2022", None),
        ("Wilderness First Responder", "Harbor Wilderness Medicine", "2020", None),
        ("Crane Operator Licence", "Port of Tacoma Authority", "2019-03", "2024-03"),
    ]


@pytest.mark.parametrize(
    ("bracket", "fields"),
    [
        ("(Harbor Wilderness Medicine, 2020)", True),
        ("(2016)", True),
        ("(Issued 2019)", True),
        ("(Port of Tacoma Authority, Mar 2019 – Mar 2024)", True),
        # A year glued to a name is a version, part of the title.
        ("(Excel 2016)", False),
        ("(ISO/IEC 27001:2013)", False),
    ],
)
def test_a_closing_bracket_holds_fields_when_its_year_is_a_date_of_its_own(
    bracket: str, fields: bool
) -> None:
    assert (field_bracket(f"Harbor Office Specialist {bracket}") is not None) is fields


@pytest.mark.parametrize("opening", ["Certifications\n", "Certifications: ", "Certifications\n• "])
def test_entries_listed_on_one_line_parted_by_semicolons_keep_their_own_fields(
    opening: str,
) -> None:
    text = (
        f"Jane Doe\njane@example.com\n\n{opening}"
        "AWS Certified Solutions Architect – Associate (Amazon Web Services, 2021); "
        "Crane Operator Licence (Port of Tacoma Authority, 2019–2024); "
        "Wilderness First Responder (Harbor Wilderness Medicine, 2020; renewed 2023)\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [(c.title, c.issuer, c.issued_on, c.expires_on) for c in claims] == [
        ("AWS Certified Solutions Architect – Associate", "Amazon Web Services", "2021", None),
        ("Crane Operator Licence", "Port of Tacoma Authority", "2019", "2024"),
        ("Wilderness First Responder", "Harbor Wilderness Medicine", "2020", None),
    ]


def test_a_bracketed_acronym_closes_the_title_before_a_comma() -> None:
    claim = _only_claim("Certificate in Quantitative Finance (CQF), Fitch Learning | Jan 2021")

    assert claim.title == "Certificate in Quantitative Finance (CQF)"
    assert claim.issuer == "Fitch Learning"


def test_an_issuer_line_of_a_name_and_dates_belongs_to_the_title_above() -> None:
    claim = _only_claim(
        "Certificate in Quantitative Finance (CQF)\nFitch Learning · Issued Jan 2021"
    )

    assert claim.issuer == "Fitch Learning"
    assert claim.issued_on == "2021-01"


def test_a_number_under_two_labels_is_the_entrys_id_not_a_claim() -> None:
    claim = _only_claim(
        "Project Management Professional (PMP), Project Management Institute\n"
        "Licence/Credential no. 3011876"
    )

    assert claim.catalog_id == "pmp"
    assert claim.credential_id == "3011876"


def test_an_entry_written_as_a_dated_sentence_is_still_an_entry() -> None:
    claim = _only_claim(
        "Professional Engineer (PE) — California Board for Professional Engineers, issued "
        "October 2016, expires October 2026. Credential ID: C-91234."
    )

    # The catalog names the licence; the issuer is the state board as written.
    assert claim.title == "Professional Engineer"
    assert claim.issuer == "California Board for Professional Engineers"
    assert (claim.credential_id, claim.issued_on, claim.expires_on) == (
        "C-91234",
        "2016-10",
        "2026-10",
    )


def test_an_organisation_after_a_comma_is_the_issuer_not_the_title() -> None:
    claim = _only_claim("Bridge Safety Inspection Certificate, National Highway Institute | 2020")

    assert claim.title == "Bridge Safety Inspection Certificate"
    assert claim.issuer == "National Highway Institute"


def test_a_link_whose_text_is_its_url_does_not_title_a_claim() -> None:
    url = "https://www.credential.net/7d9e2c41-0b6a-4f3e-8c25-61a0f4d9e7b3"
    data = docx_bytes(["Jane Doe", "Certifications", ("Verify: ", url, url)])

    (claim,) = extract(data, "cv.docx").claims

    assert claim.title == "Credential on credential.net"
    assert claim.url == url


def test_a_written_url_broken_anywhere_across_lines_is_one_url() -> None:
    url = "https://www.credly.com/badges/5b0f7c2e-8a4d-4c1e-9f63-2d7e1a9b4c08/public_url"
    data = pdf(
        "<h1>Jane Doe</h1><p>jane@example.com</p><h2>Certifications</h2>"
        "<p>Certified Kubernetes Administrator (CKA) — The Linux Foundation, 2021.</p>"
        f"<p style='width: 190pt; word-break: break-all'>Verify: {url}</p>"
    )

    (claim,) = extract(data, "cv.pdf").claims

    assert claim.url == url


@pytest.mark.parametrize("label", ["Cert. no.", "Cert #", "Cert. No:", "ID:"])
def test_a_short_id_label_line_belongs_to_the_entry_above(label: str) -> None:
    text = (
        "Jane Doe\njane@example.com\n\nLicenses & Certifications\n"
        "Certified Information Security Manager (CISM), ISACA (Mar 2021–present)\n"
        f"{label} 211893457 · https://www.credly.com/badges/5b0f7c2e-8a/public_url\n"
        "CompTIA Security+, CompTIA (Jun 2019–Jun 2025)\n"
        f"{label} COMP001022334455\n"
    )
    claims = extract(text.encode(), "cv.txt").claims

    assert [(claim.title, claim.credential_id) for claim in claims] == [
        ("Certified Information Security Manager", "211893457"),
        ("CompTIA Security+", "COMP001022334455"),
    ]
    assert claims[0].url == "https://www.credly.com/badges/5b0f7c2e-8a/public_url"


def test_entries_under_a_verified_credentials_heading_keep_their_fields() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nVerified Credentials\n"
        "Certified Kubernetes\nAdministrator (CKA)\nThe Linux Foundation\n"
        "Issued Oct 2021 · Expires Oct\n2024\nID: LF-8x0b9q3w1d\n"
        "AWS Certified Solutions\nArchitect – Professional\nAmazon Web Services\n"
        "Issued Apr 2023 · Expires Apr\n2026\nID: Q9R2T7XKDL\n\nSkills\nPython\n"
    )
    claims = {claim.title: claim for claim in extract(text.encode(), "cv.txt").claims}

    kubernetes = claims["Certified Kubernetes Administrator"]
    assert (kubernetes.issuer, kubernetes.credential_id) == (
        "The Linux Foundation",
        "LF-8x0b9q3w1d",
    )
    assert (kubernetes.issued_on, kubernetes.expires_on) == ("2021-10", "2024-10")


def test_a_markdown_entry_keeps_its_arrow_dates_and_its_id_in_code_quotes() -> None:
    claim = _only_claim(
        "- **Certified Kubernetes Administrator (CKA)** — The Linux Foundation "
        "(2022-02 → 2025-02)\n  ID `LF-7x2k9q` · [verify](https://example.org/cka)"
    )
    assert (claim.credential_id, claim.issued_on, claim.expires_on) == (
        "LF-7x2k9q",
        "2022-02",
        "2025-02",
    )


def test_labelled_field_lines_belong_to_the_entry_above_and_make_no_claim() -> None:
    claim = _only_claim(
        "Certified Kubernetes Administrator (CKA)\n"
        "Awarding body: The Linux Foundation\n"
        "Registration number: LF-7x2k9q\n"
        "Link: https://example.org/verify/cka-7x2k9q"
    )
    assert claim.url == "https://example.org/verify/cka-7x2k9q"
    assert claim.credential_id == "LF-7x2k9q"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "2016\tProfessional Engineer (PE), California Board for Professional Engineers",
            ["2016", "Professional Engineer (PE)", "California Board for Professional Engineers"],
        ),
        (
            "Mar 2020 | Bridge Safety Inspection Certificate, National Highway Institute",
            ["Mar 2020", "Bridge Safety Inspection Certificate", "National Highway Institute"],
        ),
    ],
)
def test_a_date_column_before_the_title_leaves_the_title_and_issuer_apart(
    line: str, fields: list[str]
) -> None:
    assert split_fields(line) == fields


def test_markdown_strong_emphasis_is_not_part_of_the_title() -> None:
    claim = _only_claim(
        "- **Certificate in Quantitative Finance (CQF)** — Fitch Learning (2021-01)"
    )
    assert (claim.title, claim.issuer, claim.issued_on) == (
        "Certificate in Quantitative Finance (CQF)",
        "Fitch Learning",
        "2021-01",
    )


def test_a_markdown_verify_link_under_an_entry_is_its_link() -> None:
    claim = _only_claim(
        "- **Certificate in Quantitative Finance (CQF)** — Fitch Learning (2021-01)\n"
        "  [verify](https://www.credential.net/7d9e2c41)"
    )
    assert (claim.title, claim.url) == (
        "Certificate in Quantitative Finance (CQF)",
        "https://www.credential.net/7d9e2c41",
    )


def test_a_known_title_wrapped_in_a_narrow_column_is_one_claim() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nCertifications\nCertified Information\n"
        "Systems Security\nProfessional (CISSP)\nCompTIA Security+\n"
    )
    titles = [claim.title for claim in extract(text.encode(), "cv.txt").claims]
    assert titles == ["Certified Information Systems Security Professional", "CompTIA Security+"]


def test_a_line_of_dates_over_a_title_gives_that_entry_its_dates() -> None:
    claim = _only_claim(
        "[ 01/04/2023 – 01/04/2026 ]\n"
        "Certified Kubernetes Administrator (CKA)\n"
        "Awarding body: The Linux Foundation"
    )
    assert (claim.issued_on, claim.expires_on) == ("2023-04", "2026-04")


def test_a_since_date_column_before_the_title_opens_an_entry() -> None:
    data = docx_bytes(
        [
            "Jane Doe",
            "jane@example.com",
            "Further training and certificates",
            "since 02.2015\tChartered Accountant (ACA)",
            "ICAEW",
            "Certificate no. ICAEW-8837215",
            "since 01.2021\tCertificate in Quantitative Finance (CQF)",
            "Fitch Learning",
        ]
    )
    claims = {claim.title: claim for claim in extract(data, "cv.docx").claims}
    assert claims["ICAEW Chartered Accountant"].credential_id == "ICAEW-8837215"
    assert claims["Certificate in Quantitative Finance (CQF)"].issuer == "Fitch Learning"


def _flush_right(left: str, right: str) -> str:
    return f'<p><span style="float:right">{right}</span>{left}</p>'


def test_dates_set_flush_right_on_the_title_row_are_that_entrys_dates() -> None:
    # Dates flush right beside every entry, a place beside an employer: the page reads them
    # as a column of their own, after the entries; each row's dates are still its entry's.
    data = pdf(
        "<h1>Jane Doe</h1><p>jane@example.com</p><h2>Experience</h2>"
        + _flush_right("<b>Security Engineer</b>", "March 2019 -- Present")
        + _flush_right("Northwind Payments", "Hamburg, Germany")
        + "<p>Cut mean time to detect from nine hours to forty minutes.</p>"
        + _flush_right("<b>Analyst</b>", "Sept. 2014 -- Feb. 2019")
        + "<p>Globex</p><h2>Certifications</h2>"
        + _flush_right("<b>CompTIA Security+ | CompTIA</b>", "Nov. 2017 -- Nov. 2023")
        + "<p>ID COMP001022334455</p>"
        + _flush_right("<b>Certified Information Security Manager (CISM) | ISACA</b>", "March 2021")
        + "<p>ID 211893457</p><h2>Skills</h2><p>Tools: Splunk, Terraform, Python</p>"
    )

    claims = extract(data, "cv.pdf").claims

    assert [(c.catalog_id, c.credential_id, c.issued_on, c.expires_on) for c in claims] == [
        ("comptia-security-plus", "COMP001022334455", "2017-11", "2023-11"),
        ("cism", "211893457", "2021-03", None),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("AWS Certified Solutions Architect –", "Professional (2023)"),
        ("AWS Certified Solutions Architect -", "Professional, 2023"),
        ("AWS Certified Solutions Architect", "– Professional (2023)"),
    ],
)
def test_a_catalogued_name_broken_at_its_dash_is_one_name_in_any_layout(
    first: str, second: str
) -> None:
    # The name is whole in the catalog: a text or DOCX line break, or two paragraphs of a PDF,
    # do not make "Professional" a claim of its own nor leave the title's level off.
    lines = [first, second, "CompTIA Security+"]
    files = {
        "cv.txt": ("Jane Doe\njane@example.com\n\nCertifications\n" + "\n".join(lines)).encode(),
        "cv.docx": docx_bytes(["Jane Doe", "jane@example.com", "Certifications", *lines]),
        "cv.pdf": pdf(
            "<h1>Jane Doe</h1><p>jane@example.com</p><h2>Certifications</h2>"
            + "".join(f"<p>{line}</p>" for line in lines)
        ),
    }
    for name, data in files.items():
        claims = extract(data, name).claims

        assert [(c.catalog_id, c.issued_on) for c in claims] == [
            ("aws-solutions-architect-professional", "2023"),
            ("comptia-security-plus", None),
        ], name
