"""Which lines under a credential's title belong to its entry: its issuer line, its fields.

``entry_blocks`` groups a résumé's lines into entries with these three judgments; they read a
line against the catalog's names (the finder's matchers) and its issuers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from extractors.brand_titles import lower_case_title
from extractors.catalog import CatalogEntry, normalise_name
from extractors.claim_fields import Issuers
from extractors.claim_split import field_bracket, split_fields
from extractors.claim_text import (
    BARE_ACRONYM,
    BODY_ACRONYM,
    CREDENTIAL_ID,
    CREDENTIAL_WORD,
    FIELD_LINE,
    GENERIC_LINK_TEXT,
    HAS_YEAR,
    ISSUER_LABEL,
    LABELLED_LIST,
    NAME_JOINERS,
    ORGANISATION,
    STRONG_SEPARATORS,
    TAIL_START,
    WEB_ADDRESS,
    ClaimLine,
    before_date_cell,
    fields_below,
    match_text,
    name_word,
)
from extractors.dated_entries import DATED_COLUMN, DATED_TITLE
from extractors.not_held import NOT_HELD


class EntryLines:
    """Judges the lines of an entry against the catalog's names; the finder builds one."""

    def __init__(
        self,
        nlp: Any,
        titles: Any,
        acronyms: Any,
        issuers: Issuers,
        entries: Mapping[str, CatalogEntry],
    ) -> None:
        self._nlp = nlp
        self._titles = titles
        self._acronyms = acronyms
        self._issuers = issuers
        self._entries = entries
        self._issuer_of_name = {
            normalise_name(name): canonical for name, canonical in issuers.names.items()
        }

    def continues_entry(self, text: str) -> bool:
        """A line that tells more about the entry above (issuer, dates, ID), not a new title."""
        if TAIL_START.match(text):
            return True  # "— 03/2023 – 03/2026 — ID: …", "(CSM) — Scrum Alliance"
        if GENERIC_LINK_TEXT.match(text.strip()):
            return True  # "View badge ↗", "Verify": the entry's link, not an entry
        labelled = ISSUER_LABEL.match(text)
        if labelled is not None and not text[: labelled.start("name")].strip().startswith("|"):
            return True  # "Issuing body: CFA Institute": a field, whatever names it holds
        issuer = self._issuers.pattern.match(text.strip()) if self._issuers.pattern else None
        if issuer is not None and LABELLED_LIST.match(text.strip()):
            return False  # "AWS: Solutions Architect Associate, Developer Associate"
        doc = self._nlp.make_doc(match_text(text))
        matches = [*self._titles(doc), *self._acronyms(doc)]
        indent = len(text) - len(text.lstrip())
        if (
            issuer is not None
            and matches
            and all(doc[end - 1].idx < indent + issuer.end() for _, _, end in matches)
        ):
            return True  # "CFA Institute · Issued Jun 2022": the issuer's line, its acronym in it
        if matches:
            return False
        if DATED_TITLE.match(text):
            return False
        dated = DATED_COLUMN.match(text)
        if dated and not FIELD_LINE.match(text[dated.end() :]):
            return False  # "02/2015 ⇥ Chartered Accountant (ACA)" opens an entry
        if FIELD_LINE.match(text) or (text[:1].islower() and not lower_case_title(text)):
            return True
        issuer = self._issuers.pattern.match(text.strip()) if self._issuers.pattern else None
        if issuer is None:
            return False
        # "Scrum Alliance, 2019", "ISC2 #785421", "Microsoft Corporation": the issuer and its
        # fields; "Databricks Data Engineer" names a credential of the issuer's, an item.
        rest = text.strip()[issuer.end() :].strip()
        if re.match(r"-\w", rest) and not text.strip()[issuer.end() :][:1].isspace():
            return False  # "NVIDIA-Certified Associate: …": the name a hyphen joins, a title
        # "AAPC — Certified Risk Adjustment Coder (CRC)": after the issuer and its dash, a
        # name with a credential's word is the next entry, written issuer first, not a field.
        dashed = re.match(r"(?:\([A-Z][\w&]{1,10}\)\s*)?[–—-]\s+(.*)", rest)
        if (
            dashed
            and CREDENTIAL_WORD.search(dashed.group(1))
            and not FIELD_LINE.match(dashed.group(1))
        ):
            return False
        return (
            not rest
            or rest[0] in ",·|–—(#:;-/•"
            or bool(FIELD_LINE.match(rest) or ORGANISATION.search(rest))
        )

    def names_nothing(self, text: str) -> bool:
        """A line that names no credential: no credential word, no catalogued name in it."""
        if CREDENTIAL_WORD.search(text) or NOT_HELD.search(text):
            return False
        doc = self._nlp.make_doc(match_text(text))
        return not (self._titles(doc) or self._acronyms(doc))

    def issuer_line(
        self,
        block: Sequence[ClaimLine],
        line: ClaimLine,
        following: ClaimLine | None,
        respelt: frozenset[str] = frozenset(),
    ) -> bool:
        """LinkedIn's layout: a title line, then the issuer alone on the next ("Velotech
        Academy"), then the dates. A short plain name right under a bare title is its issuer
        when it reads as an organisation or dates follow it; in a list of bare names
        ("Google Data Analytics" / "Power BI Data Analyst") each is an item."""
        # The title may sit beside a column of dates ("01/2021 ⇥ Certificate in …").
        dated = DATED_COLUMN.match(block[0].text)
        head = block[0].text[dated.end() :] if dated else block[0].text
        # Or its dates may stand in a column after it ("Certificate in … ⇥ Jan 2021").
        dated_after = before_date_cell(head)
        head = head if dated_after is None else dated_after
        # "Fitch Learning · Issued Jan 2021": a name, then only fields (dates, an ID).
        # "SAP credly.com/badges/…": the issuer and the entry's link written beside it.
        unlinked = WEB_ADDRESS.sub("", line.text).strip()
        linked = unlinked != line.text.strip()
        name, *rest = split_fields(unlinked, brackets=False) or [""]
        if len(block) != 1:
            return False
        if all(FIELD_LINE.match(field.strip()) for field in rest) and self._names_own_body(
            head, name.strip()
        ):
            return True
        # "Rigging Licence (2019)" / "First Responder (NOLS, 2020)": a title line with its own
        # date is a whole entry; a dated line under it that opens in a bracket-free name with
        # a bracket of fields is the next entry.
        if HAS_YEAR.search(head) and field_bracket(unlinked) and not rest:
            return False
        if STRONG_SEPARATORS.search(head) or "," in head:
            # A title with a dash or comma of its own ("Gold Seal Certification – Project
            # Manager") still takes a line below that is a plain name and then dates or an ID
            # only ("Canadian Construction Association · Sep 2020", "Illinois State Board of
            # Education · Credential ID: 2413356"): that is no credential's name.
            dated_name = (
                bool(rest)
                and all(FIELD_LINE.match(field.strip()) for field in rest)
                and (
                    any(HAS_YEAR.search(field) for field in rest)
                    or CREDENTIAL_ID.search(unlinked[len(name) :]) is not None
                )
            )
            # Or a name alone that reads as an organisation ("Northwind Training Academy"),
            # or that dates follow ("SAP" / "Jan 2024 · Verify"), or with the entry's link.
            alone = not rest and (
                linked
                or (ORGANISATION.search(name) is not None and not BARE_ACRONYM.match(name.strip()))
                or fields_below(following)
                or dated is not None
                or dated_after is not None
            )
            words = name.split()
            # Its other name in brackets, a body's ("Transportstyrelsen (Swedish Transport
            # Agency)"), closed within it: not a bracket of fields it opens, nor a title's issuer.
            # Or a short name of its own, one word ("Physiotherapy Board of Australia (Ahpra)"),
            # or the platform it gave a course through ("WageningenX (edX)").
            bracket = name[name.find("(") :] if "(" in name else ""
            bracketed = (
                name.rstrip().endswith(")")
                and name.count("(") == name.count(")")
                and (
                    ORGANISATION.search(bracket) is not None
                    or _OWN_SHORT_NAME.fullmatch(bracket.strip()) is not None
                )
            )
            if not (
                (dated_name or alone)
                and 1 <= len([word for word in words if word not in NAME_JOINERS]) <= 6
                and all(
                    name_word(word.strip("()") if bracketed else word)
                    or (bracketed and _OWN_SHORT_NAME.fullmatch(word) is not None)
                    for word in words
                )
                # "Institute of Safety Professionals …": a body's name, whatever words it holds;
                # its other name in brackets too ("Transportstyrelsen (Swedish Transport Agency)").
                and (
                    self.names_nothing(
                        BODY_ACRONYM.sub("", name[: name.find("(")] if bracketed else name)
                    )
                    or ORGANISATION.search(name)
                )
            ):
                return False
        text = name.strip()
        # "ISACA #211893457": the number after the name is a field of its own.
        numbered = CREDENTIAL_ID.search(text)
        if numbered is not None and numbered.start() > 0 and not text[numbered.end() :].strip():
            text, rest = text[: numbered.start()].strip(), [*rest, numbered.group(0)]
        if rest and not all(FIELD_LINE.match(field.strip()) for field in rest):
            return False
        # An acronym under a bare title is another item of a list ("CFA" / "ACA") unless it is
        # a known issuer or dates follow it.
        organisation = ORGANISATION.search(text) is not None and not BARE_ACRONYM.match(text)
        words = [word for word in text.split() if word not in NAME_JOINERS]
        if len(words) > (7 if organisation else 5) or "," in text:
            return False
        if STRONG_SEPARATORS.search(text) or not text[:1].isupper():
            return False
        # "WageningenX (edX)": a short name in brackets is no credential's word.
        own = re.sub(r"\s*" + _OWN_SHORT_NAME.pattern + "$", "", text)
        # Dates after it, or beside the title, make the title an entry with fields, not an
        # item of a list of bare names.
        dates_after = fields_below(following) or (
            following is not None and bool(FIELD_LINE.match(following.text))
        )
        # "CITI Program" between a title and its dates: a body's letters and the word
        # "Program" name who runs it, as "OSHA Outreach Training Program" does.
        programme = dates_after and _LETTERS_PROGRAMME.fullmatch(own) is not None
        # "Evergreen Certifications | Mar 2022", "TF-CBT Certification Program · May 2021",
        # "J. J. Keller & Associates | 03/2024": a firm or a programme named for what it
        # awards, its dates beside it, is who awarded the title above, not a second title.
        firm = bool(rest) and _FIRM.search(own) is not None
        # "North American Technician Excellence (NATE)": letters that are the initials of the
        # words before them shorten a body's name, a credential's word in none of them.
        if (
            CREDENTIAL_WORD.search(
                BODY_ACRONYM.sub("", own)
                if rest or _own_initials(own) or _TWO_SHORT_NAMES.fullmatch(own)
                else own
            )
            and not organisation
            and not programme
            and not firm
        ):
            return False
        doc = self._nlp.make_doc(match_text(text))
        # "CPA Ontario": letters the résumé spells out as another credential's name none here.
        letters = [m for m in self._acronyms(doc) if self._nlp.vocab.strings[m[0]] not in respelt]
        if self._titles(doc) or letters:
            return False
        beside = dated is not None or dated_after is not None
        return (
            bool(rest)
            or organisation
            or self._issuers.is_issuer(text)
            or dates_after
            or beside
            or linked
        )

    def _names_own_body(self, title: str, name: str) -> bool:
        """ "OSHA Outreach Training Program" under an OSHA card's title: the title's own issuer,
        alone or with its programme, is who issued it, though "Program" is a credential's word;
        another of the issuer's credentials ("CompTIA Cloud Essentials Certification") is not."""
        body = self._issuers.pattern.match(name) if self._issuers.pattern else None
        if body is None:
            return False
        title_doc = self._nlp.make_doc(match_text(title))
        title_issuers = {
            self._entries[self._nlp.vocab.strings[match_id]].issuer
            for match_id, _, _ in [*self._titles(title_doc), *self._acronyms(title_doc)]
        }
        if self._issuer_of_name.get(normalise_name(body.group(0))) not in title_issuers:
            return False
        programme = name[body.end() :].strip()
        words = programme.split()
        if programme and not (
            len(words) <= 5
            and all(name_word(word) for word in words)
            and _PROGRAMME.search(programme)
            and not CREDENTIAL_WORD.search(_PROGRAMME.sub("", programme))
        ):
            return False
        doc = self._nlp.make_doc(match_text(name))
        return not (self._titles(doc) or self._acronyms(doc))


#: A body's other name in brackets, one word: "(Ahpra)", "(edX)", "(Coursera)".
# Not in capitals throughout: "(CKA)" after a name is a credential's short name.
_OWN_SHORT_NAME = re.compile(r"\((?=[A-Za-z]*[a-z])[A-Za-z]{2,15}\)")
# "VTCT (ITEC)": a body's letters and, in brackets, its other letters (a former or a brand's
# name): no credential's name, which its letters would follow in words.
_TWO_SHORT_NAMES = re.compile(r"[A-Z][A-Z0-9&-]{1,9}\s*\([A-Z][A-Z0-9&-]{1,10}\)")


def _own_initials(name: str) -> bool:
    """The name ends in its own initials in brackets, its small words aside."""
    bracket = BODY_ACRONYM.search(name)
    if bracket is None:
        return False
    words = re.findall(r"[A-Z][\w&'’-]*", name[: bracket.start()])
    letters = bracket.group().strip(" ()")
    return len(words) >= 3 and "".join(word[0] for word in words) == letters


#: A body's letters and its programme: "CITI Program", "IRATA Programme".
_LETTERS_PROGRAMME = re.compile(r"[A-Z][A-Z0-9&]{1,7}\s+Program(?:me)?")

#: A firm's or a programme's name, which holds a credential's word without naming one: the
#: plural "Certifications" after a name, "… Certification Program", "… & Associates".
_FIRM = re.compile(r"\w \w*Certifications$|\bCertification Program(?:me)?$|& Associates$")

#: The words that name an issuer's programme, which a line of its body's name may end in.
_PROGRAMME = re.compile(r"(?i)\bprogram(?:me)?s?\b")
