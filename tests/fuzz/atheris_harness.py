"""Coverage-guided fuzzing with atheris (libFuzzer) for the readers and the credential parsers.

    python -m tests.fuzz.atheris_harness readers -max_total_time=600 [corpus_dir ...]
    python -m tests.fuzz.atheris_harness credentials -max_total_time=600 [corpus_dir ...]

Every other argument goes to libFuzzer. Without a corpus directory the harness seeds one in a
temporary directory from the same real files the hypothesis harnesses mutate. A crash is an
exception other than the documented ones (and other than a finding already pinned in
``test_findings.py``); libFuzzer writes the input to ``crash-<sha1>`` in the working directory.
``CREDLENS_FUZZ_SKIP_HANGS=5`` sets aside reader inputs that take more than 5 s (pdfminer's
known loops), so a long run keeps hunting exceptions.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

with atheris.instrument_imports(include=["pdfminer", "pdfplumber", "docx", "extractors"]):
    import extractors
    from extractors import ExtractionError

with atheris.instrument_imports(include=["verifiers"]):
    from verifiers.baked import NotBakedError, unbake
    from verifiers.blockcerts import v3_receipt
    from verifiers.jose import JoseError, parse_jws
    from verifiers.keys import KeyFormatError
    from verifiers.vc import credential_from_text
    from verifiers.vc.status import StatusListError, decode_bitstring

from tests.fuzz.mutations import HangError, alarm, is_known_finding

#: CREDLENS_FUZZ_SKIP_HANGS=5 sets aside reader inputs that take longer than 5 s.
_SKIP_HANGS_AFTER = float(os.environ.get("CREDLENS_FUZZ_SKIP_HANGS", "0"))

_FILENAMES = ("resume.pdf", "resume.docx", "resume.txt")


def fuzz_readers(data: bytes) -> None:
    """The first byte picks the name the file is uploaded under; the rest is the file."""
    if not data:
        return
    filename = _FILENAMES[data[0] % len(_FILENAMES)]
    try:
        if _SKIP_HANGS_AFTER:
            # Hangs are known (pdfminer loops on circular references; the sandbox stops
            # them): set them aside to keep looking for exceptions.
            with contextlib.suppress(HangError), alarm(_SKIP_HANGS_AFTER):
                extractors.read(data[1:], filename, max_pages=5)
        else:
            extractors.read(data[1:], filename, max_pages=5)
    except ExtractionError:
        pass
    except Exception as error:
        if not is_known_finding(error):
            raise


def fuzz_credentials(data: bytes) -> None:
    """The first byte picks the parser; the rest is its input."""
    if not data:
        return
    body = data[1:]
    text = body.decode("utf-8", "replace")
    target = data[0] % 5
    try:
        if target == 0:
            parse_jws(text)
        elif target == 1:
            credential_from_text(text)
        elif target == 2:
            unbake(body)
        elif target == 3:
            decode_bitstring(text)
        else:
            v3_receipt(text)
    except (JoseError, NotBakedError, StatusListError, KeyFormatError):
        pass
    except (KeyError, TypeError, ValueError, IndexError) as error:
        # What BlockcertsVerifier catches around v3_receipt; elsewhere these are findings.
        if target != 4 and not is_known_finding(error):
            raise
    except Exception as error:
        if not is_known_finding(error):
            raise


TARGETS: dict[str, Callable[[bytes], None]] = {
    "readers": fuzz_readers,
    "credentials": fuzz_credentials,
}


def _seed(directory: Path, target: str) -> None:
    from tests.fuzz import test_fuzz_credentials as credentials
    from tests.fuzz import test_fuzz_readers as readers

    if target == "readers":
        seeds = [
            b"\x00" + readers.PLAIN_PDF,
            b"\x00" + readers.PAGE_PDF,
            b"\x01" + readers.DOCX,
            b"\x02" + readers.TEXT,
        ]
    else:
        seeds = [
            b"\x00" + credentials.OB2_JWS.encode(),
            b"\x01" + credentials.VC_JSON.encode(),
            b"\x02" + credentials.BAKED_PNG,
            b"\x02" + credentials.BAKED_SVG,
            b"\x03" + credentials.STATUS_LIST.encode(),
            b"\x04" + credentials.PROOF_VALUE.encode(),
        ]
    for number, seed in enumerate(seeds):
        (directory / f"seed-{number}").write_bytes(seed)


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in TARGETS:
        raise SystemExit(f"usage: {argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = argv[1]
    rest = argv[2:]
    with tempfile.TemporaryDirectory(prefix=f"credlens-{target}-") as corpus:
        if not any(not argument.startswith("-") for argument in rest):
            _seed(Path(corpus), target)
            rest.append(corpus)
        atheris.Setup([argv[0], *rest], TARGETS[target])
        atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
