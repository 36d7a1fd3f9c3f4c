"""The small parts of extraction: text clean-up, dates, headings, the candidate's details."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.candidate import find_candidate, find_name, is_profile
from extractors.dates import claim_dates
from extractors.models import Line, Link
from extractors.sections import Section, heading_section, inline_heading
from extractors.text import normalise


def test_normalise_soft_hyphens_glyph_junk_icons_and_dashes() -> None:
    assert (
        normalise("AWS Certified Security \u00ad Specialty") == "AWS Certified Security - Specialty"
    )
    assert normalise("infra\u00adstructure (cid:127)team") == "infrastructure team"
    assert normalise("\uf0e0 mail\u2011box  \u2212 x") == "mail-box - x"
    assert normalise("ﬁle\u00a0name") == "file name"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Issued Jan 2023 · Expires Jan 2026", ("2023-01", "2026-01")),
        ("Issued Mar. 2022, valid through May 2025", ("2022-03", "2025-05")),
        ("valid through 05/2026", (None, "2026-05")),
        ("Exp. 08/2026", (None, "2026-08")),
        ("06/2018 – 06/2021", ("2018-06", "2021-06")),
        ("September 2019 to September 2022", ("2019-09", "2022-09")),
        ("Obtained 2021-04 · Expiration 2024-04", ("2021-04", "2024-04")),
        ("25/03/2024", ("2024-03", None)),
        ("Décembre 2020", ("2020-12", None)),
        # A year alone is kept as a year: nothing is made up about the month.
        ("2021–2024", ("2021", "2024")),
        ("Six Sigma Green Belt, 2019", ("2019", None)),
        ("Order 2023-1234", (None, None)),
        # Ranges joined by an arrow or by LaTeX's "--", ISO months, dotted months.
        ("(2020-05 → 2026-05)", ("2020-05", "2026-05")),
        ("Aug. 2019 -- Aug. 2026", ("2019-08", "2026-08")),
        ("2018-03 -> 2021-03", ("2018-03", "2021-03")),
        ("08.2019 – 08.2026", ("2019-08", "2026-08")),
        ("since 01.2024", ("2024-01", None)),
        ("[ 01/08/2019 – Current ]", ("2019-08", None)),
        # A form's labels: the expiry's label ends in "Date" as the does.
        ("Issue Date: 03/2021\nExpiration Date: 03/2024", ("2021-03", "2024-03")),
        ("Start date: 05/2022 · End date: 05/2025", ("2022-05", "2025-05")),
        ("Expiry date 11/2027", (None, "2027-11")),
    ],
)
def test_claim_dates_as_precise_as_written(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert claim_dates(text) == expected


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("LICENSES & CERTIFICATIONS", Section.CREDENTIALS),
        ("Certs* & Skills", Section.CREDENTIALS),
        ("Education and Certifications", Section.CREDENTIALS),
        ("Further training and certificates", Section.CREDENTIALS),
        ("Professional Development", Section.COURSES),
        ("Work Experience", Section.EXPERIENCE),
        ("Berufserfahrung", Section.EXPERIENCE),
        ("Technical Skills:", Section.SKILLS),
        ("Top Skills", Section.SKILLS),
        ("Honors & Awards", Section.AWARDS),
        ("VERIFIED CREDENTIALS", Section.CREDENTIALS),
        ("Active Licenses", Section.CREDENTIALS),
        ("Current Certifications", Section.CREDENTIALS),
        ("Weiterbildungen und Zertifikate", Section.CREDENTIALS),
        ("Zusatzqualifikationen", Section.CREDENTIALS),
        ("Fort- und Weiterbildungen", Section.COURSES),
        ("Schulungen", Section.COURSES),
        ("Beruflicher Werdegang", Section.EXPERIENCE),
        ("Schulbildung", Section.EDUCATION),
        ("EDV-Kenntnisse", Section.SKILLS),
        ("Persönliche Daten", Section.OTHER),
        ("Other", Section.OTHER),
        ("OTHER:", Section.OTHER),
        ("Miscellaneous", Section.OTHER),
        ("Other Certifications", Section.CREDENTIALS),
        ("Certified Kubernetes Administrator", None),
        ("Skills in 2024 were many.", None),
    ],
)
def test_headings(line: str, section: Section | None) -> None:
    assert heading_section(line) == section


def test_a_german_cv_s_sections_and_issuers_are_read_as_an_english_one_s() -> None:
    # Under a German heading an acronym after a German title ("… Krankenpflegerin (RN)") is
    # a claim, as under "Certifications"; a German authority under it is its issuer.
    text = (
        "Grace Mwangi\ngrace@example.org\n\nBerufserfahrung\n"
        "03.2019 – heute\tStationsleitung, Herzzentrum\n\nWeiterbildungen und Zertifikate\n"
        "06.2016\tGesundheits- und Krankenpflegerin (RN)\nRegierungspräsidium Stuttgart\n"
        "01.2024 – 01.2026\tBasic Life Support (BLS)\nAmerican Heart Association\n"
    )

    claims = extract(text.encode(), "lebenslauf.txt").claims

    assert [(c.catalog_id, c.issuer, c.issued_on, c.expires_on) for c in claims] == [
        ("rn-licence", "Regierungspräsidium Stuttgart", "2016-06", None),
        ("aha-bls", "American Heart Association", "2024-01", "2026-01"),
    ]


def test_inline_heading_keeps_its_content() -> None:
    assert inline_heading("Certifications: PMP, CSM") == (Section.CREDENTIALS, "PMP, CSM")
    assert inline_heading("Led the certification effort: ISO 27001") is None


def test_name_email_phone_and_profiles() -> None:
    head = [
        Line(text="CURRICULUM VITAE", size=12),
        Line(text="MARÍA JOSÉ DE LA CRUZ, PMP", size=20),
        Line(text="maria@example.es | +34 612 345 678 | linkedin.com/in/mjcruz", size=9),
    ]
    links = [
        Link(url="mailto:mj.cruz@example.org"),
        Link(url="https://github.com/mjcruz"),
        Link(url="https://www.credly.com/users/mjcruz/badges"),
        Link(url="https://www.credly.com/badges/1234"),
    ]
    text = "\n".join(line.text for line in head) + "\nWorked 2019 - 2023 at 10.5.2021"

    candidate = find_candidate(head, text, links, ["https://linkedin.com/in/mjcruz"])

    assert candidate.name == "María José de la Cruz"
    assert candidate.emails == ("maria@example.es", "mj.cruz@example.org")
    assert candidate.phones == ("+34 612 345 678",)
    assert candidate.profiles == (
        "https://github.com/mjcruz",
        "https://www.credly.com/users/mjcruz/badges",
        "https://linkedin.com/in/mjcruz",
    )


def test_the_largest_name_like_line_wins_over_a_job_title() -> None:
    lines = [
        Line(text="Senior DevOps Engineer", size=14),
        Line(text="Contact", size=11),
        Line(text="Sofiane Djerbi", size=24),
    ]
    assert find_name(lines) == (2, "Sofiane Djerbi")


def test_profiles_are_people_not_credentials() -> None:
    assert is_profile("https://www.linkedin.com/in/someone")
    assert not is_profile("https://www.linkedin.com/learning/certificates/abc")
    assert not is_profile("https://github.com/someone/project")


def test_ids_and_month_spans_are_not_phone_numbers() -> None:
    text = "Credential ID 12345678\nValid 05/2021 - 06/2024\nLicense # 987654321\nTel: 0612345678"

    candidate = find_candidate([], text, [], [])

    assert candidate.phones == ("0612345678",)
