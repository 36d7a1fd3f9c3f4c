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

import contextlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from extractors.models import Candidate, Claim, ClaimOrigin
from verifiers.evidence_rigor import open_badge_rigor
from verifiers.http import Fetched
from verifiers.jose import CompactJws, JoseError, looks_like_jws, parse_jws, verify_jws
from verifiers.keys import KeyFormatError, jwk_public_key
from verifiers.models import (
    VERDICT_SEVERITY,
    CredentialFacts,
    Verdict,
    Verification,
)
from verifiers.openbadges2 import is_open_badge_2_payload
from verifiers.run import Run, ServedSource, Stop, check_validity, fetch_checked
from verifiers.vc import data_integrity
from verifiers.vc.data_integrity import ProofError
from verifiers.vc.did import (
    ResolvedKey,
    confirm_key,
    issuer_keys,
    resolve_key,
    without_fragment,
)
from verifiers.vc.documents import DocumentFetcher, LookupFailed
from verifiers.vc.identity import match_subject
from verifiers.vc.status import (
    ListReader,
    StatusChecker,
    StatusListError,
    parse_datetime,
    read_plain_list,
)

ACCEPT_CREDENTIAL = (
    "application/vc+jwt, application/vc+ld+json, application/ld+json, application/json;q=0.9"
)
VC_CONTEXTS = frozenset(
    {"https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1"}
)
JWT_TYPES = frozenset({"vc+jwt", "vc+ld+json+jwt", "jwt", "vc+ld+jwt"})
#: A credential, images included, is far smaller; a larger paste is not one.
MAX_CREDENTIAL_CHARS = 5_000_000
#: URL shapes that serve a verifiable credential rather than an OB 2.0 assertion.


@dataclass
class _Run(Run):
    """The shared run, with the fetcher for the documents the credential rests on."""

    fetcher: DocumentFetcher = field(kw_only=True)


def is_verifiable_credential(document: object) -> bool:
    """Whether a JSON document presents itself as a W3C verifiable credential."""
    if not isinstance(document, Mapping):
        return False
    contexts = document.get("@context")
    listed = contexts if isinstance(contexts, list) else [contexts]
    kinds = document.get("type")
    types = kinds if isinstance(kinds, list) else [kinds]
    return bool(VC_CONTEXTS & {c for c in listed if isinstance(c, str)}) or (
        "VerifiableCredential" in types
    )


def credential_from_text(text: str) -> dict[str, Any] | CompactJws | None:
    """A pasted credential as JSON or as a JWT; None when it is neither."""
    stripped = text.strip()
    if looks_like_jws(stripped):
        with contextlib.suppress(JoseError):
            return parse_jws(stripped)
        return None
    try:
        document = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None


def _payload_text(claim: Claim) -> str | None:
    if claim.payload and claim.payload.strip():
        return claim.payload
    if claim.source.origin is ClaimOrigin.CREDENTIAL and claim.text.strip():
        return claim.text
    return None


def _looks_like_vc_payload(text: str) -> bool:
    stripped = text.strip()
    if looks_like_jws(stripped):
        # Any JWT handed over as a credential is ours, so that ``alg: none`` and the like are
        # explained, except a signed Open Badges 2.0 assertion, which has its own verifier.
        return not is_open_badge_2_payload(stripped)
    parsed = credential_from_text(stripped)
    return parsed is not None and is_verifiable_credential(parsed)


class VerifiableCredentialVerifier(ServedSource):
    """Verifies W3C verifiable credentials (OB 3.0, CLR 2.0) by their proof and status."""

    name: ClassVar[str] = "verifiable_credential"

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._status = StatusChecker()
        self._clock = clock or (lambda: datetime.now(UTC))

    def recognises(self, claim: Claim) -> bool:
        """A credential handed over; a link reaches this verifier through the link router,
        which has fetched it and seen a verifiable credential."""
        text = _payload_text(claim)
        return text is not None and _looks_like_vc_payload(text)

    async def verify_answer(
        self,
        claim: Claim,
        candidate: Candidate,
        client: httpx.AsyncClient,
        fetched: Fetched | None,
    ) -> Verification:
        run = _Run(
            claim=claim,
            method=self.name,
            now=self._clock(),
            fetcher=DocumentFetcher(client),
        )
        with contextlib.suppress(Stop):
            credential = await self._obtain(run, claim, client, fetched)
            run.facts = _facts(credential)
            self._check_dates(run, credential)
            await self._check_status(run, credential)
            matched = match_subject(credential, candidate)
            if matched.failure is None:
                run.recipient_bound = True
                run.checks.passed("recipient", matched.detail)
            else:
                run.checks.failed("recipient", matched.detail, verdict=matched.failure)
        return run.result()

    # -- getting the credential and checking its proof ---------------------------------

    async def _obtain(
        self, run: _Run, claim: Claim, client: httpx.AsyncClient, fetched: Fetched | None
    ) -> dict[str, Any]:
        text = _payload_text(claim)
        if text is None:
            text = await self._fetch_credential(run, (claim.url or "").strip(), client, fetched)
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
        run.checks.passed("credential", _describe(document))
        await self._verify_embedded(run, document)
        return dict(document)

    async def _fetch_credential(
        self, run: _Run, url: str, client: httpx.AsyncClient, fetched: Fetched | None
    ) -> str:
        if fetched is not None:
            run.add_evidence(fetched.evidence)
        fetched = fetched or await fetch_checked(
            run, client, url, check="credential", what="the credential", accept=ACCEPT_CREDENTIAL
        )
        try:
            return fetched.body.decode("utf-8")
        except UnicodeDecodeError:
            raise run.stop("credential", "the response is not text", Verdict.INVALID) from None

    async def _verify_embedded(self, run: _Run, credential: Mapping[str, Any]) -> None:
        issuer = _issuer_id(credential)
        proofs = [p for p in _as_list(credential.get("proof")) if isinstance(p, Mapping)]
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

    async def _verify_jwt(self, run: _Run, token: str) -> dict[str, Any]:
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
        run.checks.passed("credential", _describe(credential) + " in a JWT")
        problem = _jwt_claims_problem(payload, credential)
        if problem:
            run.checks.failed("jwt", problem, verdict=Verdict.INVALID)
            raise Stop
        run.checks.passed(
            "jwt", f"{jws.algorithm} token; registered claims agree with the credential"
        )
        issuer = _issuer_id(credential) or (str(payload["iss"]) if payload.get("iss") else None)
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
            _apply_jwt_dates(payload, credential)
            return credential
        reason = failure.reason if failure else "no key of the issuer verifies the token"
        run.checks.failed("proof", reason, verdict=Verdict.INVALID)
        raise Stop

    async def _jwt_keys(self, run: _Run, jws: CompactJws, issuer: str) -> list[ResolvedKey]:
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
    def _record_key(run: _Run, resolved: ResolvedKey, issuer: str) -> None:
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

    def _check_dates(self, run: _Run, credential: Mapping[str, Any]) -> None:
        start_field = "validFrom" if "validFrom" in credential else "issuanceDate"
        end_field = "validUntil" if "validUntil" in credential else "expirationDate"
        check_validity(
            run,
            credential.get(start_field),
            credential.get(end_field),
            issued_field=start_field,
            expires_field=end_field,
        )

    async def _check_status(self, run: _Run, credential: Mapping[str, Any]) -> None:
        results = await self._status.check(credential, run.fetcher, self._list_reader(run), run.now)
        for result in results:
            run.add_evidence(*result.evidence)
            if result.failure is not None:
                run.checks.failed("status", result.detail, verdict=result.failure)
            elif result.checked:
                run.checks.passed("status", result.detail)
            else:
                run.checks.skipped("status", result.detail)

    def _list_reader(self, run: _Run) -> ListReader:
        """Reads a status list in any securing format and checks its own proof like a
        credential's: an embedded proof, a VC-JWT, or none (a list from the issuer's host)."""

        async def read_list(text: str, url: str) -> tuple[Mapping[str, Any], str]:
            probe = _Run(claim=run.claim, method=run.method, now=run.now, fetcher=run.fetcher)
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


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _issuer_id(credential: Mapping[str, Any]) -> str | None:
    issuer = credential.get("issuer")
    if isinstance(issuer, Mapping):
        issuer = issuer.get("id")
    return issuer.strip() if isinstance(issuer, str) and issuer.strip() else None


def _describe(credential: Mapping[str, Any]) -> str:
    contexts = _as_list(credential.get("@context"))
    model = "VCDM 2.0" if "https://www.w3.org/ns/credentials/v2" in contexts else "VCDM 1.1"
    kinds = [
        str(kind) for kind in _as_list(credential.get("type")) if kind != "VerifiableCredential"
    ]
    return f"a {model} {' / '.join(kinds) or 'VerifiableCredential'}"


def _jwt_claims_problem(payload: Mapping[str, Any], credential: Mapping[str, Any]) -> str | None:
    """Registered claims that contradict the credential they carry (OB 3.0 §8.2.4)."""
    issuer = _issuer_id(credential)
    if payload.get("iss") is not None and issuer is not None and payload["iss"] != issuer:
        return f"the token's iss {payload['iss']} is not the credential's issuer {issuer}"
    if payload.get("jti") is not None and credential.get("id") not in (None, payload["jti"]):
        return "the token's jti is not the credential's id"
    subjects = [s for s in _as_list(credential.get("credentialSubject")) if isinstance(s, Mapping)]
    subject_ids = {s.get("id") for s in subjects if s.get("id")}
    if payload.get("sub") is not None and subject_ids and payload["sub"] not in subject_ids:
        return "the token's sub is not the credential's subject"
    for claim in ("nbf", "exp", "iat"):
        if claim in payload and not isinstance(payload[claim], int | float):
            return f"the token's {claim} is not a number"
    return None


def _apply_jwt_dates(payload: Mapping[str, Any], credential: dict[str, Any]) -> None:
    # The token's nbf/exp bound the credential as much as validFrom/validUntil do.
    for claim, fields in (
        ("nbf", ("validFrom", "issuanceDate")),
        ("exp", ("validUntil", "expirationDate")),
    ):
        if claim in payload and not any(name in credential for name in fields):
            moment = datetime.fromtimestamp(float(payload[claim]), UTC)
            credential[fields[0]] = moment.isoformat().replace("+00:00", "Z")


def _date(value: object) -> str | None:
    parsed = parse_datetime(value)
    return f"{parsed:%Y-%m-%d}" if parsed else None


def _facts(credential: Mapping[str, Any]) -> CredentialFacts:
    subjects = [s for s in _as_list(credential.get("credentialSubject")) if isinstance(s, Mapping)]
    subject = subjects[0] if subjects else {}
    achievement = subject.get("achievement")
    achievement = achievement if isinstance(achievement, Mapping) else {}
    issuer = credential.get("issuer")
    issuer_name = issuer.get("name") if isinstance(issuer, Mapping) else None
    issuer_id = _issuer_id(credential)
    title = achievement.get("name") or credential.get("name")
    tags = [str(tag) for tag in _as_list(achievement.get("tag")) if isinstance(tag, str)]
    return CredentialFacts(
        title=str(title) if isinstance(title, str) else None,
        issuer=str(issuer_name) if isinstance(issuer_name, str) else issuer_id,
        issuer_url=issuer_id if issuer_id and issuer_id.startswith("http") else None,
        recipient_name=str(subject["name"]) if isinstance(subject.get("name"), str) else None,
        issued_on=_date(credential.get("validFrom") or credential.get("issuanceDate")),
        expires_on=_date(credential.get("validUntil") or credential.get("expirationDate")),
        skills=tuple(tags),
        rigor=open_badge_rigor(achievement),
    )
