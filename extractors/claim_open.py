"""Entries of a credentials section that the catalog does not know ("open-world" entries).

A line under "Certifications" that names no catalogued credential may still be one: a
title with its own evidence beside it (a credential word, an acronym, a date, an ID, a link
or a known issuer). Sentences, footnotes, fragments a column split left behind, skills in a
mixed section and courses merely attended are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.claim_blocks import status_below
from extractors.claim_fields import Found, Issuers
from extractors.claim_split import split_fields
from extractors.claim_text import (
    ACRONYM,
    BARE_ACRONYM,
    BULLET,
    CREDENTIAL_ID,
    CREDENTIAL_WORD,
    FIELD_LINE,
    HAS_YEAR,
    ISSUER_LABEL,
    LABELLED_LIST,
    LINK_WORDS,
    OPEN_WORLD_CONFIDENCE,
    ORGANISATION,
    TRAILING_JUNK,
    WEB_ADDRESS,
    ClaimLine,
    before_dates,
)
from extractors.dated_entries import DATED_LEAD, DATED_TITLE
from extractors.issuer_first import (
    credential_named,
    issuer_before_colon,
    named_again,
    names_an_issuer,
)
from extractors.labelled_lists import colon_opens_subject, one_entry
from extractors.not_held import NOT_HELD
from extractors.sections import Section
from extractors.short_names import SMALL_WORDS, initials_of, short_name
from extractors.tables import CELL_SEPARATOR


def open_world_block(block: list[ClaimLine], issuers: Issuers) -> Found | None:
    """The open-world entry a block of a credentials section opens, if any."""
    if status_below(block):
        return None
    # "People Analytics" / "University of Pennsylvania, Sep 2019" / its link: the lines below
    # the title are its evidence.
    backed = any(
        line.links or HAS_YEAR.search(line.text) or CREDENTIAL_ID.search(line.text)
        for line in block[1:]
    )
    # "SAP credly.com/badges/…" under the title: an issuer opens the line below.
    issuer_below = any(
        names_an_issuer(split_fields(WEB_ADDRESS.sub("", line.text))[0], issuers)
        for line in block[1:]
        if WEB_ADDRESS.sub("", line.text).strip()
    )
    # "Construction Induction (White Card)" / "WorkSafe Queensland" / "Nov. 2014": a plain
    # name right under the title, no field in it, is who issued it.
    # A name below, alone or before its own fields, a body's ("STUK - … ⇥ No. STUK-…") too.
    below = _first_field(block[1]) if len(block) > 1 else ""
    name_below = len(block) > 1 and (
        _more_of_a_title(WEB_ADDRESS.sub("", block[1].text), issuers)
        or _more_of_a_title(below, issuers)
        or names_an_issuer(below, issuers)
    )
    # "Leapfrog Geo Fundamentals — Seequent" over "Issued 2020-07 · Credential ID …": the lines
    # below give only dates, IDs and links, so the name after the title's dash is its issuer.
    fields_below = backed and all(_only_fields(line.text) for line in block[1:])
    # "Weinakademiker" over "Issuer: Weinakademie Österreich": a label names its issuer.
    issuer_labelled = any(ISSUER_LABEL.match(line.text) for line in block[1:])
    return open_world_entry(
        block[0],
        issuers,
        backed=backed,
        issuer_below=issuer_below,
        name_below=name_below,
        fields_below=fields_below,
        issuer_labelled=issuer_labelled,
        # A card: the title over its issuer's line.
        card=len(block) > 1 and names_an_issuer(_first_field(block[1]), issuers),
    )


def _first_field(line: ClaimLine) -> str:
    fields = split_fields(WEB_ADDRESS.sub("", line.text))
    return fields[0] if fields else ""


def _only_fields(text: str) -> bool:
    """A line of an entry's dates, IDs, labels and links, naming no one."""
    parts = split_fields(LINK_WORDS.sub("", WEB_ADDRESS.sub("", text)))
    return all(
        not part.strip()
        or FIELD_LINE.match(part.strip())
        or (HAS_YEAR.search(part) and not re.search(r"[A-Z][a-z]{2,}\s+[A-Z][a-z]", part))
        or CREDENTIAL_ID.fullmatch(part.strip())
        for part in parts
    )


def open_world_entry(
    line: ClaimLine,
    issuers: Issuers,
    *,
    backed: bool = False,
    issuer_below: bool = False,
    name_below: bool = False,
    fields_below: bool = False,
    issuer_labelled: bool = False,
    card: bool = False,
) -> Found | None:
    """An entry in a credentials section that the catalog does not know; ``backed`` when the
    entry's own lines below its title give a date, an ID or a link, ``issuer_below`` when a
    line below opens with an issuer's name, ``name_below`` when the line right below is a
    plain name (its issuer, in a layout of one field a line), ``fields_below`` when those
    lines hold only fields and name no one, ``issuer_labelled`` when a line below names its
    issuer under a label ("Issuer: …"), ``card`` when the line below is its issuer's."""
    content = BULLET.sub("", line.text[line.content_start :]).strip()
    dated = DATED_TITLE.match(content)
    if dated:
        # After the year, whatever space parts it from the title (a tab in a date column).
        content = content[dated.end(1) :].strip()
    # "Feb 2015 | Chartered Accountant (ACA) | ICAEW", "02/2015 ⇥ Chartered Accountant
    # (ACA)": a date column before the title, in a table or beside it.
    separator = CELL_SEPARATOR if line.table_row else "\t"
    lead = None if dated else DATED_LEAD.match(content)
    content = content[lead.end() :] if lead else content
    cells = content.split(separator)
    # A date in the column before the title dates the entry as one beside it would: a rail of
    # dates beside titles, the date and the title alone across (a third cell is other text).
    column_dated = bool(lead) or (len(cells) == 2 and bool(HAS_YEAR.search(cells[0])))
    while len(cells) > 1 and FIELD_LINE.match(cells[0].strip()):
        cells = cells[1:]
    # "Esri … Associate verify ↗ | Esri | 02.2021": the link's words are not the title's.
    content = LINK_WORDS.sub("", separator.join(cells)).strip()
    if NOT_HELD.search(content) or FIELD_LINE.match(content):
        return None
    # A sentence ("Certificates are in bold type.") or a footnote is not an entry.
    # A dated or numbered sentence is an entry written as prose ("… — ISACA, issued March
    # 2021. Credential ID: 211893457.").
    # A company's abbreviated legal form closes a name, not a sentence ("Scaled Agile, Inc.").
    prose = (
        content.endswith(".") and not _LEGAL_FORM_END.search(content) and len(content.split()) >= 4
    )
    # A date in the column before it dates it too ("03/2018 ⇥ Certificate of …, CDR.").
    if content.startswith("*") or (
        prose
        and not (dated or column_dated)
        and not HAS_YEAR.search(content)
        and not CREDENTIAL_ID.search(content)
    ):
        return None
    # "WorkSafe Victoria: Construction Induction (Red Card)": the issuer first, then a colon.
    # With its issuer on a line below, the colon parts the title's own words ("Harbour Survey
    # Essentials: Tides and Charts" over "HarbourX (edX)").
    below = issuer_below or name_below or card or issuer_labelled
    colon_issuer = None if below else issuer_before_colon(content, issuers)
    if colon_issuer is not None:
        content = colon_issuer[1]
    # "Jan 2021 | Certificate in …": a date column before the title is not the title.
    fields = split_fields(content)
    while len(fields) > 1 and FIELD_LINE.match(fields[0].strip()):
        fields = fields[1:]
    # "Advanced Payroll Course, Module II, Payroll Canada — June 2022": a known body's name
    # after the title's last comma is who issued it, whatever the title's own commas.
    named, _, body = fields[0].rpartition(", ")
    if named and issuers.is_issuer(body.strip()):
        fields = [named, body, *fields[1:]]
    # "Gold Seal Certification – Project Manager" over "Canadian Construction Association, Sep
    # 2020": where the entry's issuer and dates stand on its own lines below, a title line that
    # holds no field, issuer or bracketed issuer of its own is one name, dashes and commas in it.
    if (
        backed
        and not fields_below
        and len(fields) > 1
        and not any(_names_a_field(part, issuers) for part in fields[1:])
    ):
        fields = [content]
    # "Electrical Work Licence – Electrical Mechanic, Electrical Safety Office Queensland,
    # 2022": after the dash, the licence's class and then, after a comma, who issued it.
    if len(fields) > 1:
        grade, _, body = before_dates(fields[1]).rpartition(", ")
        if grade and names_an_issuer(body, issuers) and _more_of_a_title(grade, issuers):
            tail = fields[1][fields[1].find(body, len(grade)) :]
            fields = [_joined(content, [fields[0], grade]), tail, *fields[2:]]
    # "SAP Certified Associate - Production Planning and Manufacturing — SAP (01/2024)": what
    # stands between the title and the first field is more of the title when an issuer comes
    # after it, on the line or below; with no issuer after it, it is the issuer.
    first = 1
    while first < len(fields) and _more_of_a_title(fields[first], issuers):
        first += 1
    after = before_dates(fields[first]) if first < len(fields) else ""
    if first > 1 and (issuer_below or names_an_issuer(after, issuers)):
        fields = [_joined(content, fields[:first]), *fields[first:]]
    elif first == 3 and _dash_then_cell(content, fields):
        # "Journeyperson Certificate – Mobile Crane (Hydraulic) | Alberta Apprenticeship and
        # Industry Training | May 2014": what a dash adds inside the title's cell (or its
        # "·"-parted field) is the title's; the body stands in the next.
        fields = [_joined(content, fields[:2]), *fields[2:]]
    else:
        # "Dangerous Goods Regulations (DGR) – Category 10 | IATA Training": a category, level
        # or part after the dash grades the title, whatever follows; an issuer or a date
        # after a dash is a field.
        graded = 1
        # "Esri Technical Certification: ArcGIS Desktop Associate | Esri": after a credential
        # word, a colon opens the credential's subject, no field.
        if (
            len(fields) > 1
            and colon_opens_subject(content, fields[0])
            and (_more_of_a_title(fields[1], issuers) or _subject_letters(fields[1], issuers))
        ):
            graded = 2
        while graded < len(fields) and _GRADE.fullmatch(fields[graded].strip()):
            graded += 1
        if graded > 1:
            fields = [_joined(content, fields[:graded]), *fields[graded:]]
    # "Velotech Academy – Certified Bicycle Mechanic Level 2 – Dec 2016": the issuer first,
    # then the name of what it awards (a credential's word in it, no body's name).
    # So is a body's name before a title alone over its fields ("Kentucky Board of Pharmacy —
    # Pharmacy Technician Registration"), or one the title names again ("(ACE) — ACE …").
    leading_issuer = colon_issuer[0] if colon_issuer is not None else None
    if (
        leading_issuer is None
        and len(fields) > 1
        and (
            named_again(fields[0], fields[1])
            or (
                names_an_issuer(before_dates(fields[0]), issuers)
                and (len(fields[0].split()) > 1 or issuers.is_issuer(fields[0].strip()))
                and not names_an_issuer(before_dates(fields[1]), issuers)
                and (
                    CREDENTIAL_WORD.search(fields[1])
                    or (fields_below and len(fields) == 2 and not credential_named(fields[0]))
                )
            )
        )
    ):
        leading_issuer = TRAILING_JUNK.sub("", before_dates(fields[0]))
        fields = fields[1:]
    title = TRAILING_JUNK.sub("", fields[0])
    # A law's year is its name's ("… (Sale and Supply of Alcohol Act 2012)"), not a date.
    title = TRAILING_JUNK.sub("", re.sub(_DATE_IN_TITLE, "", title))
    short = len(title) < 3 and not BARE_ACRONYM.match(title)  # "PE" is a licence
    if short or not re.search(r"[A-Za-z]{2}", title) or issuers.is_issuer(title):
        return None
    # One ordinary word alone ("Engineer", "Professional") is a fragment a column split or
    # a wrap left behind, not a credential's name: those are acronyms or several words.
    fragment = len(title.split()) == 1 and not BARE_ACRONYM.match(title.rstrip(")"))
    # "Weinakademiker — Weinakademie Österreich" over its dates and ID: one word with its
    # issuer after the dash and its fields below is a whole entry; so is one word alone over
    # its fields, its issuer's among them under their label ("Issuer: …"), and one word over
    # its issuer's line, dated (a profile's card, a date column's entry).
    whole = (card and (backed or bool(dated) or column_dated)) or (
        backed
        and (
            issuer_labelled
            or (
                len(fields) > 1
                and re.match(re.escape(title) + r"\s+[–—-]\s", content) is not None
                and names_an_issuer(before_dates(fields[1]), issuers)
            )
        )
    )
    if fragment and not line.links and not HAS_YEAR.search(content) and not whole:
        return None
    # A table row's cells are its fields, not a list's items: the label's list is in a cell.
    listed = content.split(CELL_SEPARATOR)[0] if line.table_row else content
    listed_names = LABELLED_LIST.match(listed) and not one_entry(
        listed, lambda part: names_an_issuer(TRAILING_JUNK.sub("", part), issuers)
    )
    if _sentence_long(title) or listed_names:
        return None
    # In a mixed section ("Certs & Skills") a bare phrase is a skill, not a credential:
    # ask for a credential word, an acronym, or a date, ID, issuer or link beside it.
    rest = content[len(title) :]
    has_evidence = bool(
        backed
        or CREDENTIAL_WORD.search(title)
        # "CISSP", "ACA", "PE" alone on a line of a certifications list.
        or BARE_ACRONYM.match(title)
        or line.links
        or dated
        or column_dated
        or CREDENTIAL_ID.search(content)
        or HAS_YEAR.search(content)
        or (issuers.pattern is not None and issuers.pattern.search(rest))
        # "Databricks Data Engineer": a known issuer's name and the name of what it awards.
        or _issuer_then_name(title, issuers)
    )
    if not has_evidence:
        return None
    # "Epic EMR Training Course – Completed September 2025": a course attended, under
    # professional development, claims no certificate unless it names or links one.
    if (
        line.section is Section.COURSES
        and _ATTENDED.search(title)
        and not _AWARDED.search(content)
        and not line.links
        and not CREDENTIAL_ID.search(content)
    ):
        return None
    hint = None
    # One bracket inside it at most: "(Agencia Federal de Aviación Civil (AFAC))".
    bracketed = re.search(r"\s*[(\[]((?:[^()\[\]]|\([^()\[\]]*\)){2,80})[)\]]$", title)
    # "(CKA)" names the credential; "(Meta)", "(DeepLearning.AI)", "[ICAEW]" name who
    # issued it: a known issuer, a square bracket, or a second bracket after the acronym's
    # ("Chartered Accountant (ACA) (ICAEW)").
    # "(Level 4)", "(Part 2)", "(… Act 2012)": a level or a law's name is the title's; an
    # issuer's name holds no year.
    # "(7–12)", "(K-6)": a range of grades or numbers names no one.
    # "(incl. MAX differences)", "(with night rating)": a bracket opening in lower case
    # qualifies the title; a body's name opens with a capital, or with "via", "by".
    # "(Ley 20.235)", "(Reg. 852/2004)": a law's or a rule's number is the title's; so is a
    # list of its modules ("(First Aid, Manual Handling, Fire Awareness)").
    if bracketed and (
        _GRADE.fullmatch(bracketed.group(1))
        or (_modules(bracketed.group(1)) and not ORGANISATION.search(bracketed.group(1)))
        or HAS_YEAR.search(bracketed.group(1))
        or re.search(r"\s\d+[./]\d+$", bracketed.group(1))
        or not re.search(r"[^\W\d_]{2}", bracketed.group(1))
        or re.match(r"(?!(?:via|by|from|through)\b)[a-z]{2,}\.?\s", bracketed.group(1))
    ):
        bracketed = None
    # "Construction Induction (White Card), WorkSafe Queensland, 2014": with its issuer named
    # after it or on the line below, a bracket that names no body is the title's other name.
    # "Certified Court Interpreter (Spanish), Judicial Council of California": so is one
    # before a field that names the issuer, or after it ("ESCO Institute — … (Universal)").
    if (
        bracketed
        and (
            (len(fields) > 1 and _more_of_a_title(fields[1], issuers))
            or name_below
            or leading_issuer is not None
            or any(
                names_an_issuer(before_dates(field), issuers) and not FIELD_LINE.match(field)
                for field in fields[1:]
            )
        )
        and not names_an_issuer(bracketed.group(1), issuers)
        and "." not in bracketed.group(1)
    ):
        bracketed = None
    # "Accredited Tier Designer (ATD)": letters that spell out the title's words are its own,
    # whatever body writes the same letters.
    own = bracketed is not None and initials_of(bracketed.group(1), title[: bracketed.start()])
    if bracketed and (
        not (ACRONYM.fullmatch(bracketed.group(1)) or short_name(bracketed.group(1), title))
        or (issuers.is_issuer(bracketed.group(1)) and not own)
        or bracketed.group(0).endswith("]")
        or title[: bracketed.start()].rstrip().endswith(")")
        # "IOSH Managing Safely (IOSH)": the letters the title opens with name its body.
        or title.split()[0] == bracketed.group(1)
    ):
        hint = bracketed.group(1)
        title = title[: bracketed.start()].strip()
        if len(title) < 3:
            return None  # "(The Linux Foundation) | Obtained …": an issuer, not a title
    found = Found(title, content, line, content, None, OPEN_WORLD_CONFIDENCE)
    found.issuer_hint = hint or leading_issuer
    return found


_LEGAL_FORM_END = re.compile(
    r"\b(?:Inc|Ltd|Corp|Co|Pty|LLC|PLC|GmbH|AG|S\.A|S\.L|B\.V|N\.V|e\.V|S\.p\.A)\.$"
)
_DATE_IN_TITLE = re.compile(
    # "ISO 45001:2018": a year after a colon is a standard's edition.
    r"\(?(?<!:)(?<!\bAct )(?<!\bRegulations )(?<!\bOrder )(?<!\bRules )(?<!\bCode )"
    r"\b(?:19|20)\d{2}\b.*$"
)
# A grade of the title it follows, in a field or a bracket of its own: "Level 3", "Part II",
# "Category 10", "Class A", "HSE Level 3", "(level 4)", "(NQF 5)", and a level named by its
# rung ("Foundation Level", "Advanced Level"). One pattern for every place a grade is read.
_GRADE = re.compile(
    r"(?:[A-Z]{2,6}\s+)?(?:[Ll]evel|[Pp]art|[Gg]rade|[Cc]ategory|Cat\.|[Cc]lass|[Ss]tage|[Tt]ier"
    r"|[Mm]odule|[Bb]and|[Pp]hase|NQF|RQF|SCQF|nqf|rqf|scqf)\s+(?:[IVX]{1,4}|\d{1,2}[A-Za-z]?|[A-Za-z]{1,4})"
    r"|(?:Foundation|Entry|Intermediate|Advanced|Expert|Practitioner|Professional)\s+Level"
)


def _modules(bracket: str) -> bool:
    """Three or more names listed with commas ("Slings, Shackles and Hoists")."""
    return "," in bracket and len(re.split(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+", bracket)) >= 3


def _names_a_field(part: str, issuers: Issuers) -> bool:
    text = part.strip()
    if _GRADE.fullmatch(text):
        return False  # "Certified Safety Professional, HSE Level 3": the title's level
    return bool(
        FIELD_LINE.match(text)
        or HAS_YEAR.search(text)
        or CREDENTIAL_ID.search(text)
        or ORGANISATION.search(text)
        or issuers.is_issuer(text)
        or (issuers.pattern is not None and issuers.pattern.search(text))
        or NOT_HELD.search(text)
    )


def _dash_then_cell(content: str, fields: Sequence[str]) -> bool:
    """The second field follows the first after a dash, and the third the second after a
    stronger part: a table's cell bar or a list's "·"."""
    first = content.find(fields[0])
    second = content.find(fields[1], first + len(fields[0]))
    third = content.find(fields[2], second + len(fields[1]))
    if min(first, second, third) < 0:
        return False
    dash = content[first + len(fields[0]) : second].strip()
    cell = content[second + len(fields[1]) : third].strip()
    return dash in ("–", "—", "-") and cell in ("|", "·")


def _more_of_a_title(part: str, issuers: Issuers) -> bool:
    """A field after a title that names nothing of its own: no date, ID, issuer or label."""
    words = before_dates(part).strip()
    return bool(words) and not _names_a_field(words, issuers)


def _subject_letters(part: str, issuers: Issuers) -> bool:
    """ "HCM" after "Workday Pro Certification:": a subject's letters in capitals, which name
    no issuer the catalog knows, are the credential's subject, not a body."""
    text = part.strip()
    return bool(
        _LETTERS.fullmatch(text)
        and not issuers.is_issuer(text)
        and not (issuers.pattern is not None and issuers.pattern.search(text))
    )


_LETTERS = re.compile(r"[A-Z][A-Z0-9&/+-]{1,9}")


def _joined(content: str, parts: list[str]) -> str:
    """The text of ``content`` from its start to the end of the last of ``parts``, the
    separators between them kept."""
    end = 0
    for part in parts:
        found = content.find(part, end)
        if found < 0:
            return parts[0]
        end = found + len(part)
    return content[:end]


def _issuer_then_name(title: str, issuers: Issuers) -> bool:
    issuer = issuers.pattern.match(title) if issuers.pattern else None
    rest = title[issuer.end() :].split() if issuer is not None else []
    return len(rest) >= 2 and all(word[:1].isupper() for word in rest)


# A course or training by name, and the words that make one an award.
_ATTENDED = re.compile(r"(?i)\b(?:course|training|workshop|seminar|bootcamp|review)\b")
_AWARDED = re.compile(r"(?i)certif|licen[cs]|\bbadge|diplom|speciali[sz]ation|\bcredential")


def _sentence_long(title: str) -> bool:
    """Over 14 words is a sentence, not a name, unless each word but the small ones opens with
    a capital, a digit or a bracket: an awarding body's formal name for a qualification ("Level
    3 Award in the Initial and Periodic Inspection and Testing of Electrical Installations")."""
    words = title.split()
    if len(words) <= 14:
        return False
    named = all(
        word[:1].isupper() or word[:1] in "([0123456789" or word in _SMALL for word in words
    )
    return not named or len(words) > 24


_SMALL = SMALL_WORDS | {"a", "an", "at", "or", "with"}
