"""Fixtures every test package shares."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.settings import get_settings

REPO_ROOT = Path(__file__).resolve().parent.parent
#: Real-world fixtures live beside the checkout and are read in place, never copied in.
SHARED_FIXTURES = REPO_ROOT.parent / "shared" / "fixtures"


def in_ci() -> bool:
    """Whether the suite runs in CI (``CI=true``, as ``.ci/run`` and CI services set it)."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


def need_shared(path: Path) -> Path:
    """``path`` under ``../shared``, which a test needs. Without it a test skips, saying why,
    on a developer's machine; in CI it fails, so a lost ``../shared`` never passes unseen."""
    if not path.exists():
        message = f"{path} is missing: the real-world fixtures belong in ../shared beside the repo"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data directory and a fresh read of the environment."""
    monkeypatch.setenv("CREDLENS_DATA_DIR", str(tmp_path / "var"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
