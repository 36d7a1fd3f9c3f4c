"""A text browser's dump: each link's text after a numbered mark, the addresses listed at the
foot under "References". The address is the link of the entry its mark sits in."""

from __future__ import annotations

from extractors import extract
from extractors.text_references import references_inline

_DUMP = """Tomas Lindqvist

   Site Reliability Engineer
   Uppsala | [1]tomas.lindqvist@example.se | [2]GitHub

Certifications

     * Certified Kubernetes Administrator (CKA) — The Linux Foundation. Issued
       Jan. 2023. Credential ID LF-8812. [3]Verify
     * HashiCorp Certified: Terraform Associate — HashiCorp. Issued Jun. 2022.
       [4]Verify
     * Red Hat Certified System Administrator — Red Hat. Issued 2021.

Skills

   Linux / Go / Prometheus

References

   1. mailto:tomas.lindqvist@example.se
   2. https://github.com/tlindqvist
   3. https://www.credly.com/badges/0f1e2d3c-cka/public_url
   4. https://www.credly.com/badges/9a8b7c6d-tfa/public_url
"""


def test_each_numbered_mark_takes_its_address_from_the_list_at_the_foot() -> None:
    claims = extract(_DUMP.encode(), "cv.txt").claims

    assert [claim.url for claim in claims] == [
        "https://www.credly.com/badges/0f1e2d3c-cka/public_url",
        "https://www.credly.com/badges/9a8b7c6d-tfa/public_url",
        None,
    ]


def test_a_mark_keeps_a_text_that_names_something_and_a_mail_address_only_its_text() -> None:
    lines = references_inline(_DUMP.splitlines())

    assert (
        lines[3] == "   Uppsala | tomas.lindqvist@example.se | GitHub https://github.com/tlindqvist"
    )


def test_without_a_list_at_the_foot_a_bracketed_number_stays() -> None:
    lines = ["Certifications", "CISSP [1] — ISC2, 2020", "", "References", "Available on request"]

    assert references_inline(lines) == lines
