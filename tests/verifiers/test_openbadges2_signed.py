"""Signed Open Badges 2.0 (RS256 JWS) and baked badges: the 1EdTech fixtures and our own keys."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from typing import Any

import httpx
import pytest
import respx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from extractors.models import Candidate, Claim, ClaimOrigin, Source
from testkit.factories import check
from tests.verifiers.ob2_issuer import (
    ASSERTION_URL,
    DCPV,
    RECIPIENT_EMAIL,
    json_ld,
    read_json,
    serve_assertion,
    serve_assets,
)
from verifiers.baked import PNG_SIGNATURE, BakedStandard, unbake
from verifiers.models import Assurance, CheckStatus, Verdict
from verifiers.openbadges2 import OpenBadges2Verifier

CANDIDATE = Candidate(emails=(RECIPIENT_EMAIL,))
VERIFIER = OpenBadges2Verifier()
ISSUER_URL = "https://example.org/organization.json"


@pytest.fixture(scope="module")
def private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def uploaded(text: str) -> Claim:
    return Claim(
        id="u1",
        title="Uploaded badge",
        payload=text,
        source=Source(origin=ClaimOrigin.CREDENTIAL),
    )


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sign(payload: dict[str, Any], key: rsa.RSAPrivateKey, header: dict[str, Any] | None) -> str:
    signing_input = (
        b64url(json.dumps(header or {"alg": "RS256", "typ": "JWT"}).encode())
        + "."
        + b64url(json.dumps(payload).encode())
    )
    signature = key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + b64url(signature)


def signed_assertion(creator: str) -> dict[str, Any]:
    assertion: dict[str, Any] = read_json(DCPV / "basic-assertion.json")
    assertion["verification"] = {"type": "signed", "creator": creator}
    return assertion


def key_document(key_id: str, owner: str, key: rsa.RSAPrivateKey) -> dict[str, Any]:
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "CryptographicKey",
        "id": key_id,
        "owner": owner,
        "publicKeyPem": pem.decode("ascii"),
    }


# -- the 1EdTech signed fixtures ---------------------------------------------------------

SIGNED_CASES = [
    ("simple.jwt", Verdict.VERIFIED),
    ("simple-not-revoked.jwt", Verdict.VERIFIED),
    ("simple-revoked.jwt", Verdict.REVOKED),
]


@pytest.mark.parametrize(("name", "expected"), SIGNED_CASES, ids=[c[0] for c in SIGNED_CASES])
async def test_upstream_signed_cases_uploaded(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, name: str, expected: Verdict
) -> None:
    serve_assets(respx_mock)
    token = (DCPV / name).read_text().strip()

    verification = await VERIFIER.verify(uploaded(token), CANDIDATE, client)

    assert verification.verdict is expected, verification.checks
    assert check(verification, "signature")[0] is CheckStatus.PASSED
    assert check(verification, "key_owner")[0] is CheckStatus.PASSED
    assert check(verification, "signing_key")[0] is CheckStatus.PASSED
    assert not [each for each in verification.checks if each.name == "hosted_origin"]
    if expected is Verdict.VERIFIED:
        assert verification.assurance is Assurance.SIGNED
    else:
        assert "A good reason, for sure" in check(verification, "revocation")[1]


async def test_signed_assertion_at_a_link(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    url = "https://example.org/signed/beth.jws"
    respx_mock.get(url).mock(
        return_value=httpx.Response(
            200, text=(DCPV / "simple.jwt").read_text(), headers={"content-type": "text/plain"}
        )
    )
    serve_assets(respx_mock)
    claim = Claim(id="c", title="Badge", url=url)

    verification = await VERIFIER.verify(claim, CANDIDATE, client)

    assert verification.verdict is Verdict.VERIFIED
    assert verification.assurance is Assurance.SIGNED
    assert [e.url for e in verification.evidence][:2] == [url, "http://example.org/key1.json"]


def test_signed_payloads_are_recognised() -> None:
    assert VERIFIER.recognises(uploaded((DCPV / "simple.jwt").read_text()))
    assert VERIFIER.recognises(uploaded(json.dumps(read_json(DCPV / "basic-assertion.json"))))
    assert not VERIFIER.recognises(uploaded('{"credentialSubject": {}, "@context": []}'))
    assert not VERIFIER.recognises(uploaded("AWS Certified Solutions Architect"))


# -- credentials we sign ourselves -------------------------------------------------------


async def test_our_key_listed_by_the_issuer_verifies(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, private_key: rsa.RSAPrivateKey
) -> None:
    key_url = "https://example.org/keys/ours.json"
    issuer = read_json(DCPV / "assets" / "organization.json") | {"publicKey": [key_url]}
    respx_mock.get(key_url).mock(
        return_value=json_ld(key_document(key_url, ISSUER_URL, private_key))
    )
    respx_mock.get(ISSUER_URL).mock(return_value=json_ld(issuer))
    serve_assets(respx_mock)

    token = sign(signed_assertion(key_url), private_key, None)
    verification = await VERIFIER.verify(uploaded(token), CANDIDATE, client)

    assert verification.verdict is Verdict.VERIFIED
    assert verification.assurance is Assurance.SIGNED


@pytest.mark.parametrize(
    ("owner", "listed", "detail"),
    [
        ("https://attacker.example/issuer.json", True, "belongs to"),
        (ISSUER_URL, False, "does not list the signing key"),
    ],
    ids=["key-of-another-issuer", "key-the-issuer-does-not-list"],
)
async def test_a_key_that_is_not_the_issuers_is_invalid(
    client: httpx.AsyncClient,
    respx_mock: respx.MockRouter,
    private_key: rsa.RSAPrivateKey,
    owner: str,
    listed: bool,
    detail: str,
) -> None:
    key_url = "https://example.org/keys/rogue.json"
    issuer = read_json(DCPV / "assets" / "organization.json")
    if listed:
        issuer["publicKey"] = [issuer["publicKey"], key_url]
    respx_mock.get(key_url).mock(return_value=json_ld(key_document(key_url, owner, private_key)))
    respx_mock.get(ISSUER_URL).mock(return_value=json_ld(issuer))
    serve_assets(respx_mock)

    token = sign(signed_assertion(key_url), private_key, None)
    verification = await VERIFIER.verify(uploaded(token), CANDIDATE, client)

    assert verification.verdict is Verdict.INVALID
    status, found = check(verification, "key_owner")
    assert status is CheckStatus.FAILED
    assert detail in found


async def test_signed_with_another_key_than_the_creator_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, private_key: rsa.RSAPrivateKey
) -> None:
    serve_assets(respx_mock)
    # Claims key1 (the issuer's), but signed with ours.
    token = sign(signed_assertion("http://example.org/key1.json"), private_key, None)

    verification = await VERIFIER.verify(uploaded(token), CANDIDATE, client)

    assert verification.verdict is Verdict.INVALID
    assert check(verification, "signature")[0] is CheckStatus.FAILED


async def test_a_weak_key_or_a_non_canonical_signature_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter, private_key: rsa.RSAPrivateKey
) -> None:
    """Signed Open Badges 2.0 takes the same JOSE path as verifiable credentials."""
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    key_url = "https://example.org/keys/weak.json"
    issuer = read_json(DCPV / "assets" / "organization.json") | {"publicKey": [key_url]}
    respx_mock.get(key_url).mock(return_value=json_ld(key_document(key_url, ISSUER_URL, weak)))
    respx_mock.get(ISSUER_URL).mock(return_value=json_ld(issuer))
    serve_assets(respx_mock)

    verification = await VERIFIER.verify(
        uploaded(sign(signed_assertion(key_url), weak, None)), CANDIDATE, client
    )

    assert verification.verdict is Verdict.INVALID
    assert "fewer than 2048" in check(verification, "signature")[1]

    token = sign(signed_assertion(key_url), private_key, None)
    header, payload, signature = token.split(".")
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    # 256 signature bytes leave four spare bits in the last character: flip one.
    spare = last[last.index(signature[-1]) ^ 1]
    verification = await VERIFIER.verify(
        uploaded(f"{header}.{payload}.{signature[:-1]}{spare}"), CANDIDATE, client
    )

    assert verification.verdict is Verdict.INVALID
    assert "canonical" in check(verification, "signature")[1]


async def test_tampered_payload_is_invalid(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_assets(respx_mock)
    header, payload, signature = (DCPV / "simple.jwt").read_text().strip().split(".")
    assertion = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assertion["recipient"]["identity"] = "sha256$" + "0" * 64
    forged = f"{header}.{b64url(json.dumps(assertion).encode())}.{signature}"

    verification = await VERIFIER.verify(uploaded(forged), CANDIDATE, client)

    assert verification.verdict is Verdict.INVALID
    assert "altered" in check(verification, "signature")[1]


@pytest.mark.parametrize(
    "header", [{"alg": "none"}, {"alg": "HS256"}, {"alg": "RS512"}], ids=["none", "HS256", "RS512"]
)
async def test_other_algorithms_are_refused(
    client: httpx.AsyncClient,
    respx_mock: respx.MockRouter,
    private_key: rsa.RSAPrivateKey,
    header: dict[str, Any],
) -> None:
    serve_assets(respx_mock)
    token = sign(signed_assertion("http://example.org/key1.json"), private_key, header)
    if header["alg"] == "none":
        token = token.rsplit(".", 1)[0] + "."

    verification = await VERIFIER.verify(uploaded(token), CANDIDATE, client)

    assert verification.verdict is Verdict.INVALID
    assert "refused" in check(verification, "signature")[1]


async def test_no_single_character_change_of_a_signed_badge_is_verified(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_assets(respx_mock)
    token = (DCPV / "simple.jwt").read_text().strip()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."

    verdicts = set()
    for position in range(0, len(token), 11):
        replacement = alphabet[(alphabet.index(token[position]) + 17) % len(alphabet)]
        mutated = token[:position] + replacement + token[position + 1 :]
        verification = await VERIFIER.verify(uploaded(mutated), CANDIDATE, client)
        verdicts.add(verification.verdict)

    assert verdicts, "no mutation was tried"
    assert Verdict.VERIFIED not in verdicts
    assert verdicts <= {Verdict.INVALID, Verdict.UNSUPPORTED}


# -- baked badges ------------------------------------------------------------------------


def png_with_chunk(kind: bytes, body: bytes) -> bytes:
    """A real 1×1 PNG with one extra text chunk before IEND."""

    def chunk(chunk_kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(chunk_kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + chunk_kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(kind, body)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


async def test_upstream_baked_png_verifies_against_the_hosted_assertion(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_assertion(respx_mock, read_json(DCPV / "basic-assertion.json"))
    baked = unbake((DCPV / "simple-badge.png").read_bytes())

    verification = await VERIFIER.verify(uploaded(baked.payload), CANDIDATE, client)

    assert baked.standard is BakedStandard.OPEN_BADGES_2
    assert verification.verdict is Verdict.VERIFIED
    assert verification.evidence[0].url == ASSERTION_URL


async def test_baked_png_at_a_link(client: httpx.AsyncClient, respx_mock: respx.MockRouter) -> None:
    image_url = "https://example.org/images/beth.png"
    respx_mock.get(image_url).mock(
        return_value=httpx.Response(
            200,
            content=(DCPV / "simple-badge.png").read_bytes(),
            headers={"content-type": "image/png"},
        )
    )
    serve_assertion(respx_mock, read_json(DCPV / "basic-assertion.json"))

    verification = await VERIFIER.verify(Claim(id="c", title="b", url=image_url), CANDIDATE, client)

    assert verification.verdict is Verdict.VERIFIED
    assert check(verification, "baked_image")[0] is CheckStatus.PASSED


async def test_compressed_itxt_carrying_a_jws(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_assets(respx_mock)
    token = (DCPV / "simple.jwt").read_text().strip().encode()
    image = png_with_chunk(b"iTXt", b"openbadges\x00\x01\x00en\x00\x00" + zlib.compress(token))

    baked = unbake(image)
    verification = await VERIFIER.verify(uploaded(baked.payload), CANDIDATE, client)

    assert (baked.container, baked.standard) == ("png", BakedStandard.OPEN_BADGES_2)
    assert verification.verdict is Verdict.VERIFIED
    assert verification.assurance is Assurance.SIGNED


async def test_baked_svg_hosted_and_signed(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    serve_assertion(respx_mock, read_json(DCPV / "basic-assertion.json"))
    token = (DCPV / "simple.jwt").read_text().strip()
    hosted_svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">'
        f'<openbadges:assertion verify="{ASSERTION_URL}"><![CDATA['
        + json.dumps(read_json(DCPV / "basic-assertion.json"))
        + "]]></openbadges:assertion><circle r='4'/></svg>"
    )
    signed_svg = (
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:openbadges="http://openbadges.org">'
        f"<openbadges:assertion>{token}</openbadges:assertion></svg>"
    )

    hosted = unbake(hosted_svg.encode())
    signed = unbake(signed_svg.encode())

    assert hosted.verify_url == ASSERTION_URL
    assert signed.payload == token
    for baked in (hosted, signed):
        verification = await VERIFIER.verify(uploaded(baked.payload), CANDIDATE, client)
        assert verification.verdict is Verdict.VERIFIED, verification.checks


async def test_an_image_with_nothing_baked_is_unsupported(
    client: httpx.AsyncClient, respx_mock: respx.MockRouter
) -> None:
    image_url = "https://example.org/images/plain.png"
    respx_mock.get(image_url).mock(
        return_value=httpx.Response(200, content=png_with_chunk(b"tEXt", b"Comment\x00hello"))
    )

    verification = await VERIFIER.verify(Claim(id="c", title="b", url=image_url), CANDIDATE, client)

    assert verification.verdict is Verdict.UNSUPPORTED
    assert "no openbadges chunk" in check(verification, "baked_image")[1]
