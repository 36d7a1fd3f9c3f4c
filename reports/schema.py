"""The JSON report contract: JSON Schema (draft 2020-12) shipped with the package.

``reports/report.schema.json`` is the contract; ``docs/report.schema.json`` is the same
file for readers. ``python -m reports.schema`` rewrites both from the models after a
deliberate change (bump ``REPORT_SCHEMA_VERSION`` too); tests fail while they disagree.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from reports.models import REPORT_SCHEMA_VERSION, Report

SCHEMA_FILE = "report.schema.json"
SCHEMA_ID = f"https://credlens.dev/schemas/report/{REPORT_SCHEMA_VERSION}/report.schema.json"


@cache
def _shipped_schema_text() -> str:
    return files("reports").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def report_schema() -> dict[str, Any]:
    """The JSON Schema every JSON report validates against (a fresh copy each call)."""
    schema: dict[str, Any] = json.loads(_shipped_schema_text())
    return schema


def schema_from_models() -> dict[str, Any]:
    """The schema as the models describe it today, with the contract's header."""
    body = Report.model_json_schema(mode="serialization")
    body["properties"]["schema_version"] = {
        "const": REPORT_SCHEMA_VERSION,
        "description": "The version of this contract; a consumer checks it before reading.",
        "title": "Schema Version",
        "type": "string",
    }
    body["required"] = sorted({*body.get("required", []), "schema_version"})
    # Absent when no role was given, never null (the model leaves it out of the dump).
    body["properties"]["role_fit"] = {
        "$ref": "#/$defs/RoleFit",
        "description": "The role's requirements against the claims; absent when no role was given.",
    }
    requirement = body["$defs"]["RoleRequirement"]["properties"]
    requirement["path"] = {
        "$ref": "#/$defs/PathProgress",
        "description": "Present when the requirement is a credential made of parts and some "
        "are proven.",
    }
    requirement["at_least"] = {
        **requirement["at_least"],
        "description": 'How many distinct alternatives it needs ("at least two of the '
        'following"); absent when any one does.',
    }
    requirement["alternatives"] = {
        **requirement["alternatives"],
        "description": "Present with at_least: each alternative and its own status.",
    }
    requirement["named"] = {
        "type": "integer",
        "minimum": 1,
        "description": "Present with at_least when the role named more alternatives than "
        "credlens knows: how many it named (alternatives lists the known ones).",
    }
    body["$defs"]["AlternativeStatus"]["properties"]["path"] = {
        "$ref": "#/$defs/PathProgress",
        "description": "Present when the alternative is a credential made of parts and some "
        "are proven.",
    }
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
    }
    schema.update(body)
    schema["title"] = "credlens verification report"
    schema["description"] = (
        "One résumé's claimed credentials, each with its verdict, the checks and evidence "
        "behind it, the skills they prove, and an overall score. See docs/scoring.md."
    )
    return schema


def write_schema_files(root: Path) -> None:
    """Write the schema to the package and to ``docs/`` under the project ``root``."""
    text = json.dumps(schema_from_models(), indent=2, ensure_ascii=False) + "\n"
    (root / "reports" / SCHEMA_FILE).write_text(text, encoding="utf-8")
    (root / "docs" / SCHEMA_FILE).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_schema_files(Path(__file__).resolve().parent.parent)
