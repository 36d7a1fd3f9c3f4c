"""Names found in a clause grouped into requirements: a name and its acronym in brackets are
one mention; "or" between mentions makes them alternatives, "and" or a comma list separate
requirements."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from extractors.role_counts import count_before
from extractors.role_joins import (
    AND_WORD,
    COURSE_OF,
    GAP_FILLER,
    ONE_OF_AFTER,
    ONE_OF_BEFORE,
    OR_EQUIVALENT,
    OR_WORD,
)
from extractors.role_languages import (
    GAP_WORD,
    LONE_OR_GAP,
    OR_WORDS,
    OTHER_GAP_FILLER,
    OTHER_OR_WORD,
)
from extractors.role_model import Wanted


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    wanted: Wanted


def inside_word(text: str, start: int, end: int) -> bool:
    """ "Go" in "Go-live" is not the language; "Kafka-based" is Kafka."""
    if _NAME_COMPOUND.match(text, end):
        return False
    # A compound names its first part: "CI/CD-Pipelines", "Python-Kenntnisse",
    # "AWS-Zertifizierung" (a short name, as "Go-Live" or "C-Suite", is no such part).
    if end - start >= 3 and _NOUN_AFTER_HYPHEN.match(text, end) and text[start - 1 : start] != "-":
        return False
    # A compound's suspended hyphen before "and" or "or" in a language that writes them so
    # ("Grafana- ja Prometheus-työkaluilla", "Python- tai PowerShell-osaaminen"): the name.
    if _SUSPENDED_HYPHEN.match(text, end) and (start == 0 or text[start - 1] not in "-_.@"):
        return False
    return (start > 0 and text[start - 1] in "-_.@") or (end < len(text) and text[end] in "-_@")


_SUSPENDED_HYPHEN = re.compile(r"-[ \t]+[^\W\d_]{1,5}[ \t]+(?=[^\W\d_])")


# "a PostgreSQL-backed service", "Python-based tooling": the name, with a word about its use;
# "an ISO 27001-aligned ISMS", "PCI DSS-compliant systems": a standard the work follows.
_NAME_COMPOUND = re.compile(
    r"(?i)-(?:backed|based|driven|powered|native|first|centric|heavy|focused|oriented|savvy"
    r"|aligned|compliant|conformant)\b"
)


# (Danish, Norwegian, Swedish and Dutch write the noun in lower case: "Power BI-rapporter",
# "SQL-kendskab", "Excel-kennis"; a participle says what something is: "HIPAA-regulated",
# "ISO 27001-zertifiziert", "ISO 27001-certificeret".)
_NOUN_AFTER_HYPHEN = re.compile(
    r"-(?-i:[A-ZÄÖÜ][a-zäöüß]{3,}|(?![a-zæøåäöüß]*(?:ed|iert|eret|erad|eerd)\b)[a-zæøåäöüß]{4,}\b)"
)


_FORMER_NAME = re.compile(
    r"(?i)\b(?:formerly|previously|now|aka|also\s+known\s+as|renamed(?:\s+from)?)\b"
)
# Other names between two in a comma list, ones the catalog does not know ("CISSP, CISP,
# CCNP Security or …"): the list goes on; up to three words each.
_UNKNOWN_ITEMS = re.compile(r"[\s,]*(?:[\w+#.&'-]+(?:\s+[\w+#.&'-]+){0,2}\s*,\s*)+")
# "A, B or a related field", "A, B or HCIP" (a name the catalog does not know): a list of
# alternatives whose last one is not named here.
# Only after a comma list: "Japanese (JLPT N2 or above)" and "relational databases
# (PostgreSQL or Oracle)" are a name and its examples.
# ("Computer Science, Statistics, Physics or a related field": other subjects in capitals,
# the catalog not knowing them, before the "or")
_UNKNOWN_ITEM = r"(?-i:[A-Z][\w+#.&'-]*(?:\s+[A-Z][\w+#.&'-]*){0,2})"
_OR_RELATED = re.compile(
    rf"(?i)^[\s,]*(?:{_UNKNOWN_ITEM}\s*,\s*)*(?:{_UNKNOWN_ITEM}\s+)?"
    r"or\s+(?!(?:above|higher|more|later|better)\b)(?=[\w(])"
)


# "the Certified Medical-Surgical Registered Nurse credential (CMSRN)": the name, its kind,
# then its acronym.
_CREDENTIAL_WORD = re.compile(
    r"(?i)^\s*(?:credential|certification|certificate|designation|qualification|licen[cs]e)\b"
)


# "IT Governance (for example COBIT)": an example that is the same name again says nothing more.
_EXAMPLE_WORDS = re.compile(
    r"(?i)\b(?:for\s+example|for\s+instance|e\.\s?g\.?|eg|such\s+as|i\.\s?e\.?|in\s+particular)(?!\w)"
)


def merged(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name and its acronym in brackets ("Certified ScrumMaster (CSM)") are one mention, and
    so are a renamed credential with its former name ("Azure AD (now Entra ID)") and a name
    with itself as its example ("IT Governance (for example COBIT)")."""
    merged: list[Mention] = []
    for mention in mentions:
        if merged and merged[-1].wanted.key == mention.wanted.key:
            gap = _CREDENTIAL_WORD.sub("", text[merged[-1].end : mention.start])
            if "(" in gap:
                gap = _EXAMPLE_WORDS.sub("", gap)
            if not re.sub(r"[\s(),:–—-]", "", _FORMER_NAME.sub("", gap)):
                merged[-1] = Mention(merged[-1].start, mention.end, merged[-1].wanted)
                continue
        merged.append(mention)
    return merged


def alternatives(text: str, mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Mentions grouped into requirements: a run joined by "or" is one requirement's
    alternatives; "and", or a comma list without "or", makes one requirement of each."""
    runs: list[list[Mention]] = []
    joins: list[list[str]] = []
    for mention in mentions:
        if runs:
            gap = text[runs[-1][-1].end : mention.start]
            connector = _connector(gap)
            if connector is not None:
                runs[-1].append(mention)
                joins[-1].append(connector)
                continue
        runs.append([mention])
        joins.append([])
    groups: list[list[Mention]] = []
    for run, connectors in zip(runs, joins, strict=True):
        # "at least two of CISSP, CISM and CISA": every name counted is an alternative.
        if count_before(text[: run[0].start]) is not None:
            groups.append(run)
            continue
        or_tail = OR_EQUIVALENT.match(text[run[-1].end :]) is not None
        comma_list = len(run) > 1 and all(
            "," in text[one.end : other.start] for one, other in pairwise(run)
        )
        or_tail = or_tail or bool(comma_list and _OR_RELATED.match(text[run[-1].end :]))
        # "one of CISSP, CISM, CISA", "CISSP, CISM, CISA (any one)": a list of alternatives
        or_tail = or_tail or bool(
            ONE_OF_BEFORE.search(text[: run[0].start]) or ONE_OF_AFTER.match(text[run[-1].end :])
        )
        # "Apex, Agile/Scrum": a slash between two names binds them tighter than the commas
        # of the list they stand in, so each comma item is a requirement of its own.
        slashes = [text[one.end : other.start] == "/" for one, other in pairwise(run)]
        by_slash = not or_tail and any(slashes) and "," in connectors
        by_slash = by_slash and all(
            slash or connector == "," for slash, connector in zip(slashes, connectors, strict=True)
        )
        # Split the run at each "and"; within a piece, any "or" makes its items alternatives.
        piece: list[Mention] = [run[0]]
        pieces: list[tuple[list[Mention], bool]] = []
        has_or = False
        for mention, connector in zip(run[1:], connectors, strict=True):
            if connector == "and" or (by_slash and connector == ","):
                pieces.append((piece, has_or))
                piece, has_or = [mention], False
            else:
                piece.append(mention)
                has_or = has_or or connector == "or"
        pieces.append((piece, has_or or (or_tail and len(pieces) == 0)))
        for members, alternative in pieces:
            groups.extend([members] if alternative else [[member] for member in members])
    return [group for at, group in enumerate(groups) if not _route_to(text, groups, at)]


# "Chartered Engineer (or IEng, working towards CEng)": the credential worked towards is one
# the requirement already names, the way to it, not another requirement.
_TOWARDS = re.compile(
    r"(?i)\b(?:working|studying|progress(?:ing)?|on\s+track)\s+(?:towards?|for)\s+(?:the\s+|a\s+|an\s+)?$"
)


def _route_to(text: str, groups: list[list[Mention]], at: int) -> bool:
    group = groups[at]
    if at == 0 or len(group) != 1 or not _TOWARDS.search(text[: group[0].start]):
        return False
    return group[0].wanted.key in {mention.wanted.key for mention in groups[at - 1]}


# The rest of a product's name the catalog knows only the start of ("Azure Data Factory or
# Databricks"): its capitalised words before an "or".
# ("ISA/IEC 62443 Cybersecurity Fundamentals Specialist - or GICSP")
_NAME_REST = re.compile(
    r"^(?:\s+[A-Z][\w+#.-]*){1,3}(?=\s*[-–—,]?\s+(?:or|o|of|ou|oder|eller|"
    + "|".join(OR_WORDS)
    + r")\s)"
)
# Experience as the last alternative: "CompTIA A+ or similar, or a couple of years on a help
# desk", "CCNA, or 3 years as a network engineer".
_OR_YEARS = re.compile(
    r"(?i)^\s*(?:or\s+(?:similar|equivalent|comparable)\s*)?,?\s*or\s+(?:an?\s+)?(?:(?:couple|few"
    r"|number)\s+of|\d{1,2}\+?|one|two|three|four|five|several|some)\s+years?['’]?\s+(?:of\s+)?"
    r"(?:experience\s+)?(?:on|in|as|with|of|doing|at)\s+(?:an?\s+|the\s+)?$"
)
# "in GRC consulting or as a CISO deputy": one word about the first name's use, then the
# second's preposition and article; the names are the alternatives.
# ("knew your way around Performance Management conversations, or had a Coaching
# qualification": the same with a comma and a verb of holding or knowing after the "or")
_OR_PHRASES = re.compile(
    r"(?i)^\s+(?:[a-z][\w-]*,?\s+)?or\s+(?:(?:as|in|with|on|at|had|have|has|held|hold|holds"
    r"|knew|know|knows|used|use|ran|run)\s+)?(?:an?\s+|the\s+)?$"
    # "Leadership of a team of 15 or Coaching new supervisors": words in lower case about the
    # first name's use (no verb, no standing), then the second name right after the "or"
    r"|^\s+(?-i:(?:(?!(?:and|but|not|no|is|are|was|be|required|preferred|needed|nice|plus"
    r"|ideally|preferably|also|both)\b)[a-z0-9][\w-]*\s+){2,6})or\s+$"
)


_OR_HIGHER_EXAMPLES = re.compile(
    r"(?i)^\s*,?\s*or\s+(?:an?\s+|any\s+)?(?:higher|more\s+advanced|senior|advanced)\s+"
    r"(?:[\w+-]+\s+){0,2}(?:certification|certificate|credential|qualification|licen[cs]e|level)s?"
    r"\s*\(\s*(?:such\s+as\s+|like\s+)?$"
)


def _connector(gap: str) -> str | None:
    """How two mentions are joined: "or", "and", "," or not at all (None)."""
    if re.search(r"[.;:!?]", gap) or len(gap) > 60:
        return None
    gap = _NAME_REST.sub("", gap)
    gap = COURSE_OF.sub("", gap)  # "CAMS, or the ICA Diploma in AML"
    if _OR_PHRASES.match(gap) or _OR_YEARS.match(gap):
        return "or"
    if AND_WORD.search(gap):
        return "and"
    # "CCNA or a higher Cisco certification (CCNP Enterprise, CCIE)": the bracket gives
    # examples of the alternative, which are alternatives too.
    if _OR_HIGHER_EXAMPLES.match(gap):
        return "or"
    # "data analytics (ACL or Python)": an "or" inside the bracket joins its examples, not
    # the name before it with them; "CISSP (or CISM)" is an alternative.
    if "(" in gap and ")" not in gap and _named_words(gap[gap.index("(") + 1 :]):
        return None
    if OR_WORD.search(gap):
        return "or" if len(_named_words(gap)) <= 1 else None
    # Other languages' "or" (extractors.role_languages): "Java lub TypeScript", "CompTIA A+
    # atau Cisco CCNA", "Kubernetes (AKS) ou de Docker"; a short one only alone (Spanish "o",
    # Dutch "of"), also after a German compound's suspended hyphen ("PMP- oder PRINCE2-").
    if OTHER_OR_WORD.search(gap):
        named = [word for word in _named_words(gap) if not OTHER_GAP_FILLER.match(word)]
        return "or" if len(named) <= 1 else None
    if LONE_OR_GAP.match(gap):
        return "or"
    # "Project management (PMP, PRINCE2 …)": the bracket opens the name's examples.
    if "(" in gap and ")" not in gap:
        return None
    if not re.sub(r"[\s,()]", "", gap):
        return ","
    if gap.lstrip().startswith(",") and _UNKNOWN_ITEMS.fullmatch(gap):
        return ","
    return None


def _named_words(gap: str) -> list[str]:
    """The words between two mentions other than "or" and the words that may stand with it."""
    return [word for word in GAP_WORD.findall(gap) if not GAP_FILLER.match(word)]
