"""An issuer's name in capitals of another alphabet than ASCII's ("TÜV SÜD": no two ASCII letters
side by side) is a name like any other: the field after the title names who issued it."""

from __future__ import annotations

from extractors import extract


def test_an_issuer_in_capitals_with_umlauts_is_read() -> None:
    text = (
        "Annelie Brückner-Oyelaran\n"
        "annelie.bo@example.de\n\n"
        "ZERTIFIKATE\n"
        "• Befähigte Person für Druckgeräte · TÜV SÜD · Nr. DG-20417 · 2019\n"
        "• Fachkraft für Arbeitssicherheit · DEKRA · Nr. FA-88102 · 2021\n"
    )

    claims = {claim.title: claim for claim in extract(text.encode(), "cv.txt").claims}

    pressure = claims["Befähigte Person für Druckgeräte"]
    assert (pressure.issuer, pressure.credential_id, pressure.issued_on) == (
        "TÜV SÜD",
        "DG-20417",
        "2019",
    )
    assert claims["Fachkraft für Arbeitssicherheit"].issuer == "DEKRA"
