"""A worker warms up before its first job: what checking a claim builds on first use is built
by ``verifiers.warm_up``, and checking claims gives the same answers after it."""

from __future__ import annotations

import subprocess
import sys

import pytest

import verifiers
from extractors.catalog import load_catalog
from extractors.models import Claim, Source
from tests.conftest import REPO_ROOT
from verifiers import compare


async def test_after_warming_up_comparing_a_level_builds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claimed = "AWS Certified Solutions Architect – Associate"
    claim = Claim(id="c1", title=claimed, text=claimed, source=Source(text=claimed))
    monkeypatch.setattr(compare, "_VARIANTS", {})
    await verifiers.warm_up()
    built = compare._VARIANTS[id(load_catalog())]

    def built_again(self: object, catalog: object) -> None:
        raise AssertionError("the catalog's variants were built again")

    monkeypatch.setattr(compare._Variants, "__init__", built_again)
    assert compare._variants(None) is built
    assert {"Associate", "Professional"} <= compare.offered_levels(claim)


def test_warming_up_loads_the_event_loop_backend_of_the_http_timeouts() -> None:
    script = (
        "import asyncio, sys, verifiers\n"
        "before = 'anyio._backends._asyncio' in sys.modules\n"
        "asyncio.run(verifiers.warm_up())\n"
        "print(before, 'anyio._backends._asyncio' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]
