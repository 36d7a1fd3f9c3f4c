"""The words between the names of a role's clause that say how they join: "or" and "and",
the words that may stand between alternatives, "or equivalent", "one of" before or after a
list, and the words that make a name read as a credential rather than a skill."""

from __future__ import annotations

import re

from extractors.role_languages import OTHER_OR_EQUIVALENT

# Between two mentions of one requirement's alternatives.
OR_WORD = re.compile(r"(?i)(?:^|[\s,(])(?:or|either)(?=$|[\s,)])|/")
AND_WORD = re.compile(r"(?i)(?:^|[\s,(])(?:and|plus|as\s+well\s+as)(?=$|[\s,)])|&")
# Words that may stand between alternatives without splitting them ("CISA or the CISM
# certification", "Kafka or another streaming platform").
GAP_FILLER = re.compile(
    r"(?i)^(?:or|either|the|a|an|another|other|certification|certificate|certified"
    r"|credential|qualification|designation|charterholder|holder|equivalent)$"
)
# "or equivalent", "or a comparable certification", "or similar" after the last alternative.
# Also "CISSP or CISM certification (or equivalent)", "or other equivalent", "or equiv.".
OR_EQUIVALENT = re.compile(
    r"(?i)^[\s,;()*]*(?:(?!and\b)[\w'-]+[\s,]+\(?){0,5}?or\s+(?:an?\s+|any\s+|something\s+)?"
    r"(?:(?:an)?other\s+)?(?:equivalent|equiv\b|similar|comparable)\b|^[\s,;()*]*or\s+the\s+like\b"
    # "CISSP/equivalent"
    r"|^\s*/\s*(?:equivalent|equiv)\b"
    # Other languages' (extractors.role_languages): "ou équivalent", "atau setara".
    r"|" + OTHER_OR_EQUIVALENT
)
# Words that make a list's names alternatives without an "or" ("one of CISSP, CISM, CISA",
# "CISSP, CISM, CISA (any one)").
ONE_OF_BEFORE = re.compile(
    r"(?i)\b(?:(?:at\s+least\s+)?(?:one|any)\s+of(?:\s+the\s+following)?|either)[\s:(]*(?:the\s+)?$"
    # "Any of the following certifications is acceptable: A, B, C"
    r"|\b(?:one|any)\s+of\s+(?:the\s+following|these)(?:\s+[\w-]+){0,4}?\s*:\s*$"
)
# A line heading a list whose items are alternatives ("Professional certifications (at least
# one of the following)", "Any one of:").
ONE_OF_LIST = re.compile(
    r"(?i)\b(?:at\s+least\s+|any\s+)?(?:one|any|either)(?:\s+or\s+more)?\s+of\s+(?:the\s+following"
    r"|these|the\s+below)\b|\b(?:one|any|either)(?:\s+or\s+more)?\s+of\s*\)?\s*:?\s*$"
    # "MAINS (chef's choice: one of the two)"
    r"|\b(?:one|either)\s+of\s+(?:the|these)\s+(?:two|three|four|five)\b"
)
ONE_OF_AFTER = re.compile(
    r"(?i)^[\s,]*\(?\s*(?:any\s+one|(?:any|one)\s+of\s+(?:these|them|the\s+above)|either)\b"
)
# Words that make a name both a skill and a credential read as the credential.
CREDENTIAL_CUE = re.compile(
    r"(?i)^[\s)]*(?:certifi\w*|certificate|licen[cs]e\w*|credential|card|course|qualification)\b"
)
CERTIFIED_BEFORE = re.compile(r"(?i)\bcertified\s*$")

# Another name said in a bracket to do as well: "PMP (PRINCE2 Practitioner is fine too)",
# "CKA (CKAD also works)" reads "PMP (or PRINCE2 Practitioner)", an alternative.
_ALSO_FINE = re.compile(
    r"(?i)\(\s*(?!or\b)([^()]{1,60}?)\s+(?:(?:is|are|'s|would\s+be|will\s+be)\s+(?:also\s+)?"
    r"(?:fine|ok|okay|acceptable|accepted|good|great)(?:\s+too|\s+as\s+well)?|(?:also\s+)?"
    r"(?:works?|counts?|does|do)\s+(?:too|as\s+well)|also\s+(?:works?|counts?)|will\s+do(?:\s+too)?)"
    r"\s*[.!]?\s*\)"
)


def also_fine(text: str) -> str:
    """``text`` with each bracket naming another name that does as well written as an "or"."""
    return _ALSO_FINE.sub(r"(or \1)", text) if "(" in text else text


# An uncatalogued course named by its subject ("the ICA Diploma in AML"): its words before
# the subject stand between alternatives as "the" does ("CAMS, or the ICA Diploma in AML").
COURSE_OF = re.compile(
    r"(?:(?<=\s)(?-i:[A-Z][\w&.'-]*)\s+){0,3}(?:diploma|certificate|degree|award|course)\s+"
    r"(?:in|of)\s+$",
    re.IGNORECASE,
)
