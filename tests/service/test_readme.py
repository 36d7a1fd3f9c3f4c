"""The README stays true: every setting is documented, and only those."""

from __future__ import annotations

import re

from service.settings import Settings
from tests.conftest import REPO_ROOT


def test_readme_documents_every_setting() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    documented = set(re.findall(r"^\| `CREDLENS_([A-Z0-9_]+)` \|", readme, flags=re.MULTILINE))

    assert documented == {name.upper() for name in Settings.model_fields}


def test_quickstart_is_two_commands_that_exist() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    quickstart = readme.split("## Quickstart", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quickstart.strip().splitlines()]

    assert commands == ["make serve", "make test"]
    makefile = (REPO_ROOT / "Makefile").read_text()
    assert re.search(r"^serve:", makefile, flags=re.MULTILINE)
    assert re.search(r"^test:", makefile, flags=re.MULTILINE)
