"""Microsoft Learn transcripts as wallets: every certification a shared transcript lists.

A transcript share link (on the résumé, on a claim, or given beside it) is read once, at the
same address the ``mslearn`` verifier reads it; each active or historical certification and
each Applied Skills credential becomes a wallet entry whose own record is the transcript
itself, so a claim with no link of its own is checked by ``mslearn`` against that transcript
(title, dates, expiry, the holder's legal name and contact email). Passed exams are not
credentials and are not listed.
"""

from __future__ import annotations

from typing import ClassVar

import httpx

from extractors.models import Claim
from verifiers.models import CredentialFacts, Verdict
from verifiers.platforms.common import fetch_json, lookup_url
from verifiers.platforms.mslearn import (
    DEFAULT_MSLEARN_BASE_URL,
    transcript_entries,
    transcript_share_id,
)
from verifiers.run import Run
from verifiers.wallets import Wallet, WalletEntry

__all__ = ["MicrosoftLearnTranscripts"]


class MicrosoftLearnTranscripts:
    """Opens Microsoft Learn transcript share links into wallets of their certifications."""

    name: ClassVar[str] = "mslearn_transcript"
    platform: ClassVar[str] = "Microsoft Learn"

    def __init__(self, base_url: str = DEFAULT_MSLEARN_BASE_URL, *, locale: str = "en-us") -> None:
        self.base_url = base_url
        self.locale = locale

    def profile_id(self, url: str) -> str | None:
        return transcript_share_id(url)

    async def open(self, url: str, client: httpx.AsyncClient) -> Wallet:
        share = transcript_share_id(url) or ""
        label = "the candidate's Microsoft Learn transcript"
        run = Run(
            claim=Claim(id="wallet", title=label, url=url), method=self.name, source=self.platform
        )
        api_url = lookup_url(self.base_url, f"/api/profiles/transcript/share/{share}")
        answer = await fetch_json(
            run, client, f"{api_url}?locale={self.locale}", check="wallet", what="transcript"
        )
        transcript = answer[1] if answer is not None else None
        if not isinstance(transcript, dict) or "certificationData" not in transcript:
            if answer is not None:
                run.checks.failed(
                    "wallet",
                    "Microsoft Learn's answer is not a transcript: its interface may have changed",
                    verdict=Verdict.UNVERIFIED,
                )
            return self._wallet(run, url, label, None, [], readable=False)
        data = transcript.get("certificationData")
        legal = data.get("legalName") if isinstance(data, dict) else None
        holder = legal.strip() or None if isinstance(legal, str) else None
        entries = [
            WalletEntry(
                facts=CredentialFacts(
                    title=entry.title,
                    issuer="Microsoft",
                    issuer_url="https://learn.microsoft.com",
                    platform=self.platform,
                    recipient_name=holder,
                    issued_on=entry.earned_on,
                    expires_on=entry.expires_on,
                ),
                link=url,
                credential_id=entry.number,
            )
            for entry in transcript_entries(transcript)
            if entry.kind != "exam"
        ]
        run.checks.passed("wallet", f"{len(entries)} certifications and credentials listed")
        return self._wallet(run, url, label, holder, entries, readable=True)

    def _wallet(
        self,
        run: Run,
        url: str,
        label: str,
        holder: str | None,
        entries: list[WalletEntry],
        *,
        readable: bool,
    ) -> Wallet:
        return Wallet(
            label=label,
            url=url,
            platform=self.platform,
            holder=holder,
            entries=tuple(entries),
            readable=readable,
            checks=run.checks.checks,
            evidence=tuple(run.evidence),
        )
