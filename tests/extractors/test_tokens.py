"""The shared tokenizer: the same tokens as a blank English spaCy pipeline, built once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import spacy

from extractors import load_catalog, load_skills
from extractors.claims import finder_for
from extractors.skills import skill_finder
from extractors.tokens import english

# Lines that exercise the English exceptions, prefixes, suffixes, infixes and URLs.
_LINES = (
    "AWS Certified Solutions Architect – Associate (SAA-C03), Amazon Web Services, 2023",
    "Don't, can't, won't: U.S. e.g. i.e. Dr. Smith's 5th cert. (ISC)² CISSP®",
    "https://www.credly.com/badges/0f2c-11aa/public_url and ana.souza@example.com",
    "C++ / C# / Node.js · AZ-104 · 1Z0-819 · PMP® — “Scrum Master” ‘PSM I’",
    "Terraform Associate (003); CKA/CKAD; ITIL® 4 Foundation, Jan. 2021 – Dec. 2024",
)


def test_the_tokens_and_their_attributes_are_those_of_a_blank_english_pipeline() -> None:
    blank = spacy.blank("en")
    for line in _LINES + tuple(entry.title for entry in load_catalog().entries):
        expected = blank.make_doc(line)
        got = english().make_doc(line)
        assert [(t.text, t.lower_, t.whitespace_, t.is_punct, t.like_num) for t in got] == [
            (t.text, t.lower_, t.whitespace_, t.is_punct, t.like_num) for t in expected
        ], line


def test_the_claim_and_skill_matchers_share_one_vocabulary() -> None:
    claims = finder_for(load_catalog().entries)
    skills = skill_finder(load_skills())
    assert claims._nlp is skills._nlp is english()


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter (spaCy not yet imported)."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return done.stdout.strip()


def test_spacy_is_imported_without_its_command_line_which_stays_importable() -> None:
    # If this fails after a spaCy upgrade, spaCy's __init__ wants more of spacy.cli than
    # ``info``: import_spacy then imports spaCy the ordinary way (slower, not broken).
    printed = _fresh_python(
        """
        import sys
        from extractors.tokens import english
        english()
        print(sorted(name for name in ("spacy.cli", "spacy.cli.info", "weasel", "requests")
                     if name in sys.modules))
        import spacy, spacy.cli
        from spacy.cli.info import info
        print(spacy.cli.info is info, callable(spacy.info), spacy.info.__module__)
        """
    )
    assert printed.splitlines() == ["[]", "True True extractors.tokens"]


def test_spacy_info_still_answers() -> None:
    printed = _fresh_python(
        """
        from extractors.tokens import english
        english()
        import spacy
        print(spacy.info.__module__, spacy.info()["spacy_version"] == spacy.__version__)
        """
    )
    assert printed == "extractors.tokens True"


def test_spacy_is_imported_the_ordinary_way_when_the_stand_in_does_not_do() -> None:
    # A spaCy whose import needs another module of spacy.cli (simulated: the first import of
    # spacy.about fails) is imported again without the stand-in.
    printed = _fresh_python(
        """
        import importlib.abc, sys
        class FailOnce(importlib.abc.MetaPathFinder):
            failed = False
            def find_spec(self, name, path, target=None):
                if name == "spacy.about" and not self.failed:
                    self.failed = True
                    raise ModuleNotFoundError("No module named 'spacy.cli.other'")
                return None
        sys.meta_path.insert(0, FailOnce())
        from extractors.tokens import english
        english()
        import spacy
        print(sys.meta_path[0].failed, "spacy.cli" in sys.modules, spacy.blank("en").lang)
        """
    )
    assert printed == "True True en"  # the real spacy.cli, imported by spaCy itself


def test_reading_a_resume_loads_no_role_reader_which_loads_when_named() -> None:
    printed = _fresh_python(
        """
        import sys
        import extractors
        extractors.extract(b"Ana Souza\\n\\nCertifications\\nCKA, 2024\\n", "ana.txt")
        print("extractors.requirements" in sys.modules)
        from extractors import MAX_ROLE_CHARS, read_role
        print("extractors.requirements" in sys.modules, read_role.__module__, MAX_ROLE_CHARS > 0)
        """
    )
    assert printed.splitlines() == ["False", "True extractors.requirements True"]
