"""Data Integrity proofs: ``eddsa-rdfc-2022``, ``Ed25519Signature2020``, ``ecdsa-rdfc-2019``.

The signed bytes are ``hash(RDFC(proof options)) || hash(RDFC(document without proof))``
(W3C vc-di-eddsa §3.3, vc-di-ecdsa §3.3), the N-Quads produced by pyld's URDNA2015 (= RDFC-1.0)
over the bundled contexts only. A context that is not bundled fails the check rather than
reaching the network.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from pyld import jsonld

from verifiers.jsonld import UnknownContextError, document_loader
from verifiers.keys import KeyFormatError, PublicKey, describe, multibase_decode

#: Data Integrity cryptosuites verified here, and the legacy ``eddsa-2022`` name of the first.
EDDSA_SUITES = frozenset({"eddsa-rdfc-2022", "eddsa-2022"})
ECDSA_SUITES = frozenset({"ecdsa-rdfc-2019"})
LEGACY_ED25519 = "Ed25519Signature2020"

#: Terms a context does not define expand under this vocabulary, so they can be found:
#: JSON-LD drops undefined terms silently, which would leave them outside the signature.
_UNMAPPED_VOCAB = "urn:credlens:undefined-term#"
_VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2"


def _pinned_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    # Bundled contexts never change, so pyld may keep them processed across operations
    # (its shared cache holds only documents tagged "static"): this saves most of the CPU.
    remote = document_loader(url, options)
    remote["tag"] = "static"
    return remote


_OPTIONS: dict[str, Any] = {"documentLoader": _pinned_loader}


class ProofError(Exception):
    """A proof that does not hold, or cannot be checked; ``supported`` is False for the latter."""

    def __init__(self, reason: str, *, supported: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.supported = supported


def suite_of(proof: Mapping[str, Any]) -> str:
    """The proof's suite name: its cryptosuite, or its legacy type."""
    if proof.get("type") == "DataIntegrityProof":
        return str(proof.get("cryptosuite") or "DataIntegrityProof without cryptosuite")
    return str(proof.get("type") or "untyped proof")


def is_supported(proof: Mapping[str, Any]) -> bool:
    suite = suite_of(proof)
    return suite in EDDSA_SUITES or suite in ECDSA_SUITES or suite == LEGACY_ED25519


def expand(document: Mapping[str, Any]) -> list[Any]:
    """The document expanded over the bundled contexts; raises ``ProofError`` if it cannot be.

    Terms that none of the document's contexts define are refused: they would be dropped from
    the canonical form and so could be changed without breaking the proof. (A VC 2.0 document
    maps them to its issuer-dependent vocabulary, which the proof does cover.)
    """
    probe = dict(document)
    contexts = probe.get("@context")
    listed = contexts if isinstance(contexts, list) else [contexts]
    if _VC2_CONTEXT not in listed:
        probe["@context"] = [*listed, {"@vocab": _UNMAPPED_VOCAB}]
    try:
        expanded: list[Any] = jsonld.expand(probe, _OPTIONS)
        undefined = sorted(_undefined_terms(expanded))
    except RecursionError:
        raise ProofError("the document is nested too deeply to be a credential") from None
    except ValueError as error:
        # pyld's own bare errors: an empty or relative base IRI, a non-JSON number.
        raise ProofError(f"the document's JSON-LD cannot be read: {error}") from None
    except jsonld.JsonLdError as error:
        unknown = _unknown_context(error)
        if unknown is not None:
            raise ProofError(
                f"the context {unknown} is not bundled with credlens, so the credential "
                "cannot be canonicalised (contexts are never fetched)",
                supported=False,
            ) from None
        raise ProofError(f"JSON-LD processing failed: {_jsonld_reason(error)}") from None
    if undefined:
        raise ProofError(
            "terms not defined by the credential's contexts, so outside its proof: "
            + ", ".join(undefined[:5])
        )
    return expanded


def canonical_nquads(expanded_or_document: Any) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document (expanded or not)."""
    try:
        canonical: str = jsonld.normalize(
            expanded_or_document,
            {**_OPTIONS, "algorithm": "URDNA2015", "format": "application/n-quads"},
        )
    except RecursionError:
        raise ProofError("the document is nested too deeply to be a credential") from None
    except jsonld.JsonLdError as error:
        raise ProofError(f"canonicalisation failed: {_jsonld_reason(error)}") from None
    return canonical


def unsecured(credential: Mapping[str, Any]) -> dict[str, Any]:
    """The credential without its proof: what every proof of a proof set signs."""
    return {key: value for key, value in credential.items() if key != "proof"}


def signed_bytes(
    document_nquads: str, proof: Mapping[str, Any], context: Any, algorithm: str
) -> bytes:
    """``hash(proof options) || hash(document)`` for a proof whose document is canonical."""
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    options["@context"] = copy.deepcopy(context)
    options_nquads = canonical_nquads(options)
    return _digest(options_nquads, algorithm) + _digest(document_nquads, algorithm)


def verify_proof(
    document_nquads: str, proof: Mapping[str, Any], context: Any, key: PublicKey
) -> str:
    """Check one proof over the canonical document; returns a detail, raises ``ProofError``."""
    suite = suite_of(proof)
    if not is_supported(proof):
        raise ProofError(f"the {suite} proof suite is not supported", supported=False)
    if proof.get("proofPurpose") != "assertionMethod":
        raise ProofError(
            f"the proof's purpose is {proof.get('proofPurpose')!r}, not assertionMethod"
        )
    proof_value = proof.get("proofValue")
    if not isinstance(proof_value, str) or not proof_value.startswith("z"):
        raise ProofError("the proof has no base58btc proofValue")
    try:
        signature = multibase_decode(proof_value)
    except KeyFormatError as error:
        raise ProofError(f"unreadable proofValue: {error}") from None
    if suite in ECDSA_SUITES:
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise ProofError(f"an {suite} proof needs a P-256 or P-384 key, not {describe(key)}")
        algorithm = "sha384" if key.curve.name == "secp384r1" else "sha256"
        data = signed_bytes(document_nquads, proof, context, algorithm)
        _verify_ecdsa(key, signature, data, algorithm)
    else:
        if not isinstance(key, ed25519.Ed25519PublicKey):
            raise ProofError(f"an {suite} proof needs an Ed25519 key, not {describe(key)}")
        data = signed_bytes(document_nquads, proof, context, "sha256")
        try:
            key.verify(signature, data)
        except InvalidSignature:
            raise ProofError(f"the {suite} signature does not match the credential") from None
    return f"{suite} signature verified with the issuer's {describe(key)} key"


def _verify_ecdsa(key: ec.EllipticCurvePublicKey, signature: bytes, data: bytes, algo: str) -> None:
    half = len(signature) // 2
    if len(signature) not in (64, 96):
        raise ProofError("the ECDSA signature is not r||s of the curve's size")
    der = encode_dss_signature(
        int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
    )
    digest: hashes.HashAlgorithm = hashes.SHA384() if algo == "sha384" else hashes.SHA256()
    try:
        key.verify(der, data, ec.ECDSA(digest))
    except InvalidSignature:
        raise ProofError("the ecdsa-rdfc-2019 signature does not match the credential") from None


def _digest(text: str, algorithm: str) -> bytes:
    return hashlib.new(algorithm, text.encode("utf-8")).digest()


def _undefined_terms(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, list):
        for item in value:
            found |= _undefined_terms(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key.startswith(_UNMAPPED_VOCAB):
                found.add(key.removeprefix(_UNMAPPED_VOCAB))
            if key == "@type":
                types = item if isinstance(item, list) else [item]
                found |= {
                    str(kind).removeprefix(_UNMAPPED_VOCAB)
                    for kind in types
                    if str(kind).startswith(_UNMAPPED_VOCAB)
                }
            found |= _undefined_terms(item)
    return found


def _unknown_context(error: BaseException) -> str | None:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, UnknownContextError):
            return seen.url
        seen = getattr(seen, "cause", None) or seen.__cause__ or seen.__context__
    return None


def _jsonld_reason(error: Exception) -> str:
    # pyld nests the real cause (an unknown context URL, say) a few levels down.
    while getattr(error, "cause", None) is not None:
        error = error.cause  # type: ignore[attr-defined]
    return str(error).splitlines()[0][:200] or type(error).__name__
