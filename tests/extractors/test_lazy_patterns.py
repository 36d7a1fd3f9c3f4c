"""Patterns compiled on first use: the same matches as compiled at once, compiled only once."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from extractors import compile_lazy_patterns
from extractors.claim_text import FIELD_LINE
from extractors.lazy_patterns import lazy_pattern

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_a_lazy_pattern_matches_as_the_compiled_one_and_compiles_once() -> None:
    source = r"(?i)\b(?P<word>cert\w*)\s+(\d{4})"
    built: list[str] = []

    def build() -> str:
        built.append(source)
        return source

    lazy = lazy_pattern(build)
    eager = re.compile(source)
    text = "Certified 2021; certificate 2019 and CERTIFICATION 2020"

    assert not built  # nothing compiled until used
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    found, expected = lazy.search(text), eager.search(text)
    assert found is not None and expected is not None
    assert found.group("word") == expected.group("word") == "Certified"
    assert lazy.match(text) is not None and lazy.fullmatch(text) is None
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.split(text) == eager.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (eager.pattern, eager.flags, eager.groups)
    assert built == [source]  # built and compiled once, however many uses


def test_compile_lazy_patterns_compiles_every_one_made() -> None:
    lazy = lazy_pattern(r"never used yet", re.IGNORECASE)
    assert "not compiled yet" in repr(lazy)

    compile_lazy_patterns()

    assert "not compiled yet" not in repr(lazy)
    assert lazy.search("NEVER USED YET") is not None


def test_the_readers_lazy_patterns_compile_as_written() -> None:
    # The field line's pattern, the largest made lazy, reads as it did compiled at import.
    assert FIELD_LINE.match("Issued: May 2023")
    assert FIELD_LINE.match("Credential ID 8F3A-22")
    assert not FIELD_LINE.match("AWS Certified Solutions Architect – Associate")


def test_reading_a_short_text_resume_leaves_other_layouts_patterns_uncompiled() -> None:
    # The role reader's words and a PDF table's headers are neither loaded nor compiled by
    # a text résumé's reading: a fresh interpreter, as ``credlens extract`` runs it.
    code = textwrap.dedent(
        """
        import sys
        import extractors
        from extractors import tables

        text = b"Ana Souza\\nana@example.com\\n\\nCertifications\\nCKA, CNCF, 2022\\n"
        extractors.extract(text, "ana.txt")
        compiled = [repr(p) for _, p in tables._HEADERS if "not compiled yet" not in repr(p)]
        role = [name for name in ("extractors.role_languages", "extractors.requirements")
                if name in sys.modules]
        print(len(compiled), len(role))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    assert done.stdout.split() == ["0", "0"]
