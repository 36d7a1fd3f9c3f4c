"""The one shape every evidence source has: recognise, fetch, state facts.

How to write a new source (a platform such as Coursera, a registry looked up by ID, a
standard): one module under ``verifiers/`` (``verifiers/platforms/`` for a platform) with a
class that has a ``name`` and

1. ``recognises(claim)``: offline and cheap; look only at ``claim.url`` / ``claim.payload``
   (a compiled URL pattern, a payload's shape). Say no to anything you would only guess at.
2. ``verify(claim, candidate, client)``: start a ``verifiers.run.Run(claim=claim,
   method=self.name, source="Coursera", now=...)``; fetch with ``fetch_checked`` /
   ``fetch_json_checked`` (never ``httpx`` directly: they go through the guarded client and
   judge every HTTP status by the one table, ``STATUS_VERDICTS``); record the checks only this
   source can make (a signature, a hosted origin, the platform's own record) on ``run.checks``,
   ending early with ``raise run.stop(name, detail, verdict)`` and catching ``Stop`` once;
   set ``run.confirmed`` when the issuer itself answered, ``run.signed`` when a signature or
   anchor held, ``run.recipient_bound`` when it is tied to the candidate; call
   ``check_validity(run, issued, expires)`` for the validity window; and state what the
   evidence says as ``run.facts = CredentialFacts(title=..., issuer=..., issued_on=...)``.
   Return ``run.result()``.

Do **not** compare the facts with the résumé: the dispatcher (``verifiers.dispatch``) does
that for every source (``verifiers.compare``: title, level, version, issuer, dates, and a
level the issuer does not offer). Register the class in ``verifiers.platforms.
platform_verifiers`` (or ``verifiers.dispatch.verifier_chain``) and add its tests, including
one row in ``tests/verifiers/test_run.py``'s table of links.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

import httpx

from extractors.models import Candidate, Claim
from verifiers.http import Fetched
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


class ServedVerifier(Verifier, Protocol):
    """A verifier of a standard that can judge an answer already fetched at the claim's link,
    so the link router fetches an unknown link once and hands the answer to the right one."""

    async def verify_fetched(
        self, claim: Claim, candidate: Candidate, client: httpx.AsyncClient, fetched: Fetched
    ) -> Verification: ...
