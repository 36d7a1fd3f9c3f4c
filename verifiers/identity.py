"""Is it the candidate's? Names and email identities compared the way people actually write them.

A badge platform that names its recipient (Accredible, Microsoft Learn, Open Badges 3.0) spells
the name as the earner typed it there; the résumé spells it as they typed it here. The two
differ in case, diacritics (Wiśniewski / Wisniewski), order (Nguyen Thi Hanh / Hanh Nguyen),
middle names and initials, compound surnames (María José Castillo / Maria Castillo) and short
forms (Bob / Robert). ``match_name`` accepts those differences and nothing looser: every name on
the shorter side must be accounted for by a name on the longer side, exactly, by transliteration,
as a known short form, or as an initial. Sibling first names (Anna / Hanna) and a shared
surname with another first name are *not* the same person; they come back as near misses, so a
verifier can show both names in a ``mismatch`` rather than pass them silently.

Threshold: ``same`` is ``score >= SAME_PERSON_THRESHOLD`` (0.75). A name whose every part is
accounted for scores from about 0.78 (several initials, extra middle names, another order) to
1.0 (identical after normalisation). Names with a part left unaccounted for are capped at 0.7,
whatever their spelling similarity, and names at or above ``NEAR_MISS_THRESHOLD`` (0.5) are
reported as near misses. See docs/identity.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib.resources import files
from itertools import permutations

__all__ = [
    "NEAR_MISS_THRESHOLD",
    "SAME_PERSON_THRESHOLD",
    "NameMatch",
    "email_matches",
    "match_name",
]

#: At or above this score two names are taken to be the same person's.
SAME_PERSON_THRESHOLD = 0.75
#: Below the threshold but at or above this, the names are a near miss worth showing side by side.
NEAR_MISS_THRESHOLD = 0.5

#: Letters that Unicode decomposition leaves alone but everyone transliterates.
_TRANSLITERATIONS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
        "ŋ": "n",
        "ſ": "s",
    }
)
#: German umlauts are written both ways without them: Müller is Muller and Mueller.
_UMLAUT_EXPANSIONS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_SEPARATORS = re.compile(r"[\s,;/()\[\]\-‐‑‒–—_]+")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}$")
#: Titles, generational suffixes and post-nominal letters that say nothing about identity.
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "dame",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
        "phd",
        "md",
        "mba",
        "msc",
        "bsc",
        "ba",
        "ma",
        "pmp",
        "cpa",
    ]
)
#: Name particles, kept or dropped freely (van Dijk / Dijk, de la Cruz / Cruz).
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "y",
        "ter",
        "ten",
        "zu",
    ]
)
#: Most tokens compared at once; beyond that the pairing search would grow factorially.
_MAX_TOKENS = 7

_EXACT = 1.0
_SHORT_FORM = 0.9
_INITIAL = 0.85
_BOTH_INITIALS = 0.6
_EXTRA_NAME_PENALTY = 0.03
_MAX_EXTRA_PENALTY = 0.09
_ORDER_PENALTY = 0.02
_UNACCOUNTED_CAP = 0.7


@dataclass(frozen=True)
class NameMatch:
    """How two spellings of a name compare: a 0–1 score, the decision, and why."""

    score: float
    same: bool
    reason: str

    @property
    def near_miss(self) -> bool:
        """Not the same person, but close enough that a person should look at both names."""
        return not self.same and self.score >= NEAR_MISS_THRESHOLD


@dataclass(frozen=True)
class _Token:
    shown: str
    forms: frozenset[str]

    @property
    def key(self) -> str:
        return min(self.forms)

    @property
    def is_initial(self) -> bool:
        return len(self.key) == 1


def fold(text: str) -> str:
    """Text with case, accents and letters such as ł or ø folded away (Łódź → lodz)."""
    return _fold(text, expand_umlauts=False)


def _fold(text: str, *, expand_umlauts: bool) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    if expand_umlauts:
        text = text.translate(_UMLAUT_EXPANSIONS)
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATIONS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _letters(text: str) -> str:
    return "".join(char for char in text if char.isalpha())


def _tokens(name: str) -> list[_Token]:
    tokens: list[_Token] = []
    for raw in _SEPARATORS.split(_APOSTROPHES.sub("", name)):
        if not raw:
            continue
        parts = raw.split(".") if _DOTTED_INITIALS.match(raw) else [raw.replace(".", "")]
        for part in parts:
            forms = frozenset(
                _letters(_fold(part, expand_umlauts=expand)) for expand in (False, True)
            ) - {""}
            if forms:
                tokens.append(_Token(shown=part, forms=forms))
    meaningful = [token for token in tokens if token.key not in _HONORIFICS]
    without_particles = [token for token in meaningful if token.key not in _PARTICLES]
    return (without_particles or meaningful)[:_MAX_TOKENS]


@cache
def _short_forms() -> Mapping[str, frozenset[str]]:
    """Each given name or short form → the formal names it can stand for."""
    table = json.loads(files("verifiers").joinpath("data/nicknames.json").read_text("utf-8"))
    formal_names: dict[str, set[str]] = {}
    for formal, short in table.items():
        if formal.startswith("_"):
            continue
        for name in (formal, *short):
            formal_names.setdefault(_fold(name, expand_umlauts=False), set()).add(formal)
    return {name: frozenset(formals) for name, formals in formal_names.items()}


def _pair_quality(left: _Token, right: _Token) -> tuple[float, str | None]:
    """How well two name parts match (0 when they do not), and a note when not exact."""
    if left.forms & right.forms:
        return _EXACT, None
    if left.is_initial and right.is_initial:
        return 0.0, None
    if left.is_initial or right.is_initial:
        initial, full = (left, right) if left.is_initial else (right, left)
        if any(form.startswith(initial.key) for form in full.forms):
            return _INITIAL, f"{initial.shown!r} is an initial of {full.shown!r}"
        return 0.0, None
    table = _short_forms()
    left_formals = frozenset().union(*(table.get(form, frozenset()) for form in left.forms))
    right_formals = frozenset().union(*(table.get(form, frozenset()) for form in right.forms))
    if left_formals & right_formals:
        return _SHORT_FORM, f"{left.shown!r} and {right.shown!r} are forms of one given name"
    return 0.0, None


def _best_pairing(
    shorter: list[_Token], longer: list[_Token]
) -> tuple[float, tuple[int, ...], list[str]] | None:
    """The pairing that accounts for every name in ``shorter``, best first; None if none does."""
    pairs = [[_pair_quality(token, other) for other in longer] for token in shorter]
    if any(all(quality == 0.0 for quality, _ in row) for row in pairs):
        return None  # a name with no counterpart at all: no pairing can account for it
    best: tuple[float, tuple[int, ...]] | None = None
    for chosen in permutations(range(len(longer)), len(shorter)):
        qualities = [pairs[row][column][0] for row, column in enumerate(chosen)]
        if 0.0 in qualities or _EXACT not in qualities:
            continue
        total = sum(qualities)
        if best is None or total > best[0]:
            best = (total, chosen)
    if best is None:
        return None
    total, chosen = best
    notes = [note for row, column in enumerate(chosen) if (note := pairs[row][column][1])]
    return total, chosen, notes


def _similarity(shorter: list[_Token], longer: list[_Token]) -> float:
    """Spelling similarity of names that do not match, for telling near misses apart."""
    ratios = [[SequenceMatcher(None, a.key, b.key).ratio() for b in longer] for a in shorter]
    best = max(
        sum(ratios[row][column] for row, column in enumerate(chosen))
        for chosen in permutations(range(len(longer)), len(shorter))
    )
    return best / len(longer)


def _unaccounted(shorter: list[_Token], longer: list[_Token]) -> list[str]:
    return [
        token.shown
        for token in shorter
        if not any(_pair_quality(token, other)[0] for other in longer)
    ]


def match_name(claimed: str, found: str) -> NameMatch:
    """Compare the résumé's name (``claimed``) with the name a platform shows (``found``).

    ``same`` is true when every part of the shorter name matches a distinct part of the other
    (exactly after case, diacritics and transliteration; as a known short form such as Bob /
    Robert; or as an initial), at least one part matches in full, and at least two parts are
    compared unless both names are a single part. The score then is the mean quality of those
    matches (1.0 exact, 0.9 short form, 0.85 initial) less 0.03 per extra part on the longer
    side (at most 0.09) and 0.02 when the order differs; it is at least 0.78, above
    ``SAME_PERSON_THRESHOLD``. Otherwise the score is the names' spelling similarity scaled
    into 0–0.7, and ``near_miss`` says whether it reaches ``NEAR_MISS_THRESHOLD``.
    """
    left, right = _tokens(claimed), _tokens(found)
    if not left or not right:
        return NameMatch(0.0, False, "no name to compare on one side")
    shorter, longer = (left, right) if len(left) <= len(right) else (right, left)
    pairing = _best_pairing(shorter, longer)
    single_part = len(shorter) == 1 and len(longer) > 1
    if pairing is None or single_part:
        score = round(_UNACCOUNTED_CAP * _similarity(shorter, longer), 3)
        if single_part and pairing is not None:
            reason = "only one name is given on one side; one name alone does not identify"
        else:
            missing = _unaccounted(shorter, longer) or [token.shown for token in shorter]
            reason = "not the same name: no counterpart for " + ", ".join(
                repr(name) for name in missing
            )
        if score >= NEAR_MISS_THRESHOLD:
            reason += " (a near miss)"
        return NameMatch(score, False, reason)
    total, chosen, notes = pairing
    extra = len(longer) - len(shorter)
    score = total / len(shorter) - min(extra * _EXTRA_NAME_PENALTY, _MAX_EXTRA_PENALTY)
    if list(chosen) != sorted(chosen):
        score -= _ORDER_PENALTY
        notes.append("the names are in another order")
    if extra:
        unmatched = [token.shown for i, token in enumerate(longer) if i not in chosen]
        notes.append("extra names on one side: " + ", ".join(repr(name) for name in unmatched))
    score = round(score, 3)
    reason = "the same name" + (f" ({'; '.join(notes)})" if notes else "")
    return NameMatch(score, score >= SAME_PERSON_THRESHOLD, reason)


_HASHED_IDENTITY = re.compile(r"^(sha256|md5)\$([0-9a-fA-F]+)$")


def email_matches(
    identity: str, emails: Iterable[str], *, hashed: bool, salt: str | None = None
) -> bool:
    """Whether an Open Badges email identity is one of ``emails``.

    A plain identity is compared case-insensitively. A hashed one (``sha256$…`` or ``md5$…``)
    is compared with ``hexdigest(alg(email + salt))`` of each email lower-cased and stripped
    (what issuers hash), and of the email as given but stripped (what a few issuers hash),
    ignoring the case of the hex digits. A malformed hash matches nothing.
    """
    candidates = [email.strip() for email in emails if email and email.strip()]
    if not hashed:
        wanted = identity.strip().casefold()
        return any(email.casefold() == wanted for email in candidates)
    parsed = _HASHED_IDENTITY.match(identity.strip())
    if parsed is None:
        return False
    algorithm, digest = parsed.group(1), parsed.group(2).lower()
    salt = salt or ""
    return any(
        hashlib.new(algorithm, (variant + salt).encode("utf-8")).hexdigest() == digest
        for email in candidates
        for variant in dict.fromkeys((email.lower(), email))
    )
