"""Clauses of a job description about something other than the role: the employer or its
people ("Acme is a CREST-accredited testing company", "Our consultants hold SHRM-SCP"), the
posting itself ("Posted 2 days ago", "Page owner: HR"), the languages applications may be
written in, and what the role says it does not need ("no design experience is needed")."""

from __future__ import annotations

import re

# The employer or its people described, not the person sought: "Acme Ltd is a CREST-accredited
# testing company", "we are a team of 60 across product, machine learning and sales", "Our
# research team of eleven includes seven CFA charterholders", "Our own consultants hold …".
_NOUN_END = r"(?![\w-])"
_NEED_WORDS = (
    r"(?:must|plus|bonus|requirement|need|needed|key|core|advantage|asset|nice|for|to|with|that"
    r"|which|who|we|you|our|your)\b"
)
_EMPLOYER_NOUN = (
    r"(?:company|firm|consultancy|agency|provider|partner|business|startup|employer"
    r"|organi[sz]ation|dealer|bank|insurer|group|manufacturer|retailer|charity)" + _NOUN_END
)
EMPLOYER_CLAUSE = re.compile(
    r"(?i)\bwe(?:'re|\s+are)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:team|company|group|firm|business)"
    r"\s+of\s+(?:\d[\d,]*|[\w-]+)\s+(?:people\s+|staff\s+|engineers\s+)?"
    r"(?:across|spanning|in|from|including|covering)\b"
    r"|\bour\s+(?:own\s+)?(?:[\w-]+\s+)?(?:team|consultants|staff|people|colleagues|employees"
    r"|engineers|analysts|partners|experts|trainers|instructors|graduates|alumni|learners"
    r"|students)(?:\s+of\s+[\w-]+)?\s+(?:all\s+|already\s+|also\s+)?(?:hold|holds|include"
    r"|includes|count|counts|(?:are|is)\s+(?:all\s+)?(?:(?-i:[A-Z0-9][\w+.-]*)\s+){1,4}"
    r"(?:certified|accredited|qualified))\b"
    # The employer's own certification: "We are ISO 27001 certified", "We're proudly B Corp
    # certified" (the names in capitals), not "we are looking for someone AWS certified".
    r"|\bwe(?:'re|\s+are)\s+(?:(?:all|proudly|fully|also|now)\s+)?(?:(?-i:[A-Z0-9][\w+.-]*)\s+)"
    r"{1,4}(?:certified|accredited|registered)\b"
    # A named employer ("Redline Assurance is a … company", "Founded in 2010, Acme is a
    # leading provider of …"), not the role or the person.
    r"|^\W*(?:[^,;.]{1,60},\s+)?(?!(?:this|the|our|your|a|an)\s+(?:role|job|position|post"
    r"|successful|ideal|right|candidate|person|hire)\b|(?:you|it|this|that|he|she|they)\b)"
    r"(?-i:[A-Z][\w&.'-]*)(?:\s+(?-i:[A-Z][\w&.'-]*)){0,4}\s+(?:is|are)\s+(?:an?|the)\s+"
    # the words describing it, none saying what the role needs ("Salesforce is a must for
    # this business")
    rf"(?:(?!{_NEED_WORDS})[\w-]+\s+){{0,6}}?{_EMPLOYER_NOUN}"
    # "As an AWS Advanced Tier partner, we build …" (but "…, we need Terraform" asks)
    rf"|^\W*as\s+an?\s+(?:[\w-]+\s+){{0,6}}?{_EMPLOYER_NOUN}\s*,\s*we\b"
    r"(?![^.;]*\b(?:need|look|seek|hir|want|requir|expect))"
)
# A posting's own fields: a job board's "Posted 2 days ago", a wiki page's "Page owner: …
# Last updated 4 Feb", an ATS's "job requisition id".
POSTING_META = re.compile(
    r"(?i)\bposted\s+(?:on\b|\d+\+?\s+\w+\s+ago\b|today\b|yesterday\b)|\bpage\s+owner\b"
    r"|\blast\s+(?:updated|modified|edited|reviewed)\b|\brequisition\s+(?:id|number|no)\b"
)
# The languages an application may be written in, and who is invited to apply: "The Council
# welcomes applications in Welsh and in English".
APPLICATIONS = re.compile(
    r"(?i)\b(?:welcomes?|invites?|encourages?|accepts?)\s+applications\b"
    r"|\bapplications?\s+(?:(?:may|can|should)\s+be\s+)?(?:submitted|made)\s+in\b"
    r"|\b(?:encouraged|invited|welcome)\s+to\s+apply\b"
)
# What the role says it does not ask for: "no instructional design experience is needed",
# "You don't need to know Dagster already".
NOT_NEEDED_CLAUSE = re.compile(
    r"(?i)^\W*no\s+(?:prior\s+|previous\s+)?(?:[\w/+#.-]+\s+){0,5}?(?:experience|knowledge"
    r"|background|qualifications?|certifications?|certificates?|degree)\s+(?:is\s+|are\s+)?"
    r"(?:needed|required|necessary|expected)\b"
    # "You don't need to know Dagster", not "You don't need to be an expert in Python"
    r"|^\W*you\s+(?:don't|do\s+not|won't|will\s+not)\s+need\s+(?:to\s+(?:know|have\s+(?:used"
    r"|worked))|any\s|prior\s|previous\s|experience|(?:a|an)\s+(?:degree|certific))"
)


def about_the_posting(clause: str) -> bool:
    """Whether a clause is about the employer, the posting or the application, or says what
    the role does not need: it names no requirement."""
    return bool(
        EMPLOYER_CLAUSE.search(clause)
        or POSTING_META.search(clause)
        or APPLICATIONS.search(clause)
        or NOT_NEEDED_CLAUSE.search(clause)
    )
