"""Metamorphic invariance of extraction: the same résumé, perturbed one way at a time.

    python -m bench.metamorphic            # per axis: the share of renderings whose claims hold
    python -m bench.metamorphic --details  # also each résumé and variant that changed
    python -m bench.metamorphic --axis dates --axis bullet   # only these axes

How the corpus is built (``testkit/metamorphic/``): the English contents of the generated corpus
(``tests/corpus/labels.json``: people, credentials with issuers, dates, IDs and links) are
written afresh as plain text in one known-good form. A résumé whose known-good form is not read
as written is left out (and counted). Each is then written again with one change a recruiter
would not care about — heading wording and style, the credential ID's label, date formats,
separators, bullets, field order, blank lines, wrapping at 50–70 columns, DOCX paragraphs,
list styles, Heading styles or a table — and the claims found (catalog entry or title,
issuer, ID, dates, link) are compared with the known-good form's.

These figures measure **invariance**, not blind generalisation: the perturbations were written
by whoever tunes the extractor, who also reads every failure. The blind sets in
``bench.extraction`` stay the judge of layouts never seen.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from service.logs import quiet_pdf_reader
from testkit.metamorphic import AXES, Run, load_resumes, measure


def report(run: Run, details: bool = False) -> str:
    """The per-axis table, the overall share and the worst axis."""
    lines = ["  axis          kept/total   share"]
    for name, result in run.axes.items():
        lines.append(f"  {name:<13} {result.kept:>4}/{result.total:<5}  {result.share:6.3f}")
    worst, share = run.worst
    lines.append(f"  overall       {run.overall:.3f}")
    lines.append(f"  worst axis    {worst} {share:.3f}")
    if run.misread:
        lines.append(f"  left out (known-good form misread): {', '.join(run.misread)}")
    if details:
        for name, result in run.axes.items():
            for key, variant in result.changed:
                lines.append(f"  changed  {name}/{variant}: {key}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--details", action="store_true", help="list every change")
    parser.add_argument("--axis", action="append", choices=sorted(AXES), help="only this axis")
    args = parser.parse_args(argv)
    quiet_pdf_reader()
    resumes = load_resumes()
    run = measure(resumes, args.axis)
    print(f"metamorphic corpus: {len(resumes)} résumés, {len(run.misread)} left out")
    print(report(run, args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
