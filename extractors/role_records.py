"""Clauses of a job description that tell of people, meetings and the employer rather than of
the role: who attended or prepared a record, a meeting's join line, a proposal withdrawn, what
a named person or the employer holds ("Councillor Byrne declared that he holds …", "Acme
Freight is ISO 9001 certified"), an incumbent's post-nominals on an org chart ("Jo Bloggs,
ACCA, CPA"), what the hire will not be asked to do, and a department acting ("HR has …")."""

from __future__ import annotations

import re

from extractors.role_languages import OTHER_EMPLOYER_CERTIFIED

# Who the subject of a sentence may be when it is the hire, not someone else.
_THE_HIRE = (
    r"(?:the\s+)?(?:candidate|applicant|successful|ideal|postholder|post-holder|jobholder"
    r"|job-holder|incumbent|engineer|hire|person|you|your|this|the|a|an|we|our|they|it)\b"
)

# "Acme Freight is ISO 9001 and ISO 27001 certified", "Kestrel Fibre is fully PCI DSS
# compliant": a named employer's own certification (capitalised words before "is").
_NAMED_EMPLOYER_CERTIFIED = re.compile(
    rf"^\W*(?!{_THE_HIRE})(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){{0,4}}\s+(?:is|are)\s+"
    r"(?:(?:also|proudly|fully|now)\s+)?(?:(?-i:[A-Z0-9][\w+.-]*)(?:\s*,\s*|\s+(?:and|&)\s+|\s+)){1,8}"
    r"(?:certified|accredited|registered|compliant)\b(?![^.;]*\b(?:you|candidates?)\b)",
    re.IGNORECASE,
)

# "nobody here will ask you for it", "no one will ask about it": what the clause names is not
# asked for.
_NOBODY_ASKS = re.compile(
    r"(?i)\b(?:nobody|no\s*-?\s*one)\s+(?:here\s+|at\s+\w+\s+)?(?:will|is\s+going\s+to|would)\s+"
    r"(?:ever\s+)?(?:ask|check|test)\s+(?:you\s+)?(?:for|about|on)\s+(?:it|that|this|them)\b"
)

# "so you will not be asked to triage", "you won't be expected to code": the hire does not do it.
_NOT_ASKED_TO = re.compile(
    r"(?i)^\W*(?:(?:so|and|but)\s+)?you(?:'ll|\s+will)?\s+(?:not|never|won't|will\s+not)\s+"
    r"(?:be\s+)?(?:asked|expected|required)\s+to\b|^\W*(?:so|and|but)?\s*you\s+won't\s+be\s+"
    r"(?:asked|expected|required)\s+to\b"
)

# "The proposal that a Chartered Member of the CIPD be essential was withdrawn": a record of
# what was put and not agreed.
_WITHDRAWN = re.compile(
    r"(?i)\b(?:proposal|suggestion|amendment|motion|request)\b[^.;]{0,200}?\b(?:was|were|has\s+been"
    r"|had\s+been|is)\s+(?:then\s+)?(?:withdrawn|rejected|defeated|lost|dropped|not\s+(?:agreed"
    r"|carried|adopted|accepted|supported|pursued))\b"
)

# "Triage is done by the facility's own triage nurses", "Payroll is handled by our Finance
# team": what someone else does is not the role's work.
_DONE_BY_OTHERS = re.compile(
    r"(?i)^\W*[^,;.:]{1,60}?\s+(?:is|are)\s+(?:all\s+)?(?:done|handled|covered|performed|run|managed"
    r"|owned|taken\s+care\s+of)\s+(?:entirely\s+|separately\s+)?by\s+(?!you\b|the\s+(?:post|job)"
    r"-?holder\b|the\s+successful\b|this\s+role\b|the\s+role\b)(?:the|our|a|an|another|other|its"
    r"|their|(?-i:[A-Z]))"
)

# "Councillor Byrne declared that he holds …", "Ana holds the …": a named person's or a third
# person's own credentials, not the role's ("He/she must hold" in an old posting asks).
_SOMEONE_HOLDS = re.compile(
    r"(?i)\bdeclared\s+(?:that|an?\s+(?:interest|personal))\b"
    rf"|(?<![/\w])(?:he|she)\s+(?:holds|held|has\s+(?:held|passed|earned))\b"
    rf"|^\W*\(?(?!{_THE_HIRE})(?-i:[A-Z][a-z]+)\s+(?:holds|held)\s+(?:the|a|an|his|her|their)\b"
)

# A meeting's join line: "Join on Microsoft Teams: https://…", "Join Zoom Meeting".
_MEETING_JOIN = re.compile(
    r"(?i)^\W*(?:click\s+(?:here\s+)?to\s+)?join\s+(?:(?:on|via|with|using|by|the|this|our)\s+)*"
    r"(?:[\w.-]+\s+){0,3}?(?:meeting|call|teams|zoom|webex|meet|hangout)\b"
)

# "prepared by Group HR for the agency brief", "Compiled by: Finance": who made the document.
_PREPARED_BY = re.compile(
    r"(?i)\b(?:prepared|compiled|issued|drafted|written|owned|maintained)\s+by\s*:?\s*"
    r"(?:(?-i:[A-Z][\w&'’-]*)\s+){0,3}$"
)


def tells_of_others(clause: str) -> bool:
    """Whether ``clause`` tells of people, a meeting or the employer (see the module's
    docstring) and so names nothing the role asks for."""
    return bool(
        _NAMED_EMPLOYER_CERTIFIED.match(clause)
        or OTHER_EMPLOYER_CERTIFIED.match(clause)
        or _NOBODY_ASKS.search(clause)
        or _NOT_ASKED_TO.match(clause)
        or _DONE_BY_OTHERS.match(clause)
        or _WITHDRAWN.search(clause)
        or _SOMEONE_HOLDS.search(clause)
        or _MEETING_JOIN.match(clause)
    )


def prepared_by(text: str, start: int) -> bool:
    """Whether the name at ``start`` names who prepared the document ("prepared by Group HR")."""
    return bool(_PREPARED_BY.search(text[max(0, start - 60) : start]))


# A person's name and post-nominals, alone on a line or a box's row: "Aisha Khan, ACCA, CPA",
# "Dr Lee Chan, CFA". (A list of skills has no name of two or more words before it; a job's
# title is no person's name.)
_PERSON_WITH_LETTERS = re.compile(
    r"^\W*((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+)){1,3})"
    r"\s*,\s*(?-i:[A-Z][A-Za-z&()+./-]{1,12})(?:\s*,\s*(?-i:[A-Z][A-Za-z&()+./-]{1,12})){0,4}\W*$"
)
_TITLE_WORD = re.compile(
    r"(?i)\b(?:engineer|developer|manager|analyst|lead|officer|specialist|consultant|accountant"
    r"|architect|administrator|director|head|nurse|technician|controller|partner|assistant"
    r"|associate|advisor|adviser|coordinator|executive|senior|junior|principal|chief|team)\b"
)


def person_with_letters(line: str) -> str | None:
    """The person's name when ``line`` is a name with the letters after it, else None."""
    match = _PERSON_WITH_LETTERS.match(line)
    if match is None or _TITLE_WORD.search(match.group(1)):
        return None
    return match.group(1)


# A department acting: "HR has a normal version", "Finance will send the contract".
_DEPARTMENT = re.compile(r"^(?:HR|Human\s+Resources|Finance|Legal|Payroll|Procurement|IT)$")
_ACTS = re.compile(
    r"\s+(?:has|have|had|will|would|'ll|sends?|sent|keeps?|holds?|owns?|handles?|signs?"
    r"|approves?|approved|runs?|manages?)\b"
)


def department_acts(text: str, start: int, end: int) -> bool:
    """Whether the name between ``start`` and ``end`` is a department doing something."""
    return bool(_DEPARTMENT.match(text[start:end]) and _ACTS.match(text, end))


# A field naming the job's title ("Job title: HR Business Partner, Manufacturing") under a
# template's or a form's own heading: the title, wherever it stands.
_TITLE_FIELD = re.compile(r"(?i)^\s*(?:job|position|role|vacancy|post)\s+title\s*:\s*\S")


def title_field(line: str) -> bool:
    """Whether ``line`` is a field giving the job's title."""
    return bool(_TITLE_FIELD.match(line))


# The employer's name with its legal form ("© 2026 Acme Freight B.V.", "Acme Freight Ltd").
_LEGAL_NAME = re.compile(
    r"\b((?-i:[A-Z][\w&'’-]*)(?:\s+(?:&\s+)?(?-i:[A-Z][\w&'’-]*)){0,3})\s+(?:B\.\s?V\.|N\.\s?V\.|Ltd\b\.?"
    r"|Limited\b|GmbH\b|Oy\b|Oyj\b|A/S\b|S\.\s?L\.|S\.\s?A\.|Inc\b\.?|LLC\b|LLP\b|plc\b|Pty\b|Sdn\s+Bhd\b"
    r"|S\.\s?p\.\s?A\.|AG\b|SARL\b|SAS\b)"
)


_COPYRIGHT = re.compile(r"(?i)^\W*(?:©|\(c\)\s*(?:19|20)\d\d\b|copyright\b)")


def employer_lines(lines: list[str]) -> set[int]:
    """The lines that are nothing but the employer's name, as the text writes it elsewhere with
    its legal form (a site's header "Acme Freight" over a footer's "© 2026 Acme Freight B.V."),
    and a page's copyright line."""
    names = {match.group(1) for line in lines for match in _LEGAL_NAME.finditer(line)}
    return {
        number
        for number, line in enumerate(lines)
        if line.strip() in names or _COPYRIGHT.match(line)
    }
