"""What a read role asks for, in a form tests compare: kind, alternatives, "or equivalent"."""

from __future__ import annotations

from extractors import Role


def wanted(role: Role) -> list[tuple[str, set[str], bool]]:
    return [(r.kind.value, {w.key for w in r.any_of}, r.or_equivalent) for r in role.requirements]
