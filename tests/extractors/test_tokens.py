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
from extractors.tokens import _EnglishDefaults, english

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


def test_the_language_data_is_englishs_own() -> None:
    # import_spacy_parts imports neither spacy.language nor spacy.lang.en's English: the
    # values the tokenizer and vocabulary are built from must still be English's, each the
    # same object (a spaCy upgrade that moves one makes this fail, not the tokens drift).
    from spacy.lang.en import English

    ours = _EnglishDefaults()
    for name in (
        "tokenizer_exceptions",
        "prefixes",
        "suffixes",
        "infixes",
        "token_match",
        "url_match",
        "syntax_iterators",
        "lex_attr_getters",
        "stop_words",
    ):
        assert getattr(ours, name) is getattr(English.Defaults, name), name
    assert ours.writing_system == English.Defaults.writing_system


def test_the_tokenizer_loads_no_pipeline_and_spacy_stays_whole_for_whoever_imports_it() -> None:
    printed = _fresh_python(
        """
        import sys
        from extractors.tokens import _EnglishDefaults, english
        nlp = english()
        passed_over = ("spacy", "spacy.language", "spacy.pipeline", "spacy.lang.en",
                       "spacy.cli", "spacy.pipeline.attributeruler", "weasel", "requests")
        print(sorted(name for name in passed_over if name in sys.modules))
        import spacy
        from spacy.vocab import Vocab
        from spacy.cli.info import info
        print(isinstance(nlp.vocab, Vocab), spacy.blank("en").lang, spacy.info is info,
              spacy.pipeline.EntityRuler.__name__)
        """
    )
    assert printed.splitlines() == ["[]", "True en True EntityRuler"]


def test_a_second_thread_waits_while_the_first_imports_spacys_parts() -> None:
    # The first thread is held inside the import, its stand-ins in sys.modules; the second
    # must not take them for spaCy imported and go on to half-imported modules.
    printed = _fresh_python(
        """
        import importlib, sys, threading
        from extractors import tokens
        real = importlib.import_module
        inside, release, second_done = threading.Event(), threading.Event(), threading.Event()

        def held(name, *args, **kwargs):
            if name == "spacy.vocab" and threading.current_thread().name == "first":
                inside.set()
                release.wait(30)
            return real(name, *args, **kwargs)

        importlib.import_module = held
        first = threading.Thread(target=tokens.import_spacy_parts, name="first")
        first.start()
        inside.wait(30)
        second = threading.Thread(
            target=lambda: (tokens.import_spacy_parts(), second_done.set()), name="second"
        )
        second.start()
        waited = not second_done.wait(0.5)
        release.set()
        first.join(30)
        second.join(30)
        print(waited, second_done.is_set(), "spacy.vocab" in sys.modules, "spacy" in sys.modules)
        """
    )
    assert printed == "True True True False"


def test_spacy_is_imported_the_ordinary_way_when_its_parts_do_not_import_alone() -> None:
    # A spaCy whose parts cannot be imported without its __init__ (simulated: the first
    # import of spacy.about fails) is imported whole, without its command line.
    printed = _fresh_python(
        f"""
        import importlib.abc, sys
        {_FAIL_ONCE}
        sys.meta_path.insert(0, FailOnce())
        from extractors.tokens import _EnglishDefaults, english
        english()
        print(sys.meta_path[0].failed, "spacy.language" in sys.modules, "spacy.cli" in sys.modules)
        import spacy
        print(spacy.blank("en").lang, spacy.info.__module__)
        """
    )
    assert printed.splitlines() == ["True True False", "en extractors.tokens"]


_FAIL_ONCE = """
        class FailOnce(importlib.abc.MetaPathFinder):
            failed = False
            def find_spec(self, name, path, target=None):
                if name == "spacy.about" and not self.failed:
                    self.failed = True
                    raise ModuleNotFoundError("No module named 'spacy.cli.other'")
                return None
"""


def test_spacy_whole_is_imported_without_its_command_line_which_stays_importable() -> None:
    # If this fails after a spaCy upgrade, spaCy's __init__ wants more of spacy.cli than
    # ``info``: import_spacy then imports spaCy the ordinary way (slower, not broken).
    printed = _fresh_python(
        """
        import sys
        from extractors.tokens import import_spacy
        import_spacy()
        print(sorted(name for name in ("spacy.cli", "spacy.cli.info", "weasel", "requests")
                     if name in sys.modules))
        import spacy, spacy.cli
        from spacy.cli.info import info
        print(spacy.cli.info is info, callable(spacy.info), spacy.info.__module__)
        print(spacy.info()["spacy_version"] == spacy.__version__)
        """
    )
    assert printed.splitlines() == ["[]", "True True extractors.tokens", "True"]


def test_spacy_whole_is_imported_the_ordinary_way_when_the_stand_in_does_not_do() -> None:
    # A spaCy whose import needs another module of spacy.cli (simulated: the first import of
    # spacy.about fails) is imported again without the stand-in.
    printed = _fresh_python(
        f"""
        import importlib.abc, sys
        {_FAIL_ONCE}
        sys.meta_path.insert(0, FailOnce())
        from extractors.tokens import import_spacy
        import_spacy()
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
