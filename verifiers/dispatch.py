"""Which verifier checks which claim, and every claim of a résumé at once."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable, Sequence

import httpx

from extractors.models import Candidate, Claim
from verifiers.base import Verifier
from verifiers.blockcerts import BlockcertsVerifier, Explorers
from verifiers.compare import with_claim_checks
from verifiers.http import Fetched, FetchError, fetch
from verifiers.models import Checklist, Verdict, Verification
from verifiers.openbadges2 import OpenBadges2Verifier
from verifiers.platforms import IssuerDomainCheck, platform_verifiers
from verifiers.resilience import keeps_answers, knows
from verifiers.served import LinkRouter
from verifiers.vc import VerifiableCredentialVerifier

logger = logging.getLogger(__name__)


def verifier_chain(
    *,
    platforms: Sequence[Verifier] | None = None,
    explorers: Explorers | None = None,
) -> tuple[Verifier, ...]:
    """Every verifier, in the order they are asked.

    Platforms come first (the look-alike host check before all): their URLs say what they
    are. Any other web link goes to the link router, which fetches it once and hands the
    answer to the standard it is. Credentials handed over (uploads, pasted text) go to the
    standard they are: Blockcerts first (v3 certificates are verifiable credentials too),
    then other verifiable credentials, then Open Badges 2.0, wrapped so a self-hosted badge
    naming a catalogued issuer from a foreign domain is flagged.
    ``platforms`` defaults to ``platform_verifiers()`` on the platforms' production APIs.
    """
    blockcerts = BlockcertsVerifier(explorers)
    credentials = VerifiableCredentialVerifier()
    open_badges = IssuerDomainCheck(OpenBadges2Verifier())
    return (
        *(platforms if platforms is not None else platform_verifiers()),
        LinkRouter(blockcerts=blockcerts, credentials=credentials, open_badges=open_badges),
        blockcerts,
        credentials,
        open_badges,
    )


#: Told of each claim's verification as it ends (a progress display, a log).
ResultCallback = Callable[[Verification], Awaitable[None]]


def has_evidence(claim: Claim) -> bool:
    """Whether the claim gives anything to check: a link, or an uploaded credential."""
    return bool((claim.url and claim.url.strip()) or (claim.payload and claim.payload.strip()))


async def verify(
    claims: Sequence[Claim],
    candidate: Candidate,
    client: httpx.AsyncClient,
    *,
    verifiers: Sequence[Verifier] | None = None,
    on_result: ResultCallback | None = None,
) -> list[Verification]:
    """Verify every claim concurrently; results come back in claim order, and each is
    handed to ``on_result`` as it ends.

    ``verifiers`` is the caller's chain (a process builds one from its settings and keeps it,
    with its caches); without it, a fresh ``verifier_chain()`` on the public addresses.
    One claim's failure never affects another's: a verifier that raises gives that claim an
    ``unverified`` verdict with an ``internal_error`` check.
    """
    chosen = tuple(verifiers) if verifiers is not None else verifier_chain()

    async def one(claim: Claim) -> Verification:
        verification = await verify_claim(claim, candidate, client, chosen)
        if on_result is not None:
            await on_result(verification)
        return verification

    return list(await asyncio.gather(*(one(claim) for claim in claims)))


#: How many documents deep ``prefetch`` follows what an answer names (an assertion's badge
#: class, then its issuer): as far as an Open Badges 2.0 hosted check goes.
AHEAD_DEPTH = 2

#: What a verifier says its check asks next after an answer (``LinkRouter.requests_after``).
RequestsAfter = Callable[[Fetched], Sequence[tuple[str, str]]]


async def prefetch(
    claims: Sequence[Claim],
    client: httpx.AsyncClient,
    verifiers: Sequence[Verifier] | None = None,
) -> None:
    """Ask now what each claim's check will ask first, when ``client`` keeps its answers
    (``keeps_answers``): checked later, the claim finds the answer kept, or waits for the
    request under way, so the wait for the issuer overlaps what the caller does meanwhile (a
    job reads the résumé the links came with). Only a verifier that says what it asks first
    (``first_request``: the link router, for links of unknown kind) is asked ahead; when it
    also says what its check asks after an answer (``requests_after``: an assertion's badge
    class, then the badge class's issuer), that is asked as soon as the answer comes, up to
    ``AHEAD_DEPTH`` documents deep, unless the client has it or is asking it already, so a
    check does not wait for three answers in turn. Every request is one the check makes,
    with the same ``Accept``, through the same cache (public documents only: a request
    carrying credentials is never kept); nothing is concluded here, and a failure is left
    for the check to meet."""
    if not keeps_answers(client):
        return  # asked twice otherwise
    chosen = tuple(verifiers) if verifiers is not None else verifier_chain()
    wanted: dict[tuple[str, str], RequestsAfter | None] = {}
    for claim in claims:
        if not has_evidence(claim):
            continue
        # The verifier the claim's check will run: the first that recognises it.
        verifier = next((each for each in chosen if each.recognises(claim)), None)
        first_request = getattr(verifier, "first_request", None)
        if first_request is not None:
            wanted[first_request(claim)] = getattr(verifier, "requests_after", None)

    async def ask(url: str, accept: str, after: RequestsAfter | None, depth: int) -> None:
        try:
            fetched = await fetch(client, url, accept=accept)
            following = [] if after is None or depth >= AHEAD_DEPTH else after(fetched)
        except FetchError:
            return  # the check meets it again, and says so
        except Exception as error:
            # Asking ahead must never end a check, nor the job around it.
            logger.warning("asking a link ahead failed: %s", type(error).__name__)
            return
        await asyncio.gather(
            *(
                ask(named, named_accept, after, depth + 1)
                for named, named_accept in dict.fromkeys(following)
                if not knows(client, named, named_accept)
            )
        )

    await asyncio.gather(*(ask(url, accept, after, 0) for (url, accept), after in wanted.items()))


async def verify_claim(
    claim: Claim,
    candidate: Candidate,
    client: httpx.AsyncClient,
    verifiers: Sequence[Verifier],
) -> Verification:
    """Run the first verifier that recognises the claim, then compare what it found with
    what the résumé claims (every source gets the same comparison)."""
    return with_claim_checks(await _evidence_for(claim, candidate, client, verifiers), claim)


async def _evidence_for(
    claim: Claim,
    candidate: Candidate,
    client: httpx.AsyncClient,
    verifiers: Sequence[Verifier],
) -> Verification:
    """What the claim's evidence says on its own, before it is compared with the claim.

    A claim with only a credential ID is asked of the sources too: a registry that answers
    that issuer's IDs (an AWS validation number, a Coursera code) recognises it.
    """
    id_only = not has_evidence(claim) and bool(claim.credential_id and claim.credential_id.strip())
    if not has_evidence(claim) and not id_only:
        return _concluded(
            claim, "dispatch", "evidence", "no link or credential given", Verdict.UNVERIFIED
        )
    verifier: Verifier | None = None
    try:
        verifier = next((each for each in verifiers if each.recognises(claim)), None)
        if verifier is None and id_only:
            return _concluded(
                claim,
                "dispatch",
                "evidence",
                f"no link given, and no public registry credlens knows answers the credential "
                f"ID {claim.credential_id!r} for this issuer",
                Verdict.UNVERIFIED,
            )
        if verifier is None:
            return _concluded(
                claim,
                "dispatch",
                "evidence",
                "no verifier understands this kind of link or credential",
                Verdict.UNSUPPORTED,
            )
        return await verifier.verify(claim, candidate, client)
    except Exception as error:
        name = verifier.name if verifier is not None else "dispatch"
        # Only the type and where it happened: the message may quote the résumé or a URL.
        where = traceback.extract_tb(error.__traceback__)[-1]
        logger.error(
            "verifier %s failed on claim %s: %s at %s:%s",
            name,
            claim.id,
            type(error).__name__,
            where.filename,
            where.lineno,
        )
        return _concluded(
            claim,
            name,
            "internal_error",
            f"the {name} check failed unexpectedly ({type(error).__name__}); nothing concluded",
            Verdict.UNVERIFIED,
        )


def _concluded(
    claim: Claim, method: str, check: str, detail: str, verdict: Verdict
) -> Verification:
    checks = Checklist()
    checks.failed(check, detail, verdict=verdict)
    return Verification(claim=claim, verdict=checks.verdict(), method=method, checks=checks.checks)
