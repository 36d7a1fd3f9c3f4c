"""Entries whose assessment no public page was found to state, and why.

The build refuses an entry that has no assessment policy and is not listed here, and a listed
entry that has since gained a policy: a new credential cannot slip into the catalog unassessed,
and this list only shrinks. When it is empty, every entry has an assessment with its source.
"""

from __future__ import annotations

UNSOURCED: dict[str, str] = {
    "csp-po": (
        "Scrum Alliance's support page says only that a CSP-PO needs 12-24 months of validated"
        " work experience; no page found on how its course is completed or assessed"
    ),
    "ibm-agile-explorer": (
        "IBM's badge criteria for Agile Explorer were not found: IBM's credential FAQ and"
        " Skills Network's badge page describe IBM badges in general, not this one"
    ),
    # CS50's own pages give the rule for CS50x (70% on every problem set and the final
    # project) and CS50's own grader checks CS50P's final project (cs50/problems, branch
    # 2022/python), but no page states what CS50P's certificate requires.
    "harvardx-cs50p": (
        "no page states what CS50P's certificate requires: CS50's FAQ gives the rule for"
        " CS50x only, and CS50's grader for CS50P's problems says nothing of the certificate"
    ),
    "datacamp-data-engineer-associate": (
        "no DataCamp page found on what earns it: only holders' practice notes and a"
        " re-hosted study guide for its timed exam DE101"
    ),
}
