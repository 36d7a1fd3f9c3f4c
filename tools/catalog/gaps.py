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
    "ibm-agile-explorer": "IBM's badge criteria for Agile Explorer were not found",
    "harvardx-cs50p": "CS50P's certificate requirements were not found (only CS50x, CS50W, AI)",
    "datacamp-data-engineer-associate": (
        "only a study guide for its timed exam DE101 was found, nothing on what earns the"
        " certification"
    ),
}
