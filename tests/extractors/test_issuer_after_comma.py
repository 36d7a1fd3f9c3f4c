"""An entry that carries all its fields on its line ("Title, Issuer — obtenu en 2021 — N° de
certificat : 4471"): the name after the title's last comma is who issued it; with only a bare
date after it, the issuer stands on a line of its own and the comma is the title's."""

from __future__ import annotations

from extractors import extract
from extractors.claim_split import split_fields
from tests.extractors.documents import docx_bytes

_ENTRIES = [
    "Kayak Instructor Award, British Canoeing — obtenu en mai 2019 — N° de certificat : BC-4471",
    "Cold Water Survival, Viking Safety Academy — obtenu en 2020 — Vérifier :"
    " https://www.credential.net/0f3c9a2e-1b7d-4c55-8e21-6a9d0c7b4f13",
    "Swiftwater Rescue: Technician Level, Rescue 3 Europe Trust — obtenu en juin 2021",
]


def test_a_name_after_the_last_comma_before_labelled_fields_is_the_issuer() -> None:
    assert split_fields(_ENTRIES[0])[:3] == [
        "Kayak Instructor Award",
        "British Canoeing",
        "obtenu en mai 2019",
    ]
    # A bare date after it: the issuer has a line of its own below, the comma is the title's.
    assert split_fields("Kayak Instructor Award, Coastal\tMAY 2019") == [
        "Kayak Instructor Award, Coastal",
        "MAY 2019",
    ]
    # "and" joins a title's words more than a body's; a level is the title's.
    assert split_fields("Type Training, Theory and Practical — obtenu en 2015")[0] == (
        "Type Training, Theory and Practical"
    )
    assert split_fields("Rope Access, Level 3 — obtenu en 2015")[0] == "Rope Access, Level 3"


def test_entries_of_a_french_docx_with_their_issuers_after_a_comma() -> None:
    data = docx_bytes(["Léa Moreau", "lea.moreau@example.fr", "Certifications", *_ENTRIES])

    claims = extract(data, "cv.docx").claims

    assert [(claim.title, claim.issuer) for claim in claims] == [
        ("Kayak Instructor Award", "British Canoeing"),
        ("Cold Water Survival", "Viking Safety Academy"),
        ("Swiftwater Rescue: Technician Level", "Rescue 3 Europe Trust"),
    ]
    assert claims[0].credential_id == "BC-4471"
    assert claims[1].url == "https://www.credential.net/0f3c9a2e-1b7d-4c55-8e21-6a9d0c7b4f13"
