"""W3C Verifiable Credentials: Open Badges 3.0, CLR 2.0, VCDM 1.1 and 2.0."""

from verifiers.vc.credentials import credential_from_text, is_verifiable_credential
from verifiers.vc.documents import DocumentFetcher, LookupFailed
from verifiers.vc.status import StatusChecker, StatusResult, decode_bitstring
from verifiers.vc.verifier import VerifiableCredentialVerifier

__all__ = [
    "DocumentFetcher",
    "LookupFailed",
    "StatusChecker",
    "StatusResult",
    "VerifiableCredentialVerifier",
    "credential_from_text",
    "decode_bitstring",
    "is_verifiable_credential",
]
