"""The builders moved to ``testkit/factories.py`` (the benches use them too): import them from
there. This module keeps the old import path working for tests written before the move."""

from testkit.factories import (
    FETCHED_AT,
    WORKSPACE,
    candidate,
    check,
    claim,
    credential_facts,
    evidence,
    hosted_assertion,
    json_response,
    link_claim,
    numbered_resume,
    payload_claim,
    verification,
)

__all__ = [
    "FETCHED_AT",
    "WORKSPACE",
    "candidate",
    "check",
    "claim",
    "credential_facts",
    "evidence",
    "hosted_assertion",
    "json_response",
    "link_claim",
    "numbered_resume",
    "payload_claim",
    "verification",
]
