"""Wallets: a candidate's profile that lists many credentials at once.

A wallet source (a Credly profile, a Trailhead profile, …) opens a profile link into a
``Wallet``: who holds it and the credentials it lists, each with the link to its own record
where it has one. ``verifiers.wallet_search`` matches them to the résumé's claims.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar, Protocol

import httpx

from verifiers.models import Check, CredentialFacts, Evidence, Verification

__all__ = [
    "HeldCredential",
    "Wallet",
    "WalletEntry",
    "WalletSearch",
    "WalletSource",
    "open_wallets",
]


@dataclass(frozen=True)
class WalletEntry:
    """One credential a wallet lists: what the wallet says, and the link to its own record."""

    facts: CredentialFacts
    #: The credential's own public link, checked through the verifier chain when matched; None
    #: when the wallet is the only record (the claim is judged on the wallet's word).
    link: str | None = None
    credential_id: str | None = None
    #: The wallet itself marks it expired.
    expired: bool = False


@dataclass(frozen=True)
class Wallet:
    """A profile opened: its holder, its credentials, and how reading it went."""

    #: Where the evidence came from, as the report says it ("the candidate's Credly profile").
    label: str
    url: str
    platform: str
    holder: str | None = None
    entries: tuple[WalletEntry, ...] = ()
    #: False when the profile could not be read (private, missing, unreachable).
    readable: bool = True
    checks: tuple[Check, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    #: Every link given for this profile (the résumé's and those beside it).
    links: tuple[str, ...] = ()


class WalletSource(Protocol):
    """Opens one platform's profile links."""

    name: ClassVar[str]

    def profile_id(self, url: str) -> str | None:
        """The profile a link names (one per person, whatever the link's form), or None."""
        ...

    async def open(self, url: str, client: httpx.AsyncClient) -> Wallet: ...


@dataclass(frozen=True)
class HeldCredential:
    """A credential in a candidate's wallet that the résumé does not mention."""

    facts: CredentialFacts
    source: str
    url: str | None
    #: The wallet's holder is the candidate (by name): it counts for skills.
    bound: bool
    #: The wallet itself marks it expired (a date may say so too: ``facts.expires_on``).
    expired: bool = False


@dataclass(frozen=True)
class WalletSearch:
    """What the wallets changed: the verifications, the wallets read, and what else they hold."""

    verifications: list[Verification]
    wallets: tuple[Wallet, ...] = ()
    also_holds: tuple[HeldCredential, ...] = field(default_factory=tuple)


async def open_wallets(
    urls: Sequence[str], sources: Sequence[WalletSource], client: httpx.AsyncClient
) -> tuple[Wallet, ...]:
    """Open every profile link a wallet source recognises, concurrently, each once."""
    # One profile linked twice (with and without "www.", a trailing slash) is read once.
    chosen: dict[tuple[str, str], tuple[WalletSource, list[str]]] = {}
    for url in urls:
        for source in sources:
            profile = source.profile_id(url)
            if profile is not None:
                chosen.setdefault((source.name, profile), (source, []))[1].append(url)
                break
    opened = await asyncio.gather(
        *(source.open(links[0], client) for source, links in chosen.values())
    )
    return tuple(
        replace(wallet, links=tuple(dict.fromkeys(links)))
        for wallet, (_, links) in zip(opened, chosen.values(), strict=True)
    )
