"""Preloaded by a sandbox's fork server (``READERS`` names it) to build the readers' analysis
once, before any worker is forked.

Importing this module reads a small text résumé (``warm_readers``): spaCy's import, the
shared English tokenizer and the catalog's phrase matchers, about a second of CPU, are then
in the fork server's memory, and every worker forked from it starts with them instead of
building its own copy. A batch of two readers paid that twice before.
"""

from __future__ import annotations

import contextlib

from service.sandbox import warm_readers

# The fork server skips a preload module that fails to import (ImportError) but dies on any
# other error, and with it every worker: a warm-up that fails leaves the work to the workers.
with contextlib.suppress(Exception):
    warm_readers()
