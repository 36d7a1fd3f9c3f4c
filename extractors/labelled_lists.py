"""Whether a line shaped as a label and a list ("Cloud providers: AWS, GCP") is one entry
after all: a name and its own fields after the colon, or one credential named before it."""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.claim_text import HAS_YEAR


def one_entry(listed: str, names_issuer: Callable[[str], bool] = lambda _: False) -> bool:
    """ "Design Thinking: The Ultimate Guide, Interaction Design Foundation, 2021-02": after
    the colon, a name and then one entry's fields (a single date, not the first part), not a
    vendor's list of names ("AWS: Solutions Architect, Developer"). "Certificate of
    Competency: Master (STCW II/2), Unlimited": before the colon, one document's name (a
    certificate, a licence, in the singular), its subject and its limits after it.
    "Soil Basics: Clay and Loam, Example University": a course's title and subtitle, then who
    issued it (``names_issuer``, or a name that opens with the label's first word: a body's
    name of two words or more; a list's items name none, a lone acronym may be one of them)."""
    label, after = listed.split(":", 1)
    if names_one_document(label):
        return True
    parts = re.split(r"[,·|]", after)
    # "Harbor Certified Professional: Rigging, Harbor Safety Ltd": a body named after the
    # credential it opens with ("Harbor") is its issuer too.
    body = parts[-1].split()
    if (
        len(parts) == 2
        and len(body) > 1
        and (names_issuer(parts[1]) or body[0] == label.split()[0])
        and not names_issuer(parts[0])
        and not names_issuer(label)
    ):
        return True
    # "Issued March 2025 · Expires March 2027": the dates a label opens are one entry's fields.
    dated = [part for part in parts if HAS_YEAR.search(part)]
    unlabelled = [part for part in dated[1:] if not _DATE_LABEL.match(part)]
    # "NATE Certified: Air Conditioning Service - NATE. Issued 05/2023, expired 05/2025": the
    # first part may end in the entry's first date, under its label, after the name.
    label_first = _DATE_LABEL_IN.search(parts[0])
    first = parts[0][: label_first.start()] if label_first else parts[0]
    return bool(dated) and not unlabelled and not HAS_YEAR.search(first)


def names_one_document(label: str) -> bool:
    """ "Certificate of Competency", "Licence", "Endorsement": one document's own name."""
    return _ONE_DOCUMENT.match(label) is not None


_DATE_LABEL = re.compile(
    r"(?i)^\s*(?:issued|earned|awarded|obtained|expire[sd]?|expiry|expiration|valid"
    r"|renew(?:ed|s)?)\b"
)
# The same label inside a part, after the name it dates ("… - NATE. Issued 05/2023").
_DATE_LABEL_IN = re.compile(r"(?i)(?<=[.;]\s)(?:issued|earned|awarded|obtained)\b")
# "Certificate of Competency", "Licence", "Certificate of Proficiency in Survival Craft": a
# document's own name, singular, a few words at most; a list's label is plural or names who
# gives them ("Certifications", "Cloud providers", "AWS").
_ONE_DOCUMENT = re.compile(
    r"(?i)^\W*(?:certificate|licen[cs]e|diploma|endorsement|permit)"
    r"(?:\s+(?:of|in)\s+[^\W\d_][\w'&-]*(?:\s+(?:of|in|and|[^\W\d_][\w'&-]*)){0,4})?\s*$"
)


def colon_opens_subject(content: str, title: str) -> bool:
    """ "Esri Technical Certification: ArcGIS Desktop Associate": the title ends in a
    credential word or is one document's name ("Certificate of Competency"), and a colon
    follows it in ``content``, opening the credential's subject, no field."""
    start = content.find(title)
    after = content[start + len(title) :] if start >= 0 else ""
    named = _CREDENTIAL_END.search(title) or names_one_document(title)
    return bool(named) and after.lstrip().startswith(":")


_CREDENTIAL_END = re.compile(
    r"(?i)\b(?:certification|certificate|certified|associate|professional|specialist|expert"
    r"|diploma|program(?:me)?|speciali[sz]ation)\s*$"
)
