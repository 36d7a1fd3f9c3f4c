"""A typeset résumé breaks words at its lines' ends with a hyphen ("Novem-" / "ber 2027",
"registration num-" / "ber"): where the document does so, a word broken so reads whole again
when its lines are joined, so its dates and labels are read; a document that breaks no words so
keeps a hyphen at a line's end."""

from __future__ import annotations

from extractors import Claim, Document, Line, Page, analyse

_HEAD = [
    ("Saskia Verhoeven-Llopis", (56.0, 50.0, 240.0, 68.0), 18.0, True),
    ("saskia.vl@example.net", (56.0, 74.0, 170.0, 84.0), 9.5, False),
    ("Certifications", (56.0, 110.0, 130.0, 120.0), 11.0, True),
]


def _claims(
    rows: list[tuple[str, tuple[float, float, float, float], float, bool]],
) -> dict[str, Claim]:
    lines = tuple(
        Line(text=text, bbox=bbox, size=size, emphasised=bold, plain=not bold)
        for text, bbox, size, bold in [*_HEAD, *rows]
    )
    page = Page(number=1, text="\n".join(line.text for line in lines), lines=lines)
    document = Document(filename="cv.pdf", media_type="application/pdf", pages=(page,))
    return {claim.title: claim for claim in analyse(document).claims}


def test_words_broken_at_line_ends_read_whole_so_their_dates_and_labels_count() -> None:
    claims = _claims(
        [
            ("Certified Information Systems Security Professional (CISSP)",
             (56.0, 130.0, 380.0, 140.0), 10.0, True),
            ("ISC2, earned in March 2021, valid until Novem-", (56.0, 144.0, 470.0, 153.5), 9.5,
             False),
            ("ber 2027, registration number 884120.", (56.0, 157.0, 240.0, 166.5), 9.5, False),
            ("Certified Kubernetes Administrator (CKA)", (56.0, 176.0, 290.0, 186.0), 10.0, True),
            ("The Linux Foundation, earned in February 2023, registration num-",
             (56.0, 190.0, 470.0, 199.5), 9.5, False),
            ("ber LF-7Q2X9, valid until February 2026.", (56.0, 203.0, 250.0, 212.5), 9.5, False),
        ]
    )  # fmt: skip

    cissp = claims["Certified Information Systems Security Professional"]
    assert (cissp.issued_on, cissp.expires_on) == ("2021-03", "2027-11")
    cka = claims["Certified Kubernetes Administrator"]
    assert (cka.credential_id, cka.issued_on, cka.expires_on) == ("LF-7Q2X9", "2023-02", "2026-02")
