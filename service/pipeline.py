"""The one orchestration: extract → verify all claims concurrently → score.

The CLI, the web form, the API and the webhooks all call ``run``; none re-implements a step.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import verifiers
from extractors import (
    Candidate,
    Claim,
    ClaimOrigin,
    Extraction,
    ExtractionError,
    Source,
    UnsupportedFormatError,
)
from service.sandbox import Limits, check_isolated, extract_in_process, extract_isolated
from service.settings import Settings

if TYPE_CHECKING:
    import httpx

    import reports
    from extractors import Role
    from verifiers import Verification, Verifier

# ``verifiers`` is used by its public face's names (``verifiers.HttpPolicy``), each loaded on
# first use: reading a résumé needs the credential sniffers, not the verifiers behind them.


def http_policy(settings: Settings) -> verifiers.HttpPolicy:
    """The guarded client's policy, from settings."""
    return verifiers.HttpPolicy(
        allowed_private=settings.allowed_private_hosts,
        connect_timeout=settings.http_connect_timeout,
        read_timeout=settings.http_read_timeout,
        total_timeout=settings.http_total_timeout,
        max_bytes=settings.http_max_bytes,
        max_redirects=settings.http_max_redirects,
    )


def create_http_client(settings: Settings) -> httpx.AsyncClient:
    """The one outbound client a process shares: guarded, then polite (per-host limits,
    retries with backoff, a short response cache) on top of the guard."""
    client = verifiers.create_client(http_policy(settings))
    verifiers.with_resilience(client)
    return client


def verifier_chain(settings: Settings) -> tuple[Verifier, ...]:
    """Every verifier, pointed at the platforms and explorers the settings name."""
    etherscan_key = settings.etherscan_api_key
    return verifiers.verifier_chain(
        platforms=verifiers.platform_verifiers(
            credly_base_url=settings.credly_base_url,
            credly_web_base_url=settings.credly_web_base_url,
            accredible_base_url=settings.accredible_base_url,
            badgr_base_url=settings.badgr_base_url,
            badgr_eu_base_url=settings.badgr_eu_base_url,
            mslearn_base_url=settings.mslearn_base_url,
            coursera_base_url=settings.coursera_base_url,
            edx_base_url=settings.edx_base_url,
            edx_credentials_base_url=settings.edx_credentials_base_url,
            certmetrics_base_url=settings.certmetrics_base_url,
            freecodecamp_base_url=settings.freecodecamp_base_url,
        ),
        explorers=verifiers.Explorers(
            bitcoin_mainnet=settings.bitcoin_explorer_url,
            bitcoin_testnet=settings.bitcoin_testnet_explorer_url,
            ethereum_mainnet=settings.ethereum_explorer_url,
            ethereum_sepolia=settings.ethereum_sepolia_explorer_url,
            etherscan_api_key=etherscan_key.get_secret_value() if etherscan_key else None,
        ),
    )


def wallet_sources(settings: Settings) -> tuple[verifiers.WalletSource, ...]:
    """The sources that open a candidate's profile links, at the sites the settings name."""
    return verifiers.wallet_sources(
        credly_web_base_url=settings.credly_web_base_url,
        mslearn_base_url=settings.mslearn_base_url,
        trailhead_base_url=settings.trailhead_base_url,
    )


#: An upload that is a credential rather than a résumé: by its name, or by its first byte.
CREDENTIAL_SUFFIXES = (".json", ".jsonld", ".jwt")


def credential_payload(data: bytes, filename: str) -> str | None:
    """The credential an upload carries, if it is one: a baked badge image (PNG or SVG),
    a JSON credential or a JWT; None for a résumé."""
    if verifiers.is_baked_image(data):
        try:
            return verifiers.unbake(data).payload
        except verifiers.NotBakedError:
            raise UnsupportedFormatError(
                "The image carries no Open Badges credential: upload a PDF, DOCX or text "
                "résumé, or a baked badge image."
            ) from None
    looks_like_credential = (
        filename.lower().endswith(CREDENTIAL_SUFFIXES)
        or data.lstrip()[:1] == b"{"
        or verifiers.looks_like_jws(data.decode("ascii", errors="replace"))
    )
    if not looks_like_credential:
        return None
    try:
        return data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise ExtractionError("The credential file is not UTF-8 text.") from None


def parse_limits(settings: Settings) -> Limits:
    """What reading one résumé may use, from settings."""
    return Limits(
        memory_bytes=settings.parse_memory_mb * 2**20,
        cpu_seconds=max(1, math.ceil(settings.parse_seconds)),
        wall_seconds=settings.parse_seconds,
    )


def render_limits(settings: Settings) -> Limits:
    """What rendering one PDF report may use: a long report takes a few seconds."""
    return Limits(memory_bytes=settings.parse_memory_mb * 2**20, cpu_seconds=60, wall_seconds=90)


def credential_extraction(data: bytes, filename: str) -> Extraction | None:
    """An upload that is a credential, as one claim; None for a résumé."""
    payload = credential_payload(data, filename)
    if payload is None:
        return None
    return Extraction(
        candidate=Candidate(),
        claims=(
            Claim(
                id="credential-1",
                title="Uploaded credential",
                payload=payload,
                source=Source(origin=ClaimOrigin.CREDENTIAL, text=filename),
            ),
        ),
    )


async def extract(*, data: bytes, filename: str, settings: Settings) -> Extraction:
    """Read an upload: a credential becomes one claim; a résumé is read in a worker process
    under memory and time limits, so a hostile file costs a worker, never the service."""
    credential = credential_extraction(data, filename)
    if credential is not None:
        return credential
    return await extract_isolated(
        data, filename, max_pages=settings.max_pages, limits=parse_limits(settings)
    )


def extract_here(*, data: bytes, filename: str, settings: Settings) -> Extraction:
    """``extract`` in this process, for a command reading one text résumé
    (``service.sandbox.reads_in_process``): under the same CPU-time limit, and no worker
    process is started. Call it from the main thread."""
    credential = credential_extraction(data, filename)
    if credential is not None:
        return credential
    return extract_in_process(
        data, filename, max_pages=settings.max_pages, cpu_seconds=parse_limits(settings).cpu_seconds
    )


async def check_readable(*, data: bytes, filename: str, settings: Settings) -> None:
    """Refuse now, with the ExtractionError reading it would raise, an upload that is clearly
    unreadable: a credential that is not one, or a résumé that does not open (of the wrong
    kind, damaged, locked, too long). The résumé is opened in a worker process, not read:
    ``extract`` reads it, in the job."""
    if credential_payload(data, filename) is not None:
        return
    await check_isolated(
        data, filename, max_pages=settings.max_pages, limits=parse_limits(settings)
    )


def with_request(
    extraction: Extraction, *, links: Sequence[str], emails: Sequence[str]
) -> Extraction:
    """Add what came beside the résumé: candidate emails and badge links."""
    candidate = extraction.candidate
    known_emails = {email.lower() for email in candidate.emails}
    extra_emails = tuple(
        email.strip() for email in emails if email.strip().lower() not in known_emails
    )
    candidate = candidate.model_copy(update={"emails": candidate.emails + extra_emails})
    claimed_urls = {claim.url for claim in extraction.claims if claim.url}
    link_claims = tuple(claim for claim in given_links(links) if claim.url not in claimed_urls)
    return extraction.model_copy(
        update={"candidate": candidate, "claims": extraction.claims + link_claims}
    )


def given_links(links: Sequence[str]) -> tuple[Claim, ...]:
    """The links given beside a résumé, each a claim of its own (once each, in order)."""
    return tuple(
        Claim(
            id=f"link-{number}",
            title="Linked credential",
            url=url,
            confidence=1.0,
            source=Source(origin=ClaimOrigin.LINK, text=url),
        )
        for number, url in enumerate(
            dict.fromkeys(link.strip() for link in links if link.strip()), start=1
        )
    )


#: Told of each claim as its verification ends, so a person can watch the checks run.
ProgressCallback = Callable[["Verification"], Awaitable[None]]
#: Told of the claims found, before any is checked.
ExtractedCallback = Callable[[Extraction], Awaitable[None]]


def attach_links(
    verifications: Sequence[Verification], attached: Mapping[str, str] | None = None
) -> list[Verification]:
    """Move each link given beside the résumé onto the claim it evidences: the link's
    verification, compared with that claim (``verifiers.with_claim_checks``), becomes the
    claim's, and the link's own entry goes. No link is asked twice.

    ``attached`` (link → claim id) names the claims links were attached to before (a
    re-check): such a link stays with its claim even when its answer no longer says what it
    is (revoked, gone), so the claim, not a stray link, carries the news."""
    pairs = verifiers.pair_links(verifications)
    claims = {verification.claim.id: verification.claim for verification in verifications}
    taken = {claim.id for claim in pairs.values()}
    for verification in verifications:
        link = verification.claim
        before = claims.get((attached or {}).get(link.url or "", ""))
        if (
            link.source.origin is ClaimOrigin.LINK
            and link.id not in pairs
            and before is not None
            and before.id not in taken
        ):
            pairs[link.id] = before
            taken.add(before.id)
    if not pairs:
        return list(verifications)
    by_claim = {
        claim.id: verifiers.with_claim_checks(
            verification, claim.model_copy(update={"url": verification.claim.url})
        )
        for verification in verifications
        if (claim := pairs.get(verification.claim.id)) is not None
    }
    return [
        by_claim.get(verification.claim.id, verification)
        for verification in verifications
        if verification.claim.id not in pairs
    ]


def profile_links(candidate: Candidate, verifications: Sequence[Verification]) -> list[str]:
    """Every profile link the résumé or the request gives: the candidate's header links, the
    claims' links and the links given beside the résumé (wallet sources pick theirs)."""
    claimed = [each.claim.url for each in verifications if each.claim.url]
    return list(dict.fromkeys([*candidate.profiles, *claimed]))


async def search_wallets(
    candidate: Candidate,
    verifications: Sequence[Verification],
    *,
    client: httpx.AsyncClient,
    chain: Sequence[Verifier],
    settings: Settings,
) -> verifiers.WalletSearch:
    """Open the candidate's profiles and match their credentials to the unsettled claims."""
    wallets = await verifiers.open_wallets(
        profile_links(candidate, verifications), wallet_sources(settings), client
    )
    if not wallets:
        return verifiers.WalletSearch(verifications=list(verifications))
    return await verifiers.search_wallets(verifications, candidate, wallets, client, chain)


async def verify_claims(
    extraction: Extraction,
    *,
    client: httpx.AsyncClient,
    chain: Sequence[Verifier],
    settings: Settings,
    on_progress: ProgressCallback | None = None,
    attached: Mapping[str, str] | None = None,
) -> verifiers.WalletSearch:
    """Every claim of an extraction to its final verification: each checked (told to
    ``on_progress`` as it ends), the links given beside the résumé attached to the claims
    they evidence, then the candidate's wallets searched for the claims still unsettled.
    The result's verifications are the one claim list the report is built from."""
    candidate = extraction.candidate
    checked = await verifiers.verify(
        extraction.claims, candidate, client, verifiers=chain, on_result=on_progress
    )
    linked = attach_links(checked, attached)
    found = await search_wallets(candidate, linked, client=client, chain=chain, settings=settings)
    if on_progress is not None:
        before = {verification.claim.id: verification for verification in checked}
        for verification in found.verifications:
            if before.get(verification.claim.id) != verification:
                await on_progress(verification)
    return found


async def run(
    *,
    data: bytes,
    filename: str,
    links: Sequence[str] = (),
    emails: Sequence[str] = (),
    client: httpx.AsyncClient,
    settings: Settings,
    chain: Sequence[Verifier] | None = None,
    on_extracted: ExtractedCallback | None = None,
    on_progress: ProgressCallback | None = None,
    role: Role | None = None,
    attached: Mapping[str, str] | None = None,
    read_here: bool = False,
) -> reports.Report:
    """Verify one résumé end to end and return its report (judged against ``role`` if given;
    ``attached``: the links a first check attached to claims, see ``attach_links``).

    ``chain`` is the process's verifiers (their caches live as long as they do); by default
    a new chain is built from the settings. ``read_here``: the résumé is read by
    ``extract_here`` (a command's one text résumé, in the main thread), not in the sandbox.
    """
    import reports  # here: a command that only reads (``extract_here``) needs no report

    chain = chain if chain is not None else verifier_chain(settings)
    # This résumé's requests wait for an issuer's free place in the order the résumés began:
    # with several at once, the first begun ends first.
    with verifiers.in_turn():
        found, extraction = await _read_and_check(
            data=data,
            filename=filename,
            links=links,
            emails=emails,
            client=client,
            settings=settings,
            chain=chain,
            on_extracted=on_extracted,
            on_progress=on_progress,
            attached=attached,
            read_here=read_here,
        )
    return reports.build(
        extraction.candidate,
        found.verifications,
        extraction.skills,
        extraction.warnings,
        wallets=found.wallets,
        also_holds=found.also_holds,
        role=role,
    )


async def _read_and_check(
    *,
    data: bytes,
    filename: str,
    links: Sequence[str],
    emails: Sequence[str],
    client: httpx.AsyncClient,
    settings: Settings,
    chain: Sequence[Verifier],
    on_extracted: ExtractedCallback | None,
    on_progress: ProgressCallback | None,
    attached: Mapping[str, str] | None,
    read_here: bool,
) -> tuple[verifiers.WalletSearch, Extraction]:
    """``run``'s reading and checking, the links asked ahead meanwhile."""
    # The links given beside the résumé are known before it is read: what their checks ask
    # first is asked now, so the issuers answer while the résumé is read, not after.
    asking = asyncio.ensure_future(verifiers.prefetch(given_links(links), client, chain))
    try:
        if read_here:
            extraction = extract_here(data=data, filename=filename, settings=settings)
        else:
            extraction = await extract(data=data, filename=filename, settings=settings)
        extraction = with_request(extraction, links=links, emails=emails)
        if on_extracted is not None:
            await on_extracted(extraction)
        found = await verify_claims(
            extraction,
            client=client,
            chain=chain,
            settings=settings,
            on_progress=on_progress,
            attached=attached,
        )
    finally:
        asking.cancel()  # done by now, unless the reading failed
        with contextlib.suppress(asyncio.CancelledError):
            await asking
    return found, extraction
