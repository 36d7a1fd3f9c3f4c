"""W3C Verifiable Credentials: Open Badges 3.0, CLR 2.0, VCDM 1.1 and 2.0."""

from verifiers.vc.documents import DocumentCache, DocumentFetcher, LookupFailed, TTLCache
from verifiers.vc.status import StatusChecker, StatusResult, decode_bitstring
from verifiers.vc.verifier import (
    VerifiableCredentialVerifier,
    credential_from_text,
    is_verifiable_credential,
)

__all__ = [
    "DocumentCache",
    "DocumentFetcher",
    "LookupFailed",
    "StatusChecker",
    "StatusResult",
    "TTLCache",
    "VerifiableCredentialVerifier",
    "credential_from_text",
    "decode_bitstring",
    "is_verifiable_credential",
]
