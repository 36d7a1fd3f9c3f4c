"""A credential's number labelled the way other languages abbreviate "number": German, Dutch and
Polish "Nr." / "nr" (also at the end of a compound, "Zertifikats-Nr."), Italian "n." and Spanish
"N.º", Portuguese "Nº"; an ordinal or an address's "n." without a number after it labels nothing."""

from __future__ import annotations

from extractors import extract, load_catalog
from extractors.claim_text import ClaimLine
from extractors.claims import finder_for
from extractors.sections import Section


def _ids(*lines: str) -> list[str | None]:
    claim_lines = [
        ClaimLine(index=index, text=text, page=1, section=Section.CREDENTIALS)
        for index, text in enumerate(lines)
    ]
    claims = finder_for(load_catalog().entries).find(claim_lines)
    return [claim.credential_id for claim in claims]


def test_nr_labels_a_number_alone_or_at_a_compounds_end() -> None:
    assert _ids(
        "Certified Information Systems Auditor (CISA)", "ISACA · Zertifikats-Nr. 7731029"
    ) == ["7731029"]
    assert _ids("Certified Information Systems Auditor (CISA) | ISACA | nr 7731029") == ["7731029"]


def test_italian_n_and_spanish_n_ordinal_label_a_number() -> None:
    assert _ids("Certified Information Systems Auditor (CISA) · ISACA · n. QX-55-1290") == [
        "QX-55-1290"
    ]
    assert _ids("Certified Information Systems Auditor (CISA), ISACA (N.º 4410872)") == ["4410872"]


def test_portuguese_n_ordinal_labels_a_number_even_as_nfkc_leaves_it() -> None:
    text = (
        "Mariana Reis\nmariana.reis@example.org\n\nCERTIFICAÇÕES\n"
        "• Certified Information Systems Auditor (CISA) – ISACA | Nº 4410872 | emitido em 2021\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [claim.credential_id for claim in claims] == ["4410872"]


def test_a_word_ending_in_n_or_nr_before_a_year_labels_nothing() -> None:
    assert _ids("Certified Information Systems Auditor (CISA), ISACA, Juni 2020") == [None]
    assert _ids("Certified Information Systems Auditor (CISA) · ISACA · n. 2021") == [None]


def test_a_bare_number_label_on_its_own_field_line_labels_the_entrys_number() -> None:
    # A plain-text résumé lays each field on a tab-indented line of its own; "Number:" is
    # the entry's number, and the fields after it are still the entry's.
    text = (
        "RUTH OKAFOR\nSite Safety Lead\nruth.okafor@example.org\n\nCERTIFICATIONS\n"
        "Certified Safety Professional (CSP)\n"
        "\tIssuer:\t\tBoard of Certified Safety Professionals\n"
        "\tNumber:\t\t38215\n"
        "\tValid:\t\tJun-2020 to Jun-2025 (lapsed)\n"
        "\tVerify:\t\thttps://www.credly.com/badges/5b1c2d3e/public_url\n"
        "\nSKILLS\nRisk assessment\n"
    )

    [claim] = extract(text.encode(), "cv.txt").claims

    assert claim.credential_id == "38215"
    assert (claim.issued_on, claim.expires_on) == ("2020-06", "2025-06")
    assert claim.url == "https://www.credly.com/badges/5b1c2d3e/public_url"


def test_a_phone_number_label_in_the_header_is_no_credentials_number() -> None:
    text = (
        "Ruth Okafor\nPhone number: 0803 555 2190\nruth.okafor@example.org\n\nCERTIFICATIONS\n"
        "Certified Safety Professional (CSP), Board of Certified Safety Professionals, 2020\n"
    )

    [claim] = extract(text.encode(), "cv.txt").claims

    assert claim.credential_id is None
