"""A plain-text résumé in Windows' "ANSI" code page (Windows-1252), as Notepad and Word's "Save
as Plain Text" write it by default: not UTF-8, its bullets (0x95), dashes (0x96, 0x97), curly
quotes (0x91-0x94) and euro sign (0x80) in the bytes where Latin-1 has its C1 controls."""

from __future__ import annotations

from extractors import extract, read

_CV = "\r\n".join(
    [
        "Margaux Lefèvre",
        "Dental Hygienist – Lyon, France – margaux.lefevre@example.fr",
        "",
        "Qualifications",
        "•\tCertificate in Local Anaesthesia for Dental Hygienists – Université Lyon 1; "
        "awarded May 2020; no. LA-2020-4471",
        "•\tRadiation Protection Certificate — Autorité de Sûreté Nucléaire; awarded 2018",
        "",
        "Other",
        "Budgets up to €40,000; “on call” at weekends; the clinic’s lead.",
        "",
    ]
)


def test_windows_1252_bytes_read_as_the_letters_windows_shows() -> None:
    text = read(_CV.encode("cp1252"), "cv.txt").text

    assert "•" in text and "–" in text and "—" in text
    assert "€40,000; “on call” at weekends; the clinic’s lead." in text
    assert "\x95" not in text and "\x96" not in text


def test_a_bullet_and_dash_in_windows_1252_part_title_and_issuer() -> None:
    claims = extract(_CV.encode("cp1252"), "cv.txt").claims

    assert [(c.title, c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        (
            "Certificate in Local Anaesthesia for Dental Hygienists",
            "Université Lyon 1",
            "LA-2020-4471",
            "2020-05",
        ),
        ("Radiation Protection Certificate", "Autorité de Sûreté Nucléaire", None, "2018"),
    ]


def test_latin_1_text_without_windows_letters_is_read_as_before() -> None:
    assert read("Zoë Ñúñez\n© 2024".encode("latin-1"), "cv.txt").text.startswith("Zoë Ñúñez")
