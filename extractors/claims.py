"""Finding the credentials a résumé claims: catalog matches, open-world patterns, and their fields.

A blank English spaCy pipeline tokenises each line once; a PhraseMatcher on ``LOWER`` finds
catalogued titles and aliases, a second one on ``ORTH`` finds acronyms and exam codes as
written (``CKA``, ``AZ-104``), and a Matcher finds credentials the catalog does not know
("Certified … Professional", "… Certificate"). Section headings and the words around a match
decide whether it is a claim at all ("preparing for the CKAD exam" is not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, partial
from typing import Any

from extractors.catalog import CatalogEntry, normalise_name
from extractors.claim_blocks import entry_blocks, run_in_items, sentence_fields
from extractors.claim_fields import (
    Found,
    Issuers,
    attach_buttons,
    attach_fields,
    dates_from_line_above,
    dates_from_line_beside,
    link_only_claims,
    merge_duplicates,
    number_claims,
)
from extractors.claim_open import open_world_block
from extractors.claim_prose import prose_claims
from extractors.claim_text import (
    BULLET,
    CREDENTIAL_SECTIONS,
    CUE,
    HELD_WORD,
    IN_CAPITALS,
    LEADING_WORDS,
    OPEN_END,
    OPEN_WORLD_CONFIDENCE,
    TAIL_START,
    VERSION,
    ClaimLine,
    balanced,
    context,
    filter_spans,
    match_text,
    not_held_around,
)
from extractors.copied_lines import read_as_shown
from extractors.entry_lines import EntryLines
from extractors.issuer_conflicts import contradicted_by_issuer, spelt_out_otherwise
from extractors.link_labels import links_by_label
from extractors.models import Claim
from extractors.not_held import NOT_HELD
from extractors.phrases_on_demand import PhrasesOnDemand
from extractors.printed_links import printed_links
from extractors.sections import Section
from extractors.tokens import english


class ClaimFinder:
    """Finds claims in résumé lines against one set of catalog entries; build it once."""

    def __init__(self, entries: Sequence[CatalogEntry]) -> None:
        # spaCy takes most of a second to import; only the first analysis should pay it.
        self._nlp = english()  # imports spaCy (tokens.import_spacy)
        from spacy.matcher import Matcher

        self._entries = {entry.id: entry for entry in entries}
        # A text résumé's lines can hold a few dozen of the catalog's 2,800 names: each is
        # tokenized and added when a line could hold it (see ``PhrasesOnDemand``).
        self._titles = PhrasesOnDemand(self._nlp, attr="LOWER")
        self._acronyms = PhrasesOnDemand(self._nlp, attr="ORTH")
        self._capital_acronyms = PhrasesOnDemand(self._nlp, attr="ORTH")  # see IN_CAPITALS
        self._open_world = Matcher(self._nlp.vocab)
        for entry in entries:
            long_names = {match_text(name) for name in (entry.title, *entry.aliases)}
            short_names = {match_text(name) for name in (*entry.acronyms, *entry.exam_codes)}
            self._titles.add(entry.id, [name for name in long_names if name.strip()])
            self._acronyms.add(entry.id, [name for name in short_names if name.strip()])
            cased = [name.upper() for name in short_names if name != name.upper()]
            self._capital_acronyms.add(entry.id, cased)
        capitalised: dict[str, Any] = {"TEXT": {"REGEX": r"^(?:[A-Z][\w+#&.]*|[0-9]+[A-Za-z]*)$"}}
        self._open_world.add(
            "CERTIFIED",
            [[{**capitalised, "OP": "*"}, {"LOWER": "certified"}, {**capitalised, "OP": "+"}]],
            greedy="LONGEST",
        )
        self._open_world.add(
            "CERTIFICATE",
            [
                [
                    {**capitalised, "OP": "+"},
                    {"LOWER": {"IN": ["certificate", "certification", "licence", "license"]}},
                ]
            ],
            greedy="LONGEST",
        )
        self._issuers = Issuers(entries)
        self._lines = EntryLines(
            self._nlp, self._titles, self._acronyms, self._issuers, self._entries
        )

    def find(self, lines: Sequence[ClaimLine]) -> list[Claim]:
        """The claims in ``lines``, in document order, with ids ``c1``, ``c2``, …"""
        # What a list of things not held (yet) names, its links too, is no claim.
        lines = [line for line in lines if line.section is not Section.NOT_HELD]
        # "Title (https://…)": a printed page's link written out is a field of the entry.
        lines = printed_links(lines)
        # A running footer between two entries is no line of either; "Title 11/2023 – 11/2024"
        # is a title and its dates.
        lines = read_as_shown(lines)
        found: list[Found] = []
        respelt = self._respelt(lines)
        blocks = entry_blocks(
            lines,
            self._lines.continues_entry,
            partial(self._lines.issuer_line, respelt=respelt),
            self._lines.names_nothing,
        )
        for block in blocks:
            found.extend(self._claims_in_block(block, respelt))
        used_urls = attach_fields(found, self._issuers)
        dates_from_line_above(found, lines)
        dates_from_line_beside(found, lines)
        attach_buttons(found, lines, used_urls)
        found.extend(link_only_claims(lines, used_urls))
        return number_claims(links_by_label(merge_duplicates(found), lines))

    # -- matching -------------------------------------------------------------------------

    def _respelt(self, lines: Sequence[ClaimLine]) -> frozenset[str]:
        """The entries whose letters the résumé spells out as another credential's: once it
        writes "Chartered Professional Accountant (CPA)", its "CPA" is that one everywhere,
        after the name ("Priya Shah, CPA") and in a body's name ("CPA Ontario") too."""
        respelt: set[str] = set()
        for line in lines:
            if not _BRACKETED_LETTERS.search(line.text):
                continue
            doc = self._nlp.make_doc(match_text(line.text))
            for match_id, start, end in self._acronyms(doc):
                entry_id = self._nlp.vocab.strings[match_id]
                span = doc[start:end]
                if spelt_out_otherwise(
                    self._entries[entry_id], line.text, span.start_char, span.end_char
                ):
                    respelt.add(entry_id)
        return frozenset(respelt)

    def _claims_in_block(
        self, block: list[ClaimLine], respelt: frozenset[str] = frozenset()
    ) -> list[Found]:
        in_section = block[0].section in CREDENTIAL_SECTIONS
        if in_section:
            block = [sentence_fields(block[0]), *block[1:]]
        head = block[0]
        items = run_in_items(head) if in_section and len(block) == 1 else []
        if items:
            # "CKA (CNCF, 2022); Crane Operator Licence (Port Authority, 2019)": each item
            # an entry of its own, its fields never a neighbour's.
            return [claim for item in items for claim in self._claims_in_block([item], respelt)]
        found: list[Found] = []
        for line in block if not in_section else block[:1]:
            found.extend(self._claims_in_line(line, in_section=in_section, respelt=respelt))
        if in_section:
            found.extend(self._grouped_items(head, found))
        if not found and in_section:
            open_world = open_world_block(block, self._issuers)
            if open_world is not None:
                found.append(open_world)
        for claim in found:
            claim.block = block if in_section else [claim.line]
        return found

    def _claims_in_line(
        self, line: ClaimLine, *, in_section: bool, respelt: frozenset[str] = frozenset()
    ) -> list[Found]:
        doc = self._nlp.make_doc(match_text(line.text))
        spans: list[tuple[Any, str, bool]] = []
        for match_id, start, end in self._titles(doc):
            spans.append((doc[start:end], self._nlp.vocab.strings[match_id], False))
        capitals = self._capital_acronyms(doc) if IN_CAPITALS.match(line.text) else []
        for match_id, start, end in [*self._acronyms(doc), *capitals]:
            spans.append((doc[start:end], self._nlp.vocab.strings[match_id], True))
        by_span = {(s.start, s.end): (entry_id, acronym) for s, entry_id, acronym in spans}
        kept = []
        seen_entries: set[str] = set()
        # "Certified Kubernetes Administrator (CKA)" names one credential twice. Letters inside
        # an issuer's name ("CFA Institute – Chartered Financial Analyst") name none of them.
        for span in sorted(filter_spans([span for span, _, _ in spans]), key=lambda s: s.start):
            entry_id, acronym = by_span[(span.start, span.end)]
            if acronym and self._inside_issuer(line.text, span.start_char, span.end_char):
                continue
            # Letters the résumé spells out as another credential's are not the catalogued one's.
            if acronym and entry_id in respelt:
                continue
            # "RRT-NPS": letters a hyphen joins to more capitals are a longer designation's.
            if acronym and _JOINED_CAPITALS.match(line.text, span.end_char):
                continue
            if entry_id not in seen_entries:
                seen_entries.add(entry_id)
                kept.append(span)
        starts = sorted(span.start_char for span in kept)
        # "Diploma in International Financial Reporting (DipIFR), ACCA, Dec 2019": letters
        # that are the issuer of a credential named before them are its issuer, not a
        # credential of their own.
        kept = [span for span in kept if not self._issuer_of_earlier(span, kept, by_span)]
        found: list[Found] = []
        for span in kept:
            if span.start_char < line.content_start:
                continue
            entry_id, acronym = by_span[(span.start, span.end)]
            entry = self._entries[entry_id]
            # On a name's line the words before a grade and its letters are the name
            # ("Harriet Osei Chartered MCIPD"), not a longer credential's.
            after_name = line.name_line and not in_section
            if not acronym and not after_name and self._inside_longer_name(doc, span, entry):
                continue
            later = [start for start in starts if start > span.start_char]
            segment = line.text[span.start_char : later[0] if later else len(line.text)]
            confidence = self._confidence(line, span, entry, acronym=acronym, in_section=in_section)
            if confidence is None:
                continue
            written = balanced(line.text, span.start_char, span.end_char)
            version = VERSION.search(line.text[span.start_char : span.end_char + 8])
            claim = Found(
                entry.title,
                written,
                line,
                segment,
                entry,
                confidence,
                version=version.group(1) if version else None,
            )
            # "C++ Certified Associate Programmer (CPA), C++ Institute": letters another body
            # shares, beside a title and an issuer of their own, are that body's credential.
            # Only where they are the line's one catalogued name: on a line that packs several,
            # the title words and the issuer may be a neighbour's.
            content = line.text[line.content_start :]
            if (
                acronym
                and len(kept) == 1
                and contradicted_by_issuer(
                    entry, written, content, self._issuers.issuer_for(claim, content)
                )
            ):
                continue
            found.append(claim)
        if line.section is not Section.HEADER:
            found.extend(prose_claims(line, [(span.start_char, span.end_char) for span in kept]))
        if not found and not in_section and line.section not in {Section.SKILLS, Section.HEADER}:
            found.extend(self._open_world_in_line(line, doc))
        return found

    def _issuer_of_earlier(self, span: Any, kept: Sequence[Any], by_span: dict[Any, Any]) -> bool:
        """The acronym ``span`` is the name of the issuer of a credential before it."""
        entry_id, acronym = by_span[(span.start, span.end)]
        if not acronym:
            return False
        name = normalise_name(span.text)
        for other in kept:
            if other.start_char >= span.start_char:
                continue
            entry = self._entries[by_span[(other.start, other.end)][0]]
            if entry.id != entry_id and name in {
                normalise_name(issuer) for issuer in (entry.issuer, *entry.issuer_aliases)
            }:
                return True
        return False

    def _inside_issuer(self, text: str, start: int, end: int) -> bool:
        """The match is part of a longer issuer's name written around it."""
        if self._issuers.pattern is None:
            return False
        return any(
            match.start() <= start
            and end <= match.end()
            and match.end() - match.start() > end - start
            for match in self._issuers.pattern.finditer(text)
        )

    def _inside_longer_name(self, doc: Any, span: Any, entry: CatalogEntry) -> bool:
        """ "Certified Associate" inside "Juniper Networks Certified Associate" is not it."""
        # Long titles are not the tail of another name; short generic aliases can be.
        if span.start == 0 or len(span) > 3:
            return False
        before = doc[span.start - 1]
        if before.is_space or not before.is_title or before.text.lower() in LEADING_WORDS:
            return False
        issuers = {normalise_name(name) for name in (entry.issuer, *entry.issuer_aliases)}
        return normalise_name(before.text) not in issuers and not any(
            normalise_name(before.text) in issuer for issuer in issuers
        )

    def _grouped_items(self, line: ClaimLine, found: Sequence[Found]) -> list[Found]:
        """Items of a vendor's list ("AWS: Solutions Architect Associate, Developer Associate")
        read with the vendor's name in front, as the résumé means them."""
        content = line.text[line.content_start :]
        prefixes = [line.group] if line.group else []
        label = re.match(r"^\s*([^:,]{2,30}):\s+", content)
        if label:
            prefixes.append(label.group(1))
            content = content[label.end() :]
        if not prefixes:
            return []
        extra: list[Found] = []
        for item_match in re.finditer(r"[^,;·|\t]+", content):
            item = BULLET.sub("", item_match.group(0)).strip()
            if len(item) < 4 or any(claim.text in item or item in claim.text for claim in found):
                continue
            entry = self._whole_match(
                [f"{prefix} {item}" for prefix in prefixes]
                + [f"{prefix} Certified {item}" for prefix in prefixes]
            )
            # "Google Project Management: Professional Certificate": the colon parts one name,
            # already found whole, not a vendor from its list.
            if entry is not None and any(claim.entry is entry for claim in found):
                continue
            # "CFA: Level I": the level is read with its vendor, and an exam level is not held.
            if entry is not None and not any(
                NOT_HELD.search(f"{prefix} {item}") for prefix in ("", *prefixes)
            ):
                extra.append(Found(entry.title, item, line, item, entry, 0.8))
        return extra

    def _whole_match(self, variants: Sequence[str]) -> CatalogEntry | None:
        """The entry whose title or alias is exactly one of ``variants``."""
        for variant in variants:
            doc = self._nlp.make_doc(match_text(variant))
            for match_id, start, end in self._titles(doc):
                if start == 0 and end == len(doc):
                    return self._entries[self._nlp.vocab.strings[match_id]]
        return None

    def _confidence(
        self, line: ClaimLine, span: Any, entry: CatalogEntry, *, acronym: bool, in_section: bool
    ) -> float | None:
        if line.name_line and not in_section:
            # Letters after a name are held, whatever words stand around them: a form's label
            # ("CANDIDATE:   Priya Raman, CFA, FRM") or a tagline ("Aspiring CTO") under it.
            # The grade a body writes before its letters ("Chartered FCIPD") makes an alias
            # of them: still the letters.
            words = line.text[span.start_char : span.end_char].split()
            return 0.5 if acronym or set(words) & set(entry.acronyms) else None
        sentence = context(line, span.start_char, span.end_char)
        # An exam's level is what makes it no designation ("CFA Level I"): its own words count.
        own_words = entry.kind != "exam"
        if not_held_around(line, span.start_char, span.end_char, own_words=own_words):
            return None
        if in_section:
            return 0.85 if acronym else 0.95
        cued = bool(CUE.search(sentence))
        if line.section is Section.HEADER and not cued:
            return None  # "Registered Nurse · name@example.com" is a job title
        if line.section is Section.SKILLS:
            return 0.6 if cued else None
        if acronym:
            return 0.65 if cued else None
        if cued:
            return 0.8
        # A product name that is also a credential's title ("GitHub Actions") needs the
        # credential's own words ("Terraform Associate") to count without a cue.
        written = line.text[span.start_char : span.end_char]
        return 0.6 if HELD_WORD.search(written) else None

    def _open_world_in_line(self, line: ClaimLine, doc: Any) -> list[Found]:
        found: list[Found] = []
        for span in filter_spans([doc[s:e] for _, s, e in self._open_world(doc)]):
            if len(span) < 3 or span.start_char < line.content_start:
                continue
            if NOT_HELD.search(context(line, span.start_char, span.end_char)):
                continue
            written = balanced(line.text, span.start_char, span.end_char).strip()
            # "the app's Samsung-certified Health integration": a maker's word joined to a
            # thing it approved, in lower case, describes a product; a title writes
            # "NVIDIA-Certified Associate".
            if _MAKER_CERTIFIED.search(written):
                continue
            # "Ran 120 certification audits a year": a credential's word before a noun in
            # lower case qualifies that noun (audits, exams, bodies); the name ends at its word.
            if _QUALIFIES_A_NOUN.match(line.text[span.end_char :]):
                continue
            found.append(
                Found(
                    written,
                    written,
                    line,
                    line.text[span.start_char :],
                    None,
                    OPEN_WORLD_CONFIDENCE - 0.1,
                )
            )
        return found

    def one_name(self, first: str, second: str) -> bool:
        """Two lines that are one catalogued name broken at its dash, whatever the layout:
        "AWS Certified Solutions Architect –" / "Professional (2023)", or "… Architect" /
        "– Associate". The catalog, not the page's geometry, says the name runs across."""
        if not (_DASH_END.search(first) or (_DASH_START.match(second) and not BULLET.match(first))):
            return False
        boundary = len(first.rstrip())
        doc = self._nlp.make_doc(match_text(f"{first.rstrip()} {second.lstrip()}"))
        return any(
            doc[start:end].start_char < boundary < doc[start:end].end_char
            for _, start, end in self._titles(doc)
        )

    def separate_items(self, first: str, second: str) -> bool:
        """Two lines that are two credentials, not one name that wrapped: the second opens
        with a catalogued name or acronym, or the first already ends with a whole one."""
        if TAIL_START.match(second):
            return False  # "(CKA)", "— (IBM) | Obtained …": the rest of the entry above
        if OPEN_END.search(first):
            return False  # "AWS Certified Solutions Architect –" / "Professional": one name
        before = self._nlp.make_doc(match_text(first).rstrip())
        # "Google Data Analytics" / "Professional Certificate": a longer name runs across both.
        both = self._nlp.make_doc(f"{match_text(first).rstrip()} {match_text(second).lstrip()}")
        if any(start < len(before) < end for _, start, end in self._titles(both)):
            return False
        following = self._nlp.make_doc(match_text(BULLET.sub("", second).lstrip()))
        if any(start == 0 and end - start >= 2 for _, start, end in self._titles(following)):
            return True
        if any(start == 0 for _, start, _ in self._acronyms(following)):
            return True
        return any(
            end == len(before) and end - start >= 2 for _, start, end in self._titles(before)
        )


_BRACKETED_LETTERS = re.compile(r"\([A-Z][A-Za-z0-9&+-]{1,9}\)")
_DASH_END = re.compile(r"\s[-–—]\s*$")
_JOINED_CAPITALS = re.compile(r"-[A-Z][A-Z0-9]+\b")
_MAKER_CERTIFIED = re.compile(r"\w-certified\b")
_QUALIFIES_A_NOUN = re.compile(
    r"\s+(?!(?:in|of|from|by|with|and|or|for|at|to|on|as|issued|awarded|earned|obtained|valid"
    r"|expires?|expired|since|until|no|number|holder|renewed|completed|pending)\b)[a-z]{3,}\b"
    # "around Certified Angus Beef® brand ribeye": a registered mark before a noun in lower
    # case names a product; a person's mark is followed by what it is ("CFP® professional").
    r"|[®™]\s*(?!(?:professional|practitioner|certificant|designation|holder|mark|certification"
    r"|credential|exam|since|in|from|by|and|or)\b)[a-z]{3,}\b"
)
_DASH_START = re.compile(r"^\s*[-–—]\s")


@cache
def _finder(entries: tuple[CatalogEntry, ...]) -> ClaimFinder:
    return ClaimFinder(entries)


def finder_for(entries: tuple[CatalogEntry, ...]) -> ClaimFinder:
    """The ClaimFinder for these entries, built once per process."""
    return _finder(entries)
