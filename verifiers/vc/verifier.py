"""Open Badges 3.0 / CLR 2.0 / W3C Verifiable Credentials (VCDM 1.1 and 2.0).

One credential, given as a pasted or uploaded payload (JSON with an embedded Data Integrity
proof, or a JWT) or at a URL, goes through the checks of 1EdTech's OB 3.0 inspector and DCC's
verifier-core, each recorded by name:

``credential`` (it is a VC) → ``jwt`` (header and claims, JWT only) → ``json_ld`` (bundled
contexts, every term defined) → ``issuer_key`` (key resolved, controlled by the issuer) →
``proof`` → ``valid_from`` → ``expiration`` → ``status`` → ``recipient``.

Verdicts: a broken proof, a key of someone else, a credential not valid yet → ``invalid``;
revoked or suspended in a status list → ``revoked``; past ``validUntil`` → ``expired``;
another subject → ``mismatch``; a key that nothing ties to the issuer, a subject that cannot
be compared, a status list that cannot be read → ``unverified``; a transient failure on the
way → ``unreachable``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar

from extractors.models import Candidate, Claim
from verifiers.compact_jws import looks_like_jws
from verifiers.http import Fetched
from verifiers.jose import CompactJws, JoseError, parse_jws, verify_jws
from verifiers.keys import KeyFormatError, jwk_public_key
from verifiers.models import (
    VERDICT_SEVERITY,
    Verdict,
)
from verifiers.run import Stop
from verifiers.vc import data_integrity
from verifiers.vc.credentials import (
    ACCEPT_CREDENTIAL,
    JWT_TYPES,
    MAX_CREDENTIAL_CHARS,
    apply_jwt_dates,
    as_list,
    credential_facts,
    describe,
    is_verifiable_credential,
    issuer_of,
    jwt_claims_problem,
    looks_like_vc_payload,
)
from verifiers.vc.data_integrity import ProofError
from verifiers.vc.did import (
    ResolvedKey,
    confirm_key,
    issuer_keys,
    resolve_key,
    without_fragment,
)
from verifiers.vc.documents import LookupFailed
from verifiers.vc.identity import match_subject
from verifiers.vc.source import (
    CredentialSource,
    DocumentRun,
    check_dates,
    fetched_credential,
    payload_text,
)
from verifiers.vc.status import (
    ListReader,
    StatusListError,
    read_plain_list,
)


class VerifiableCredentialVerifier(CredentialSource):
    """Verifies W3C verifiable credentials (OB 3.0, CLR 2.0) by their proof and status."""

    name: ClassVar[str] = "verifiable_credential"

    def recognises(self, claim: Claim) -> bool:
        """A credential handed over; a link reaches this verifier through the link router,
        which has fetched it and seen a verifiable credential."""
        text = payload_text(claim)
        return text is not None and looks_like_vc_payload(text)

    async def check(self, run: DocumentRun, candidate: Candidate, fetched: Fetched | None) -> None:
        credential = await self._obtain(run, fetched)
        run.facts = credential_facts(credential)
        check_dates(run, credential, ends=("validUntil", "expirationDate"))
        await self._check_status(run, credential)
        matched = match_subject(credential, candidate)
        if matched.failure is None:
            run.recipient_bound = True
            run.checks.passed("recipient", matched.detail)
        else:
            run.checks.failed("recipient", matched.detail, verdict=matched.failure)

    # -- getting the credential and checking its proof ---------------------------------

    async def _obtain(self, run: DocumentRun, fetched: Fetched | None) -> dict[str, Any]:
        text = payload_text(run.claim)
        if text is None:
            text = await self._fetch_credential(run, fetched)
        if len(text) > MAX_CREDENTIAL_CHARS:
            run.checks.failed(
                "credential",
                f"larger than {MAX_CREDENTIAL_CHARS // 1_000_000} MB; no credential is",
                verdict=Verdict.INVALID,
            )
            raise Stop
        stripped = text.strip()
        if looks_like_jws(stripped):
            return await self._verify_jwt(run, stripped)
        try:
            document = json.loads(stripped)
        except (ValueError, RecursionError):
            run.checks.failed(
                "credential", "neither JSON nor a JWT credential", verdict=Verdict.INVALID
            )
            raise Stop from None
        if not is_verifiable_credential(document):
            run.checks.failed(
                "credential",
                "not a W3C verifiable credential (no VC context or type)",
                verdict=Verdict.INVALID,
            )
            raise Stop
        run.checks.passed("credential", describe(document))
        await self._verify_embedded(run, document)
        return dict(document)

    async def _fetch_credential(self, run: DocumentRun, fetched: Fetched | None) -> str:
        body = await fetched_credential(
            run, fetched, what="the credential", accept=ACCEPT_CREDENTIAL
        )
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise run.stop("credential", "the response is not text", Verdict.INVALID) from None

    async def _verify_embedded(self, run: DocumentRun, credential: Mapping[str, Any]) -> None:
        issuer = issuer_of(credential)
        proofs = [p for p in as_list(credential.get("proof")) if isinstance(p, Mapping)]
        if not proofs:
            run.checks.failed("proof", "the credential carries no proof", verdict=Verdict.INVALID)
            raise Stop
        try:
            expanded = data_integrity.expand(data_integrity.unsecured(credential))
            nquads = data_integrity.canonical_nquads(expanded)
        except ProofError as error:
            verdict = Verdict.INVALID if error.supported else Verdict.UNSUPPORTED
            run.checks.failed("json_ld", error.reason, verdict=verdict)
            raise Stop from None
        run.checks.passed("json_ld", "bundled contexts only; every term is defined")
        if issuer is None:
            run.checks.failed(
                "issuer_key", "the credential names no issuer", verdict=Verdict.INVALID
            )
            raise Stop
        context = credential.get("@context")
        attempts: list[tuple[str, str, Verdict]] = []
        held: list[tuple[ResolvedKey, str]] = []
        for proof in proofs:
            if not data_integrity.is_supported(proof):
                suite = data_integrity.suite_of(proof)
                attempts.append(
                    ("proof", f"the {suite} proof suite is not supported", Verdict.UNSUPPORTED)
                )
                continue
            method_id = str(proof.get("verificationMethod") or "")
            try:
                resolved = await resolve_key(method_id, run.fetcher)
            except LookupFailed as failure:
                run.add_evidence(failure.evidence)
                attempts.append(("issuer_key", failure.reason, failure.verdict))
                continue
            run.add_evidence(*resolved.evidence)
            try:
                detail = data_integrity.verify_proof(nquads, proof, context, resolved.key)
            except ProofError as error:
                verdict = Verdict.INVALID if error.supported else Verdict.UNSUPPORTED
                attempts.append(("proof", error.reason, verdict))
                continue
            held.append((resolved, detail))
        if held:
            # Any one proof is enough; the issuer's own confirmed key is preferred.
            resolved, detail = max(
                held, key=lambda each: (_controls(each[0], issuer), each[0].confirmed)
            )
            self._record_key(run, resolved, issuer)
            run.checks.passed("proof", detail)
            run.signed = resolved.confirmed and _controls(resolved, issuer)
            return
        # No proof held: report the most serious reason (a forgery before a missing key).
        name, reason, verdict = min(
            attempts, key=lambda attempt: VERDICT_SEVERITY.index(attempt[2])
        )
        run.checks.failed(name, reason, verdict=verdict)
        raise Stop

    async def _verify_jwt(self, run: DocumentRun, token: str) -> dict[str, Any]:
        try:
            jws = parse_jws(token)
        except JoseError as error:
            run.checks.failed("jwt", error.reason, verdict=Verdict.INVALID)
            raise Stop from None
        typ = str(jws.header.get("typ") or "jwt").lower()
        if typ not in JWT_TYPES:
            run.checks.failed(
                "jwt", f"a {typ} token is not a credential", verdict=Verdict.UNSUPPORTED
            )
            raise Stop
        payload = jws.payload
        vc_claim = payload.get("vc")
        credential: dict[str, Any] = (
            dict(vc_claim) if isinstance(vc_claim, Mapping) else dict(payload)
        )
        if not is_verifiable_credential(credential):
            run.checks.failed(
                "credential",
                "the token does not carry a verifiable credential",
                verdict=Verdict.INVALID,
            )
            raise Stop
        run.checks.passed("credential", describe(credential) + " in a JWT")
        problem = jwt_claims_problem(payload, credential)
        if problem:
            run.checks.failed("jwt", problem, verdict=Verdict.INVALID)
            raise Stop
        run.checks.passed(
            "jwt", f"{jws.algorithm} token; registered claims agree with the credential"
        )
        issuer = issuer_of(credential) or (str(payload["iss"]) if payload.get("iss") else None)
        if issuer is None:
            run.checks.failed("issuer_key", "the token names no issuer", verdict=Verdict.INVALID)
            raise Stop
        candidates = await self._jwt_keys(run, jws, issuer)
        failure: JoseError | None = None
        for resolved in candidates:
            try:
                detail = verify_jws(jws, resolved.key)
            except JoseError as error:
                failure = failure or error
                continue
            run.add_evidence(*resolved.evidence)
            self._record_key(run, resolved, issuer)
            run.checks.passed("proof", detail)
            run.signed = resolved.confirmed and _controls(resolved, issuer)
            apply_jwt_dates(payload, credential)
            return credential
        reason = failure.reason if failure else "no key of the issuer verifies the token"
        run.checks.failed("proof", reason, verdict=Verdict.INVALID)
        raise Stop

    async def _jwt_keys(self, run: DocumentRun, jws: CompactJws, issuer: str) -> list[ResolvedKey]:
        kid = jws.header.get("kid")
        jwk = jws.header.get("jwk")
        for refused in ("jku", "x5u"):
            if jws.header.get(refused):
                run.checks.failed(
                    "issuer_key",
                    f"the token points at a key elsewhere ({refused}); credlens does not follow it",
                    verdict=Verdict.INVALID,
                )
                raise Stop
        try:
            if isinstance(kid, str) and kid.strip() and (kid.startswith(("did:", "http", "#"))):
                method_id = without_fragment(issuer) + kid if kid.startswith("#") else kid
                return [await resolve_key(method_id, run.fetcher)]
            if isinstance(jwk, Mapping):
                try:
                    key = jwk_public_key(jwk)
                except KeyFormatError as error:
                    run.checks.failed(
                        "issuer_key", f"unreadable jwk: {error}", verdict=Verdict.INVALID
                    )
                    raise Stop from None
                return [await confirm_key(issuer, key, run.fetcher)]
            published = await issuer_keys(issuer, run.fetcher)
        except LookupFailed as failure:
            run.add_evidence(failure.evidence)
            run.checks.failed("issuer_key", failure.reason, verdict=failure.verdict)
            raise Stop from None
        if not published:
            run.checks.failed(
                "issuer_key",
                "the token names no key (kid or jwk) and the issuer publishes none",
                verdict=Verdict.UNVERIFIED,
            )
            raise Stop
        return published

    @staticmethod
    def _record_key(run: DocumentRun, resolved: ResolvedKey, issuer: str) -> None:
        if not _controls(resolved, issuer) and not issuer.startswith(("did:", "http")):
            run.checks.failed(
                "issuer_key",
                f"the issuer's identifier {issuer[:60]} cannot vouch for any key; the credential "
                f"is signed by {resolved.controller[:60]}, which nothing ties to the issuer",
                verdict=Verdict.UNVERIFIED,
            )
        elif not _controls(resolved, issuer):
            run.checks.failed(
                "issuer_key",
                f"the signing key belongs to {resolved.controller}, not to the issuer {issuer}",
                verdict=Verdict.INVALID,
            )
        elif not resolved.confirmed:
            run.checks.failed(
                "issuer_key",
                f"the signature holds but nothing ties its key to the issuer: {resolved.how}",
                verdict=Verdict.UNVERIFIED,
            )
        else:
            run.checks.passed("issuer_key", f"{resolved.how}; controlled by the issuer")

    # -- standing: dates and status -------------------------------------------------------

    async def _check_status(self, run: DocumentRun, credential: Mapping[str, Any]) -> None:
        results = await self._status.check(credential, run.fetcher, self._list_reader(run), run.now)
        for result in results:
            run.add_evidence(*result.evidence)
            if result.failure is not None:
                run.checks.failed("status", result.detail, verdict=result.failure)
            elif result.checked:
                run.checks.passed("status", result.detail)
            else:
                run.checks.skipped("status", result.detail)

    def _list_reader(self, run: DocumentRun) -> ListReader:
        """Reads a status list in any securing format and checks its own proof like a
        credential's: an embedded proof, a VC-JWT, or none (a list from the issuer's host)."""

        async def read_list(text: str, url: str) -> tuple[Mapping[str, Any], str]:
            probe = DocumentRun(
                claim=run.claim,
                method=run.method,
                now=run.now,
                client=run.client,
                fetcher=run.fetcher,
            )
            token = looks_like_jws(text.strip())
            document: Mapping[str, Any] = {}
            try:
                if token:
                    document = await self._verify_jwt(probe, text.strip())
                else:
                    document = read_plain_list(text, url)
                    if "proof" not in document:
                        return document, "an unsigned list from the issuer's host"
                    await self._verify_embedded(probe, document)
            except Stop:
                failed = [check for check in probe.checks.checks if check.failure is not None]
                if not token and failed and failed[-1].failure is Verdict.UNSUPPORTED:
                    # Signed with a suite credlens lacks: the list stands on its host alone.
                    return document, f"the list's proof was not checked ({failed[-1].detail})"
                why = failed[-1].detail if failed else "its proof could not be checked"
                raise StatusListError(f"the status list at {url} is not authentic: {why}") from None
            run.add_evidence(*probe.evidence)
            if not probe.signed:
                raise StatusListError(
                    f"the status list at {url} is not authentic: its signing key is not tied "
                    "to its issuer"
                )
            return (
                document,
                "the list's own JWT proof holds" if token else "the list's own proof holds",
            )

        return read_list


def _controls(resolved: ResolvedKey, issuer: str) -> bool:
    return without_fragment(resolved.controller) == without_fragment(issuer)
