"""The résumés the metamorphic corpus perturbs: the generated corpus's English contents.

They are read from ``tests/corpus/labels.json`` (what each generated résumé holds: the person,
their e-mail, every credential with its issuer, dates, ID and link), not from its rendered
files: the metamorphic corpus writes each résumé afresh in a known-good form, then perturbs it.
The LinkedIn exports (names only) are left out; every résumé is written in English here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

#: The generated corpus's labels, from the project root.
CORPUS_LABELS = Path("tests/corpus/labels.json")


@dataclass(frozen=True)
class Credential:
    """One credential as the résumé states it."""

    title: str
    issuer: str
    issued_on: str | None = None
    expires_on: str | None = None
    credential_id: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Resume:
    """One résumé's contents, before any form is chosen."""

    key: str
    name: str
    email: str
    credentials: tuple[Credential, ...]


def load_resumes(labels: Path = CORPUS_LABELS) -> list[Resume]:
    """Every English résumé of the generated corpus whose credentials name their issuers."""
    resumes = []
    for entry in json.loads(labels.read_text(encoding="utf-8")):
        claims = entry["claims"]
        if not claims or any(not claim.get("issuer") for claim in claims):
            continue  # a LinkedIn export: names only, nothing to perturb around them
        resumes.append(
            Resume(
                key=Path(entry["file"]).stem,
                name=entry["name"],
                email=entry["emails"][0],
                credentials=tuple(
                    Credential(
                        title=claim["title"],
                        issuer=claim["issuer"],
                        issued_on=claim.get("issued_on"),
                        expires_on=claim.get("expires_on"),
                        credential_id=claim.get("credential_id"),
                        url=claim.get("url"),
                    )
                    for claim in claims
                ),
            )
        )
    return resumes
