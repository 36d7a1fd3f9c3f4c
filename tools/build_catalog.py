"""Write extractors/data/catalog.json and skills.json from the sources in tools/catalog/.

Run from the repository root: ``.venv/bin/python -m tools.build_catalog``. The JSON
files are the shipped artefact; this script is how they are kept tidy.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from extractors.catalog import CATALOG_FILE, SKILLS_FILE, Catalog, CatalogEntry, Skill
from tools.catalog.builder import ENTRIES
from tools.catalog.rigor import apply_rigor
from tools.catalog.skills import build_skills

SOURCES = (
    "cloud",
    "it",
    "security",
    "networking",
    "management",
    "data",
    "finance",
    "healthcare",
    "hr",
    "mooc",
    "language",
    "engineering",
    "memberships",
)
DATA_DIR = Path(__file__).resolve().parent.parent / "extractors" / "data"


def _link_parts_to_wholes(entries: list[dict[str, object]]) -> None:
    """A course stacks into the programme it is part of; say so once, here, not by hand."""
    by_id = {entry["id"]: entry for entry in entries}
    for whole in entries:
        for part_id in whole["parts"]:  # type: ignore[attr-defined]
            stacks = by_id[part_id]["stacks_into"]
            if whole["id"] not in stacks:  # type: ignore[operator]
                stacks.append(whole["id"])  # type: ignore[attr-defined]


def render() -> dict[str, str]:
    """The text of each data file, built from the sources and validated; nothing is written."""
    for source in SOURCES:
        importlib.import_module(f"tools.catalog.{source}")
    _link_parts_to_wholes(ENTRIES)
    apply_rigor(ENTRIES)
    skills = build_skills()
    # Validate with the very models the package loads them with, before writing anything.
    Catalog(
        entries=tuple(CatalogEntry.model_validate(entry) for entry in ENTRIES),
        skills=tuple(Skill.model_validate(skill) for skill in skills),
    )
    return {
        name: json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
        for name, payload in (
            (CATALOG_FILE, {"version": 1, "entries": ENTRIES}),
            (SKILLS_FILE, {"version": 1, "skills": skills}),
        )
    }


def main() -> None:
    for name, text in render().items():
        (DATA_DIR / name).write_text(text, encoding="utf-8")
    sys.stdout.write(f"{len(ENTRIES)} entries written to {DATA_DIR}\n")


if __name__ == "__main__":
    main()
