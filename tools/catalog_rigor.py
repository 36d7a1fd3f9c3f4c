"""Print the catalog's rigor coverage, and write the sourced table in docs/catalog-rigor.md.

Run from the repository root: ``.venv/bin/python -m tools.catalog_rigor`` prints the figures;
``--write`` also rewrites the table from the shipped catalog (a test keeps the two in step);
``--second-hand`` lists every source that is not the issuer's own page (``tools/catalog/
first_hand.py`` says what counts as first-hand), and every entry whose assessment has no source at
all, with the reason (``tools/catalog/gaps.py``): a gap is shown, never left out of the list.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from extractors.catalog import Catalog, CatalogEntry, load_catalog
from extractors.rigor import Assessment, Rigor, Standard
from tools.catalog.first_hand import is_first_hand
from tools.catalog.gaps import UNSOURCED

TABLE = Path(__file__).resolve().parent.parent / "docs" / "catalog-rigor.md"

_HEADER = """# Rigor and recognition of the catalog's credentials

Generated from `extractors/data/catalog.json` by `.venv/bin/python -m tools.catalog_rigor
--write`; do not edit by hand (`docs/catalog.md`, *Rigor and recognition*, explains the fields).
Each value links to the public page that states it; "unknown" means no page was found, and
nothing is guessed: the row says so, with what was looked for (`tools/catalog/gaps.py`).

| id | assessment | accreditation or licence | renewal | preparation |
| --- | --- | --- | --- | --- |
"""


_NOT_ACCREDITATION = frozenset({Standard.LICENCE, Standard.CHARTER})


def _with_standard(rigor: list[Rigor], standard: Standard) -> int:
    return sum(1 for r in rigor if r.accreditation and r.accreditation.standard is standard)


def coverage(catalog: Catalog) -> dict[str, int]:
    """The figures of issue 16: how many entries have a sourced assessment, how many are
    accredited (and by whom), licensed, or say how they renew."""
    entries = catalog.entries
    rigor = [entry.rigor for entry in entries if entry.rigor is not None]
    known = [r for r in rigor if r.assessment is not Assessment.UNKNOWN and r.assessment_source]
    # A licence or a chartered body's own designation is not a third party's accreditation.
    accredited = [
        r.accreditation
        for r in rigor
        if r.accreditation is not None and r.accreditation.standard not in _NOT_ACCREDITATION
    ]
    figures = {
        "entries": len(entries),
        "with rigor": len(rigor),
        "assessment with source": len(known),
        "assessment unknown": len(rigor) - len(known),
        "accredited certifications": len(accredited),
        "licences": _with_standard(rigor, Standard.LICENCE),
        "chartered designations": _with_standard(rigor, Standard.CHARTER),
        "renewal with source": sum(1 for r in rigor if r.renewal is not None),
        "preparation time with source": sum(1 for r in rigor if r.prep_hours is not None),
    }
    for body, count in sorted(Counter(a.body for a in accredited).items()):
        figures[f"accredited by {body}"] = count
    for assessment, count in sorted(Counter(r.assessment.value for r in rigor).items()):
        figures[f"assessment {assessment}"] = count
    # Each second-hand count is a list of leads: `--second-hand` prints them.
    hand_me_downs = Counter(field for _, field, _ in second_hand(catalog))
    figures["assessment source second-hand"] = hand_me_downs["assessment"]
    figures["accreditation source second-hand"] = hand_me_downs["accreditation"]
    figures["renewal source second-hand"] = hand_me_downs["renewal"]
    return figures


def _sources(rigor: Rigor) -> dict[str, str | None]:
    return {
        "assessment": rigor.assessment_source,
        "accreditation": rigor.accreditation.source if rigor.accreditation else None,
        "renewal": rigor.renewal.source if rigor.renewal else None,
        "preparation": rigor.prep_source,
    }


def second_hand(catalog: Catalog) -> list[tuple[str, str, str]]:
    """(entry id, field, address) of every rigor source that is not first-hand: leads to
    replace with the issuer's own page."""
    found = []
    for entry in catalog.entries:
        if entry.rigor is None:
            continue
        for field, url in _sources(entry.rigor).items():
            if url and not is_first_hand(url, entry.issuer_domains):
                found.append((entry.id, field, url))
    return found


#: What ``--second-hand`` prints in place of an address for an assessment with no source.
NO_SOURCE = "NO SOURCE"


def unsourced(catalog: Catalog) -> list[tuple[str, str]]:
    """(entry id, reason) of every entry whose assessment no public page was found to state."""
    return [
        (entry.id, UNSOURCED.get(entry.id, "no reason recorded in tools/catalog/gaps.py"))
        for entry in catalog.entries
        if entry.rigor is None or entry.rigor.assessment is Assessment.UNKNOWN
    ]


def _link(text: str, url: str | None) -> str:
    return f"[{text}]({url})" if url else text


def _row(entry: CatalogEntry) -> str:
    rigor = entry.rigor
    if rigor is None:
        return f"| `{entry.id}` | unknown | | | |"
    if rigor.assessment is Assessment.UNKNOWN:
        # A reason is prose: a pipe in it would end the Markdown cell.
        reason = UNSOURCED.get(entry.id, "").replace("|", "\\|")
        assessment_cell = f"unknown: no source found ({reason})" if reason else "unknown"
    else:
        assessment_cell = _link(rigor.assessment.value, rigor.assessment_source)
    accreditation = (
        _link(rigor.accreditation.label, rigor.accreditation.source) if rigor.accreditation else ""
    )
    renewal = ""
    if rigor.renewal is not None:
        if not rigor.renewal.required:
            words = "not required"
        else:
            words = (
                f"every {rigor.renewal.period_months} months"
                if rigor.renewal.period_months
                else "required"
            )
            if rigor.renewal.continuing_education:
                words += ", continuing education"
        renewal = _link(words, rigor.renewal.source)
    prep = _link(f"{rigor.prep_hours} h", rigor.prep_source) if rigor.prep_hours else ""
    return f"| `{entry.id}` | {assessment_cell} | {accreditation} | {renewal} | {prep} |"


def table(catalog: Catalog) -> str:
    """The Markdown table of every entry's rigor, with its sources."""
    return _HEADER + "\n".join(_row(entry) for entry in catalog.entries) + "\n"


def main(argv: list[str]) -> None:
    catalog = load_catalog()
    if "--write" in argv:
        TABLE.write_text(table(catalog), encoding="utf-8")
    if "--second-hand" in argv:
        for entry_id, field, url in second_hand(catalog):
            sys.stdout.write(f"{entry_id}\t{field}\t{url}\n")
        for entry_id, reason in unsourced(catalog):
            sys.stdout.write(f"{entry_id}\tassessment\t{NO_SOURCE}: {reason}\n")
        return
    for name, value in coverage(catalog).items():
        sys.stdout.write(f"{name}: {value}\n")
    for entry_id, reason in unsourced(catalog):
        sys.stdout.write(f"unsourced {entry_id}: {reason}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
