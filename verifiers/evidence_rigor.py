"""Reading what a credential's own evidence says about its rigor, for the sources that say it.

Pure functions over the documents the sources already fetched: nothing here fetches. Each
returns None when its document says nothing, so a fact never appears from nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from verifiers.models import EvidenceRigor

__all__ = ["credly_template_rigor", "open_badge_rigor"]


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _as_list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def open_badge_rigor(achievement: Mapping[str, Any]) -> EvidenceRigor | None:
    """An Open Badges 3.0 achievement's ``achievementType`` and the names of its alignments."""
    kind = _text(achievement.get("achievementType"))
    names = [
        name
        for alignment in _as_list(achievement.get("alignment"))
        if isinstance(alignment, Mapping)
        if (name := _text(alignment.get("targetName")))
    ]
    if kind is None and not names:
        return None
    return EvidenceRigor(achievement_type=kind, alignments=tuple(dict.fromkeys(names)))


def credly_template_rigor(template: Mapping[str, Any]) -> EvidenceRigor | None:
    """A Credly badge template's ``level``, ``type_category``, ``time_to_earn`` and ``cost``."""
    found = {
        field: _text(template.get(field))
        for field in ("level", "type_category", "time_to_earn", "cost")
    }
    if not any(found.values()):
        return None
    return EvidenceRigor(**found)
