"""Entries whose assessment no public page was found to state, and why.

The build refuses an entry that has no assessment policy and is not listed here, and a listed
entry that has since gained a policy: a new credential cannot slip into the catalog unassessed,
and this list only shrinks. When it is empty, every entry has an assessment with its source.
"""

from __future__ import annotations

UNSOURCED: dict[str, str] = {
    "ibm-agile-explorer": (
        "IBM's badge criteria for Agile Explorer were not found: IBM's credential FAQ and"
        " Skills Network's badge page describe IBM badges in general, and the pages that name"
        " it (holders' portfolios, a list of free badges) say nothing of how it is earned;"
        " looked for again in session 11 (Credly's and IBM's badge pages, SkillsBuild course"
        " lists, issue threads) with the same result"
    ),
}
