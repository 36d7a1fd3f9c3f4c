"""Word fragments of standing that more than one of ``extractors.role_text``'s patterns use:
"bonus" that is not the employer's money, "desired" that is not said of the person sought,
and "none of these is required" said of a list."""

from __future__ import annotations

# "Bonus" says preferred, but not the employer's money ("referral bonus", "£80k + bonus").
# (The look-behinds follow the word, so they are tried only where it is.)
BONUS = (
    "bonus"
    + "".join(
        rf"(?<!{before}\sbonus)"
        for before in (
            "referral",
            "signing",
            "sign-on",
            "joining",
            "annual",
            "retention",
            "performance",
            "cash",
            "year-end",
            "target",
            "quarterly",
            "discretionary",
            r"\+",
            "&",
        )
    )
    + r"(?!\s+(?:scheme|structure|plan|payments?))"
)
# "Desired" says preferred, but not of the person sought ("Desired candidate profile").
DESIRED = r"desir\w*\b(?!\s+(?:candidates?|profile|person|applicants?|individual)\b)"
# Said of a list: none of its items is needed ("none is essential", "none of these is
# required", "not a gate").
NONE_NEEDED = (
    r"(?:none|neither)\s+(?:of\s+(?:these|them|the\s+following|which)\s+)?(?:is|are)\s+"
    r"(?:required|essential|mandatory|needed|necessary|a\s+must)|not\s+a\s+(?:gate|knock[\s-]?out)"
)
