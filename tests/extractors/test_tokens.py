"""The shared tokenizer: the same tokens as a blank English spaCy pipeline, built once."""

from __future__ import annotations

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
