"""Evidence requests: ask the candidate for what no public source could show, check each answer.

A recruiter (web app), an ATS (API) or an operator (CLI) asks about the claims of a finished
verification; the candidate gets a link whose token is the only authority to answer. Each
answer (a link, a credential file, a credential ID, or "I do not hold this") is stored
encrypted and queues a job that checks that one claim with the same verifiers, then writes
the claim's new verdict, its history and the new score into the report in place.

Keyword-only functions, no SQL (that is in ``service.storage.repositories.evidence_requests``).
"""

from service.evidence_requests.answers import (
    AnswerState,
    OpenRequest,
    answer,
    check_credential_file,
    open_request,
)
from service.evidence_requests.asking import (
    AskedClaim,
    CreatedRequest,
    RequestSummary,
    answer_states,
    choose_claims,
    create,
    requests_for,
    revoke,
)
from service.evidence_requests.checking import check_answer, rebuilt, with_evidence, withdrawn
from service.evidence_requests.common import (
    ANSWER_SOURCES,
    EVIDENCE_JOB,
    MAX_CREDENTIAL_ID_CHARS,
    MAX_EXPIRY_DAYS,
    MAX_LINK_CHARS,
    MAX_MESSAGE_CHARS,
    NOT_DEFINITIVE,
    TOKEN_PREFIX,
    AnswerKind,
    RequestNotFound,
    candidate_url,
    is_well_formed,
    new_token,
    token_hash,
)

__all__ = [
    "ANSWER_SOURCES",
    "EVIDENCE_JOB",
    "MAX_CREDENTIAL_ID_CHARS",
    "MAX_EXPIRY_DAYS",
    "MAX_LINK_CHARS",
    "MAX_MESSAGE_CHARS",
    "NOT_DEFINITIVE",
    "TOKEN_PREFIX",
    "AnswerKind",
    "AnswerState",
    "AskedClaim",
    "CreatedRequest",
    "OpenRequest",
    "RequestNotFound",
    "RequestSummary",
    "answer",
    "answer_states",
    "candidate_url",
    "check_answer",
    "check_credential_file",
    "choose_claims",
    "create",
    "is_well_formed",
    "new_token",
    "open_request",
    "rebuilt",
    "requests_for",
    "revoke",
    "token_hash",
    "with_evidence",
    "withdrawn",
]
