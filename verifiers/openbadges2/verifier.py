"""The Open Badges 2.0 verifier: a link, a payload or a baked image walked to its assertion,
hosted or signed, then its graph checked."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from extractors.models import Candidate, Claim
from verifiers.baked import BakedStandard, NotBakedError, is_baked_image, unbake
from verifiers.http import Fetched
from verifiers.jose import JoseError, parse_jws, verify_jws
from verifiers.models import (
    Verdict,
    Verification,
)
from verifiers.openbadges2.documents import (
    ACCEPT_JSON_LD,
    COMPACT_JWS,
    is_http_url,
    is_open_badge_2_payload,
    json_or_none,
    rsa_public_key,
)
from verifiers.openbadges2.nodes import BadgeRun, check_assertion_type, graph_node, record_facts
from verifiers.openbadges2.rules import (
    check_dates,
    check_hosted_origin,
    check_key_owner,
    check_recipient,
    check_revocation,
)
from verifiers.run import Stop, fetch_checked


class OpenBadges2Verifier:
    """Open Badges 2.0 assertions, hosted at a URL; the fallback for any web link."""

    name: ClassVar[str] = "openbadges2"

    def __init__(self, *, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))

    def recognises(self, claim: Claim) -> bool:
        if claim.payload and is_open_badge_2_payload(claim.payload):
            return True
        return bool(claim.url) and is_http_url(claim.url)

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification:
        run = BadgeRun(claim=claim, method=self.name, now=self._now(), client=client)
        with contextlib.suppress(Stop):
            # The credential itself, when handed over, outranks a link to where it came from.
            if claim.payload and (is_open_badge_2_payload(claim.payload) or not claim.url):
                await self._verify_payload(run, claim.payload, candidate)
            else:
                await self._verify_link(run, (claim.url or "").strip(), candidate)
        return run.result()

    async def verify_fetched(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient, fetched: Fetched
    ) -> Verification:
        """The same check on an answer already fetched at ``claim.url`` (not asked again)."""
        run = BadgeRun(claim=claim, method=self.name, now=self._now(), client=client)
        run.add_evidence(fetched.evidence)
        with contextlib.suppress(Stop):
            await self._verify_link(run, (claim.url or "").strip(), candidate, fetched=fetched)
        return run.result()

    # -- the hosted path ---------------------------------------------------------------

    async def _verify_link(
        self, run: BadgeRun, url: str, candidate: Candidate, *, fetched: Fetched | None = None
    ) -> None:
        fetched = fetched or await fetch_checked(
            run,
            run.client,
            url,
            check="fetch_assertion",
            what="the assertion",
            accept=ACCEPT_JSON_LD,
        )
        if is_baked_image(fetched.body):
            run.checks.passed(
                "fetch_assertion", f"fetched a badge image (HTTP {fetched.status_code})"
            )
            await self._verify_payload(run, self._unbake(run, fetched.body), candidate)
            return
        text = fetched.body.decode("utf-8", errors="replace").strip()
        if COMPACT_JWS.match(text):
            run.checks.passed(
                "fetch_assertion", f"fetched a signed assertion (HTTP {fetched.status_code})"
            )
            await self._verify_signed(run, text, candidate)
            return
        assertion = json_or_none(fetched)
        if not isinstance(assertion, dict):
            run.checks.failed(
                "fetch_assertion",
                "not a machine-readable credential: the link returns "
                f"{fetched.content_type or 'an unknown type'}, not an Open Badges assertion",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop
        run.checks.passed("fetch_assertion", f"fetched the assertion (HTTP {fetched.status_code})")
        assertion = await self._assertion_at_its_id(run, assertion, fetched, requested=url)
        await self._check_graph(run, assertion, candidate)

    async def _verify_payload(self, run: BadgeRun, payload: str, candidate: Candidate) -> None:
        """A credential handed over rather than linked: JSON, a JWS, or an unbaked image's."""
        text = payload.strip()
        if is_http_url(text):
            await self._verify_link(run, text, candidate)
            return
        if COMPACT_JWS.match(text):
            await self._verify_signed(run, text, candidate)
            return
        try:
            assertion = json.loads(text)
        except ValueError:
            assertion = None
        if not isinstance(assertion, dict):
            run.checks.failed(
                "assertion_type",
                "not a machine-readable credential: neither JSON nor a signed (JWS) assertion",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop
        assertion = check_assertion_type(run, assertion)
        assertion_id = assertion.get("id")
        if not is_http_url(assertion_id):
            run.checks.failed(
                "assertion_id",
                "a hosted assertion must have an HTTP(S) id to be checked at its issuer",
                verdict=Verdict.INVALID,
            )
            raise Stop
        # A hosted badge proves nothing by itself: only the copy its issuer serves counts.
        await self._verify_link(run, str(assertion_id).strip(), candidate)

    def _unbake(self, run: BadgeRun, image: bytes) -> str:
        try:
            baked = unbake(image)
        except NotBakedError as error:
            run.checks.failed(
                "baked_image",
                f"not a machine-readable credential: {error}",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop from None
        if baked.standard is not BakedStandard.OPEN_BADGES_2:
            run.checks.failed(
                "baked_image",
                "the image carries an Open Badges 3.0 credential; upload it as a credential",
                verdict=Verdict.UNSUPPORTED,
            )
            raise Stop
        run.checks.passed(
            "baked_image", f"an Open Badges 2.0 assertion baked into a {baked.container.upper()}"
        )
        return baked.payload

    # -- the signed path -----------------------------------------------------------------

    async def _verify_signed(self, run: BadgeRun, token: str, candidate: Candidate) -> None:
        """OB 2.0 signed verification: RS256 JWS, key from ``verification.creator``."""
        try:
            jws = parse_jws(token)
        except JoseError as error:
            raise run.stop("signature", error.reason, Verdict.INVALID) from None
        if jws.algorithm != "RS256":
            raise run.stop(
                "signature",
                f"signature algorithm {jws.algorithm!r} refused: Open Badges 2.0 signs with RS256",
                Verdict.INVALID,
            )
        assertion = jws.payload
        assertion = check_assertion_type(run, assertion, signed=True)
        verification = assertion.get("verification")
        creator = verification.get("creator") if isinstance(verification, dict) else None
        if not is_http_url(creator):
            run.checks.failed(
                "signing_key",
                "the signed assertion names no signing key (verification.creator)",
                verdict=Verdict.INVALID,
            )
            raise Stop
        assert isinstance(creator, str)
        key = await graph_node(
            run,
            creator,
            context=assertion.get("@context"),
            check="signing_key",
            what="signing key",
            kind="CryptographicKey",
        )
        public_key = rsa_public_key(key.get("publicKeyPem"))
        if public_key is None:
            run.checks.failed(
                "signature",
                "the signing key is not an RSA public key in PEM",
                verdict=Verdict.INVALID,
            )
            raise Stop
        try:
            verify_jws(jws, public_key)
        except JoseError as error:
            raise run.stop(
                "signature",
                f"{error.reason}: the assertion was altered, or signed with another or a weak key",
                Verdict.INVALID,
            ) from None
        run.signed = True
        run.checks.passed("signature", f"RS256 signature verifies with {creator}")
        await self._check_graph(run, assertion, candidate, signing_key=(creator, key))

    async def _assertion_at_its_id(
        self, run: BadgeRun, assertion: dict[str, Any], fetched: Fetched, *, requested: str
    ) -> dict[str, Any]:
        """The authoritative copy of a hosted assertion is the one served at its own ``id``."""
        assertion = check_assertion_type(run, assertion)
        assertion_id = assertion.get("id")
        if not is_http_url(assertion_id):
            run.checks.failed(
                "assertion_id",
                f"a hosted assertion must have an HTTP(S) id, found {assertion_id!r}"
                if assertion_id
                else "the assertion has no id",
                verdict=Verdict.INVALID,
            )
            raise Stop
        assert isinstance(assertion_id, str)
        if assertion_id in {requested, fetched.url}:
            run.checks.passed("assertion_id", "the assertion id is the URL it was fetched from")
            return assertion
        at_id = await fetch_checked(
            run,
            run.client,
            assertion_id,
            check="assertion_id",
            what="the assertion at its id",
            accept=ACCEPT_JSON_LD,
        )
        canonical = json_or_none(at_id)
        if not isinstance(canonical, dict) or canonical.get("id") != assertion_id:
            run.checks.failed(
                "assertion_id",
                "the assertion's id does not serve the same assertion",
                verdict=Verdict.INVALID,
            )
            raise Stop
        run.checks.passed(
            "assertion_id", "the link shows a copy; checked the assertion served at its id"
        )
        return check_assertion_type(run, canonical, name="assertion_type_at_id")

    async def _check_graph(
        self,
        run: BadgeRun,
        assertion: dict[str, Any],
        candidate: Candidate,
        *,
        signing_key: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        assertion_id = str(assertion["id"])
        badge = await graph_node(
            run,
            assertion.get("badge"),
            context=assertion.get("@context"),
            check="badge_class",
            what="BadgeClass",
            kind="BadgeClass",
        )
        issuer = await graph_node(
            run,
            badge.get("issuer"),
            context=badge.get("@context"),
            check="issuer_profile",
            what="issuer",
            kind="Profile",
        )
        record_facts(run, assertion, badge, issuer)
        if signing_key is None:
            check_hosted_origin(run, assertion_id, issuer)
        else:
            check_key_owner(run, *signing_key, issuer)
        check_recipient(run, assertion.get("recipient"), candidate)
        await check_revocation(run, assertion, issuer)
        check_dates(run, assertion)
