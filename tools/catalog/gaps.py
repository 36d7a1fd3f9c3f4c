"""Entries whose assessment no public page was found to state, and why.

The build refuses an entry that has no assessment policy and is not listed here, and a listed
entry that has since gained a policy: a new credential cannot slip into the catalog unassessed,
and this list only shrinks. When it is empty, every entry has an assessment with its source.
"""

from __future__ import annotations

UNSOURCED: dict[str, str] = {}
