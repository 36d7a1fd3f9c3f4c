"""ASCM's Certified Supply Chain Professional, known by its letters after a name as well as by
its title in a list."""

from __future__ import annotations

from extractors import extract


def test_cscp_after_a_name_and_in_a_list_is_one_ascm_certification() -> None:
    text = (
        "Tomasz Wierzbicki, PMP, CSCP\n"
        "tomasz.wierzbicki@example.pl\n\n"
        "Certifications\n"
        "APICS Certified Supply Chain Professional, 2019\n"
    )
    claims = extract(text.encode(), "cv.txt").claims

    cscp = [claim for claim in claims if claim.title.startswith("Certified Supply Chain")]
    assert [(claim.issuer, claim.issued_on) for claim in cscp] == [("ASCM", "2019")]


def test_cscp_after_a_name_alone_is_a_claim() -> None:
    claims = extract(b"Tomasz Wierzbicki, CSCP\ntomasz.wierzbicki@example.pl\n", "cv.txt").claims

    assert [claim.title for claim in claims] == ["Certified Supply Chain Professional"]
