"""Greenhouse's web hook: only what a verification needs is read from its payload (the
candidate's résumé, email and websites, and the application's job), the rest is ignored."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from service.verifications import VerificationRequest


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GreenhouseValue(_Lenient):
    value: str | None = None


class GreenhouseAttachment(_Lenient):
    type: str | None = None
    url: str | None = None


class GreenhouseCandidate(_Lenient):
    email_addresses: list[GreenhouseValue] = Field(default_factory=list)
    website_addresses: list[GreenhouseValue] = Field(default_factory=list)
    attachments: list[GreenhouseAttachment] = Field(default_factory=list)


class GreenhouseJob(_Lenient):
    """The job applied to: Greenhouse names it, never its description."""

    id: int | str | None = None
    name: str | None = None


class GreenhouseApplication(_Lenient):
    candidate: GreenhouseCandidate | None = None
    jobs: list[GreenhouseJob] = Field(default_factory=list)


class GreenhousePayload(_Lenient):
    application: GreenhouseApplication | None = None


class GreenhouseEvent(_Lenient):
    action: str
    payload: GreenhousePayload | None = None


@dataclass(frozen=True)
class Job:
    """The ATS job a verification is for, by which a kept role is found."""

    id: str | None
    name: str | None


def greenhouse_job(event: GreenhouseEvent) -> Job | None:
    """The application's job (its first, for a prospect listed on several), if it names one."""
    application = event.payload.application if event.payload else None
    for job in application.jobs if application else ():
        if job.id is not None or (job.name and job.name.strip()):
            return Job(id=None if job.id is None else str(job.id), name=job.name)
    return None


def greenhouse_request(event: GreenhouseEvent) -> VerificationRequest | None:
    """What to verify from a Greenhouse application event; None when it carries no résumé."""
    application = event.payload.application if event.payload else None
    candidate = application.candidate if application else None
    if candidate is None:
        return None
    resume = next(
        (
            attachment.url
            for attachment in candidate.attachments
            if (attachment.type or "").lower() == "resume" and attachment.url
        ),
        None,
    )
    if resume is None:
        return None
    email = next((entry.value for entry in candidate.email_addresses if entry.value), None)
    # Candidates list portfolio and badge pages among their websites; only web links are kept.
    links = tuple(
        entry.value.strip()
        for entry in candidate.website_addresses
        if entry.value and entry.value.strip().lower().startswith(("http://", "https://"))
    )
    return VerificationRequest(resume_url=resume, links=links, email=email)
