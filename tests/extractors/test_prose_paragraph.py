"""Credentials told in one paragraph of running sentences: each sentence is one entry, its
date, number and address its own, whatever line of the paragraph it starts or ends on."""

from __future__ import annotations

from extractors import Claim, extract
from tests.extractors.documents import pdf

_CSS = ".story { width: 380pt; text-align: justify; }"


def _by_title(data: bytes) -> dict[str, Claim]:
    return {claim.title: claim for claim in extract(data, "cv.pdf").claims}


def test_each_sentence_of_a_credentials_paragraph_is_its_own_entry() -> None:
    body = (
        "<h1>Tomasz Adeyemi-Kral</h1><p>tomasz.ak@example.pl</p>"
        "<h2>Experience</h2><p>Site reliability engineer at Vistula Cloud (since 2018).</p>"
        "<h2>Certifications</h2>"
        "<p class='story'>In March 2021 I passed the Certified Kubernetes Administrator (CKA)"
        " exam of The Linux Foundation (No. LF-88123), valid until March 2024. In June 2019 I"
        " completed the PRINCE2 Foundation with PeopleCert, certificate no. GR671299, which"
        " does not expire. In October 2022 I earned the HashiCorp Certified: Terraform"
        " Associate, valid until October 2024, which can be checked at"
        " https://www.credly.com/badges/5b1d2c9e-77aa-4c2b-9e51-0d3f8a6b2c11.</p>"
        "<h2>Languages</h2><p>Polish, English, Yoruba</p>"
    )

    claims = _by_title(pdf(body, _CSS))

    cka = claims["Certified Kubernetes Administrator"]
    assert (cka.issued_on, cka.expires_on, cka.credential_id) == ("2021-03", "2024-03", "LF-88123")
    prince = claims["PRINCE2 Foundation"]
    assert (prince.issued_on, prince.expires_on, prince.credential_id) == (
        "2019-06",
        None,
        "GR671299",
    )
    terraform = claims["HashiCorp Certified: Terraform Associate"]
    assert (terraform.issued_on, terraform.expires_on) == ("2022-10", "2024-10")
    assert terraform.url == "https://www.credly.com/badges/5b1d2c9e-77aa-4c2b-9e51-0d3f8a6b2c11"
