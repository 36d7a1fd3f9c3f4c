"""A field's label at a line's end, and a status that labels a list: "| Issued:" over
"04.2023 | Valid till: 04.2026" is one entry's dates, "Pursuing:-" heads what is not held."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_BADGE = "https://www.credly.com/badges/7d3e9b21-4c6a-4f0e-8b15-2a9c6e4d1f87/public_url"


def test_a_date_label_at_a_line_s_end_takes_its_value_from_the_next_line() -> None:
    nowrap = "<span style='white-space: nowrap'>{}</span>"
    items = (
        "1. Certified Cloud Security Professional (CCSP) – ISC2 (Cert. No.: 1523847) | Issued: "
        + nowrap.format("04.2023 | Valid till: 04.2026"),
        "2. AWS Certified Security – Specialty – Amazon Web Services | Issued: 08.2022 | Valid"
        " till: " + nowrap.format(f"08.2025 | Verify: {_BADGE}"),
    )
    body = (
        "<p>Dana Reyes</p><p>dana.reyes@example.com</p><p>Certifications:-</p>"
        + "".join(f"<p style='width: 420pt; margin: 0'>{item}</p>" for item in items)
        + "<p>Technical Skills:-</p><p>Terraform</p>"
    )

    claims = extract(pdf(body, "body { font-size: 10pt; }"), "cv.pdf").claims

    assert [(c.catalog_id, c.issued_on, c.expires_on) for c in claims] == [
        ("isc2-ccsp", "2023-04", "2026-04"),
        ("aws-security-specialty", "2022-08", "2025-08"),
    ]


def test_a_status_with_nothing_after_its_colon_heads_what_is_not_held() -> None:
    text = (
        "Dana Reyes\ndana.reyes@example.com\nCertifications:-\n"
        "1. Certified Information Systems Security Professional (CISSP) – ISC2 | Issued: 05.2020\n"
        "Pursuing:-\n"
        "➢ Certified Cloud Security Professional (CCSP), ISC2, 2025\n"
        "➢ Attended the ISC2 Security Congress 2025 (12 CPE hours)\n"
        "Technical Skills:-\nTerraform\n"
    )

    claims = extract(text.encode(), "cv.txt").claims

    assert [claim.catalog_id for claim in claims] == ["cissp"]
