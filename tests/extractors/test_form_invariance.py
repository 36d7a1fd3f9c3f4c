"""Forms a recruiter reads alike give the same claims: general rules found by the metamorphic
corpus (``python -m bench.metamorphic``), each tested here on lines made up for it."""

from __future__ import annotations

from extractors import Claim, extract
from extractors.text import expand_tabs, wide_gaps_as_tabs


def _claims(section: str) -> list[Claim]:
    text = f"Jane Doe\njane@example.com\n\nCERTIFICATIONS\n{section}\n\nSKILLS\nPython\n"
    return list(extract(text.encode(), "cv.txt").claims)


def _fields(section: str) -> list[tuple[str | None, ...]]:
    return [(c.title, c.issuer, c.issued_on) for c in _claims(section)]


WINE = [("Certified Wine Specialist", "Wine Scholar Guild", "2016-12")]


def test_a_wide_gap_in_plain_text_parts_fields_as_a_tab_does() -> None:
    assert _fields("• Certified Wine Specialist\tWine Scholar Guild\tDec 2016") == WINE
    assert _fields("• Certified Wine Specialist   Wine Scholar Guild  Dec 2016") == WINE
    assert _fields("Certified Wine Specialist  Wine Scholar Guild  Dec 2016") == WINE


def test_a_tab_one_space_short_of_its_stop_is_still_a_wide_gap() -> None:
    assert expand_tabs("1234567\tB") == "1234567" + " " * 9 + "B"
    assert expand_tabs("A\tB") == "A" + " " * 7 + "B"
    assert _fields("Certified Wine\tWine Scholar Guild\tDec 2016") == [
        ("Certified Wine", "Wine Scholar Guild", "2016-12")
    ]


def test_gaps_after_a_bullet_a_stop_or_in_letters_typed_apart_are_not_cells() -> None:
    assert wide_gaps_as_tabs("•  Certified Wine Specialist") == "•  Certified Wine Specialist"
    assert wide_gaps_as_tabs("3.  Certifications") == "3.  Certifications"
    assert wide_gaps_as_tabs("Led audits.  Cut costs") == "Led audits.  Cut costs"
    assert wide_gaps_as_tabs("J A N E   D O E") == "J A N E   D O E"
    assert wide_gaps_as_tabs("  Wine  Guild") == "  Wine\tGuild"


def test_an_arrow_a_shape_or_a_dingbat_opening_an_entry_is_its_bullet() -> None:
    for bullet in ("➤", "➢", "→", "◆", "✓", "❖"):
        assert _fields(f"{bullet} Certified Wine Specialist, Wine Scholar Guild, Dec 2016") == (
            WINE
        ), bullet


def test_a_labelled_field_or_a_link_after_a_gap_leaves_the_commas_to_part_the_rest() -> None:
    for tail in (
        "\tCredential ID: 8812AB",
        " | ID: 8812AB",
        "\thttps://badgr.com/public/assertions/ab12",
    ):
        claims = _claims(f"• Certified Wine Specialist, Wine Scholar Guild, Dec 2016{tail}")
        assert [(c.title, c.issuer, c.issued_on) for c in claims] == WINE, tail


def test_an_issuer_before_the_name_of_what_it_awards_is_the_issuer() -> None:
    assert _fields("• Wine Scholar Guild – Certified Wine Specialist – Dec 2016") == WINE
    assert _fields("• Wine Scholar Guild, Certified Wine Specialist, Dec 2016") == WINE
    # Letters alone may be the credential's own ("WSET – Wine Specialist Certificate"): only
    # a known issuer or a body's name of several words is read as the issuer.
    assert _fields("• Certified Wine Specialist – Wine Scholar Guild – Dec 2016") == WINE


def test_dates_leading_an_entry_after_a_spaced_dash_date_it() -> None:
    assert _fields("• Dec 2016 – Certified Wine Specialist – Wine Scholar Guild") == WINE
    assert _fields("• 12/2016 - Certified Wine Specialist, Wine Scholar Guild") == WINE
    assert _fields("Dec 2016 – Certified Wine Specialist – Wine Scholar Guild\tID: 8812AB") == WINE
    claims = _claims("• Dec 2016 – Dec 2019 – Certified Wine Specialist – Wine Scholar Guild")
    assert [(c.title, c.issued_on, c.expires_on) for c in claims] == [
        ("Certified Wine Specialist", "2016-12", "2019-12")
    ]


def test_letters_inside_the_issuers_name_do_not_hide_the_credential_named_after_it() -> None:
    claims = _claims("• CFA Institute – Chartered Financial Analyst (CFA) – Nov 2018")
    assert [(c.catalog_id, c.issuer, c.issued_on) for c in claims] == [
        ("cfa-charter", "CFA Institute", "2018-11")
    ]


def test_a_bracket_of_fields_may_be_followed_by_the_entrys_id_or_link() -> None:
    section = "• Certified Wine Specialist (Wine Scholar Guild, Dec 2016) Credential ID: 8812AB"
    claims = _claims(section)
    assert [(c.title, c.issuer, c.issued_on, c.credential_id) for c in claims] == [
        (*WINE[0], "8812AB")
    ]
    # Other words after the bracket leave it the title's.
    assert _fields("• Certified Wine Specialist (Wine Scholar Guild, 2016) and more") != WINE


def test_a_body_or_dates_alone_under_an_item_with_room_above_is_a_field_of_its_own() -> None:
    """The issuer and dates each on their own line under the title, indented as its text: the
    title's line had room for them, so the breaks were the author's, not a wrap."""
    text = (
        "Jane Doe\njane@example.com\n\nSUMMARY\nPractitioner with a decade of work across "
        "teams and clients in four countries.\n\nCERTIFICATIONS\n• Certified Wine Specialist\n"
        "  Wine Scholar Guild\n  Dec 2016\n  Credential ID: 8812AB\n\n"
        "• Certified Professional Sommelier Specialist in Loire Valley Appellations Royal\n"
        "  Academy – Wine Scholar Guild – Dec 2016\n\nSKILLS\nPython\n"
    )
    claims = extract(text.encode(), "cv.txt").claims
    assert [(c.title, c.issuer, c.issued_on, c.credential_id) for c in claims] == [
        (*WINE[0], "8812AB"),
        (
            "Certified Professional Sommelier Specialist in Loire Valley Appellations Royal "
            "Academy",
            "Wine Scholar Guild",
            "2016-12",
            None,
        ),
    ]


def test_an_item_opening_with_its_dates_alone_has_its_fields_on_the_lines_below() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nSUMMARY\nPractitioner with a decade of work across "
        "teams and clients in four countries.\n\nCERTIFICATIONS\n• Dec 2016 – Dec 2019\n"
        "  Certified Wine Specialist\n  Wine Scholar Guild\n\nSKILLS\nPython\n"
    )
    claims = extract(text.encode(), "cv.txt").claims
    assert [(c.title, c.issuer, c.issued_on, c.expires_on) for c in claims] == [
        (*WINE[0], "2019-12")
    ]
