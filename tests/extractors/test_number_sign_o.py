"""The Spanish and Portuguese number sign "N.º" (which NFKC writes "N.o") labels a credential's
number as "No." does."""

from __future__ import annotations

from extractors import extract


def test_a_number_after_n_ordinal_sign_is_the_credential_id() -> None:
    text = (
        "Inés Carvalho-Quispe\n"
        "ines.cq@example.es\n\n"
        "CERTIFICACIONES\n"
        "• Certified Kubernetes Administrator (CKA) – The Linux Foundation (N.º LF-55210), 2022\n"
        "• PRINCE2 Foundation – PeopleCert (N.º GR998877), 2020\n"
    )

    claims = {claim.title: claim for claim in extract(text.encode(), "cv.txt").claims}

    assert claims["Certified Kubernetes Administrator"].credential_id == "LF-55210"
    assert claims["PRINCE2 Foundation"].credential_id == "GR998877"


def test_a_number_in_capitals_after_the_portuguese_sign_is_the_credential_id() -> None:
    # "Nº" is "No" once NFKC has read it: before a number in capitals with a digit, a label.
    text = (
        "Rui Okonkwo-Matos\n"
        "rui.om@example.pt\n\n"
        "CERTIFICAÇÕES\n"
        "• Offshore Crane Operator Stage 3 – Kestrel Veritas | Nº KV-OC-7731 | emitido em\n"
        "  mar/2020\n"
        "• Certified Kubernetes Administrator (CKA) – The Linux Foundation | Nº\n"
        "  LF-2QX81 | emitido em nov/2021 | válido até nov/2024\n"
    )

    claims = {claim.title: claim for claim in extract(text.encode(), "cv.txt").claims}

    crane = claims["Offshore Crane Operator Stage 3"]
    assert (crane.issuer, crane.credential_id, crane.issued_on) == (
        "Kestrel Veritas",
        "KV-OC-7731",
        "2020-03",
    )
    assert claims["Certified Kubernetes Administrator"].credential_id == "LF-2QX81"
