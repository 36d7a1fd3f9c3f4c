"""Awarding bodies named for what they award: "Highfield Qualifications" under "HACCP Level 4"
is who awarded it, an organisation (``claim_text.ORGANISATION``), never a claim of its own."""

from __future__ import annotations

# A name and "Qualifications" ending its field, unless the name is a kind of qualifications a
# heading or a group names ("Professional Qualifications", "Vocational Qualifications").
AWARDING_BODY = (
    r"|^(?!(?:Professional|Other|Vocational|Academic|Teaching|Additional|Technical|Further"
    r"|Relevant|Formal|Key|Trade|Industry|Language|Medical|Nursing|Safety|My|Main|Core)\b)"
    r"[A-Z]\w+ Qualifications(?=\s*(?:$|[,;·|]))"
)
