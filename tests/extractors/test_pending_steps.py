"""A step passed on the way to a credential, the rest still to come ("exam passed, endorsement
pending", "eligibility approved, exam window January 2027"), is not the credential held."""

from __future__ import annotations

import pytest

from extractors import extract
from tests.extractors.documents import docx_bytes

_HELD = "CompTIA Security+, CompTIA (2021)"


@pytest.mark.parametrize(
    "pending",
    [
        "CISSP: exam passed May 2026, endorsement pending",
        "Certified Information Systems Security Professional (CISSP) – pending endorsement",
        "Project Management Professional (PMP): eligibility approved, exam window March 2027",
        "Certified Construction Manager (CCM) – approval pending",
        # Allowed to sit the exam, not yet passed: "eligible after …", "board-eligible".
        "AWS Certified Solutions Architect – Associate exam: eligible after the bootcamp",
        "CISSP – eligible to sit once five years of experience are reached",
        "Project Management Professional (PMP), board-eligible",
        # A voucher bought, a course date not yet set: the sitting is still to come.
        "Certified Information Systems Security Professional (CISSP): voucher bought, exam in May",
        "PRINCE2 Foundation: course date to be confirmed",
        # A test or an assessment booked is a sitting to come, as an exam booked is.
        "Certified Kubernetes Administrator (CKA): test scheduled January 2027",
        "PRINCE2 Foundation – assessment booked for March 2027",
    ],
)
def test_a_credential_still_waiting_for_its_last_step_is_not_held(pending: str) -> None:
    data = docx_bytes(["Dana Reyes", "dana.reyes@example.com", "Certifications", _HELD, pending])

    claims = extract(data, "cv.docx").claims

    assert [claim.catalog_id for claim in claims] == ["comptia-security-plus"]
