"""Every command that reads or changes a workspace's data, tried from the wrong workspace: a
one-line refusal with exit status 2, as for a verification that does not exist."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.runtime import open_runtime
from service.settings import Settings
from service.storage import ApiKeyRepository, UserRepository
from service.storage.repositories.accounts import WorkspaceRepository
from testkit.factories import WORKSPACE
from tests.service.two_workspaces import finished_verification


def credlens(*arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(arguments))
    return result.exit_code, result.stdout, result.stderr


async def install(data_dir: Path) -> str:
    """A default workspace with a finished verification and a key; an empty 'away'."""
    async with open_runtime(Settings(data_dir=data_dir)) as runtime:
        async with runtime.sessions() as session, session.begin():
            await WorkspaceRepository(session).create("away")
            await ApiKeyRepository(session, runtime.api_keys).create("ats", workspace_id=WORKSPACE)
        return await finished_verification(runtime, WORKSPACE)


@pytest.fixture
def verification_id(tmp_path: Path) -> str:
    # The data directory every test of this package is given (CREDLENS_DATA_DIR).
    return asyncio.run(install(tmp_path / "var"))


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["evidence-request", "{id}", "--workspace", "away"], "no such verification"),
        (["share", "create", "{id}", "--workspace", "away"], "no such verification"),
        (["share", "list", "{id}", "--workspace", "away"], "no such verification"),
        (["share", "revoke", "{id}", "some-link", "--workspace", "away"], "no such share link"),
        (["apikey", "revoke", "1", "--workspace", "away"], "no active api key 1"),
        (["share", "create", "{id}", "--workspace", "nowhere"], "no workspace named 'nowhere'"),
        (["deliveries", "--workspace", "nowhere"], "no workspace named"),
        (["apikey", "list", "--workspace", "nowhere"], "no workspace named"),
        (["user", "list", "--workspace", "nowhere"], "no workspace named"),
        (["apikey", "create", "x", "--workspace", "nowhere"], "no workspace named"),
        (["workspace", "create", "Not A Name"], "not a workspace name"),
        (["workspace", "create", "away"], "exists already"),
    ],
)
def test_the_wrong_workspace_is_refused_in_one_line(
    verification_id: str, command: list[str], words: str
) -> None:
    code, _, stderr = credlens(*[part.format(id=verification_id) for part in command])

    assert code == 2, stderr
    assert stderr.startswith("credlens: ") and words in stderr.lower()
    assert stderr.count("\n") == 1 and "Traceback" not in stderr


def test_the_right_workspace_works(verification_id: str) -> None:
    code, url, stderr = credlens("share", "create", verification_id, "--passcode", "--days", "2")
    assert code == 0, stderr
    assert "/share/cls_" in url and "Passcode (send it apart from the link): " in stderr
    code, listed, _ = credlens("share", "list", verification_id)
    [line] = listed.splitlines()
    assert code == 0 and "open" in line and "passcode" in line
    link_id = line.split("\t")[0]
    assert credlens("share", "revoke", verification_id, link_id)[0] == 0
    assert "withdrawn" in credlens("share", "list", verification_id)[1]
    code, keys, _ = credlens("apikey", "list")
    assert code == 0 and "\tats\t" in keys and "\trecruiter\t" in keys
    assert credlens("apikey", "list", "--workspace", "away")[1] == ""


def test_users_and_keys_are_made_in_a_workspace_with_a_role(verification_id: str) -> None:
    made = credlens(
        "user",
        "create",
        "viewer@example.com",
        "--workspace",
        "away",
        "--role",
        "viewer",
        "--password",
        "a long enough password",
    )
    key = credlens("apikey", "create", "reader", "--workspace", "away", "--role", "viewer")
    workspaces = credlens("workspace", "list")[1]

    assert made[0] == 0 and "viewer in away" in made[1]
    assert key[0] == 0 and key[1].startswith("cl")
    assert "\tdefault\t" in workspaces and "\taway\t" in workspaces
    assert credlens("user", "list", "--workspace", "away")[1].split("\t")[1:] == [
        "viewer@example.com",
        "viewer\n",
    ]

    async def stored() -> tuple[str, int]:
        async with open_runtime(Settings()) as runtime, runtime.sessions() as session:
            user = await UserRepository(session).get_by_email("viewer@example.com")
            assert user is not None
            return user.role, user.workspace_id

    role, workspace_id = asyncio.run(stored())
    assert role == "viewer" and workspace_id != WORKSPACE
    assert "--role" in credlens("user", "create", "x@example.com", "--role", "boss")[2]
