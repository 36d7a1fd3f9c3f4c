"""../shared is read in place: a test that needs it skips, saying why, on a machine without
it, and fails in CI, where its absence is a broken set-up rather than a choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import need_shared


def test_missing_shared_fixtures_fail_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"missing: .* \.\./shared"):
        need_shared(tmp_path / "shared" / "labels.json")


@pytest.mark.parametrize("ci", [None, "", "false"])
def test_missing_shared_fixtures_skip_with_the_reason_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ci: str | None
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match=r"missing: .* \.\./shared"):
        need_shared(tmp_path / "shared" / "labels.json")


def test_present_shared_fixtures_are_handed_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    labels = tmp_path / "labels.json"
    labels.write_text("[]", encoding="utf-8")
    assert need_shared(labels) == labels
