"""Fuzzing under a time budget: a few hundred inputs per harness in CI, more by hand.

``CREDLENS_FUZZ_SCALE=20 pytest tests/fuzz`` multiplies every harness's example count.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: How many times the CI example counts to run; raise it for a longer hunt.
SCALE = max(1, int(os.environ.get("CREDLENS_FUZZ_SCALE", "1")))

settings.register_profile(
    "fuzz",
    deadline=None,  # a slow input is caught by each harness's own alarm, with the input shown
    database=None,  # CI leaves no example database in the tree; failures print a reproducer
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
