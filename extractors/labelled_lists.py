"""Whether a line shaped as a label and a list ("Cloud providers: AWS, GCP") is one entry
after all: a name and its own fields after the colon, or one credential named before it."""

from __future__ import annotations

import re

from extractors.claim_text import HAS_YEAR


def one_entry(listed: str) -> bool:
    """ "Design Thinking: The Ultimate Guide, Interaction Design Foundation, 2021-02": after
    the colon, a name and then one entry's fields (a single date, not the first part), not a
    vendor's list of names ("AWS: Solutions Architect, Developer"). "Certificate of
    Competency: Master (STCW II/2), Unlimited": before the colon, one document's name (a
    certificate, a licence, in the singular), its subject and its limits after it."""
    label, after = listed.split(":", 1)
    if names_one_document(label):
        return True
    parts = re.split(r"[,·|]", after)
    # "Issued March 2025 · Expires March 2027": the dates a label opens are one entry's fields.
    dated = [part for part in parts if HAS_YEAR.search(part)]
    unlabelled = [part for part in dated[1:] if not _DATE_LABEL.match(part)]
    return bool(dated) and not unlabelled and not HAS_YEAR.search(parts[0])


def names_one_document(label: str) -> bool:
    """ "Certificate of Competency", "Licence", "Endorsement": one document's own name."""
    return _ONE_DOCUMENT.match(label) is not None


_DATE_LABEL = re.compile(
    r"(?i)^\s*(?:issued|earned|awarded|obtained|expires?|expiry|expiration|valid|renew(?:ed|s)?)\b"
)
# "Certificate of Competency", "Licence", "Certificate of Proficiency in Survival Craft": a
# document's own name, singular, a few words at most; a list's label is plural or names who
# gives them ("Certifications", "Cloud providers", "AWS").
_ONE_DOCUMENT = re.compile(
    r"(?i)^\W*(?:certificate|licen[cs]e|diploma|endorsement|permit)"
    r"(?:\s+(?:of|in)\s+[^\W\d_][\w'&-]*(?:\s+(?:of|in|and|[^\W\d_][\w'&-]*)){0,4})?\s*$"
)
