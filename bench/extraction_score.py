"""How a résumé's extraction is scored against its labels: claims matched by title and issuer,
then links, IDs and dates on the claims found, and the candidate's name and e-mails.

Split out of ``bench/extraction.py`` (which loads the corpora, runs the extractor and prints the
reports) so that each stays under its 500 lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors import Claim, Extraction, load_catalog

_STOP = frozenset({"the", "of", "and", "in", "for", "a", "an", "certificate", "certification"})


@dataclass(frozen=True)
class ExpectedClaim:
    """A credential a labeller saw on the résumé."""

    title: str
    issuer: str | None = None
    url: str | None = None
    credential_id: str | None = None
    issued_on: str | None = None
    expires_on: str | None = None


@dataclass(frozen=True)
class Case:
    """One labelled résumé."""

    path: Path
    name: str | None
    emails: tuple[str, ...]
    claims: tuple[ExpectedClaim, ...]
    expect_error: bool = False
    #: The layout a rendered résumé was made with, and whether tuning left it aside.
    layout: str = ""
    held_out: bool = False
    #: A held-out set reported on its own line ("blind-2"); empty for the original sets.
    group: str = ""


@dataclass
class Tally:
    """Counts for one measure: true positives, predictions made, answers expected."""

    hits: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Every measure over a set of résumés, and what went wrong, for the details."""

    claims: Tally = field(default_factory=Tally)
    links: Tally = field(default_factory=Tally)
    ids: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    names: Tally = field(default_factory=Tally)
    emails: Tally = field(default_factory=Tally)
    documents: int = 0
    problems: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, Tally]]:
        return [
            ("claims (title + issuer)", self.claims),
            ("link attribution", self.links),
            ("credential ID", self.ids),
            ("dates (year/month)", self.dates),
            ("candidate name", self.names),
            ("candidate e-mail", self.emails),
        ]


def _tokens(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    return {token for token in re.findall(r"[a-z0-9+]+", folded) if token not in _STOP}


def _similar(left: str, right: str) -> float:
    a, b = _tokens(left), _tokens(right)
    if not a or not b:
        return 0.0
    if a <= b or b <= a:
        return max(0.7, len(a & b) / len(a | b))
    return len(a & b) / len(a | b)


def _names_of(claim: Claim) -> list[str]:
    names = [claim.title, claim.text]
    if claim.catalog_id:
        entry = load_catalog().by_id(claim.catalog_id)
        if entry is not None:
            names.extend(entry.names)
    return names


def _issuers_of(claim: Claim) -> list[str]:
    issuers = [claim.issuer or ""]
    if claim.catalog_id:
        entry = load_catalog().by_id(claim.catalog_id)
        if entry is not None:
            issuers.extend([entry.issuer, *entry.issuer_aliases])
    return [issuer for issuer in issuers if issuer]


def _issuer_matches(expected: str | None, claim: Claim) -> bool:
    if not expected:
        return True
    wanted = re.sub(r"\(.*?\)", " ", expected)  # "(as written; …)", "(implied)"
    options = [part for part in re.split(r"\s*/\s*", wanted) if part.strip()] + [expected]
    return any(
        _similar(option, issuer) >= 0.5 for option in options for issuer in _issuers_of(claim)
    )


def _title_score(expected: ExpectedClaim, claim: Claim) -> float:
    return max(_similar(expected.title, name) for name in _names_of(claim))


def _same_url(left: str, right: str) -> bool:
    def norm(url: str) -> str:
        url = url.strip().rstrip("/")
        return re.sub(r"^https?://(www\.)?", "", url).casefold()

    return norm(left) == norm(right)


def _id_text(value: str) -> str:
    return re.sub(r"^(?:license|licence|credential id|id)\s*#?\s*", "", value.strip(), flags=re.I)


def score(cases: Iterable[tuple[Case, Extraction | None]]) -> Scores:
    """Compare each extraction with its labels."""
    scores = Scores()
    for case, extraction in cases:
        scores.documents += 1
        if extraction is None:
            if not case.expect_error:
                _score_refused(scores, case)
            continue
        _score_candidate(scores, case, extraction)
        _score_claims(scores, case, extraction.claims)
    return scores


def _score_refused(scores: Scores, case: Case) -> None:
    """A file that should be read and was refused misses all it holds: its name, e-mails and
    claims count as expected, none as found; a refusal lowers the figures, never lifts them."""
    scores.problems.append(f"{case.path.name}: refused, but it should be read")
    scores.names.expected += bool(case.name)
    scores.emails.expected += len(case.emails)
    scores.claims.expected += len(case.claims)


def _score_candidate(scores: Scores, case: Case, extraction: Extraction) -> None:
    if case.name:
        scores.names.expected += 1
        got = extraction.candidate.name
        if got:
            scores.names.predicted += 1
        if got and _tokens(got) == _tokens(case.name):
            scores.names.hits += 1
        else:
            scores.problems.append(f"{case.path.name}: name {got!r}, expected {case.name!r}")
    wanted = {email.casefold() for email in case.emails}
    got_emails = {email.casefold() for email in extraction.candidate.emails}
    scores.emails.expected += len(wanted)
    if wanted:
        scores.emails.predicted += len(got_emails)
        scores.emails.hits += len(wanted & got_emails)
        for missing in wanted - got_emails:
            scores.problems.append(f"{case.path.name}: e-mail {missing} missed")


def _score_claims(scores: Scores, case: Case, claims: Sequence[Claim]) -> None:
    pairs = sorted(
        (
            (_title_score(expected, claim), e_index, c_index)
            for e_index, expected in enumerate(case.claims)
            for c_index, claim in enumerate(claims)
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for similarity, e_index, c_index in pairs:
        if similarity < 0.5 or e_index in matched or c_index in taken:
            continue
        if not _issuer_matches(case.claims[e_index].issuer, claims[c_index]):
            continue
        matched[e_index] = c_index
        taken.add(c_index)
    scores.claims.expected += len(case.claims)
    scores.claims.predicted += len(claims)
    scores.claims.hits += len(matched)
    for e_index, expected in enumerate(case.claims):
        if e_index not in matched:
            scores.problems.append(f"{case.path.name}: missed {expected.title!r}")
    for c_index, claim in enumerate(claims):
        if c_index not in taken:
            scores.problems.append(
                f"{case.path.name}: extra {claim.title!r} ({claim.source.text[:60]!r})"
            )
    for e_index, c_index in matched.items():
        _score_fields(scores, case, case.claims[e_index], claims[c_index])
    # A link or ID on a claim nobody labelled is an attribution made, and a wrong one.
    for c_index, claim in enumerate(claims):
        if c_index not in taken:
            scores.links.predicted += claim.url is not None
            scores.ids.predicted += claim.credential_id is not None


def _score_fields(scores: Scores, case: Case, expected: ExpectedClaim, claim: Claim) -> None:
    name = case.path.name
    if expected.url:
        scores.links.expected += 1
    if claim.url:
        scores.links.predicted += 1
        if expected.url and _same_url(expected.url, claim.url):
            scores.links.hits += 1
        else:
            scores.problems.append(f"{name}: {expected.title!r} link {claim.url}")
    elif expected.url:
        scores.problems.append(f"{name}: {expected.title!r} link missed")
    if expected.credential_id:
        scores.ids.expected += 1
    if claim.credential_id:
        scores.ids.predicted += 1
        if expected.credential_id and _id_text(expected.credential_id) == claim.credential_id:
            scores.ids.hits += 1
        else:
            scores.problems.append(f"{name}: {expected.title!r} ID {claim.credential_id}")
    elif expected.credential_id:
        scores.problems.append(f"{name}: {expected.title!r} ID missed")
    for wanted, got, what in (
        (expected.issued_on, claim.issued_on, "issued"),
        (expected.expires_on, claim.expires_on, "expires"),
    ):
        if wanted:
            scores.dates.expected += 1
        if got:
            scores.dates.predicted += 1
            if got == wanted:
                scores.dates.hits += 1
            else:
                scores.problems.append(f"{name}: {expected.title!r} {what} {got}, not {wanted}")
        elif wanted:
            scores.problems.append(f"{name}: {expected.title!r} {what} date missed")
