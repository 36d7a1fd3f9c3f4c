"""The credential parsers on damaged real credentials: each fails only in its documented way.

Pure parsers (JWS, baked images, status lists, Blockcerts receipts, keys) are held to the
exceptions their callers catch. Whole verifiers (Open Badges 2.0 hosted, verifiable
credentials pasted) are held to the Verifier protocol: a Verification for any document,
never an exception, since a hostile issuer chooses every byte of what it serves.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from hypothesis import given, reject, settings
from hypothesis import strategies as st

from tests.conftest import SHARED_FIXTURES
from tests.fuzz.conftest import SCALE
from tests.fuzz.hostile import hosted, pasted
from tests.fuzz.mutations import alarm, is_known_finding, mutated
from verifiers.baked import NotBakedError, unbake
from verifiers.blockcerts import v3_receipt
from verifiers.jose import JoseError, parse_jws
from verifiers.keys import KeyFormatError, jwk_public_key, multikey_public_key
from verifiers.models import Verification
from verifiers.vc import credential_from_text
from verifiers.vc.status import StatusListError, decode_bitstring

FUZZ = settings.get_profile("fuzz")
HANG = 10.0
DCPV = SHARED_FIXTURES / "credentials" / "1edtech-dcpv"
CVJS = SHARED_FIXTURES / "credentials" / "blockcerts-cvjs"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip()


OB2_ASSERTION = json.loads(_text(DCPV / "ob20" / "basic-assertion.json"))
OB2_JWS = _text(DCPV / "ob20" / "simple.jwt")
VC_JSON = _text(DCPV / "ob30" / "simple.json")
VC_JWT = _text(DCPV / "ob30" / "simple.jwt")
BAKED_PNG = (DCPV / "ob30" / "simple-json.png").read_bytes()
BAKED_OB2_PNG = (DCPV / "ob20" / "simple-badge.png").read_bytes()
BAKED_SVG = (DCPV / "ob30" / "simple-jwt.svg").read_bytes()
PROOF_VALUE = json.loads(_text(CVJS / "v3" / "mocknet-vc-v2-invalid-date-format.json"))["proof"][
    "proofValue"
]
STATUS_LIST = json.loads(_text(DCPV / "ob30" / "bit-string-list" / "testlist"))[
    "credentialSubject"
]["encodedList"]
JWK = {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}
MULTIKEY = "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"


def texts(seed: str) -> st.SearchStrategy[str]:
    """``seed`` damaged at the byte level, read back as text the way a parser would get it."""
    return mutated(seed.encode()).map(lambda data: data.decode("utf-8", "replace"))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=40)
    | st.sampled_from(["", "https://example.org/x", "urn:uuid:1", "2016-12-31T23:59:59Z"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def mutated_json(draw: st.DrawFn, document: Any) -> Any:
    """``document`` with a few values replaced by other JSON, or keys dropped, anywhere."""
    document = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, 4))):
        parent, key = draw(_a_place(document))
        if parent is None:
            return draw(JSON_VALUES)
        if isinstance(parent, dict) and draw(st.booleans()) and key in parent:
            del parent[key]
        else:
            parent[key] = draw(JSON_VALUES)
    return document


def _a_place(document: Any) -> st.SearchStrategy[tuple[Any, Any]]:
    places: list[tuple[Any, Any]] = [(None, None)]

    def walk(node: Any) -> None:
        children = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(children):
            places.append((node, key))
            if isinstance(value, dict | list):
                walk(value)

    if isinstance(document, dict | list):
        walk(document)
    return st.sampled_from(places)


def holds(parse: Callable[[Any], object], value: Any, *expected: type[BaseException]) -> None:
    """``parse(value)`` returns, or raises one of ``expected``; anything else is a finding."""
    with alarm(HANG):
        try:
            parse(value)
        except expected:
            pass
        except Exception as error:
            if not is_known_finding(error):
                raise
            reject()


# --- pure parsers ------------------------------------------------------------------------


@settings(FUZZ, max_examples=300 * SCALE)
@given(st.one_of(texts(OB2_JWS), texts(VC_JWT), st.text(max_size=300)))
def test_parse_jws(token: str) -> None:
    holds(parse_jws, token, JoseError)


@settings(FUZZ, max_examples=300 * SCALE)
@given(st.one_of(texts(VC_JSON), texts(VC_JWT), st.text(max_size=300)))
def test_credential_from_text(text: str) -> None:
    holds(credential_from_text, text)


@settings(FUZZ, max_examples=200 * SCALE)
@given(st.one_of(mutated(BAKED_PNG), mutated(BAKED_OB2_PNG), mutated(BAKED_SVG)))
def test_unbake(image: bytes) -> None:
    holds(unbake, image, NotBakedError)


@settings(FUZZ, max_examples=200 * SCALE)
@given(st.one_of(texts(STATUS_LIST), st.text(max_size=200)))
def test_decode_bitstring(encoded: str) -> None:
    holds(decode_bitstring, encoded, StatusListError)


@settings(FUZZ, max_examples=300 * SCALE)
@given(texts(PROOF_VALUE))
def test_v3_receipt(proof_value: str) -> None:
    # What BlockcertsVerifier catches around it.
    holds(v3_receipt, proof_value, KeyError, TypeError, ValueError, IndexError, KeyFormatError)


@settings(FUZZ, max_examples=200 * SCALE)
@given(st.one_of(mutated_json(JWK), JSON_VALUES))
def test_jwk_public_key(jwk: Any) -> None:
    holds(jwk_public_key, jwk if isinstance(jwk, dict) else {"kty": jwk}, KeyFormatError)


@settings(FUZZ, max_examples=200 * SCALE)
@given(st.one_of(texts(MULTIKEY), st.text(max_size=80)))
def test_multikey_public_key(multibase: str) -> None:
    holds(multikey_public_key, multibase, KeyFormatError)


# --- whole verifiers against a hostile host ----------------------------------------------


def _contained(run: Callable[[], Coroutine[Any, Any, Verification]]) -> Verification:
    with alarm(HANG):
        try:
            return asyncio.run(run())
        except Exception as error:
            if not is_known_finding(error):
                raise
            reject()


@settings(FUZZ, max_examples=120 * SCALE)
@given(mutated_json(OB2_ASSERTION))
def test_open_badges_2_hosted_assertion(assertion: Any) -> None:
    verification = _contained(lambda: hosted(json.dumps(assertion).encode()))
    assert isinstance(verification, Verification)


@settings(FUZZ, max_examples=60 * SCALE)
@given(mutated(json.dumps(OB2_ASSERTION).encode()))
def test_open_badges_2_hosted_bytes(body: bytes) -> None:
    assert isinstance(_contained(lambda: hosted(body, "application/json")), Verification)


@settings(FUZZ, max_examples=120 * SCALE)
@given(
    st.one_of(
        mutated_json(json.loads(VC_JSON)).map(json.dumps),
        texts(VC_JWT),
        texts(VC_JSON),
    )
)
def test_verifiable_credential_pasted(payload: str) -> None:
    assert isinstance(_contained(lambda: pasted(payload)), Verification)
