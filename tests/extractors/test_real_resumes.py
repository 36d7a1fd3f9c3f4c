"""Real résumés from ../shared/fixtures/resumes, read in place (never copied), against labels."""

from __future__ import annotations

import pytest

from extractors import Extraction, ExtractionError, extract
from tests.conftest import need_shared
from tests.extractors.documents import SHARED_RESUMES


@pytest.fixture(autouse=True)
def shared_resumes() -> None:
    """Skips with the reason on a machine without ../shared; fails in CI."""
    need_shared(SHARED_RESUMES / "labels.json")


def _extract(name: str) -> Extraction:
    return extract((SHARED_RESUMES / name).read_bytes(), name)


def test_rendercv_links_hidden_behind_titles_go_to_their_own_claims() -> None:
    extraction = _extract("portobanco_rendercv_cv.pdf")

    urls = {claim.text: claim.url for claim in extraction.claims}
    assert urls["Agile Explorer Badge"] == (
        "https://www.credly.com/badges/3fe678ec-d972-457a-85ba-63f5f9e83cb2"
        "?source=linked_in_profile"
    )
    assert urls["Meta Back-End Development"] == (
        "https://coursera.org/share/95dd6ded1b7b11ea24280100435fed11"
    )
    assert extraction.candidate.name == "Jonathan Portobanco"


def test_nursing_licences_numbers_boards_and_expiry() -> None:
    extraction = _extract("nursing_new-grad-rn-resume.docx")

    assert extraction.candidate.name == "Emily Rodriguez"
    nurse = next(claim for claim in extraction.claims if "Nurse" in claim.title)
    assert (nurse.issuer, nurse.credential_id) == ("Texas Board of Nursing", "987654")
    assert {claim.expires_on for claim in extraction.claims if claim.expires_on} == {"2026-08"}


def test_awesome_cv_soft_hyphens_and_page_footers() -> None:
    extraction = _extract("awesomecv_cv.pdf")

    titles = [claim.title for claim in extraction.claims]
    assert len(titles) == 14
    assert not any("Community Builder" in title or "Ambassador" in title for title in titles)


def test_resumes_without_credentials_give_none() -> None:
    for name in ("deedy_openfont.pdf", "sb2nov_resume.pdf", "rendercv_Harvard.pdf"):
        assert _extract(name).claims == (), name


def test_broken_files_are_refused_and_the_blank_scan_warns() -> None:
    for name, message in (
        ("edge_scorelia_password_protected.pdf", "password"),
        ("edge_scorelia_corrupt_file.pdf", "not a PDF"),
        ("edge_scorelia_empty_file.pdf", "empty"),
    ):
        with pytest.raises(ExtractionError, match=message):
            _extract(name)
    scan = _extract("edge_scorelia_scanned_resume.pdf")
    assert scan.claims == () and any("no text layer" in w for w in scan.warnings)
