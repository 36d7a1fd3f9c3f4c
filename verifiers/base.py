"""The one shape every verifier has: recognise, fetch, check, verdict."""

from __future__ import annotations

from typing import ClassVar, Protocol

import httpx

from extractors.models import Candidate, Claim
from verifiers.models import Verification


class Verifier(Protocol):
    """Checks one kind of credential evidence (a standard or a platform).

    ``recognises`` is cheap and offline: it looks only at the claim (its URL, its payload).
    ``verify`` fetches through the guarded client, records each step in a ``Checklist``,
    and returns a ``Verification`` whose verdict the checklist derived.
    """

    name: ClassVar[str]

    def recognises(self, claim: Claim) -> bool: ...

    async def verify(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient
    ) -> Verification: ...
