"""Finding the credentials a résumé claims: catalog matches, open-world patterns, and their fields.

A blank English spaCy pipeline tokenises each line once; a PhraseMatcher on ``LOWER`` finds
catalogued titles and aliases, a second one on ``ORTH`` finds acronyms and exam codes as
written (``CKA``, ``AZ-104``), and a Matcher finds credentials the catalog does not know
("Certified … Professional", "… Certificate"). Section headings and the words around a match
decide whether it is a claim at all ("preparing for the CKAD exam" is not).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from extractors.candidate import is_profile
from extractors.catalog import CatalogEntry, normalise_name
from extractors.dates import claim_dates, find_dates
from extractors.models import Claim, Link, Source
from extractors.sections import Section
from extractors.tables import CELL_SEPARATOR
from extractors.text import continues_url, find_urls, word_set

# Punctuation that résumés use freely inside titles ("Architect – Associate", "(ISC)²",
# "Certified: Terraform"); matching blanks it out, keeping every offset in place.
_MATCH_BLANKS = str.maketrans(dict.fromkeys('-–—:,()[]|·•/®™"“”‘’;', " "))

_CREDENTIAL_SECTIONS = frozenset({Section.CREDENTIALS, Section.COURSES})
_CUE = re.compile(
    r"(?i)\b(certified|certification|certificate|certificated|credential|licen[cs]ed|licen[cs]e"
    r"|holder|passed|earned|awarded|accredited|qualified)\b"
)
# A credential being worked towards, or someone else's, is not the candidate's claim.
_NOT_HELD = re.compile(
    r"""(?ix)
    \b(?:prepar(?:e|es|ed|ing)\s+(?:for|to)|studying\s+(?:for|towards?)|pursuing
      |working\s+(?:on|towards?)|in[\s-]progress|exam\s+scheduled|scheduled\s+for|planned
      |planning\s+to|expected\s+(?:in|by)?
      |enrolled|candidate|candidacy|aspiring|upcoming|currently\s+taking|intend\s+to|plan\s+to
      |studying|exam\s+booked|booked\s+(?:for|the)|sitting\s+(?:the\s+)?(?:exam|in\b|on\b)
      |target(?:ing)?\s+(?:the\s+)?(?:exam|certification)?)\b
    # An exam level passed is a step towards a designation, not the designation: "Passed
    # CAIA Level I", "FRM Part I" (the catalog names the levels it knows as exams).
    | \b[A-Z][A-Za-z]{1,5}\s+(?:Program(?:me)?\s*:?\s*)?(?:Level|Part)\s+(?:I{1,3}|[1-3])\b
    # A certification of a thing is an organisation's or a product's: "led the PCI DSS
    # certification of the payments platform", "LEED Gold certification for the tower".
    | \bcertifi\w*\s+(?:of|for)\s+(?:the|a|an|our|its|their|all|every|\d)\b
    | \b(?:our|its|their|the\s+company's|the\s+firm's|the\s+hospital's)\s+(?:[\w-]+\s+){0,2}
      (?:platform|product|system|service|software|app|application|facility|plant|site|lab
      |building|data\s*cent(?:er|re)|unit|hospital|company|firm|organi[sz]ation)\b[^.;]{0,60}
      \b(?:certifi|accredit)\w*
    | \bcertified\s+(?:release|product|version|platform|solution|device|hardware|build|system)\b
    # Verbs of helping others, as verbs: "Life Support … Obtained" is a credential and a date.
    | \b(?-i:[Hh]elp(?:ed|ing|s)?|[Aa]ssist(?:ed|ing|s)?|[Ss]upport(?:ed|ing)|[Ll]e[ad]d?|[Dd]rove
      |[Gg]uided)\b
      [^.;]{0,80}\b(?:achiev\w*|obtain\w*|attain\w*|earn\w*|secur\w*|gain\w*|pass\w*|maintain\w*)
    | \b(?:company|organi[sz]ation|team|firm|client|customer|department|business|vendor|partner)
      (?:'s)?\s[^.;]{0,40}\bcertifi\w*
    | \bteam\s+of\s
    """
)
_BULLET = re.compile(r"^\s*(?:[•◦▪▫●○■□►▸‣⁃∙·*+–—-]|\d{1,2}[.)])\s+")
_CREDENTIAL_ID = re.compile(
    r"""(?ix)
    \b(?:credential|certificate|certification|cert|licen[cs]e|registration|member(?:ship)?
      |validation|verification|badge|credencial|identifiant|zertifikats?)
    \s*(?:id|\#|no\.?|num(?:ber)?|code)?\s*[:#]?\s*
      (?P<id>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9])
    | \b(?:id|\#)\s*[:#]?\s*(?P<bare>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9])
    """
)
# Lines in a credentials section that describe the entry above rather than start a new one.
_FIELD_LINE = re.compile(
    r"""(?ix)^\s*(?:
      issued|issuer|issuing|credential|certificate\s+(?:id|no|number)|licen[cs]e\s*(?:\#|no|number)
      # "Licence/Credential no. 219874": two labels for one number.
      |[a-z]+\s*/\s*(?:credential|licen[cs]e|certificate|registration)\s*(?:id|\#|no|number)
      |expires?|expiration|expiry|exp\.|valid|verify|verification|show\s+credential|see\s+credential
      |https?://|www\.|id\b|\#|score|grade|awarded|earned|obtained|completed|renewed|active\b
      |ausgestellt|erworben|gültig|zertifikats|emitido|expedido|obtenido|vence|válido|credencial
      |n[úu]mero|délivré|obtenu|expire|valable|identifiant|numéro
      |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}/\d{4}|\d{4}\b
      |(?=[A-Z0-9-]{5,}\b)[A-Z-]*\d[A-Z0-9-]*\b
    )"""
)
# Between a title and its issuer or dates. Commas come last: titles have them too
# ("IBM DevOps, Cloud, and Agile Professional Certificate").
_STRONG_SEPARATORS = re.compile(
    r"\s+[-–—|·•:]\s+|\s*\|\s*|\s*[–—]\s*|\s*\t\s*|\s+(?:by|from|issued by|via|at)\s+"
    r"|(?<!Certified)(?<!Certified\s)(?<!Microsoft)(?<!HashiCorp):\s+"
)
_COMMA = re.compile(r"\s*,\s+(?!and\b|or\b|&)")
_TRAILING_JUNK = re.compile(r"[\s,;:|·•–—-]+$|^[\s,;:|·•–—-]+")
_GENERIC_LINK_TEXT = re.compile(r"(?i)^(?:verify|link|view|show|see|credential|badge|here|\W)*$")
_BADGE_URL = re.compile(
    r"(?i)(?:credly\.com/(?:badges|go)/|youracclaim\.com/badges/|credential\.net/|accredible\.com/"
    r"|badgr\.(?:com|io)/public/assertions/|coursera\.org/(?:share|verify|account/accomplishments)/"
    r"|udemy\.com/certificate/|learn\.microsoft\.com/.*/transcript|certmetrics\.com/"
    r"|linkedin\.com/learning/certificates/|confirm\.udacity\.com/|/assertions?/|openbadge)"
)
_OPEN_WORLD_CONFIDENCE = 0.55
_CREDENTIAL_WORD = re.compile(
    r"(?i)certif|licen[cs]|\bbadge|diplom|\bcourse|program|speciali[sz]ation|\btrack\b|associate"
    r"|professional|specialist|expert|practitioner|fundamentals|\bbelt\b|nurse|auditor|\bexam"
    r"|\blevel\b|\([A-Z][A-Z0-9+-]{1,10}\)|\bcertified|accredit|qualification|\bcpr\b"
)
_VERSION = re.compile(r"\s*\((\d{3})\)")
_ORGANISATION = re.compile(
    r"\b(?:Board|Institute|Association|Academy|University|Council|Foundation|Society|Inc|Ltd|LLC"
    r"|GmbH|College|Agency|Authority|Department|Ministry|Commission|Organi[sz]ation|Alliance"
    r"|Guild|Federation|Chamber|School|Corporation)\b|^[A-Z][A-Z0-9&-]{1,9}$"
)
# Words that open a sentence before a credential's name without being part of it.
_LEADING_WORDS = word_set(
    "the a an earned obtained achieved holds hold holding passed completed awarded received"
    " current active valid and also including"
)
# Capitalised words right before a known issuer's name belong to it.
_CAPITALISED_BEFORE = re.compile(r"(?:^|[,;|·•–—(]\s*|\n)((?:[A-Z][\w.&'-]*[ ]){1,3})$")
# "(JNCIA-Junos)", "(CKA)", "(SHRM-CP)": one word with a run of capitals and no dot.
_ACRONYM = re.compile(r"(?=[^\s.]*[A-Z]{2})[A-Za-z0-9+/-]+")
# Words that make a catalog title a credential rather than a job or a product.
_HELD_WORD = re.compile(r"(?i)certif|associate|professional|specialist|expert|practitioner")
_FIELD_WORDS = re.compile(
    r"(?i)\s+(?:issued|earned|obtained|completed|expires?|expiration|valid|credential"
    r"|certificate\s+no|licen[cs]e\s*(?:#|no)|id:)"
)
_BARE_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+/&-]{1,7}$")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_OPENING_JUNK = re.compile(r"[\s,;:|·•–—(-]+$")
# A line opening with a dash, bracket or bar carries on the entry above it.
_TAIL_START = re.compile(r"^\s*[—–(|·,&]")
_DATED_TAIL = re.compile(r"^\s*[—–-]\s*(?:\d{1,2}/)?\d{4}\b")
# "2017 Applied Data Science with Python, Coursera": a year column before a title.
_DATED_TITLE = re.compile(r"^\(?(?:19|20)\d{2}\)?\s+(?:[A-Z0-9][\w+#&.-]*\s+){2,}")
# "Cloud providers: AWS, GCP": a label and a list is a skills line.
_LABELLED_LIST = re.compile(r"^[^:,·|]{2,40}:\s*[^,·|]+(?:[,·|]\s*[^,·|]*)+$")


@dataclass(frozen=True)
class ClaimLine:
    """A line of the résumé with the context claim finding needs."""

    index: int
    text: str
    page: int
    section: Section
    bbox: tuple[float, float, float, float] | None = None
    links: tuple[Link, ...] = ()
    #: Where the line's own content starts (after an inline "Certifications:" heading).
    content_start: int = 0
    name_line: bool = False
    #: The label of a group of credentials inside a section ("AWS" above "Developer Associate").
    group: str | None = None
    emphasised: bool = False
    size: float | None = None
    table_row: bool = False
    #: The lines around it in the same section, for sentences that wrap.
    before: str = ""
    after: str = ""


@dataclass
class _Found:
    """A claim before ids are given and duplicates are merged."""

    title: str
    text: str
    line: ClaimLine
    segment: str
    entry: CatalogEntry | None
    confidence: float
    block: list[ClaimLine] = field(default_factory=list)
    issuer: str | None = None
    credential_id: str | None = None
    url: str | None = None
    issued_on: str | None = None
    expires_on: str | None = None
    #: An exam version written after the title ("Terraform Associate (003)"): another award.
    version: str | None = None
    #: An issuer the title carried in brackets ("Machine Learning (DeepLearning.AI)").
    issuer_hint: str | None = None


class ClaimFinder:
    """Finds claims in résumé lines against one set of catalog entries; build it once."""

    def __init__(self, entries: Sequence[CatalogEntry]) -> None:
        # spaCy takes most of a second to import; only the first analysis should pay it.
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self._nlp = spacy.blank("en")
        self._entries = {entry.id: entry for entry in entries}
        self._titles = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self._acronyms = PhraseMatcher(self._nlp.vocab, attr="ORTH")
        self._open_world = Matcher(self._nlp.vocab)
        for entry in entries:
            long_names = {_match_text(name) for name in (entry.title, *entry.aliases)}
            short_names = {_match_text(name) for name in (*entry.acronyms, *entry.exam_codes)}
            self._titles.add(
                entry.id, [self._nlp.make_doc(name) for name in long_names if name.strip()]
            )
            self._acronyms.add(
                entry.id, [self._nlp.make_doc(name) for name in short_names if name.strip()]
            )
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
        self._issuers: dict[str, str] = {}
        for entry in entries:
            for name in (entry.issuer, *entry.issuer_aliases):
                self._issuers.setdefault(name, entry.issuer)
        # Longest first, so "Amazon Web Services" wins over "Amazon".
        self._issuer_pattern = (
            re.compile(
                "|".join(
                    rf"(?<![\w]){re.escape(name)}(?![\w])"
                    for name in sorted(self._issuers, key=len, reverse=True)
                ),
                re.IGNORECASE,
            )
            if self._issuers
            else None
        )

    def find(self, lines: Sequence[ClaimLine]) -> list[Claim]:
        """The claims in ``lines``, in document order, with ids ``c1``, ``c2``, …"""
        found: list[_Found] = []
        blocks = _entry_blocks(lines, self._continues_entry, self._issuer_line)
        for block in blocks:
            found.extend(self._claims_in_block(block))
        used_urls = self._attach_fields(found)
        found.extend(self._link_only_claims(lines, used_urls))
        return _number(_merge_duplicates(found))

    # -- matching -------------------------------------------------------------------------

    def _claims_in_block(self, block: list[ClaimLine]) -> list[_Found]:
        head = block[0]
        in_section = head.section in _CREDENTIAL_SECTIONS
        found: list[_Found] = []
        for line in block if not in_section else block[:1]:
            found.extend(self._claims_in_line(line, in_section=in_section))
        if in_section:
            found.extend(self._grouped_items(head, found))
        if not found and in_section:
            open_world = self._open_world_entry(head)
            if open_world is not None:
                found.append(open_world)
        for claim in found:
            claim.block = block if in_section else [claim.line]
        return found

    def _claims_in_line(self, line: ClaimLine, *, in_section: bool) -> list[_Found]:
        doc = self._nlp.make_doc(_match_text(line.text))
        spans: list[tuple[Any, str, bool]] = []
        for match_id, start, end in self._titles(doc):
            spans.append((doc[start:end], self._nlp.vocab.strings[match_id], False))
        for match_id, start, end in self._acronyms(doc):
            spans.append((doc[start:end], self._nlp.vocab.strings[match_id], True))
        by_span = {(s.start, s.end): (entry_id, acronym) for s, entry_id, acronym in spans}
        kept = []
        seen_entries: set[str] = set()
        # "Certified Kubernetes Administrator (CKA)" names one credential twice.
        for span in sorted(filter_spans([span for span, _, _ in spans]), key=lambda s: s.start):
            entry_id = by_span[(span.start, span.end)][0]
            if entry_id not in seen_entries:
                seen_entries.add(entry_id)
                kept.append(span)
        starts = sorted(span.start_char for span in kept)
        found: list[_Found] = []
        for span in kept:
            if span.start_char < line.content_start:
                continue
            entry_id, acronym = by_span[(span.start, span.end)]
            entry = self._entries[entry_id]
            if not acronym and self._inside_longer_name(doc, span, entry):
                continue
            later = [start for start in starts if start > span.start_char]
            segment = line.text[span.start_char : later[0] if later else len(line.text)]
            confidence = self._confidence(line, span, acronym=acronym, in_section=in_section)
            if confidence is None:
                continue
            written = _balanced(line.text, span.start_char, span.end_char)
            version = _VERSION.search(line.text[span.start_char : span.end_char + 8])
            found.append(
                _Found(
                    entry.title,
                    written,
                    line,
                    segment,
                    entry,
                    confidence,
                    version=version.group(1) if version else None,
                )
            )
        if not found and not in_section and line.section not in {Section.SKILLS, Section.HEADER}:
            found.extend(self._open_world_in_line(line, doc))
        return found

    def _inside_longer_name(self, doc: Any, span: Any, entry: CatalogEntry) -> bool:
        """ "Certified Associate" inside "Juniper Networks Certified Associate" is not it."""
        # Long titles are not the tail of another name; short generic aliases can be.
        if span.start == 0 or len(span) > 3:
            return False
        before = doc[span.start - 1]
        if before.is_space or not before.is_title or before.text.lower() in _LEADING_WORDS:
            return False
        issuers = {normalise_name(name) for name in (entry.issuer, *entry.issuer_aliases)}
        return normalise_name(before.text) not in issuers and not any(
            normalise_name(before.text) in issuer for issuer in issuers
        )

    def _grouped_items(self, line: ClaimLine, found: Sequence[_Found]) -> list[_Found]:
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
        extra: list[_Found] = []
        for item_match in re.finditer(r"[^,;·|\t]+", content):
            item = _BULLET.sub("", item_match.group(0)).strip()
            if len(item) < 4 or any(claim.text in item or item in claim.text for claim in found):
                continue
            entry = self._whole_match(
                [f"{prefix} {item}" for prefix in prefixes]
                + [f"{prefix} Certified {item}" for prefix in prefixes]
            )
            if entry is not None and not _NOT_HELD.search(item):
                extra.append(_Found(entry.title, item, line, item, entry, 0.8))
        return extra

    def _whole_match(self, variants: Sequence[str]) -> CatalogEntry | None:
        """The entry whose title or alias is exactly one of ``variants``."""
        for variant in variants:
            doc = self._nlp.make_doc(_match_text(variant))
            for match_id, start, end in self._titles(doc):
                if start == 0 and end == len(doc):
                    return self._entries[self._nlp.vocab.strings[match_id]]
        return None

    def _confidence(
        self, line: ClaimLine, span: Any, *, acronym: bool, in_section: bool
    ) -> float | None:
        sentence = _context(line, span.start_char, span.end_char)
        if _NOT_HELD.search(sentence):
            return None
        if in_section:
            return 0.85 if acronym else 0.95
        if line.name_line:
            return 0.5 if acronym else None
        cued = bool(_CUE.search(sentence))
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
        return 0.6 if _HELD_WORD.search(written) else None

    def _open_world_in_line(self, line: ClaimLine, doc: Any) -> list[_Found]:
        found: list[_Found] = []
        for span in filter_spans([doc[s:e] for _, s, e in self._open_world(doc)]):
            if len(span) < 3 or span.start_char < line.content_start:
                continue
            if _NOT_HELD.search(_context(line, span.start_char, span.end_char)):
                continue
            written = _balanced(line.text, span.start_char, span.end_char).strip()
            found.append(
                _Found(
                    written,
                    written,
                    line,
                    line.text[span.start_char :],
                    None,
                    _OPEN_WORLD_CONFIDENCE - 0.1,
                )
            )
        return found

    def _open_world_entry(self, line: ClaimLine) -> _Found | None:
        """An entry in a credentials section that the catalog does not know."""
        content = _BULLET.sub("", line.text[line.content_start :]).strip()
        dated = _DATED_TITLE.match(content)
        if dated:
            content = content[content.index(" ") :].strip()
        if line.table_row:
            # "Feb 2015 | Chartered Accountant (ACA) | ICAEW": a date column before the title.
            cells = content.split(CELL_SEPARATOR)
            while len(cells) > 1 and _FIELD_LINE.match(cells[0].strip()):
                cells = cells[1:]
            content = CELL_SEPARATOR.join(cells)
        if _NOT_HELD.search(content) or _FIELD_LINE.match(content):
            return None
        # A sentence ("Certificates are in bold type.") or a footnote is not an entry.
        # A dated or numbered sentence is an entry written as prose ("… — ISACA, issued March
        # 2021. Credential ID: 211893457.").
        prose = content.endswith(".") and len(content.split()) >= 4
        if content.startswith("*") or (
            prose and not _HAS_YEAR.search(content) and not _CREDENTIAL_ID.search(content)
        ):
            return None
        # "Jan 2021 | Certificate in …": a date column before the title is not the title.
        fields = _split_fields(content)
        while len(fields) > 1 and _FIELD_LINE.match(fields[0].strip()):
            fields = fields[1:]
        title = _TRAILING_JUNK.sub("", fields[0])
        title = _TRAILING_JUNK.sub("", re.sub(r"\(?\b(?:19|20)\d{2}\b.*$", "", title))
        short = len(title) < 3 and not _BARE_ACRONYM.match(title)  # "PE" is a licence
        if short or not re.search(r"[A-Za-z]{2}", title) or self._is_issuer(title):
            return None
        # One ordinary word alone ("Engineer", "Professional") is a fragment a column split or
        # a wrap left behind, not a credential's name: those are acronyms or several words.
        fragment = len(title.split()) == 1 and not _BARE_ACRONYM.match(title.rstrip(")"))
        if fragment and not line.links and not _HAS_YEAR.search(content):
            return None
        if len(title.split()) > 14 or _LABELLED_LIST.match(content):
            return None
        # In a mixed section ("Certs & Skills") a bare phrase is a skill, not a credential:
        # ask for a credential word, an acronym, or a date, ID, issuer or link beside it.
        rest = content[len(title) :]
        has_evidence = bool(
            _CREDENTIAL_WORD.search(title)
            # "CISSP", "ACA", "PE" alone on a line of a certifications list.
            or _BARE_ACRONYM.match(title)
            or line.links
            or dated
            or _CREDENTIAL_ID.search(content)
            or re.search(r"\b(?:19|20)\d{2}\b", content)
            or (self._issuer_pattern is not None and self._issuer_pattern.search(rest))
        )
        if not has_evidence:
            return None
        hint = None
        bracketed = re.search(r"\s*\(([^()]{2,60})\)$", title)
        # "(CKA)" names the credential; "(Meta)", "(DeepLearning.AI)" name who issued it.
        if bracketed and not _ACRONYM.fullmatch(bracketed.group(1)):
            hint = bracketed.group(1)
            title = title[: bracketed.start()].strip()
            if len(title) < 3:
                return None  # "(The Linux Foundation) | Obtained …": an issuer, not a title
        found = _Found(title, content, line, content, None, _OPEN_WORLD_CONFIDENCE)
        found.issuer_hint = hint
        return found

    def _continues_entry(self, text: str) -> bool:
        """A line that tells more about the entry above (issuer, dates, ID), not a new title."""
        if _TAIL_START.match(text):
            return True  # "— 03/2023 – 03/2026 — ID: …", "(CSM) — Scrum Alliance"
        doc = self._nlp.make_doc(_match_text(text))
        if self._titles(doc) or self._acronyms(doc):
            return False
        if _DATED_TITLE.match(text):
            return False
        if _FIELD_LINE.match(text) or text[:1].islower():
            return True
        return self._issuer_pattern is not None and bool(self._issuer_pattern.match(text.strip()))

    def _issuer_line(
        self, block: Sequence[ClaimLine], line: ClaimLine, following: ClaimLine | None
    ) -> bool:
        """LinkedIn's layout: a title line, then the issuer alone on the next ("Velotech
        Academy"), then the dates. A short plain name right under a bare title is its issuer
        when it reads as an organisation or dates follow it; in a list of bare names
        ("Google Data Analytics" / "Power BI Data Analyst") each is an item."""
        if len(block) != 1 or _STRONG_SEPARATORS.search(block[0].text) or "," in block[0].text:
            return False
        # "Fitch Learning · Issued Jan 2021": a name, then only fields (dates, an ID).
        name, *rest = _split_fields(line.text.strip()) or [""]
        text = name.strip()
        if rest and not all(_FIELD_LINE.match(field.strip()) for field in rest):
            return False
        # An acronym under a bare title is another item of a list ("CFA" / "ACA") unless it is
        # a known issuer or dates follow it.
        organisation = _ORGANISATION.search(text) is not None and not _BARE_ACRONYM.match(text)
        if len(text.split()) > (7 if organisation else 5) or "," in text:
            return False
        if _STRONG_SEPARATORS.search(text) or not text[:1].isupper():
            return False
        if _CREDENTIAL_WORD.search(text) and not organisation:
            return False
        doc = self._nlp.make_doc(_match_text(text))
        if self._titles(doc) or self._acronyms(doc):
            return False
        dated = following is not None and bool(_FIELD_LINE.match(following.text))
        return bool(rest) or organisation or self._is_issuer(text) or dated

    def separate_items(self, first: str, second: str) -> bool:
        """Two lines that are two credentials, not one name that wrapped: the second opens
        with a catalogued name or acronym, or the first already ends with a whole one."""
        if _TAIL_START.match(second):
            return False  # "(CKA)", "— (IBM) | Obtained …": the rest of the entry above
        following = self._nlp.make_doc(_match_text(_BULLET.sub("", second).lstrip()))
        if any(start == 0 and end - start >= 2 for _, start, end in self._titles(following)):
            return True
        if any(start == 0 for _, start, _ in self._acronyms(following)):
            return True
        before = self._nlp.make_doc(_match_text(first).rstrip())
        return any(
            end == len(before) and end - start >= 2 for _, start, end in self._titles(before)
        )

    def _is_issuer(self, text: str) -> bool:
        return normalise_name(text) in {normalise_name(name) for name in self._issuers}

    # -- fields ---------------------------------------------------------------------------

    def _attach_fields(self, found: list[_Found]) -> set[str]:
        """Issuer, ID, dates and link for each claim, from its own entry and never a neighbour's."""
        used: set[str] = set()
        for claim in found:
            shares_line = sum(1 for other in found if other.line is claim.line) > 1
            own_text = claim.segment if shares_line else _block_text(claim)
            id_match = _CREDENTIAL_ID.search(own_text)
            if id_match:
                claim.credential_id = id_match.group("id") or id_match.group("bare")
                own_text = own_text[: id_match.start()] + " " + own_text[id_match.end() :]
            claim.issued_on, claim.expires_on = claim_dates(_without_urls(own_text))
            claim.issuer = self._issuer_for(claim, own_text)
            claim.url = _url_for(claim, shares_line=shares_line)
            if claim.url:
                used.add(claim.url)
        return used

    def _issuer_for(self, claim: _Found, text: str) -> str | None:
        if self._issuer_pattern is not None:
            # The issuer written outside the title, canonicalised ("AHA" → American Heart …).
            # An open-world claim's text is its whole entry: only its title is left out.
            written_title = claim.text if claim.entry is not None else claim.title
            title_free = text.replace(written_title, " ", 1)
            match = self._issuer_pattern.search(title_free)
            if match:
                # "Texas Board of Nursing" names more than the catalog's "Board of Nursing".
                widened = _CAPITALISED_BEFORE.search(title_free[: match.start()])
                written = (widened.group(1) if widened else "") + match.group(0)
                if claim.entry is not None:
                    # An acronym of the entry's own issuer is spelt out ("AHA"); any other
                    # name stays as written: "Texas Board of Nursing" says which board, and
                    # another issuer lets a verifier see the résumé disagree.
                    names = (claim.entry.issuer, *claim.entry.issuer_aliases)
                    same = any(normalise_name(written) == normalise_name(n) for n in names)
                    return claim.entry.issuer if same and written.isupper() else written
                for name, canonical in self._issuers.items():
                    if name.lower() == written.lower():
                        return canonical
        if claim.issuer_hint:
            return claim.issuer_hint
        lines = [line for line in _BULLET.sub("", text).strip().splitlines() if line.strip()]
        if claim.entry is not None and lines:
            # What follows the written title, not the title's own " – Associate".
            lines[0] = " " + lines[0].split(claim.text, 1)[-1] if claim.text else lines[0]
        # After the title on its line, else the first line below that is not a date or an ID.
        first = _split_fields(lines[0]) if lines else []
        # A date column before the title ("Jan 2021 | Certificate in … | Fitch Learning").
        while len(first) > 1 and _FIELD_LINE.match(first[0].strip()):
            first = first[1:]
        candidates = [
            *(first if claim.entry is not None else first[1:]),
            *(fields[0] for fields in map(_split_fields, lines[1:]) if fields),
        ]
        for part in candidates:
            # "Velotech Academy Issued August 2018", "ICAEW (Feb 2015)", "California Board …,
            # Oct 2016–Oct 2026": the issuer ends where the dates begin.
            part = _before_dates(_FIELD_WORDS.split(part, maxsplit=1)[0])
            if (
                len(part) >= 2
                and re.search(r"[A-Za-z]{2}", part)
                and not _FIELD_LINE.match(part)
                and not _CREDENTIAL_ID.search(part)
                and not re.search(r"\b(?:19|20)\d{2}\b", part)
                and not part.lower().startswith(("active", "inactive", "expired", "valid"))
                and not re.match(r"(?i)https?://|www\.|verify|show|see\b", part)
                # A catalogued title already has an issuer; only a name that reads as an
                # organisation ("Texas Board of Nursing", "NAWCO") overrides it.
                and (claim.entry is None or _ORGANISATION.search(part))
            ):
                return part
        return claim.entry.issuer if claim.entry is not None else None

    def _link_only_claims(self, lines: Sequence[ClaimLine], used: set[str]) -> list[_Found]:
        """A badge link that no claim took is itself a claim: the platform will say what."""
        found: list[_Found] = []
        for line in lines:
            for link in line.links:
                if link.url in used or not _BADGE_URL.search(link.url):
                    continue
                used.add(link.url)
                # Link text that is a word like "Verify" or the URL itself names nothing.
                generic = _GENERIC_LINK_TEXT.match(link.text) or find_urls_in(link.text)
                title = link.text if not generic else ""
                host = urlsplit(link.url).hostname or "a badge platform"
                claim = _Found(
                    title or f"Credential on {host.removeprefix('www.')}",
                    link.text,
                    line,
                    link.text,
                    None,
                    0.5,
                    url=link.url,
                )
                found.append(claim)
        return found


def filter_spans(spans: Sequence[Any]) -> list[Any]:
    """The longest of overlapping spans, as spaCy keeps them."""
    from spacy.util import filter_spans as longest

    return list(longest(spans))


def _balanced(text: str, start: int, end: int) -> str:
    """The text of a match with the bracket it opened closed: "(RN)", not "(RN"."""
    written = text[start:end]
    if written.count("(") > written.count(")") and text[end : end + 1] == ")":
        return written + ")"
    return written


def _split_fields(text: str) -> list[str]:
    """A credential line cut into title, issuer, dates…: on dashes and bars, else on commas.

    Fields are found by their own evidence, not by the spacing around them: a date range
    ("Oct 2016 – Oct 2026") is one field whatever dash joins it, and an acronym in brackets
    closes a title ("… (CQF), Fitch Learning") whatever the punctuation after it.
    """
    protected = _protect_date_ranges(text)
    parts = [part for part in _STRONG_SEPARATORS.split(protected) if part and part.strip()]
    if len(parts) <= 1:
        parts = [part for part in _COMMA.split(protected) if part.strip()]
    else:
        head, *rest = parts
        parts = [*_CLOSED_TITLE.split(head, maxsplit=1), *rest]
        # "Bridge Safety Inspection Certificate, National Highway Institute | March 2020".
        title, _, after = parts[0].rpartition(", ")
        if title and _ORGANISATION.search(after):
            parts[0:1] = [title, after]
    return [part.replace(_RANGE_MARK, "–") for part in parts if part.strip()]


# A date range's dash, hidden while a line is cut into fields.
_RANGE_MARK = "\u2063"
_DATE_RANGE = re.compile(
    r"(?i)(\b(?:[a-z]{3,9}\.?\s+|\d{1,2}/)?(?:19|20)\d{2})(\s*[–—-]\s*)"
    r"((?:[a-z]{3,9}\.?\s+|\d{1,2}/)?(?:19|20)\d{2}\b|present\b|now\b|today\b)"
)
# ") , Issuer" / "), Issuer": a bracketed acronym ends the title.
_CLOSED_TITLE = re.compile(r"(?<=\))\s*,\s+")


def _before_dates(text: str) -> str:
    """The text up to its first date, without the punctuation that led into it."""
    dates = find_dates(text)
    if dates:
        text = _OPENING_JUNK.sub("", text[: dates[0].start])
    return _TRAILING_JUNK.sub("", text)


def find_urls_in(text: str) -> bool:
    return any(True for _ in find_urls(text))


def _protect_date_ranges(text: str) -> str:
    return _DATE_RANGE.sub(lambda m: f"{m.group(1)} {_RANGE_MARK} {m.group(3)}", text)


def _match_text(text: str) -> str:
    return text.translate(_MATCH_BLANKS)


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in (". ", "; ", "! ", "? "))
    rights = [i for i in (text.find(mark, end) for mark in (". ", "; ", "! ", "? ")) if i >= 0]
    return text[left + 1 if left >= 0 else 0 : min(rights) if rights else len(text)]


def _context(line: ClaimLine, start: int, end: int) -> str:
    """The sentence around a match, reaching into the lines before and after it.

    Entries in a credentials section stand alone: a neighbour's "In progress" is not theirs.
    """
    if line.section in _CREDENTIAL_SECTIONS:
        return _sentence_around(line.text, start, end)
    shift = len(line.before) + 1 if line.before else 0
    text = f"{line.before} {line.text} {line.after}" if line.before else f"{line.text} {line.after}"
    return _sentence_around(text, start + shift, end + shift)


def _entry_blocks(
    lines: Sequence[ClaimLine],
    continues_entry: Callable[[str], bool],
    issuer_line: Callable[[Sequence[ClaimLine], ClaimLine, ClaimLine | None], bool],
) -> list[list[ClaimLine]]:
    """Lines grouped into entries: in credential sections a title line and its field lines."""
    blocks: list[list[ClaimLine]] = []
    for position, line in enumerate(lines):
        following = lines[position + 1] if position + 1 < len(lines) else None
        in_section = line.section in _CREDENTIAL_SECTIONS
        continues = (
            in_section
            and blocks
            and blocks[-1][0].section == line.section
            and line.content_start == 0
            # A table row is a whole entry, whatever its first cell holds ("Feb 2015 | …").
            and not line.table_row
            and (
                # A dash before dates is punctuation, not a bullet: "— 03/2023 – 03/2026".
                (_BULLET.match(line.text) is not None and _DATED_TAIL.match(line.text) is not None)
                or (_BULLET.match(line.text) is None and continues_entry(line.text))
                or (_BULLET.match(line.text) is None and issuer_line(blocks[-1], line, following))
                # A list wrapped onto the next line ("AI tools: OpenCode, Gemini,").
                or blocks[-1][-1].text.rstrip().endswith((",", "&", " and", "-", "/"))
                # The rest of a URL a narrow column broke anywhere ("4c08/public_url").
                or continues_url(blocks[-1][-1].text, line.text)
            )
        )
        if continues:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _block_text(claim: _Found) -> str:
    lines = claim.block or [claim.line]
    first = lines[0]
    head = first.text[first.content_start :] if first is claim.line else first.text
    return "\n".join([head, *(line.text for line in lines[1:])])


def _without_urls(text: str) -> str:
    return re.sub(r"\S*(?:https?://|www\.)\S*", " ", text)


def _claim_link(url: str) -> bool:
    return not url.lower().startswith(("mailto:", "tel:")) and not is_profile(url)


def _url_for(claim: _Found, *, shares_line: bool) -> str | None:
    """The link over or beside the claim, or a URL written in its entry."""
    candidates: list[tuple[int, str]] = []
    for line in claim.block or [claim.line]:
        for link in line.links:
            if not _claim_link(link.url):
                continue
            covers_title = bool(link.text) and (
                link.text in claim.text or claim.text in link.text or link.text in claim.segment
            )
            if shares_line and not covers_title:
                continue
            candidates.append((0 if covers_title else 1, link.url))
    written = [url for _, url in find_urls(claim.segment if shares_line else _block_text(claim))]
    candidates.extend((2, url) for url in written if _claim_link(url))
    if not candidates:
        return None
    return min(candidates, key=lambda item: item[0])[1]


def _merge_duplicates(found: Iterable[_Found]) -> list[_Found]:
    """One claim per credential: the most confident mention, filled in from the others."""
    groups: dict[str, list[_Found]] = {}
    for claim in found:
        key = (
            f"{claim.entry.id}#{claim.version or ''}"
            if claim.entry is not None
            else normalise_name(claim.title)
        )
        groups.setdefault(key, []).append(claim)
    merged: list[_Found] = []
    for group in groups.values():
        best = max(group, key=lambda claim: claim.confidence)
        for other in group:
            for name in ("issuer", "credential_id", "url", "issued_on", "expires_on"):
                if getattr(best, name) is None and getattr(other, name) is not None:
                    setattr(best, name, getattr(other, name))
        merged.append(best)
    return sorted(merged, key=lambda claim: claim.line.index)


def _number(found: Sequence[_Found]) -> list[Claim]:
    return [
        Claim(
            id=f"c{number}",
            title=claim.title,
            text=claim.text,
            issuer=claim.issuer,
            credential_id=claim.credential_id,
            url=claim.url,
            issued_on=claim.issued_on,
            expires_on=claim.expires_on,
            catalog_id=claim.entry.id if claim.entry is not None else None,
            skills=claim.entry.skills if claim.entry is not None else (),
            confidence=claim.confidence,
            source=Source(page=claim.line.page, text=claim.line.text, bbox=claim.line.bbox),
        )
        for number, claim in enumerate(found, start=1)
    ]


@cache
def _finder(entries: tuple[CatalogEntry, ...]) -> ClaimFinder:
    return ClaimFinder(entries)


def finder_for(entries: tuple[CatalogEntry, ...]) -> ClaimFinder:
    """The ClaimFinder for these entries, built once per process."""
    return _finder(entries)
