"""A found claim's fields (issuer, ID, dates, link) from its own entry; the claims it ends as."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from extractors.candidate import is_profile
from extractors.catalog import CatalogEntry, normalise_name
from extractors.claim_split import field_bracket, split_fields
from extractors.claim_text import (
    BADGE_URL,
    BULLET,
    CAPITALISED_BEFORE,
    CREDENTIAL_ID,
    FIELD_LINE,
    FIELD_WORDS,
    GENERIC_LINK_TEXT,
    ISSUER_LABEL,
    ORGANISATION,
    ClaimLine,
    before_dates,
    find_urls_in,
)
from extractors.dates import claim_dates, find_dates, only_dates_in
from extractors.models import Claim, Source
from extractors.tables import CELL_SEPARATOR
from extractors.text import find_urls


@dataclass
class Found:
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


class Issuers:
    """The issuers the catalog names, each written name under its canonical one."""

    def __init__(self, entries: Sequence[CatalogEntry]) -> None:
        self.names: dict[str, str] = {}
        for entry in entries:
            for name in (entry.issuer, *entry.issuer_aliases):
                self.names.setdefault(name, entry.issuer)
        # Longest first, so "Amazon Web Services" wins over "Amazon". The word boundaries
        # stand once around the group (the same matches as around each name, in the same
        # order): half the time to compile, which every command reading a résumé pays.
        self.pattern = (
            re.compile(
                r"(?<![\w])(?:"
                + "|".join(re.escape(name) for name in sorted(self.names, key=len, reverse=True))
                + r")(?![\w])",
                re.IGNORECASE,
            )
            if self.names
            else None
        )

    def is_issuer(self, text: str) -> bool:
        return normalise_name(text) in {normalise_name(name) for name in self.names}

    def issuer_for(self, claim: Found, text: str) -> str | None:
        if claim.line.name_line and claim.entry is not None:
            # "Grace Mwangi, RN, BSN": a post-nominal's neighbours are more letters, not issuers.
            return claim.entry.issuer
        labelled = _labelled_issuer(text)
        if labelled is not None:
            # "Issuing body: ISC2": the entry says who issued it in so many words.
            if claim.entry is not None:
                names = (claim.entry.issuer, *claim.entry.issuer_aliases)
                same = any(normalise_name(labelled) == normalise_name(n) for n in names)
                return claim.entry.issuer if same and labelled.isupper() else labelled
            return next(
                (canon for name, canon in self.names.items() if name.lower() == labelled.lower()),
                labelled,
            )
        opening = self.pattern.match(claim.title) if self.pattern is not None else None
        bracket = field_bracket(text) if claim.entry is None and opening is not None else None
        # "Google Data Analytics (Coursera, 2021)": a title that opens with who awards it
        # keeps that issuer; a bracket after it names where it was taken, unless it names
        # that issuer again, more fully ("Google … (Google for Education, 2023)").
        if (
            opening is not None
            and bracket is not None
            and not bracket[1].lower().startswith(opening.group(0).lower())
        ):
            return self._canonical(opening.group(0))
        if self.pattern is not None:
            # The issuer written outside the title, canonicalised ("AHA" → American Heart …).
            # An open-world claim's text is its whole entry: only its title is left out.
            written_title = claim.text if claim.entry is not None else claim.title
            # A body's name in a web address ("gcp" in "https://gcp.….com/…") names a host.
            title_free = _without_urls(text.replace(written_title, " ", 1))
            match = self.pattern.search(title_free)
            if match:
                # "Texas Board of Nursing" names more than the catalog's "Board of Nursing".
                widened = CAPITALISED_BEFORE.search(title_free[: match.start()])
                written = (widened.group(1) if widened else "") + match.group(0)
                # "Google for Education": a known name that goes on is another body's.
                further = _NAME_GOES_ON.match(title_free, match.end())
                written += further.group(0) if further else ""
                if claim.entry is not None:
                    # An acronym of the entry's own issuer is spelt out ("AHA"); any other
                    # name stays as written: "Texas Board of Nursing" says which board, and
                    # another issuer lets a verifier see the résumé disagree.
                    names = (claim.entry.issuer, *claim.entry.issuer_aliases)
                    same = any(normalise_name(written) == normalise_name(n) for n in names)
                    return claim.entry.issuer if same and written.isupper() else written
                # A body's full name stays as written ("Federal Aviation Administration");
                # its acronym is read as the name the catalog gives it, when it stands for
                # that name: "AICPA", which the catalog lists beside the state boards that
                # license CPAs, awards credentials of its own under its own name.
                for name, canonical in self.names.items():
                    if name.lower() == written.lower():
                        longer = len(written.split()) > len(canonical.split())
                        return (
                            written if longer or not stands_for(written, canonical) else canonical
                        )
        if claim.issuer_hint:
            return claim.issuer_hint
        lines = [line for line in BULLET.sub("", text).strip().splitlines() if line.strip()]
        if claim.entry is not None and lines:
            # What follows the written title, not the title's own " – Associate".
            lines[0] = " " + lines[0].split(claim.text, 1)[-1] if claim.text else lines[0]
        # After the title on its line, else the first line below that is not a date or an ID.
        first = split_fields(lines[0]) if lines else []
        # A date column before the title ("Jan 2021 | Certificate in … | Fitch Learning").
        while len(first) > 1 and FIELD_LINE.match(first[0].strip()):
            first = first[1:]
        after_title = first[1:]
        if claim.entry is None and lines and claim.title in lines[0]:
            # The fields after the title as found, whatever separators the title holds itself
            # ("Master Rigger – Offshore Lifting" names no issuer after its dash).
            rest = lines[0].split(claim.title, 1)[-1].strip(" ,;:|·•–—-\t")
            # A bracket of capitals right after it is its short name ("(MTCRE)"), not its
            # issuer ("(Velotech Academy)").
            # A bracket with a year holds fields ("(NOLS, 2020)"), not a short name.
            rest = re.sub(r"^\((?![^()]*\b(?:19|20)\d{2}\b)[^()a-z]*\)", "", rest)
            rest = rest.strip(" ,;:|·•–—-\t")
            after_title = [field for field in split_fields(rest) if field.strip()] if rest else []
        candidates = [
            *(first if claim.entry is not None else after_title),
            *(fields[0] for fields in map(split_fields, lines[1:]) if fields),
        ]
        for part in candidates:
            # "Velotech Academy Issued August 2018", "ICAEW (Feb 2015)", "California Board …,
            # Oct 2016–Oct 2026": the issuer ends where the dates begin.
            # "dbt Labs credly.com/badges/…": the issuer and its link on one line.
            part = before_dates(FIELD_WORDS.split(_without_urls(part), maxsplit=1)[0])
            # "[California Board for Professional Engineers]": the brackets are not the name,
            # nor is the bracket a date closes ("(Issued 2019)").
            part = re.sub(r"^\s*\[(.*)\]\s*$", r"\1", part)
            part = re.sub(r"^\s*\((?=[^)]*$)", "", part)
            # "(online, 2022)": a name has a capital, at a word's start or after one small letter.
            if not re.search(r"\b[a-z]?[A-Z]", part):
                continue
            if (
                len(part) >= 2
                # Two letters together, of any alphabet ("TÜV SÜD" has no two of ASCII's).
                and re.search(r"[^\W\d_]{2}", part)
                and not FIELD_LINE.match(part)
                and not CREDENTIAL_ID.search(part)
                and not re.search(r"\b(?:19|20)\d{2}\b", part)
                and not part.lower().startswith(("active", "inactive", "expired", "valid"))
                and not re.match(r"(?i)https?://|www\.|verify|vérifier|show|see\b", part)
                # A catalogued title already has an issuer; only a name that reads as an
                # organisation ("Texas Board of Nursing", "NAWCO") overrides it.
                and (claim.entry is None or ORGANISATION.search(part))
            ):
                return part
        if claim.entry is not None:
            return claim.entry.issuer
        # "Databricks Spark Performance Tuning": named by who awards it.
        return None if opening is None else self._canonical(opening.group(0))

    def _canonical(self, written: str) -> str | None:
        return next((c for name, c in self.names.items() if name.lower() == written.lower()), None)


def stands_for(written: str, name: str) -> bool:
    """ "AHA" stands for "American Heart Association", "ISC2" for "ISC2", "Microsoft" for
    "Microsoft Corporation"; "AICPA" does not stand for "State Board of Accountancy"."""
    if normalise_name(written) == normalise_name(name):
        return True
    words = re.findall(r"[^\W_]+", name)
    letters = "".join(re.findall(r"[^\W_]", written)).upper()
    initials = {
        "".join(word[0] for word in words).upper(),
        "".join(word[0] for word in words if word.lower() not in _SMALL_WORDS).upper(),
    }
    own = {word.lower() for word in words}
    return letters in initials or all(word.lower() in own for word in written.split())


_SMALL_WORDS = frozenset(["of", "and", "for", "the", "in", "on", "de", "du", "des", "und", "&"])


def _labelled_issuer(text: str) -> str | None:
    """The name after an issuer's label ("Issuing body: Amazon Web Services"), without the
    dates or number written after it."""
    match = ISSUER_LABEL.search(text)
    if match is None:
        return None
    name = match.group("name")
    number = CREDENTIAL_ID.search(name)
    name = before_dates(FIELD_WORDS.split(name[: number.start()] if number else name)[0])
    return name if re.search(r"[^\W\d_]{2}", name) else None


def attach_fields(found: list[Found], issuers: Issuers) -> set[str]:
    """Issuer, ID, dates and link for each claim, from its own entry and never a neighbour's."""
    used: set[str] = set()
    for claim in found:
        shares_line = sum(1 for other in found if other.line is claim.line) > 1
        own_text = claim.segment if shares_line else _block_text(claim)
        id_match = CREDENTIAL_ID.search(own_text)
        if id_match:
            claim.credential_id = id_match.group("id") or id_match.group("bare")
            own_text = own_text[: id_match.start()] + " " + own_text[id_match.end() :]
            # "City & Guilds (No. TJK4512)": the bracket that held only the number goes with it.
            own_text = re.sub(r"\s*\(\s*[;,]?\s*\)", " ", own_text)
        elif claim.line.table_row and not shares_line:
            claim.credential_id = _id_cell(own_text.split(CELL_SEPARATOR), claim.entry)
        elif "\t" in own_text and not shares_line:
            # A column of bare numbers beside the entry's other fields ("ISC2 ⇥ 05/2020 ⇥
            # 785421"): a cell after the first of its line.
            cells = [cell for line in own_text.splitlines() for cell in line.split("\t")[1:]]
            claim.credential_id = _id_cell(cells, claim.entry)
        claim.issued_on, claim.expires_on = claim_dates(_without_urls(own_text))
        if claim.line.table_row and claim.expires_on is None:
            claim.expires_on = _second_date(_without_urls(own_text))
        claim.issuer = issuers.issuer_for(claim, own_text)
        claim.url = _url_for(claim, shares_line=shares_line)
        if claim.url:
            used.add(claim.url)
    return used


# A whole cell that reads as a credential's number: letters, digits and hyphens with a digit in
# them, five long at least ("Q9R2T7XKDL", "LF-8x0b9q3w1d", "219874"), and not a date; maybe
# after a register's capitals ("NSN 031-554-872"), maybe in parts parted by slashes, eight
# long at least ("WDLC/MC/24/1182").
_ID_CELL = re.compile(
    r"^(?:[A-Z]{2,4} (?=\d))?(?=[A-Za-z0-9/-]*\d)"
    r"(?:[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9]|(?=[A-Za-z0-9/-]{8})[A-Za-z0-9-]+(?:/[A-Za-z0-9-]+)+)$"
)


def _id_cell(cells: Sequence[str], entry: CatalogEntry | None) -> str | None:
    """The number a row holds in a cell of its own, without a label (its column's header was
    not read): an ID is known by its shape. An exam's code ("AZ-104") names the exam."""
    codes = {code.upper() for code in entry.exam_codes} if entry is not None else set()
    for cell in cells:
        value, _, rest = cell.strip().partition(" ")
        # "2291847 Verify": the cell's link, its word under the number, is not the number's.
        if rest and not GENERIC_LINK_TEXT.match(rest):
            value = cell.strip()
        if _ID_CELL.match(value) and not only_dates_in(value) and value.upper() not in codes:
            return value
    return None


def dates_from_line_above(found: Sequence[Found], lines: Sequence[ClaimLine]) -> None:
    """A line of dates alone that no entry took, right above an entry with no dates of its own,
    gives that entry its dates ("[ 01/04/2023 – 01/04/2026 ]" over a title, as Europass has)."""
    taken = {id(line) for claim in found for line in claim.block or [claim.line]}
    for claim in found:
        first = (claim.block or [claim.line])[0]
        position = next((i for i, line in enumerate(lines) if line is first), 0)
        if claim.issued_on is not None or position == 0:
            continue
        above = lines[position - 1]
        if id(above) in taken or above.section != first.section:
            continue
        if only_dates_in(above.text):
            claim.issued_on, claim.expires_on = claim_dates(above.text)


def dates_from_line_beside(found: Sequence[Found], lines: Sequence[ClaimLine]) -> None:
    """A line of dates alone that no entry took, on the baseline of an entry's line with no
    dates and right of it, gives that entry its dates: a date set flush right on the title's
    row ("CompTIA Security+ | CompTIA      Nov. 2017 -- Nov. 2023"), which a page's layout
    may read as a column of its own, after the entries or in the next section."""
    taken = {id(line) for claim in found for line in claim.block or [claim.line]}
    dates = [
        line
        for line in lines
        if line.bbox is not None and id(line) not in taken and only_dates_in(line.text)
    ]
    for claim in found:
        if claim.issued_on is not None or claim.expires_on is not None:
            continue
        own = [line for line in claim.block or [claim.line] if line.bbox is not None]
        beside = next((date for line in own for date in dates if _beside(line, date)), None)
        if beside is not None:
            claim.issued_on, claim.expires_on = claim_dates(beside.text)


def _beside(line: ClaimLine, other: ClaimLine) -> bool:
    """``other`` stands right of ``line`` on the same page, on its row: they share most of the
    smaller one's height."""
    if line.bbox is None or other.bbox is None or line.page != other.page:
        return False
    shared = min(line.bbox[3], other.bbox[3]) - max(line.bbox[1], other.bbox[1])
    height = min(line.bbox[3] - line.bbox[1], other.bbox[3] - other.bbox[1])
    return other.bbox[0] >= line.bbox[2] and shared >= 0.6 * max(height, 1.0)


def _second_date(text: str) -> str | None:
    """In a table row, a second date later than the first, with no word to say what either is,
    is the expiry: the columns read "earned, valid until"."""
    dates = [date for date in find_dates(text) if not date.role]
    if len(dates) == 2 and (dates[1].year, dates[1].month or 0) > (
        dates[0].year,
        dates[0].month or 0,
    ):
        return dates[1].partial_date
    return None


def attach_buttons(found: Sequence[Found], lines: Sequence[ClaimLine], used: set[str]) -> None:
    """A "Verify" button no entry took belongs to the card it sits at the foot of: the entry
    whose lines end nearest above it, in its column, with no link of its own."""
    for line in lines:
        if line.bbox is None:
            continue
        for link in line.links:
            if link.url in used or not BADGE_URL.search(link.url):
                continue
            if not GENERIC_LINK_TEXT.match(link.text):
                continue
            box = link.bbox or line.bbox
            reach = 3.0 * (line.bbox[3] - line.bbox[1])
            above: list[tuple[float, Found]] = []
            for claim in found:
                own = [
                    other.bbox
                    for other in claim.block or [claim.line]
                    if other.bbox is not None and other.page == line.page
                ]
                if claim.url or not own:
                    continue
                left, right = min(b[0] for b in own), max(b[2] for b in own)
                gap = box[1] - max(b[3] for b in own)
                if -1.0 <= gap <= reach and left - 2.0 <= box[0] <= right:
                    above.append((gap, claim))
            if above:
                nearest = min(above, key=lambda pair: pair[0])[1]
                nearest.url = link.url
                used.add(link.url)


def link_only_claims(lines: Sequence[ClaimLine], used: set[str]) -> list[Found]:
    """A badge link that no claim took is itself a claim: the platform will say what."""
    found: list[Found] = []
    for line in lines:
        for link in line.links:
            if link.url in used or not BADGE_URL.search(link.url):
                continue
            used.add(link.url)
            # Link text that is a word like "Verify" or the URL itself names nothing.
            generic = GENERIC_LINK_TEXT.match(link.text) or find_urls_in(link.text)
            title = link.text if not generic else ""
            host = urlsplit(link.url).hostname or "a badge platform"
            claim = Found(
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


def _block_text(claim: Found) -> str:
    lines = claim.block or [claim.line]
    first = lines[0]
    head = first.text[first.content_start :] if first is claim.line else first.text
    # "No. LF-" / "8x0b9q3w1d": an ID cut at its hyphen goes on at the next line's start.
    return _CUT_ID.sub("", "\n".join([head, *(line.text for line in lines[1:])]))


_CUT_ID = re.compile(r"(?<=[A-Za-z0-9]-)\n(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\b)")


# The words that carry a body's name on past a shorter one: "for Education", "of Canada".
_NAME_GOES_ON = re.compile(r" (?:for|of) (?:the )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*")


def _without_urls(text: str) -> str:
    """The text without its web addresses, bare ones too ("credly.com/badges/…")."""
    return re.sub(r"\S*(?:https?://|www\.|\.[a-z]{2,}/)\S*", " ", text)


def _claim_link(url: str) -> bool:
    return not url.lower().startswith(("mailto:", "tel:")) and not is_profile(url)


def _url_for(claim: Found, *, shares_line: bool) -> str | None:
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


def merge_duplicates(found: Iterable[Found]) -> list[Found]:
    """One claim per credential: the most confident mention, filled in from the others."""
    groups: dict[str, list[Found]] = {}
    for claim in found:
        key = (
            f"{claim.entry.id}#{claim.version or ''}"
            if claim.entry is not None
            else normalise_name(claim.title)
        )
        groups.setdefault(key, []).append(claim)
    merged: list[Found] = []
    for group in groups.values():
        best = max(group, key=lambda claim: claim.confidence)
        for other in group:
            for name in ("issuer", "credential_id", "url", "issued_on", "expires_on"):
                if getattr(best, name) is None and getattr(other, name) is not None:
                    setattr(best, name, getattr(other, name))
        merged.append(best)
    return _without_wrapped_heads(sorted(merged, key=lambda claim: claim.line.index))


def _without_wrapped_heads(found: Sequence[Found]) -> list[Found]:
    """A title wrapped in a narrow column ("Certified Information" / "Systems Security
    Professional (CISSP)") is one claim: an uncatalogued line just above a known credential
    whose name it begins is that credential's first line, not a claim of its own."""
    kept: list[Found] = []
    for position, claim in enumerate(found):
        below = found[position + 1] if position + 1 < len(found) else None
        head = normalise_name(claim.title)
        wrapped = (
            below is not None
            and claim.entry is None
            and below.entry is not None
            and claim.url is None
            and 0 < below.line.index - claim.line.index <= 2
            and bool(head)
            and normalise_name(below.title).startswith(head)
        )
        if not wrapped:
            kept.append(claim)
    return kept


def number_claims(found: Sequence[Found]) -> list[Claim]:
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
