"""Does the evidence say what the résumé says? One comparison for every evidence source.

The dispatcher runs it on every verification that found ``CredentialFacts``, so a new source
gets it for free. It compares the claim *as the candidate wrote it* (``Claim.text`` and the
words that follow it on its résumé line) as well as the catalog's canonical title: the
canonical title may add knowledge (an acronym's words, a level the résumé left out), never
erase it. A level, version or year the candidate wrote is what they claim, even when the
catalog entry the extractor chose says otherwise, because overstating a level is the most
common credential lie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from extractors.catalog import Catalog, CatalogEntry, load_catalog
from extractors.models import Claim, ClaimOrigin
from verifiers.identity import fold
from verifiers.models import Checklist, CredentialFacts, Verdict, Verification

__all__ = [
    "DEFAULT_DATE_TOLERANCE",
    "best_title_match",
    "claimed_levels",
    "compare_with_claim",
    "offered_levels",
    "variant_problem",
    "with_claim_checks",
    "written_title",
]

#: How far a résumé's date may be from the evidence's: exam day, badge day and the month
#: people remember are often a few weeks apart.
DEFAULT_DATE_TOLERANCE = timedelta(days=45)
#: The checks the comparison records, so comparing again (for another claim) replaces them.
CLAIM_CHECKS = frozenset(
    f"claim_{field}"
    for field in ("match", "level", "version", "title", "issuer", "issued_on", "expires_on")
) | {"claim_variant"}

#: Credential levels that name different credentials: Associate is not Professional.
LEVELS: Mapping[str, str] = {
    "fundamentals": "Fundamentals",
    "foundational": "Foundational",
    "foundation": "Foundation",
    "practitioner": "Practitioner",
    "associate": "Associate",
    "professional": "Professional",
    "expert": "Expert",
    "specialty": "Specialty",
    "specialist": "Specialist",
    "master": "Master",
    "core": "Core",
    "advanced": "Advanced",
    "intermediate": "Intermediate",
    "beginner": "Beginner",
}
#: Words that every credential title has, so they say nothing about which one.
_GENERIC = frozenset(
    {
        *("a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "by", "at"),
        *("certified", "certification", "certificate", "credential", "badge", "exam"),
        *("course", "program", "programme", "specialization", "specialisation", "professional"),
    }
)
#: Words many organisations' names share, so they tell no issuer from another ("Oracle
#: University" is not "Example State University").
_ORGANISATION = frozenset(
    {
        *("university", "college", "institute", "institution", "academy", "school", "state"),
        *("inc", "llc", "ltd", "limited", "corp", "corporation", "company", "co", "group"),
        *("foundation", "association", "society", "council", "board", "international"),
        *("global", "training", "education", "learning", "services", "online", "center"),
        *("centre", "department", "national", "technology", "technologies", "systems"),
    }
)
#: Platforms a résumé names beside a credential ("… (Coursera)"): where, not what.
_PLATFORMS = frozenset({"coursera", "edx", "credly", "udemy", "linkedin", "accredible"})
_WORD = re.compile(r"[a-z0-9]+")
_HAS_DIGIT = re.compile(r"\d")
#: Exam and course codes (AZ-104, SAA-C03, CS50) name a credential without its words.
_CODE = re.compile(r"\b[A-Za-z]{1,4}-?[A-Za-z]?\d{2,4}\b")
#: A version or edition written as its own word: "ITIL 4", "v7", "2019", "3.2".
_VERSION = re.compile(r"(?<![\w.])v?(\d+(?:\.\d+)*)(?![\w.])", re.IGNORECASE)
#: Where the words about one credential end on a résumé line: a field separator or a bracket.
_FIELD_END = re.compile(r"[,;|•·/(\[]|\s(?:and|from|by|at|issued|expires?)\s", re.IGNORECASE)
#: How many words after the matched title still belong to it ("– Professional", "v4").
_TAIL_WORDS = 3
#: Share of the résumé's distinguishing title words that the evidence's title must contain:
#: every one. A word the evidence does not name is what overstatements add ("Applied Data
#: Science" is not "Applied Data Engineering", "Data Literacy for Healthcare" is not "Data
#: Literacy"), however long the title: four of five let "… in Healthcare" pass.
_TITLE_COVERAGE = 1.0
#: Looser, to find which of a transcript's credentials the claim means; the comparison that
#: follows judges the one found as strictly as any other evidence.
_SEARCH_COVERAGE = 0.6
#: Levels that a credential either has or has not: claiming one that the evidence's title
#: does not name at all is an overstatement ("Administrator – Expert" on a level-less badge).
#: "Master", "Specialist", "Core" and the like are left out: they are often part of a name
#: ("Certified ScrumMaster", "Office Specialist").
LADDER = frozenset(
    {"Associate", "Professional", "Expert", "Specialty", "Practitioner", "Foundational"}
    | {"Fundamentals", "Advanced"}
)
#: Kinds of credential, not which one, nor a level: Coursera's "Professional Certificate",
#: Microsoft's "Applied Skills".
_PROGRAMME = re.compile(r"\b(?:professional\s+certificates?|applied\s+skills?)\b", re.IGNORECASE)


def words(text: str) -> list[str]:
    """Folded words of a title (accents, case and punctuation dropped)."""
    return _WORD.findall(fold(text))


def levels(found: Iterable[str]) -> set[str]:
    """The level words among ``found``, by their display names."""
    return {LEVELS[word] for word in found if word in LEVELS}


def _initials(found: list[str]) -> str:
    return "".join(word[0] for word in found if word not in {"a", "an", "and", "the", "of"})


def _covered(word: str, found: list[str], initials: str) -> bool:
    return word in found or (2 <= len(word) <= 6 and word in initials)


def written_title(claim: Claim) -> str:
    """The credential as the résumé names it: the matched words and the few that follow them
    on the line, up to the next field ("…Administrator – Professional", not ", Amazon, 2024")."""
    matched = claim.text.strip()
    if not matched:
        return claim.title
    line = claim.source.text
    at = fold(line).find(fold(matched)) if line else -1
    rest = line[at + len(matched) :] if at >= 0 else ""
    written = matched + rest
    end = _FIELD_END.search(written)
    if end is not None and end.start() > 0:
        written = written[: end.start()]
    return " ".join(written.split()[: len(matched.split()) + _TAIL_WORDS])


def _level_words(title: str) -> set[str]:
    return levels(words(_PROGRAMME.sub(" ", _CODE.sub(" ", title))))


def claimed_levels(claim: Claim) -> set[str]:
    """The levels the claim names: those written on the résumé, else the catalog title's."""
    return _level_words(written_title(claim)) or _level_words(claim.title)


def versions(text: str, *, ignore: Iterable[str] = ()) -> set[str]:
    """Versions, editions and years written as words of their own, exam codes left out."""
    return {found for found in _VERSION.findall(_CODE.sub(" ", text)) if found not in ignore}


def claimed_versions(claim: Claim) -> set[str]:
    """The versions the claim names: those written, else the catalog title's; the years of
    the claim's own dates are dates, not versions."""
    dates = {value[:4] for value in (claim.issued_on, claim.expires_on) if value}
    return versions(written_title(claim), ignore=dates) or versions(claim.title, ignore=dates)


def _acronym(found: list[str]) -> bool:
    """A title that is an acronym or code ("CCNA"), whose level its letters may hold."""
    return len(found) <= 2 and all(len(word) <= 6 for word in found)


def _title_problem(claim: Claim, found: str, issuer: str | None) -> str | None:
    """Why the evidence's title is another credential than the résumé's, or None.

    Résumés often write the issuer into the title ("Google Cloud Associate Cloud Engineer"),
    so the issuers' words are set aside; every word left must be found.
    """
    claimed_words = words(_PROGRAMME.sub(" ", _CODE.sub(" ", claim.title)))
    found_words = words(found)
    claimed, offered = claimed_levels(claim), _level_words(found)
    if claimed and offered and not claimed & offered:
        return (
            f"level: the résumé claims {'/'.join(sorted(claimed))}, {found!r} is "
            f"{'/'.join(sorted(offered))}"
        )
    # The issuers' words are no part of what tells one credential of theirs from another.
    issuers = set(words(issuer or "")) | set(words(claim.issuer or ""))
    significant = [
        word
        for word in claimed_words
        if word not in _GENERIC
        and word not in LEVELS
        and word not in issuers
        and word not in _PLATFORMS
        and not _HAS_DIGIT.search(word)
    ]
    initials = _initials(found_words)
    # An acronym the résumé writes too ("… Associate (CCNA)" and "CCNA") names the same one.
    same_acronym = _acronym(found_words) and bool(set(found_words) & set(claimed_words))
    if significant and not same_acronym:
        covered = sum(_covered(word, found_words, initials) for word in significant)
        if covered / len(significant) < _TITLE_COVERAGE:
            return f"title: the résumé claims {claim.title!r}, the evidence shows {found!r}"
    if claimed & LADDER and not offered and not _acronym(found_words):
        return (
            f"level: the résumé claims {'/'.join(sorted(claimed & LADDER))}, {found!r} names "
            "no level"
        )
    claimed_version, found_version = claimed_versions(claim), versions(found)
    if claimed_version and found_version and not claimed_version & found_version:
        return (
            f"version: the résumé claims {'/'.join(sorted(claimed_version))}, {found!r} is "
            f"{'/'.join(sorted(found_version))}"
        )
    return None


def _issuer_problem(claimed: str, found: str) -> str | None:
    claimed_words = [w for w in words(claimed) if w not in _GENERIC and w not in _ORGANISATION]
    found_words = [w for w in words(found) if w not in _GENERIC and w not in _ORGANISATION]
    if not claimed_words or not found_words:
        return None
    found_initials, claimed_initials = _initials(found_words), _initials(claimed_words)
    if set(claimed_words) & set(found_words):
        return None
    if any(len(word) >= 2 and word in found_initials for word in claimed_words):
        return None
    if any(len(word) >= 2 and word in claimed_initials for word in found_words):
        return None
    return f"issuer: the résumé names {claimed!r}, the evidence shows {found!r}"


def _claimed_interval(claimed: str) -> tuple[date, date] | None:
    """The days a résumé date can mean: one day, a whole month, or a whole year."""
    try:
        if len(claimed) == 4:
            year = int(claimed)
            return date(year, 1, 1), date(year, 12, 31)
        if len(claimed) == 7:
            first = date.fromisoformat(claimed + "-01")
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, following - timedelta(days=1)
        day = date.fromisoformat(claimed)
    except ValueError:
        return None
    return day, day


def _date_problem(field: str, claimed: str, found: str, tolerance: timedelta) -> str | None:
    said, shown = _claimed_interval(claimed), _claimed_interval(found)
    if said is None or shown is None:
        return None
    distance = max(shown[0] - said[1], said[0] - shown[1], timedelta(0))
    if distance > tolerance:
        return (
            f"{field}: the résumé says {claimed}, the evidence says {found} "
            f"({distance.days} days apart, more than {tolerance.days})"
        )
    return None


def compare_with_claim(
    checks: Checklist,
    claim: Claim,
    facts: CredentialFacts,
    *,
    tolerance: timedelta = DEFAULT_DATE_TOLERANCE,
) -> None:
    """Title, level and version, issuer, and dates of the claim against the evidence's."""
    if claim.source.origin is not ClaimOrigin.RESUME:
        checks.skipped(
            "claim_match",
            "the evidence was given beside the résumé: no claimed title, issuer or date to compare",
        )
        return
    problems: list[str] = []
    compared: list[str] = []
    if claim.title.strip() and facts.title:
        compared.append("title and level")
        problems.append(_title_problem(claim, facts.title, facts.issuer) or "")
    if claim.issuer and facts.issuer:
        compared.append("issuer")
        problems.append(_issuer_problem(claim.issuer, facts.issuer) or "")
    for field, claimed, found in (
        ("issued_on", claim.issued_on, facts.issued_on),
        ("expires_on", claim.expires_on, facts.expires_on),
    ):
        if claimed and found:
            compared.append(field.replace("_on", "").replace("issued", "issue") + " date")
            problems.append(_date_problem(field, claimed, found, tolerance) or "")
    problems = [problem for problem in problems if problem]
    if problems:
        for problem in problems:
            field_name = problem.split(":", 1)[0]
            checks.failed(f"claim_{field_name}", problem, verdict=Verdict.MISMATCH)
    elif compared:
        checks.passed("claim_match", "the résumé agrees on " + ", ".join(compared))
    else:
        checks.skipped("claim_match", "nothing the résumé states can be compared")


def with_claim_checks(
    verification: Verification,
    claim: Claim,
    *,
    catalog: Catalog | None = None,
    tolerance: timedelta = DEFAULT_DATE_TOLERANCE,
) -> Verification:
    """The verification judged for ``claim``: its own checks, then the comparison of its facts
    with the claim and the claimed variant's existence, the verdict derived again.

    A comparison made earlier (for another claim, such as the link the evidence came in by)
    is replaced, so a link's verification can be attached to the résumé claim it evidences.
    """
    checks = Checklist(check for check in verification.checks if check.name not in CLAIM_CHECKS)
    if verification.credential is not None:
        compare_with_claim(checks, claim, verification.credential, tolerance=tolerance)
    problem = variant_problem(claim, catalog)
    if problem is not None:
        checks.failed("claim_variant", problem, verdict=Verdict.MISMATCH)
    return verification.model_copy(
        update={"claim": claim, "checks": checks.checks, "verdict": checks.verdict()}
    )


# -- does the claimed variant exist? -------------------------------------------------------


def _naming_words(title: str) -> frozenset[str]:
    return frozenset(
        word
        for word in words(_CODE.sub(" ", title))
        if word not in _GENERIC and word not in LEVELS and not _VERSION.fullmatch(word)
    )


class _Variants:
    """The catalog's credentials grouped by their naming words, with the levels each offers."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._by_words: dict[frozenset[str], set[str]] = {}
        for entry in catalog.entries:
            for name in (entry.title, *entry.aliases):
                naming = _naming_words(name)
                if naming:
                    self._by_words.setdefault(naming, set()).add(entry.id)

    def family(self, entry: CatalogEntry) -> list[CatalogEntry]:
        """The entry and its siblings by the same issuer that share one of its names' words
        ("SysOps Administrator – Associate", "… – Professional" if there were one)."""
        ids = {entry.id}
        for name in (entry.title, *entry.aliases):
            ids |= self._by_words.get(_naming_words(name), set())
        issued = {other.id for other in self.catalog.by_issuer(entry.issuer)}
        found = (self.catalog.by_id(each) for each in sorted(ids & issued | {entry.id}))
        return [each for each in found if each is not None]

    def named(self, title: str) -> list[CatalogEntry]:
        """Entries one of whose names has exactly the naming words of ``title``."""
        ids = sorted(self._by_words.get(_naming_words(title), set()))
        return [entry for entry in map(self.catalog.by_id, ids) if entry is not None]


_VARIANTS: dict[int, _Variants] = {}


def _variants(catalog: Catalog | None) -> _Variants:
    catalog = catalog if catalog is not None else load_catalog()
    found = _VARIANTS.get(id(catalog))
    if found is None or found.catalog is not catalog:
        found = _VARIANTS[id(catalog)] = _Variants(catalog)
    return found


def offered_levels_ready(catalog: Catalog) -> None:
    """Group ``catalog``'s credentials by their naming words now (what ``offered_levels``
    does on first use, a few hundredths of a second)."""
    _variants(catalog)


def _entry_levels(entry: CatalogEntry) -> set[str]:
    found = {level for name in (entry.title, *entry.aliases) for level in levels(words(name))}
    if entry.level is not None:
        found.add(LEVELS[entry.level.value])
    return found


def offered_levels(claim: Claim, catalog: Catalog | None = None) -> frozenset[str]:
    """The levels the issuer offers of the credential the claim names (by its catalog entry,
    else by its title's naming words), with those of the entry's siblings; empty when the
    catalog does not know it."""
    variants = _variants(catalog)
    entry = variants.catalog.by_id(claim.catalog_id) if claim.catalog_id else None
    named = [entry] if entry is not None else variants.named(claim.title)
    return frozenset(
        level
        for each in named
        for member in variants.family(each)
        for level in _entry_levels(member)
    )


def variant_problem(claim: Claim, catalog: Catalog | None = None) -> str | None:
    """Why the level the résumé writes is one its issuer does not offer, or None.

    Only a level written on the résumé counts (the catalog title's is the entry's own), and
    only for credentials the catalog knows the levels of.
    """
    if claim.source.origin is not ClaimOrigin.RESUME:
        return None
    written = levels(words(_CODE.sub(" ", written_title(claim))))
    if not written:
        return None
    offered = offered_levels(claim, catalog)
    if not offered or written <= offered:
        return None
    return (
        f"the résumé claims {written_title(claim)!r}: {'/'.join(sorted(written - offered))} is "
        f"not a level its issuer offers of this credential "
        f"(it offers {'/'.join(sorted(offered))})"
    )


def best_title_match(claimed: str, titles: Iterable[str]) -> str | None:
    """Of several credentials (a transcript), the one the claim names, ignoring its level.

    Among titles that cover the claim's words equally, the one at the claimed level and with
    the fewest words the claim does not mention wins.
    """
    all_words = words(_CODE.sub(" ", claimed))
    claimed_words = [w for w in all_words if w not in _GENERIC and w not in LEVELS]
    if not claimed_words:
        return None
    claimed_level = levels(all_words)
    best: tuple[tuple[float, bool, float], str] | None = None
    for title in titles:
        found_words = words(title)
        initials = _initials(found_words)
        covered = sum(_covered(word, found_words, initials) for word in claimed_words)
        share = covered / len(claimed_words)
        significant = [w for w in found_words if w not in _GENERIC and w not in LEVELS]
        extra = sum(word not in all_words for word in significant) / max(len(significant), 1)
        same_level = not claimed_level or bool(claimed_level & levels(found_words))
        rank = (share, same_level, -extra)
        if share >= _SEARCH_COVERAGE and (best is None or rank > best[0]):
            best = (rank, title)
    return best[1] if best else None
