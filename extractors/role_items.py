"""A structured role's items, checked: ``{"required": [...], "preferred": [...]}`` whose items
are strings ("CISSP or CISM", "any two of CISSP, CISM, CISA") or counted lists
(``{"at_least": 2, "any_of": ["CISSP", "CISM", "CISA"]}``). Each wrong shape is refused with
a sentence a person can act on (the service answers it as a 400)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from extractors.role_layout import plain_text
from extractors.role_model import RequirementKind, RoleError

#: The most items (a counted item's names each count) a structured role may list, and the
#: longest item.
MAX_ROLE_ITEMS = 100
MAX_ITEM_CHARS = 300

_SHAPE = 'a list of strings or {"at_least": n, "any_of": [...]} objects'


@dataclass(frozen=True)
class CountedItem:
    """An item met by ``at_least`` distinct names of ``any_of`` (any one when 1)."""

    at_least: int
    any_of: tuple[str, ...]


Item = str | CountedItem


def structured_items(role: Mapping[str, Any]) -> list[tuple[RequirementKind, Item]]:
    """The role's items with their kind, in order; raises ``RoleError`` for a wrong shape."""
    unknown = sorted(str(key) for key in role if key not in ("required", "preferred"))
    if unknown:
        raise RoleError(f"The role has unknown keys {unknown}: use required and preferred.")
    items: list[tuple[RequirementKind, Item]] = []
    names = 0
    for kind in RequirementKind:
        values = role.get(kind.value, [])
        if not isinstance(values, list):
            raise RoleError(f"The role's {kind.value} must be {_SHAPE}.")
        for value in values:
            item = _item(value, kind)
            if item is not None:
                items.append((kind, item))
                names += len(item.any_of) if isinstance(item, CountedItem) else 1
    if names > MAX_ROLE_ITEMS:
        raise RoleError(f"The role lists more than {MAX_ROLE_ITEMS} requirements.")
    if not items:
        raise RoleError("The role lists no requirements.")
    return items


def _item(value: object, kind: RequirementKind) -> Item | None:
    if isinstance(value, str):
        return _name(value)
    if not isinstance(value, Mapping):
        raise RoleError(f"The role's {kind.value} must be {_SHAPE}.")
    unknown = sorted(str(key) for key in value if key not in ("at_least", "any_of"))
    if unknown:
        raise RoleError(f"A counted item has unknown keys {unknown}: use at_least and any_of.")
    given = value.get("any_of")
    if not isinstance(given, list) or not all(isinstance(each, str) for each in given):
        raise RoleError("A counted item's any_of must be a list of strings.")
    names = tuple(dict.fromkeys(name for name in map(_name, given) if name))
    if not names:
        raise RoleError("A counted item's any_of names nothing.")
    at_least = value.get("at_least", 1)
    # bool is an int to Python, not a count to anyone writing JSON.
    if not isinstance(at_least, int) or isinstance(at_least, bool) or at_least < 1:
        raise RoleError("A counted item's at_least must be a whole number of 1 or more.")
    if at_least > len(names):
        raise RoleError(
            f"A counted item asks for at least {at_least} of only {len(names)} different names."
        )
    return CountedItem(at_least=at_least, any_of=names)


def _name(value: str) -> str | None:
    if len(value) > MAX_ITEM_CHARS:
        raise RoleError(f"A requirement is longer than {MAX_ITEM_CHARS} characters.")
    # Copied from a page: no-break spaces, zero-width spaces, odd dashes.
    written = plain_text(value).strip()
    return written or None
