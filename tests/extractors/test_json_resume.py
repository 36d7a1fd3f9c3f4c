"""A résumé sent as a JSON Resume document (jsonresume.org), whatever its file is called: the
name from ``basics.name`` (post-nominals apart, as claims), a claim from each certificate with
its issuer, dates, number and address; the older v0.0.x field names too; broken JSON is read
as text."""

from __future__ import annotations

import json
from typing import Any

from extractors import extract
from extractors.resume_json import resume_json_text

_RESUME: dict[str, Any] = {
    "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics": {
        "name": "Ingrid Solbakken, CPA",
        "label": "Audit Manager",
        "email": "ingrid.solbakken@example.no",
        "phone": "+47 912 34 567",
        "url": "https://ingrid-solbakken.example.no",
        "profiles": [
            {"network": "LinkedIn", "url": "https://www.linkedin.com/in/ingrid-solbakken"}
        ],
    },
    "work": [
        {
            "name": "Fjord Revisjon AS",
            "position": "Audit Manager",
            "startDate": "2017-09",
            "highlights": ["Ran the year-end audit of 40 municipal companies."],
        }
    ],
    "certificates": [
        {
            "name": "Certified Information Systems Auditor",
            "date": "2020-06",
            "issuer": "ISACA",
            "url": "https://www.credly.com/badges/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/public_url",
            "summary": "Credential ID 20613377; valid until 2026-06",
        },
        {"name": "Certified Fraud Examiner", "date": "2018-03", "issuer": "ACFE"},
    ],
    "skills": [{"name": "IT audit", "keywords": ["COBIT", "SOX"]}],
}


def _claims(text: str, filename: str = "resume.txt") -> dict[str, Any]:
    extraction = extract(text.encode(), filename)
    return {
        "name": extraction.candidate.name,
        "emails": extraction.candidate.emails,
        "claims": {
            claim.title: (
                claim.issuer,
                claim.issued_on,
                claim.expires_on,
                claim.credential_id,
                claim.url,
            )
            for claim in extraction.claims
        },
    }


def test_certificates_of_a_json_resume_are_claims_with_their_fields() -> None:
    read = _claims(json.dumps(_RESUME, indent=2), "resume.json")
    assert read["name"] == "Ingrid Solbakken"
    assert read["emails"] == ("ingrid.solbakken@example.no",)
    claims = read["claims"]
    assert claims["Certified Information Systems Auditor"] == (
        "ISACA",
        "2020-06",
        "2026-06",
        "20613377",
        "https://www.credly.com/badges/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/public_url",
    )
    assert claims["Certified Fraud Examiner"] == ("ACFE", "2018-03", None, None, None)
    # the post-nominal after the name is a claim, as in a typed résumé
    assert "Certified Public Accountant" in claims
    assert len(claims) == 3


def test_a_byte_order_mark_and_words_after_the_json_are_tolerated() -> None:
    text = "\ufeff" + json.dumps(_RESUME) + "\n\n-- \nsent from my phone\n"
    read = _claims(text)
    assert read["name"] == "Ingrid Solbakken"
    assert "Certified Fraud Examiner" in read["claims"]


def test_the_older_schema_names_are_read() -> None:
    old = {
        "bio": {
            "firstName": "Tobias",
            "lastName": "Wennerholm",
            "email": {"work": "tobias@example.se", "personal": "tobias.w@example.se"},
            "website": "https://wennerholm.example.se",
        },
        "work": [{"company": "Nordvatten AB", "position": "Engineer", "startDate": "2015-01"}],
        "certificates": [
            {
                "title": "Project Management Professional",
                "authority": "Project Management Institute",
                "date": "2019-11",
                "expiryDate": "2025-11",
                "licenseNumber": "2718281",
                "website": "https://www.credly.com/badges/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
            }
        ],
    }
    read = _claims(json.dumps(old, indent=4))
    assert read["name"] == "Tobias Wennerholm"
    assert read["claims"]["Project Management Professional"] == (
        "Project Management Institute",
        "2019-11",
        "2025-11",
        "2718281",
        "https://www.credly.com/badges/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
    )


def test_json_that_is_not_a_resume_or_does_not_parse_is_read_as_text() -> None:
    assert resume_json_text('{"title": "Engineer", "skills": ["SQL"]}') is None
    broken = json.dumps(_RESUME, indent=2)[:-40]
    assert resume_json_text(broken) is None
    read = _claims(broken)
    assert read["emails"] == ("ingrid.solbakken@example.no",)
