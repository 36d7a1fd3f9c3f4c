"""A plain-text résumé's credentials read by its paragraphs: a ruled line under a heading is
decoration, a blank line ends an entry, and the line under an entry's title names who issued
it and when, whoever that is (an issuer the catalog does not know)."""

from __future__ import annotations

from extractors import Claim, extract
from tests.extractors.documents import pdf


def _claims(text: str) -> list[Claim]:
    return list(extract(text.encode(), "resume.txt").claims)


_HEAD = "Dana Okafor\ndana.okafor@example.org\n\n"


def test_a_ruled_line_under_the_heading_is_not_the_first_entrys_title() -> None:
    text = (
        _HEAD + "CERTIFICATIONS\n==============\n"
        "Certified Information Systems Security Professional (CISSP)\n"
        "  ISC2, May 2019 - May 2025\n"
        "  Credential ID: 785421\n"
    )

    [claim] = _claims(text)

    assert (claim.catalog_id, claim.credential_id, claim.issued_on, claim.expires_on) == (
        "cissp",
        "785421",
        "2019-05",
        "2025-05",
    )


def test_a_blank_line_ends_an_entry_and_the_next_paragraph_is_its_own() -> None:
    text = (
        _HEAD + "CERTIFICATIONS\n\n"
        "Tower Crane Operator Licence\n"
        "  Northern Plant Training Council, Jun 2020\n"
        "  https://records.example.org/crane/20417\n\n"
        "Advanced Rigging Certificate\n"
        "  Northern Plant Training Council, Mar 2022 - Mar 2025\n"
    )

    claims = _claims(text)

    assert [(c.title, c.issued_on, c.expires_on, c.url) for c in claims] == [
        (
            "Tower Crane Operator Licence",
            "2020-06",
            None,
            "https://records.example.org/crane/20417",
        ),
        ("Advanced Rigging Certificate", "2022-03", "2025-03", None),
    ]


def test_under_a_title_an_unknown_issuer_and_its_dates_are_the_entrys_not_a_claim() -> None:
    text = (
        _HEAD + "CERTIFICATIONS\n\n"
        "Registered Dive Supervisor (RDS)\n"
        "  Halvorsen Subsea Authority, Apr 2018 - Apr 2026\n"
        "  Credential ID: RDS-55120\n\n"
        "Hyperbaric Chamber Operator\n"
        "  Kestrel Marine, Sep 2021\n"
    )

    claims = _claims(text)

    assert [(c.title, c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        ("Registered Dive Supervisor (RDS)", "Halvorsen Subsea Authority", "RDS-55120", "2018-04"),
        ("Hyperbaric Chamber Operator", "Kestrel Marine", None, "2021-09"),
    ]


def test_a_list_without_blank_lines_stays_a_list_of_names() -> None:
    text = _HEAD + "CERTIFICATIONS\n\nCISSP\nCISM\n\nSKILLS\n\nPython\n"

    assert [c.catalog_id for c in _claims(text)] == ["cissp", "cism"]


def test_a_bracket_that_abbreviates_the_title_is_its_short_name_not_its_issuer() -> None:
    text = (
        _HEAD + "CERTIFICATIONS\n\n"
        "Senior Rope Access Supervisor (SRA L3)\n"
        "  Halvorsen Subsea Authority, Apr 2018\n\n"
        "Chartered Marine Surveyor (C.Mar.S.)\n"
        "  Kestrel Marine Institute, Sep 2021\n"
    )

    assert [c.issuer for c in _claims(text)] == [
        "Halvorsen Subsea Authority",
        "Kestrel Marine Institute",
    ]


def test_with_its_issuer_below_a_title_line_is_one_name_across_its_dashes_and_commas() -> None:
    text = (
        _HEAD + "CERTIFICATIONS\n\n"
        "Master Rigger – Offshore Lifting\n"
        "  Halvorsen Subsea Authority, Apr 2018\n\n"
        "Certified in Ropes, Knots and Hitches (CRKH)\n"
        "  Kestrel Marine Institute, Sep 2021\n\n"
        "Deck Crane Operator – Kestrel Marine Institute\n"
        "  Sep 2022\n"
    )

    assert [(c.title, c.issuer) for c in _claims(text)] == [
        ("Master Rigger – Offshore Lifting", "Halvorsen Subsea Authority"),
        ("Certified in Ropes, Knots and Hitches (CRKH)", "Kestrel Marine Institute"),
        ("Deck Crane Operator", "Kestrel Marine Institute"),
    ]


def test_a_title_cased_certified_platform_is_a_credentials_name_not_a_products() -> None:
    text = (
        _HEAD + "CERTIFICATIONS\n\n"
        "Kestrel Certified Platform Engineer\n"
        "  Kestrel Marine Institute, Sep 2021\n\n"
        "EXPERIENCE\n\n"
        "- Shipped the certified platform release to 40 vessels.\n"
    )

    assert [c.title for c in _claims(text)] == ["Kestrel Certified Platform Engineer"]


def test_in_a_pdf_a_plain_name_and_dates_under_a_dashed_title_are_its_issuer_line() -> None:
    body = (
        "<p>Dana Okafor<br>dana.okafor@example.org</p><h2>Certifications</h2>"
        "<p>Master Rigger – Offshore Lifting<br>"
        "Halvorsen Subsea Authority · Apr 2018 – Apr 2026</p>"
        "<p>Deck Crane Operator, Level 2<br>Kestrel Marine · Sep 2021</p>"
    )

    claims = extract(pdf(body), "resume.pdf").claims

    assert [(c.title, c.issuer, c.issued_on) for c in claims] == [
        ("Master Rigger – Offshore Lifting", "Halvorsen Subsea Authority", "2018-04"),
        ("Deck Crane Operator, Level 2", "Kestrel Marine", "2021-09"),
    ]


def test_a_bracketed_name_after_a_dash_is_the_issuer_not_a_short_name() -> None:
    body = (
        "<p>Dana Okafor<br>dana.okafor@example.org</p><h2>Certifications</h2>"
        "<p>Certified Master Rigger — (Halvorsen Subsea Authority) | Obtained Apr 2018</p>"
    )

    claims = extract(pdf(body), "resume.pdf").claims

    # Brackets and all, as written: the name in them is who issued it.
    assert [(c.title, (c.issuer or "").strip("()")) for c in claims] == [
        ("Certified Master Rigger", "Halvorsen Subsea Authority")
    ]
