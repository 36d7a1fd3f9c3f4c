"""How well credlens reads résumés: precision, recall and F1 against labelled résumés.

    python -m bench.extraction            # every corpus, the layouts, the worst layout
    python -m bench.extraction --details  # also every miss and extra (not the sealed groups')
    python -m bench.extraction --blind3-details  # also blind-3's: only for whoever measures it
    python -m bench.extraction --blind4-details  # also blind-4's: only for whoever measures it
    python -m bench.extraction --blind5-details  # also blind-5's: only for whoever measures it
    python -m bench.extraction --blind6-details  # also blind-6's: only for whoever measures it
    python -m bench.extraction --blind7-details  # also blind-7's: only for whoever measures it
    python -m bench.extraction --blind8-details  # also blind-8's: only for whoever measures it
    python -m bench.extraction --blind9-details  # also blind-9's: only for whoever measures it
    python -m bench.extraction --blind10-details  # also blind-10's: only for whoever measures it
    python -m bench.extraction --blind11-details  # also blind-11's: only for whoever measures it
    python -m bench.extraction --blind12-details  # also blind-12's: only for whoever measures it
    python -m bench.extraction --blind13-details  # also blind-13's: only for whoever measures it
    python -m bench.extraction --blind14-details  # also blind-14's: only for whoever measures it
    python -m bench.extraction --blind15-details  # also blind-15's: only for whoever measures it
    python -m bench.extraction --blind16-details  # also blind-16's: only for whoever measures it
    python -m bench.extraction --blind17-details  # also blind-17's: only for whoever measures it
    python -m bench.extraction --blind18-details  # also blind-18's: only for whoever measures it
    python -m bench.extraction --blind19-details  # also blind-19's: only for whoever measures it
    python -m bench.extraction --blind20-details  # also blind-20's: only for whoever measures it
    python -m bench.extraction --blind21-details  # also blind-21's: only for whoever measures it
    python -m bench.extraction --blind22-details  # also blind-22's: only for whoever measures it
    python -m bench.extraction --blind23-details  # also blind-23's: only for whoever measures it
    python -m bench.extraction --blind24-details  # also blind-24's: only for whoever measures it
    python -m bench.extraction --without blind-7  # blind-7 not read at all: for whoever tunes
    python -m bench.extraction --only blind-17    # only these rendered groups, nothing else

Three sets are scored, each on its own: the generated corpus in ``tests/corpus/`` (one
generator, WeasyPrint and python-docx), the rendered corpus in ``tests/rendered/`` (the same
contents through its layouts and independent renderers: Chromium, LibreOffice, pandoc; blind-5
to blind-24 with contents of their own), and the real résumés in
``../shared/fixtures/resumes/``, read in place. The rendered corpus is reported apart for the
layouts used while tuning, the *held-out* layouts nobody tuned on (no longer blind: their
failures were read), and each later held-out group (the blind "blind-2" to "blind-24", made by
people who never read the extractor; each also on one summary line and layout by layout) — then
every layout, with the worst one named. An OPEN group made to tune on ("tuning-14") is reported
the same way, apart from the tuned layouts, its misses listed by ``--details``. The sealed
groups' misses and extras (``SEALED_GROUPS``) are not listed by ``--details``, only each by its
own flag: whoever tunes the extractor must not see them, or the group stops being blind. Nor its
figures: whoever tunes runs with ``--without`` each group still sealed, which leaves it out of
every total, layout table and worst layout.
A claim counts as found when its title and issuer match a labelled one; links, IDs and dates
are then scored on the claims found (``bench/extraction_score.py``).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.extraction_score import Case, ExpectedClaim, Scores, score
from extractors import Extraction, ExtractionError, extract
from service.logs import quiet_pdf_reader

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
RENDERED = ROOT / "tests" / "rendered"
REAL = ROOT.parent / "shared" / "fixtures" / "resumes"

_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$")


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
SEALED_GROUPS = {
    "blind-3": "--blind3-details",
    "blind-4": "--blind4-details",
    "blind-5": "--blind5-details",
    "blind-6": "--blind6-details",
    "blind-7": "--blind7-details",
    "blind-8": "--blind8-details",
    "blind-9": "--blind9-details",
    "blind-10": "--blind10-details",
    "blind-11": "--blind11-details",
    "blind-12": "--blind12-details",
    "blind-13": "--blind13-details",
    "blind-14": "--blind14-details",
    "blind-15": "--blind15-details",
    "blind-16": "--blind16-details",
    "blind-17": "--blind17-details",
    "blind-18": "--blind18-details",
    "blind-19": "--blind19-details",
    "blind-20": "--blind20-details",
    "blind-21": "--blind21-details",
    "blind-22": "--blind22-details",
    "blind-23": "--blind23-details",
    "blind-24": "--blind24-details",
}


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


def _numbered(group: str) -> tuple[int, str]:
    """A group's place in the report: "blind-10" after "blind-9", not before "blind-2"."""
    number = re.search(r"\d+$", group)
    return (int(number.group()) if number else 0, group)


def group_reports(
    results: Sequence[Result], *, details: bool, unsealed: frozenset[str] = frozenset()
) -> list[str]:
    """The report, the summary line and the layouts of each held-out group; a sealed group's
    misses and extras only when it is among ``unsealed``."""
    lines = []
    for group in sorted({result[0].group for result in results} - {""}, key=_numbered):
        members = [result for result in results if result[0].group == group]
        title = (
            f"rendered corpus, HELD-OUT {group} layouts (blind)"
            if members[0][0].held_out
            else f"rendered corpus, OPEN {group} layouts (tuning)"
        )
        listed = group in unsealed if group in SEALED_GROUPS else details
        lines.append(report(title, score(members), details=listed))
        lines.append(f"  {group_summary(group, members)}")
        lines.append(layout_table(by_layout(members), set()))
    return lines


def arguments_of(argv: Sequence[str] | None) -> tuple[argparse.Namespace, frozenset[str]]:
    """The command line, and the sealed groups whose own flags it gives."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses, but sealed groups'")
    for group, flag in SEALED_GROUPS.items():
        parser.add_argument(flag, action="store_true", help=f"list {group}'s misses too")
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        choices=sorted(SEALED_GROUPS),
        metavar="GROUP",
        help="leave a sealed group out: not read, in no figure (repeat for more)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="GROUP",
        help="read only these rendered groups ('tuned' for the ungrouped layouts), no other set",
    )
    arguments = parser.parse_args(argv)
    asked = vars(arguments)
    unsealed = (g for g, flag in SEALED_GROUPS.items() if asked[flag[2:].replace("-", "_")])
    return arguments, frozenset(unsealed)


def chosen_cases(cases: Sequence[Case], without: set[str], only: set[str]) -> list[Case]:
    """The rendered cases to read: none of the groups left out, only those asked for if any."""
    unknown = only - {case.group for case in cases}
    if unknown:
        raise SystemExit(f"--only: no rendered group {', '.join(sorted(unknown))}")
    return [c for c in cases if c.group not in without and (not only or c.group in only)]


def main(argv: Sequence[str] | None = None) -> None:
    arguments, unsealed = arguments_of(argv)
    quiet_pdf_reader()
    only = {"" if group == "tuned" else group for group in arguments.only}
    if not only and (CORPUS / "labels.json").exists():
        print(report("generated corpus", run(corpus_cases()), details=arguments.details))
    if (RENDERED / "labels.json").exists():
        results = extract_all(chosen_cases(rendered_cases(), set(arguments.without), only))
        tuned = [result for result in results if not result[0].held_out and not result[0].group]
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
    if not only and (REAL / "labels.json").exists():
        print(report("real résumés (../shared)", run(real_cases()), details=arguments.details))


if __name__ == "__main__":
    main()
