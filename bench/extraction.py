"""How well credlens reads résumés: precision, recall and F1 against labelled résumés.

    python -m bench.extraction            # every corpus, the layouts, the worst layout
    python -m bench.extraction --details  # also every miss and extra (not blind-3's, blind-4's)
    python -m bench.extraction --blind3-details  # also blind-3's: only for whoever measures it
    python -m bench.extraction --blind4-details  # also blind-4's: only for whoever measures it

Three sets are scored, each on its own: the generated corpus in ``tests/corpus/`` (one
generator, WeasyPrint and python-docx), the rendered corpus in ``tests/rendered/`` (the same
contents through thirty-four layouts and independent renderers: Chromium, LibreOffice,
pandoc), and the real résumés in ``../shared/fixtures/resumes/``, read in place. The rendered
corpus is reported apart for the layouts used while tuning, the *held-out* layouts nobody
tuned on (no longer blind: their failures were read), and each later held-out group (the blind
"blind-2", "blind-3" and "blind-4", made by people who never read the extractor; each also on one
summary line) — then layout by layout, with the worst one named. blind-3's and blind-4's misses
and extras are not listed by ``--details``, only each by its own flag: whoever tunes the extractor
must not see them, or the group stops being blind.
A claim counts as found when its title and issuer match a labelled one; links, IDs and dates
are then scored on the claims found.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors import Claim, Extraction, ExtractionError, extract, load_catalog
from service.logs import quiet_pdf_reader

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
RENDERED = ROOT / "tests" / "rendered"
REAL = ROOT.parent / "shared" / "fixtures" / "resumes"

_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$")
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
                scores.problems.append(f"{case.path.name}: refused, but it should be read")
            continue
        _score_candidate(scores, case, extraction)
        _score_claims(scores, case, extraction.claims)
    return scores


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


def _month(value: Any) -> str | None:
    """Labels write "08/2026", "2026-08" or a bare year "2026"."""
    if not isinstance(value, str):
        return None
    match = _MONTH_YEAR.match(value.strip())
    if match:
        return f"{match.group(2)}-{int(match.group(1)):02d}"
    return value if re.fullmatch(r"\d{4}(-\d{2})?", value) else None


def real_cases(folder: Path = REAL) -> list[Case]:
    """The real résumés in ``../shared``, with their labels, read in place."""
    cases = []
    for item in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
        claims = tuple(
            ExpectedClaim(
                title=label["name"],
                issuer=label.get("issuer"),
                url=label.get("url"),
                credential_id=label.get("credential_id"),
                issued_on=_month(label.get("date")),
                expires_on=_month(label.get("expires")),
            )
            for label in item.get("credentials", [])
            if label.get("status", "held") == "held"
        )
        name = item.get("candidate")
        if name and "placeholder" in name:
            name = None
        cases.append(
            Case(
                path=folder / item["file"],
                name=name,
                emails=(),
                claims=claims,
                expect_error=bool(item.get("expect_error")),
            )
        )
    return cases


def corpus_cases(folder: Path = CORPUS) -> list[Case]:
    """The generated corpus and its labels (see ``tests/corpus/generate.py``)."""
    return _generated_cases(folder)


def rendered_cases(folder: Path = RENDERED) -> list[Case]:
    """The rendered corpus and its labels (see ``tests/rendered/generate.py``)."""
    return _generated_cases(folder)


def _generated_cases(folder: Path) -> list[Case]:
    """A generated corpus's labels: each file's name, e-mails, claims and, for the rendered
    corpus, its layout and whether it was held out."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return [
        Case(
            path=folder / item["file"],
            name=item["name"],
            emails=tuple(item["emails"]),
            claims=tuple(ExpectedClaim(**claim) for claim in item["claims"]),
            layout=item.get("layout", "") if "held_out" in item else "",
            held_out=bool(item.get("held_out", False)),
            group=item.get("group", ""),
        )
        for item in labels
    ]


Result = tuple[Case, Extraction | None]


def extract_all(cases: Sequence[Case]) -> list[Result]:
    """Each case with what credlens read from it (None when it refused the file)."""

    def extracted(case: Case) -> Extraction | None:
        try:
            return extract(case.path.read_bytes(), case.path.name)
        except ExtractionError:
            return None

    return [(case, extracted(case)) for case in cases]


def run(cases: Sequence[Case]) -> Scores:
    """Extract every case and score the results."""
    return score(extract_all(cases))


def by_layout(results: Sequence[Result]) -> dict[str, Scores]:
    """The scores of each layout on its own."""
    layouts: dict[str, list[Result]] = {}
    for result in results:
        layouts.setdefault(result[0].layout, []).append(result)
    return {layout: score(group) for layout, group in sorted(layouts.items())}


def worst_layout(layouts: dict[str, Scores]) -> tuple[str, Scores]:
    """The layout with the lowest claim F1."""
    return min(layouts.items(), key=lambda item: (item[1].claims.f1, item[0]))


def layout_table(layouts: dict[str, Scores], held_out: set[str]) -> str:
    """One row per layout: claims P/R/F1, links, IDs and names."""
    lines = [
        f"  {'layout':<24}{'docs':>5}{'P':>7}{'R':>7}{'F1':>7}{'links':>8}{'IDs':>7}  names",
    ]
    for layout, scores in layouts.items():
        mark = " (held out)" if layout in held_out else ""
        lines.append(
            f"  {layout:<24}{scores.documents:>5}{scores.claims.precision:>7.3f}"
            f"{scores.claims.recall:>7.3f}{scores.claims.f1:>7.3f}{scores.links.f1:>8.3f}"
            f"{scores.ids.f1:>7.3f}  {scores.names.hits}/{scores.names.expected}{mark}"
        )
    return "\n".join(lines)


def report(title: str, scores: Scores, *, details: bool) -> str:
    """A table of the scores, and the problems if asked."""
    lines = [
        f"{title}: {scores.documents} résumés",
        f"  {'measure':<26}{'precision':>10}{'recall':>8}{'F1':>7}   hits/predicted/expected",
    ]
    for label, tally in scores.rows():
        lines.append(
            f"  {label:<26}{tally.precision:>10.3f}{tally.recall:>8.3f}{tally.f1:>7.3f}"
            f"   {tally.hits}/{tally.predicted}/{tally.expected}"
        )
    if details:
        lines.extend(f"    - {problem}" for problem in scores.problems)
    return "\n".join(lines)


#: Held-out groups whose misses and extras ``--details`` leaves out, each with the only flag that
#: lists them.
SEALED_GROUPS = {"blind-3": "--blind3-details", "blind-4": "--blind4-details"}


def group_summary(group: str, results: Sequence[Result]) -> str:
    """One line for a held-out group: its measures and its worst layout."""
    scores = score(results)
    name, worst = worst_layout(by_layout(results))
    return (
        f"{group}: claims F1 {scores.claims.f1:.3f}, links {scores.links.f1:.3f}, IDs "
        f"{scores.ids.f1:.3f}, dates {scores.dates.f1:.3f}, names "
        f"{scores.names.hits}/{scores.names.expected}; worst layout {name} "
        f"(claims F1 {worst.claims.f1:.3f})"
    )


def group_reports(
    results: Sequence[Result], *, details: bool, unsealed: frozenset[str] = frozenset()
) -> list[str]:
    """The report and the summary line of each held-out group; a sealed group's misses and
    extras only when it is among ``unsealed``."""
    lines = []
    for group in sorted({result[0].group for result in results} - {""}):
        members = [result for result in results if result[0].group == group]
        title = f"rendered corpus, HELD-OUT {group} layouts (blind)"
        listed = group in unsealed if group in SEALED_GROUPS else details
        lines.append(report(title, score(members), details=listed))
        lines.append(f"  {group_summary(group, members)}")
    return lines


def arguments_of(argv: Sequence[str] | None) -> tuple[argparse.Namespace, frozenset[str]]:
    """The command line, and the sealed groups whose own flags it gives."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses, but sealed groups'")
    for group, flag in SEALED_GROUPS.items():
        parser.add_argument(flag, action="store_true", help=f"list {group}'s misses too")
    arguments = parser.parse_args(argv)
    asked = vars(arguments)
    unsealed = (g for g, flag in SEALED_GROUPS.items() if asked[flag[2:].replace("-", "_")])
    return arguments, frozenset(unsealed)


def main(argv: Sequence[str] | None = None) -> None:
    arguments, unsealed = arguments_of(argv)
    quiet_pdf_reader()
    if (CORPUS / "labels.json").exists():
        print(report("generated corpus", run(corpus_cases()), details=arguments.details))
    if (RENDERED / "labels.json").exists():
        results = extract_all(rendered_cases())
        tuned = [result for result in results if not result[0].held_out]
        held = [result for result in results if result[0].held_out and not result[0].group]
        print(report("rendered corpus, all layouts", score(results), details=False))
        print(report("rendered corpus, tuned layouts", score(tuned), details=arguments.details))
        print(report("rendered corpus, HELD-OUT layouts", score(held), details=arguments.details))
        for lines in group_reports(results, details=arguments.details, unsealed=unsealed):
            print(lines)
        layouts = by_layout(results)
        print("rendered corpus, layout by layout")
        print(layout_table(layouts, {result[0].layout for result in results if result[0].held_out}))
        name, worst = worst_layout(layouts)
        print(
            f"  worst layout: {name} (claims F1 {worst.claims.f1:.3f}, links "
            f"{worst.links.f1:.3f}, IDs {worst.ids.f1:.3f}, names "
            f"{worst.names.hits}/{worst.names.expected})"
        )
    if (REAL / "labels.json").exists():
        print(report("real résumés (../shared)", run(real_cases()), details=arguments.details))


if __name__ == "__main__":
    main()
