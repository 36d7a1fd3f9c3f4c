"""The ``credlens`` command: verify or extract résumés, one or many, or run the service.

Start-up is kept short: this package imports only typer; each command imports what it needs
when it runs, so ``credlens --help`` loads no reader, renderer or database driver, and
reading a résumé starts no report renderer.
"""

import gc
import os

# Importing a command module registers its commands on ``app``, and ``--help`` lists them in
# that order: the résumé commands first.
from service.cli import resumes  # noqa: F401

# isort: split
from service.cli import accounts, common, job_roles, operations, privacy, shares, workspaces  # noqa: F401
from service.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    # numpy comes with spaCy (through thinc), and its OpenBLAS starts a thread per core when
    # loaded, in this process and every reading worker; credlens multiplies no matrices.
    # One thread: 0.04 s less CPU in a command reading one text résumé. A value set by the
    # user is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    common.end_without_collecting = False
    common.process_ends_with_command = True
    try:
        app()
    finally:
        common.process_ends_with_command = False
        if common.end_without_collecting:
            gc.freeze()
        if common.collector_left_paused:
            # Everything is frozen: collecting again walks nothing the command made.
            common.collector_left_paused = False
            gc.enable()
