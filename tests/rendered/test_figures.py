"""The rendered corpus: built as documented, labelled from its contents, and read no worse than
the figures ``python -m bench.extraction`` printed when these floors were set.

Floors sit a little under the measured values (session 4, 18 layouts: tuned layouts claims F1
0.996, links 0.996, IDs 0.995, names 84/84; held-out layouts claims F1 1.000, links 1.000, IDs
0.983, names 24/24; worst layout 0.958). The held-out figures are no longer blind: their failure
kinds were read in session 4 before the rules that fixed them were written (on development
layouts). A change that loses claims on layouts it was never tuned on fails here.

The "blind-2" group (three layouts, ``blind_layouts.py``) was added at the end of session 4 by
someone who never read the extractor; its floors sit a little under its first, blind
measurement (claims F1 0.699, links 0.167, dates 0.632, names 18/18; worst blind layout 0.458;
credential IDs 0/34, which no floor can guard). They guard against regression, not a target.
In session 5 blind-2 became a tuning set (its failures were read); its floors follow what the
rules written since reach on it, a little under each measurement.

The "blind-3" group (seven layouts, ``blind3_layouts.py`` and ``blind3_documents.py``: builder
pages, a Word file laid out by a table, RTF, a plain-text ATS export, a standalone pandoc page)
was added in session 5, blind in the same way; its first measurement was claims F1 0.603, links
0.620, IDs 0.327, dates 0.789, names 22/42, worst blind-3 layout 0.432 (blind3-md-standalone).
Its assertions print figures only, never its misses: a failure here must not un-blind it.
It has since been studied and tuned on (h14fix2); its floors sit just under what it reaches.

The "blind-4" group (six layouts, ``blind4_pages.py`` and ``blind4_documents.py``: a Europass CV,
a LaTeX-style US page, a LinkedIn profile export, a German tabular CV, a British CV kept as DOCX,
a Markdown résumé as text) was added later in session 5 by another helper, blind in the same
way; its first measurement was claims F1 0.826, links 0.419, IDs 0.617, dates 0.655, names
35/36, worst blind-4 layout 0.667 (blind4-latex-onepage). Sealed like blind-3: figures only.

The "blind-5" group (six layouts over six contents of its own, ``blind5_contents.py``,
``blind5_pages.py``, ``blind5_writer.py``, ``blind5_word.py``: a builder's two-column page, a JSON
Resume theme, a LibreOffice Writer CV, a Word ATS résumé as PDF, a Word résumé kept as DOCX, a
plain-text résumé) was added in session 6 by a helper who never read the extractor. Its first
measurement, ``python -m bench.extraction`` on the extractor of main at 0abdc14 with the labels
unchanged after it: claims F1 0.668 (P 0.682, R 0.656), links 0.792, IDs 0.873, dates 0.910,
names 35/36, worst blind-5 layout 0.407 (blind5-jsonresume); claims F1 by layout: builder-twocol
0.708, jsonresume 0.407, plain-text 0.596, word-ats-pdf 0.800, word-table 0.794, writer-fodt-pdf
0.689. Its floors are those figures rounded down to two decimals. Sealed: figures only.

blind-5 tuned (session 6): blind-5 was then given to h14c to tune on (its files and
``--blind5-details`` read; no label changed). Rules, each with its own test: a text résumé read
by its paragraphs (a ruled underline is decoration, a blank line ends an entry, the line under
a title is its issuer and dates), an open-world title backed by its own lines below and kept
whole across its dashes and commas, a bracket that abbreviates the title is its short name, an
issuer line under a dashed title, a small-capitals heading parted by a PDF ("C ERTIFICATES"),
a link's word in an ID cell, not-held status words (an exam voucher, "preparing", one exam of
several passed), a place's certification by its possessive, "certified platform" a product's
only in lower case. ``python -m bench.extraction`` at 13:50 UTC: claims F1 0.863, links 0.945,
IDs 0.987, dates 0.939, names 35/36, worst blind-5 layout 0.656 (blind5-jsonresume); every other
group unchanged. Its floors now sit at those figures rounded down.

Session 6, blind-3 and blind-4 tuned on (h14a at the PDF layout: a page-sized backdrop, cards,
a sentence's word spaces at a column's start, flush-right line ends, a heading and a row label
in a date column; h14b on text): ``python -m bench.extraction`` at 12:50 UTC gave blind-3 claims
F1 1.000, links 1.000, IDs 1.000, dates 1.000, names 42/42 and blind-4 the same with names 36/36
(0.933 and 0.966 at the session's start; worst blind-3 layout then 0.585, blind3-md-standalone).
Their floors now sit just under that.

The "blind-6" group (five layouts over four contents of its own, ``blind6_contents.py``,
``blind6_pages.py``, ``blind6_documents.py``: a Canva-style sidebar page, a Reactive-Resume-style
grid, a Google-Docs-style Word template as PDF, a pandoc DOCX, a job board's text export) was
added later in session 6 by a helper who never read the extractor. Its first measurement,
``python -m bench.extraction`` at 13:33 UTC on main at 0cd5e8a with the labels unchanged after
it: claims F1 0.750 (P 0.750, R 0.750), links 0.867, IDs 1.000, dates 0.933, names 15/20, worst
blind-6 layout 0.353 (blind6-canva-sidebar); claims F1 by layout: canva-sidebar 0.353,
gdocs-pdf 0.857, jobboard-text 0.842, pandoc-docx 0.837, rx-grid 0.791. Its floors are those
figures rounded down to two decimals. Sealed: figures only.

The "blind-7" group (six layouts over six contents of its own, ``blind7_contents.py``,
``blind7_pages.py``, ``blind7_word.py``, ``blind7_documents.py``: a three-column infographic
page with credential tiles and a page with its certifications in a footer band (Chromium), a
Word file whose sidebar is a floating text box (kept as DOCX), a Word résumé with its
certifications in one run-in paragraph (LibreOffice), a numbered academic-style CV (pandoc →
ODT → LibreOffice), an applicant-tracking system's text export) was added in session 7 by a
helper who never read the extractor. Its first measurement, ``python -m bench.extraction`` at
15:08 UTC on main at cc9cbde with the labels unchanged after it: claims F1 0.419 (P 0.537,
R 0.344), links 0.351, IDs 0.472, dates 0.625, names 24/36, worst blind-7 layout 0.140
(blind7-footer-band); claims F1 by layout: academic-pdf 0.273, footer-band 0.140, infographic
0.246, runin-pdf 0.308, textbox-docx 0.667, workday-text 0.667. Its floors are those figures
rounded down to two decimals (the worst layout's 0.140 is 0.1399…, so 0.13). Sealed: figures
only.

The "blind-8" group (five layouts over five contents of its own, ``blind8_contents.py``,
``blind8_pages.py``, ``blind8_documents.py``: a two-page résumé whose certification table runs
onto page two under its repeated header row (Chromium), a Markdown résumé with a table of
contents (pandoc → HTML → Chromium), a functional Word résumé whose credentials are told in its
skill paragraphs (kept as DOCX), a landscape three-column Word page (LibreOffice), a résumé
pasted into a reply e-mail above the recruiter's quoted message) was added later in session 7 by
a helper who never read the extractor. Its first measurement, ``python -m bench.extraction`` at
15:32 UTC on the extractor of main at 8c0a5e6 with the labels unchanged after it: claims F1
0.442 (P 0.399, R 0.496), links 0.710, IDs 0.569, dates 0.727, names 18/25, worst blind-8 layout
0.286 (blind8-functional-docx); claims F1 by layout: email-text 0.377, functional-docx 0.286,
landscape-pdf 0.480, toc-markdown 0.538, two-page 0.519. Its floors are those figures rounded
down to two decimals (links 0.710 is 44/62 = 0.7097, so 0.70). Sealed: figures only.

Session 7 (``python -m bench.extraction`` on main at 995b66c, 16:30 UTC, no other session
running). blind-6 was given to two tuners (h7t14a, PDF geometry; h7t14b, fields and text):
1.000 on claims, links, IDs, dates, names 20/20, every layout. blind-8 was measured blind
(0.442 on main at 8c0a5e6) and then tuned on (h7t8): claims F1 0.871, links 0.845, IDs
0.873, dates 0.940, names 20/25, worst layout blind8-two-page 0.654. blind-5 rose with both
to 0.942 (links 0.979, IDs 1.000, dates 0.953, names 36/36, worst blind5-jsonresume 0.800).
Then (h7tab, main at 26db413) rows parted by rules alone and a table continued under a
repeated header on the next page: blind-8 0.916 (links 0.917, IDs 0.926, dates 0.983, names
20/25, worst blind8-two-page 0.844), every other group unchanged, blind-7 included.
**blind-7 stayed sealed** (its misses never printed; two tuners read its summary figures
while checking their changes, and one held a change back because it cost blind-7 one claim):
claims F1 0.419 at first, **0.467** now (P 0.634, R 0.370), links 0.407, IDs 0.533, dates
0.667, names 24/36, worst blind7-footer-band 0.150. Tuning two groups to 0.87–1.000 moved
the sealed one by 0.05: the honest figure for a new layout with new contents is blind-7's.
The floors follow these figures, rounded down.

Session 8: blind-7 unsealed for tuning (its misses read; t7a the PDF geometry of footer-band
and infographic, t7b the claim reading of runin-pdf, academic-pdf, workday-text and
textbox-docx). First slice (t7b): an application form's labelled fields ("Certification
Number:", "Attachment / URL:") are the entry's, and particles no longer count towards a name's
length: blind-7 0.531 (links 0.630, IDs 0.791, dates 0.875, names 29/36; workday-text 0.678 ->
0.969), blind-8 names 20/25 -> 24/25, every other group unchanged.

The "blind-9" group (six layouts over six contents of its own, ``blind9_contents.py``,
``blind9_pages.py``, ``blind9_documents.py``, ``blind9_word.py``: a timeline whose dates sit on a
left rail beside issuers' logos and a "modern" template with small-capital headings and dates
right-aligned on the title's line (Chromium), a Markdown résumé with French headings and dates
(pandoc → DOCX), a borderless Word table whose certifications are one comma-separated run with
hyperlinked titles (DOCX), a Word résumé listing credentials under the job they were earned in
(LibreOffice), a plain text hard-wrapped at 60 columns with hanging indents) was added in
session 8 by a helper who never read the extractor nor its tests. Its first measurement,
``python -m bench.extraction --blind9-details`` at 17:49 UTC on the extractor of main at 202b4b7:
claims F1 0.599 (P 0.641, R 0.562), links 0.731, IDs 0.642, dates 0.842, names 27/36, worst
blind-9 layout 0.323 (blind9-rail-logos); claims F1 by layout: comma-table-docx 0.407,
french-docx 0.757, per-job-pdf 0.436, rail-logos 0.323, smallcaps-modern 0.667, wrapped-text
0.873. No label was corrected after it (0 of 210: the author read its misses for errors in the
labels and found none). The extractor does not read every one of these files the same way twice
(one DOCX extracted eight times in one process gave two different sets of claims), so eight
later runs gave claims F1 0.592–0.594, IDs 0.656, dates 0.852, the rest unchanged. Its floors
are the first measurement rounded down to two decimals, and one hundredth lower for the three
figures that moved (claims 0.58, IDs 0.63, dates 0.83), so that the spread alone cannot fail
them. The cause was the Word reader's (a set of cells' ``id``s outlived the cells, so a later
cell could be taken for one already read); once it was fixed every read is the same: claims F1
0.603, links 0.731, IDs 0.647, dates 0.844, names 27/36 (main dc6695f + the fix).
**Sealed**: figures only; whoever tunes runs ``python -m bench.extraction --without blind-9``.

Session 8, second slice (t7b, after t7a's footer-band slice): a run-in paragraph of credentials
("Licences & certifications: …; …") is one line of items however it wrapped (on a page, the
lines right under it in its type; in a text, lines that fill the width or leave a list open), a
licence's class after its dash goes with its title when a body's name follows the comma, a
bracket that names no body is the title's other name when the issuer follows ("Construction
Induction (White Card), WorkSafe Queensland"), and unknown letters after a name the e-mail
spells are post-nominals: blind-7 0.709 (links 0.830, IDs 0.872, dates 0.958, names 30/36;
runin-pdf 0.308 -> 0.918), every other group unchanged.

Session 8 (t58): letter-spaced small capitals (a sliver under a point between the tall capital
and the rest) are one word again, so a heading on a date rail heads it; an ISO month in the
date column opens an entry and dates it. blind-5 0.956 -> 0.981 (dates 0.952 -> 1.000, worst
blind5-jsonresume 0.852 -> 0.984; worst now blind5-word-ats-pdf 0.967); floors raised to match.

Third slice (t7b): an academic CV's numbered headings ("4.1 Certificates, licences and
registrations held"; a number before a heading is no part of it, and a numbered bold line in
larger type is a heading), a numbered item's lines under its text (across a page break too)
joined, and an item written as sentences ("Title. Issuer. Month Year. Certificate no. …") read
field by field: blind-7 0.792 (links 0.908, IDs 0.911, dates 0.983, names 30/36; academic-pdf
0.238 -> 0.889), every other group unchanged.

t58, second slice: a credential's number after a register's capitals ("ID NSN 031-554-872") or
in slashed parts alone in a reference column ("WDLC/MC/24/1182"): blind-8 IDs 0.940 -> 0.983,
every other group unchanged; blind-8's IDs floor raised.

Fourth slice (t7b): one regular expression for a title's grade ("Level 3", "(NQF 5)",
"Foundation Level"), a colon inside a name followed by one entry's fields is no vendor's list,
a catalogued name the colon parts keeps its fields, and a credential part of the way done ("3
of the 5 courses", "course 4 of 7") is not held: blind-7 0.838 (links 0.953, IDs 0.952, dates
0.991, names 30/36; runin-pdf 0.984, academic-pdf 0.969, workday-text 0.984, textbox-docx
0.923), blind-5 0.981 -> 0.984, every other group unchanged.

Fifth slice (t7b): a bracket naming no body is the title's other name when the issuer stands on
the line below, and the job applied for ("Position sought: …") is no claim: blind-7 0.851
(links 0.953, IDs 0.963, dates 0.991, names 30/36; academic-pdf 0.984, textbox-docx 0.954),
every other group unchanged.

t58, third slice: the P.Eng. licence and IOSH's Chartered membership in the catalog, and a line
set in capitals keeps no case ("P.ENG." after a name in capitals is P.Eng.): blind-5 0.984 ->
1.000 (every layout; links 0.990), blind-8 0.951 -> 0.974 (worst blind8-landscape-pdf
0.870 -> 0.894), every other group unchanged; their floors raised.

blind-7 tuned (session 8), t7a's slices: the PDF geometry of footer-band and infographic. A
heading's spaced capitals parted by "&" are two words, a wrapped title's bold last line is not
a heading, each column of a grid wraps at its own right edge, "Licence/ID no." is a field, a
bare web address stands alone, a line ending in its separator goes on in the next; a page
drawn as panels (bands from its top to its foot) is read a panel at a time, a card's badge is
its picture, no unruled table runs across a panel's edge, and a line in smaller type is a field
of its own. Claims F1 by layout, before -> after: footer-band 0.150 -> 0.909, infographic
0.250 -> 0.938. blind-7 with t7b's five slices 0.851 -> 0.958 (links 0.953 -> 1.000, IDs
0.963 -> 0.963, dates 0.991 -> 0.994, names 30 -> 31/36; worst layout now footer-band 0.909),
every other group unchanged. Then a name centred in a sidebar and wrapped over its lines is one
name, and an e-mail address a narrow column broke inside its domain ("…@windtec" / "h.com") is
one address: names 31 -> 36/36 (infographic 1/6 -> 6/6), e-mails 36/36, the rest unchanged.

t58, fourth slice: particles in capitals ("DE LOS", between a name's words) do not count
towards its length either: blind-8 names 24/25 -> 25/25, every other group unchanged.

t58, fifth slice: an address cut right after its "?" (or "=", "&", "_") goes on in the next
line without a space: blind-5 links 0.990 -> 1.000 (blind-5 now 1.000 on every figure and
layout), every other group unchanged; its links floor raised.

t58, sixth slice: a credential held in a sentence may hold a comma ("I hold the Certified Safety
Professional, HSE Level 3 from …"): blind-8 0.974 -> 0.978 (functional-docx 1.000), every
other group unchanged.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench import extraction
from bench.extraction import (
    RENDERED,
    Result,
    Scores,
    arguments_of,
    by_layout,
    extract_all,
    group_reports,
    rendered_cases,
    score,
)
from bench.extraction_score import Case
from tests.rendered.blind5_contents import BLIND5_CONTENTS
from tests.rendered.blind6_contents import BLIND6_CONTENTS
from tests.rendered.blind7_contents import BLIND7_CONTENTS
from tests.rendered.blind8_contents import BLIND8_CONTENTS
from tests.rendered.blind9_contents import BLIND9_CONTENTS
from tests.rendered.contents import CONTENTS
from tests.rendered.generate import LAYOUTS, contents_of, labels_for, negatives_for


@pytest.fixture(scope="module")
def results() -> list[Result]:
    return extract_all(rendered_cases())


def _scores(results: list[Result], *, held_out: bool) -> Scores:
    return score(
        result for result in results if result[0].held_out is held_out and not result[0].group
    )


def sealed_figures(blind: list[Result]) -> dict[str, float]:
    """A sealed group's figures as bare numbers: an assertion on them can print no miss.

    pytest explains a failed ``scores.links.f1 >= x`` by printing ``scores``, misses and all,
    which would un-blind the group for whoever reads the failure.
    """
    scores = score(blind)
    return {
        "claims": scores.claims.f1,
        "links": scores.links.f1,
        "ids": scores.ids.f1,
        "dates": scores.dates.f1,
        "names": scores.names.recall,
        "worst": min(s.claims.f1 for s in by_layout(blind).values()),
    }


def under_floors(figures: dict[str, float], **floors: float) -> list[str]:
    """The figures under their floors, as "links 0.787 < 0.79"."""
    return [
        f"{name} {figures[name]:.3f} < {floor}"
        for name, floor in floors.items()
        if figures[name] < floor
    ]


def test_every_content_in_every_layout_through_three_renderers() -> None:
    labels = json.loads((RENDERED / "labels.json").read_text(encoding="utf-8"))
    pairs = Counter((item["layout"], item["content"]) for item in labels)

    assert len(LAYOUTS) >= 12
    assert set(pairs) == {
        (layout.key, content.key) for layout in LAYOUTS for content in contents_of(layout)
    }
    assert set(pairs.values()) == {1}
    assert {layout.renderer for layout in LAYOUTS} >= {"chromium", "libreoffice", "pandoc"}
    assert all((RENDERED / item["file"]).stat().st_size > 1000 for item in labels)
    assert any(layout.held_out for layout in LAYOUTS)


def test_labels_are_computed_from_the_contents() -> None:
    labels = json.loads((RENDERED / "labels.json").read_text(encoding="utf-8"))
    layouts = {layout.key: layout for layout in LAYOUTS}
    everyone = (*CONTENTS, *BLIND5_CONTENTS, *BLIND6_CONTENTS, *BLIND7_CONTENTS, *BLIND8_CONTENTS,
                *BLIND9_CONTENTS)  # fmt: skip
    contents = {c.key: c for c in everyone}

    for item in labels:
        content, layout = contents[item["content"]], layouts[item["layout"]]
        assert item["claims"] == labels_for(content, layout), item["file"]
        assert item["negatives"] == negatives_for(content), item["file"]
        assert item["held_out"] is layout.held_out
        assert item["group"] == layout.group


def test_tuned_layouts(results: list[Result]) -> None:
    scores = _scores(results, held_out=False)

    assert scores.claims.f1 >= 0.98, scores.problems
    assert scores.links.f1 >= 0.98, scores.problems
    assert scores.ids.f1 >= 0.98, scores.problems
    assert scores.names.recall == 1.0, scores.problems


def test_held_out_layouts(results: list[Result]) -> None:
    scores = _scores(results, held_out=True)

    assert scores.claims.f1 >= 0.97, scores.problems
    assert scores.links.f1 >= 0.98, scores.problems
    assert scores.ids.f1 >= 0.95, scores.problems
    assert scores.names.recall == 1.0, scores.problems


def test_blind_layouts(results: list[Result]) -> None:
    blind = [result for result in results if result[0].group == "blind-2"]
    scores = score(blind)

    assert len({result[0].layout for result in blind}) >= 2
    assert all(result[0].held_out for result in blind)
    assert scores.claims.f1 >= 0.98, scores.problems
    assert scores.links.f1 >= 0.98, scores.problems
    assert scores.ids.f1 >= 0.98, scores.problems
    assert scores.dates.f1 >= 0.98, scores.problems
    assert scores.names.recall == 1.0, scores.problems
    assert min(s.claims.f1 for s in by_layout(blind).values()) >= 0.97


def test_bench_lists_blind3_misses_only_when_asked(results: list[Result]) -> None:
    # blind-2 and blind-3 may be read without a miss: one file of each given as refused makes
    # sure each has something to list.
    refused = [next(result[0] for result in results if result[0].group == group)
               for group in ("blind-2", "blind-3")]  # fmt: skip
    probe = [
        *((case, None) for case in refused),
        *(result for result in results if result[0] not in refused),
    ]
    shown = "\n".join(group_reports(probe, details=True)).split("HELD-OUT blind-3")
    opened = "\n".join(group_reports(probe, details=True, unsealed=frozenset({"blind-3"})))
    # Booleans first, so that a failure prints no miss of blind-3.
    blind2_listed = "\n    - " in shown[0]
    blind3_listed = "\n    - " in shown[1]
    blind3_listed_when_asked = "\n    - " in opened.split("HELD-OUT blind-3")[1]

    assert "  blind-3: claims F1 " in shown[1]
    assert blind2_listed
    assert not blind3_listed
    assert blind3_listed_when_asked


# Each sealed group's floors, on bare numbers (``sealed_figures``): at least this many layouts,
# and each figure's floor, a little under the last measurement the docstring records.
SEALED_FLOORS = {
    "blind-3": (5, {"claims": 0.98, "links": 0.98, "ids": 0.98, "dates": 0.98, "names": 0.99,
                    "worst": 0.95}),
    "blind-4": (6, {"claims": 0.98, "links": 0.98, "ids": 0.98, "dates": 0.98, "names": 0.99,
                    "worst": 0.95}),
    "blind-5": (6, {"claims": 0.99, "links": 0.99, "ids": 0.99, "dates": 0.99, "names": 0.99,
                    "worst": 0.99}),
    "blind-6": (5, {"claims": 0.98, "links": 0.98, "ids": 0.98, "dates": 0.98, "names": 0.99,
                    "worst": 0.95}),
    "blind-7": (6, {"claims": 0.95, "links": 0.99, "ids": 0.95, "dates": 0.99, "names": 0.99,
                    "worst": 0.90}),
    "blind-8": (5, {"claims": 0.97, "links": 0.95, "ids": 0.97, "dates": 0.98, "names": 0.99,
                    "worst": 0.89}),
    "blind-9": (6, {"claims": 0.58, "links": 0.73, "ids": 0.63, "dates": 0.83, "names": 0.75,
                    "worst": 0.32}),
}  # fmt: skip


@pytest.mark.parametrize("group", sorted(SEALED_FLOORS))
def test_sealed_groups_read_no_worse_than_their_floors(results: list[Result], group: str) -> None:
    blind = [result for result in results if result[0].group == group]
    layouts, floors = SEALED_FLOORS[group]

    assert len({result[0].layout for result in blind}) >= layouts
    assert {result[0].path.suffix for result in blind} == {".pdf", ".docx", ".txt"}
    assert all(result[0].held_out for result in blind)
    assert not under_floors(sealed_figures(blind), **floors)


# Each group with contents of its own, the contents made before it, and at least how many of
# its own and of its layouts (of which PDFs).
OWN_CONTENTS = {
    "blind-5": (BLIND5_CONTENTS, CONTENTS, 5, 6, 4),
    "blind-6": (BLIND6_CONTENTS, (*CONTENTS, *BLIND5_CONTENTS), 4, 5, 3),
    "blind-7": (BLIND7_CONTENTS, (*CONTENTS, *BLIND5_CONTENTS, *BLIND6_CONTENTS), 5, 5, 3),
    "blind-8": (
        BLIND8_CONTENTS,
        (*CONTENTS, *BLIND5_CONTENTS, *BLIND6_CONTENTS, *BLIND7_CONTENTS),
        5,
        5,
        3,
    ),
    "blind-9": (
        BLIND9_CONTENTS,
        (*CONTENTS, *BLIND5_CONTENTS, *BLIND6_CONTENTS, *BLIND7_CONTENTS, *BLIND8_CONTENTS),
        6,
        6,
        3,
    ),
}


@pytest.mark.parametrize("group", sorted(OWN_CONTENTS))
def test_a_blind_group_renders_contents_of_its_own(group: str) -> None:
    own, earlier, contents, layouts, pdfs = OWN_CONTENTS[group]
    blind = [layout for layout in LAYOUTS if layout.group == group]
    suffixes = Counter(layout.suffix for layout in blind)

    assert len(blind) >= layouts
    assert suffixes["pdf"] >= pdfs
    assert set(suffixes) == {"pdf", "docx", "txt"}
    assert all(layout.held_out for layout in blind)
    assert len(own) >= contents
    assert not {c.key for c in own} & {c.key for c in earlier}
    assert not {c.name for c in own} & {c.name for c in earlier}


# Each with the sealed groups printed before it opened: its section runs to the report's end.
@pytest.mark.parametrize(
    ("group", "earlier"),
    [
        ("blind-4", {"blind-3"}),
        ("blind-5", {"blind-3", "blind-4"}),
        ("blind-6", {"blind-3", "blind-4", "blind-5"}),
        ("blind-7", {"blind-3", "blind-4", "blind-5", "blind-6"}),
        ("blind-8", {"blind-3", "blind-4", "blind-5", "blind-6", "blind-7"}),
        ("blind-9", {"blind-3", "blind-4", "blind-5", "blind-6", "blind-7", "blind-8"}),
    ],
)
def test_bench_lists_a_sealed_groups_misses_only_with_its_own_flag(
    results: list[Result], group: str, earlier: set[str]
) -> None:
    # One file of the group given as refused makes sure the group has a miss to list.
    refused = next(result[0] for result in results if result[0].group == group)
    probe = [(refused, None), *(result for result in results if result[0].group != group)]

    def listed(*, details: bool, unsealed: frozenset[str] = frozenset()) -> bool:
        text = "\n".join(group_reports(probe, details=details, unsealed=unsealed))
        return "\n    - " in text.split(f"HELD-OUT {group}")[1]

    # Booleans only, so that a failure prints no miss of the group.
    listed_plain = listed(details=True)
    listed_with_others = listed(details=True, unsealed=frozenset(earlier))
    listed_when_asked = listed(details=False, unsealed=frozenset({group}))

    assert not listed_plain
    assert not listed_with_others
    assert listed_when_asked


def test_each_sealed_group_is_opened_only_by_its_own_flag() -> None:
    every = (
        "--details",
        "--blind3-details",
        "--blind4-details",
        "--blind5-details",
        "--blind6-details",
        "--blind7-details",
        "--blind8-details",
        "--blind9-details",
    )
    opened = {
        flags: arguments_of(list(flags))[1]
        for flags in [(), ("--details",), ("--blind3-details",), ("--blind4-details",),
                      ("--blind5-details",), ("--blind6-details",), ("--blind7-details",),
                      ("--blind8-details",), ("--blind9-details",), every]
    }  # fmt: skip

    assert opened == {
        (): frozenset(),
        ("--details",): frozenset(),
        ("--blind3-details",): {"blind-3"},
        ("--blind4-details",): {"blind-4"},
        ("--blind5-details",): {"blind-5"},
        ("--blind6-details",): {"blind-6"},
        ("--blind7-details",): {"blind-7"},
        ("--blind8-details",): {"blind-8"},
        ("--blind9-details",): {"blind-9"},
        every: {"blind-3", "blind-4", "blind-5", "blind-6", "blind-7", "blind-8", "blind-9"},
    }


def test_worst_layout(results: list[Result]) -> None:
    layouts = by_layout([result for result in results if not result[0].group])
    held_out = {result[0].layout for result in results if result[0].held_out}

    assert min(s.claims.f1 for name, s in layouts.items() if name not in held_out) >= 0.95
    assert min(s.claims.f1 for s in layouts.values()) >= 0.95


def test_a_sealed_floor_fails_with_its_figures_only(results: list[Result]) -> None:
    figures = sealed_figures([result for result in results if result[0].group == "blind-6"])

    assert under_floors(figures, claims=1.01, links=0.0) == [
        f"claims {figures['claims']:.3f} < 1.01"
    ]


def test_without_a_sealed_group_the_bench_reads_none_of_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # One file of each group and of the tuned layouts keeps the run short; the generated
    # corpus and the real résumés are pointed at an empty folder.
    first: dict[str, Case] = {}
    for case in rendered_cases():
        first.setdefault(case.group, case)
    monkeypatch.setattr(extraction, "rendered_cases", lambda: list(first.values()))
    monkeypatch.setattr(extraction, "CORPUS", tmp_path)
    monkeypatch.setattr(extraction, "REAL", tmp_path)

    extraction.main(["--without", "blind-7", "--without", "blind-8", "--without", "blind-9"])
    printed = capsys.readouterr().out

    assert "blind-6:" in printed
    assert "blind7" not in printed
    assert "blind-7" not in printed
    assert "blind8" not in printed
    assert "blind-8" not in printed
    assert "blind9" not in printed
    assert "blind-9" not in printed
