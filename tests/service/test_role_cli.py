"""``credlens role``: keep a job's requirements under a name (from a job description or a
JSON role, bound to an ATS job), list them, replace and delete them; bad input is one line."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from typer.testing import CliRunner

from service import audit, named_roles
from service.cli import app
from service.runtime import open_runtime
from service.settings import Settings
from service.storage import AuditEvent
from testkit.factories import WORKSPACE

DESCRIPTION = "Cloud Engineer\n\nRequirements\n- CKA\n- AWS Certified Solutions Architect\n"


def credlens(*arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(arguments))
    return result.exit_code, result.stdout, result.stderr


def kept(data_dir: Path) -> list[named_roles.NamedRole]:
    async def read() -> list[named_roles.NamedRole]:
        async with open_runtime(Settings(data_dir=data_dir)) as runtime:
            return await named_roles.listed(runtime=runtime, workspace_id=WORKSPACE)

    return asyncio.run(read())


def role_trail(data_dir: Path) -> list[AuditEvent]:
    async def read() -> list[AuditEvent]:
        async with open_runtime(Settings(data_dir=data_dir)) as runtime:
            return await audit.role_trail(runtime.sessions, workspace_id=WORKSPACE)

    return asyncio.run(read())


def test_a_role_is_kept_listed_replaced_and_deleted(tmp_path: Path) -> None:
    description = tmp_path / "cloud.txt"
    description.write_text(DESCRIPTION, encoding="utf-8")
    structured = tmp_path / "cloud.json"
    structured.write_text(json.dumps({"required": ["CKA"]}), encoding="utf-8")

    code, out, _ = credlens("role", "set", "Cloud Engineer", "--file", str(description))
    assert (code, out.strip()) == (0, "Kept the role 'Cloud Engineer' in default.")
    [role] = kept(tmp_path / "var")
    assert (role.ats_job_id, role.role) == (None, {"text": DESCRIPTION.strip()})

    code, out, _ = credlens(
        "role", "set", "cloud engineer", "--file", str(structured), "--ats-job", "107761"
    )
    assert code == 0 and out.startswith("Replaced the role 'cloud engineer' for ATS job 107761")
    code, out, _ = credlens("role", "list")
    assert (code, out) == (0, 'cloud engineer\t107761\t{"required": ["CKA"]}\n')

    assert credlens("role", "delete", "CLOUD ENGINEER")[0] == 0
    assert kept(tmp_path / "var") == []
    code, _, err = credlens("role", "delete", "Cloud Engineer")
    assert code == 2 and "no role named 'Cloud Engineer'" in err


def test_bad_input_is_one_line_and_keeps_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    not_json = tmp_path / "role.json"
    not_json.write_text("{required", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(DESCRIPTION, encoding="utf-8")
    for arguments, said in (
        (["Cloud", "--file", str(empty)], "empty"),
        (["Cloud", "--file", str(not_json)], "the role file is not JSON"),
        (["Cloud", "--file", str(tmp_path / "missing.txt")], "missing.txt"),
        (["a\x7fb", "--file", str(good)], "without control characters"),
        (["Cloud", "--file", str(good), "--workspace", "nowhere"], "no workspace named"),
    ):
        code, _, err = credlens("role", "set", *arguments)
        assert code == 2, (arguments, err)
        assert said in err and err.count("\n") == 1 and "Traceback" not in err
    assert kept(tmp_path / "var") == []


def test_a_name_with_a_slash_is_set_listed_and_deleted(tmp_path: Path) -> None:
    structured = tmp_path / "sre.json"
    structured.write_text(json.dumps({"required": ["CKA"]}), encoding="utf-8")

    code, out, err = credlens("role", "set", "Sr. Engineer / SRE", "--file", str(structured))
    assert (code, out.strip()) == (0, "Kept the role 'Sr. Engineer / SRE' in default."), err
    code, out, _ = credlens("role", "list")
    assert (code, out) == (0, 'Sr. Engineer / SRE\t-\t{"required": ["CKA"]}\n')
    assert credlens("role", "delete", "sr. engineer / sre")[0] == 0
    assert kept(tmp_path / "var") == []
    assert [(e.action, e.role_name, e.actor_kind) for e in role_trail(tmp_path / "var")] == [
        ("role-created", "Sr. Engineer / SRE", "cli"),
        ("role-deleted", "Sr. Engineer / SRE", "cli"),
    ]


def test_a_roles_history_is_read_by_name_after_it_is_deleted(tmp_path: Path) -> None:
    structured = tmp_path / "sre.json"
    structured.write_text(json.dumps({"required": ["CKA"]}), encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"required": ["CISSP"]}), encoding="utf-8")
    assert credlens("role", "set", "Sr. Engineer / SRE", "--file", str(structured))[0] == 0
    assert credlens("role", "set", "sr. engineer  / sre", "--file", str(structured))[0] == 0
    assert credlens("role", "set", "Security Lead", "--file", str(other))[0] == 0
    assert credlens("role", "delete", "SR. ENGINEER / SRE")[0] == 0

    code, out, _ = credlens("role", "history", "Sr. Engineer / SRE")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    # Its three changes, in any spelling of its name, oldest first; not the other role's.
    assert [(line[1], line[2], line[3]) for line in lines] == [
        ("role-created", "Sr. Engineer / SRE", "command line"),
        ("role-replaced", "sr. engineer / sre", "command line"),
        ("role-deleted", "sr. engineer / sre", "command line"),
    ]
    assert all(line[0].endswith(" UTC") for line in lines)

    code, _, err = credlens("role", "history", "Data Engineer")
    assert code == 2 and "no changes recorded to a role named 'Data Engineer'" in err
    code, _, err = credlens("role", "history", "Security Lead", "--workspace", "nowhere")
    assert code == 2 and "no workspace named" in err
