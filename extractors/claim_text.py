"""The patterns claim finding reads a line with, and the text rules built on them.

What a line holds (a cue word, a credential ID, a field line, a negative), how a credential
line is cut into title, issuer and dates, and the sentence a match is judged in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extractors.awarding_bodies import AWARDING_BODY
from extractors.dates import DATES_STATUS, SINCE_WORDS, find_dates, only_dates_in
from extractors.lazy_patterns import lazy_pattern
from extractors.models import Link
from extractors.not_held import NOT_HELD
from extractors.number_shapes import DOTTED, REGISTER, SPACED
from extractors.resume_languages import (
    EXPIRY_LABELS,
    ISSUED_LABELS,
    NUMBER_LABELS,
    VERIFY_LABELS,
    alternation,
)
from extractors.sections import Section
from extractors.text import find_urls, word_set

# Punctuation that résumés use freely inside titles ("Architect – Associate", "(ISC)²",
# "Certified: Terraform"); matching blanks it out, keeping every offset in place.
MATCH_BLANKS = str.maketrans(dict.fromkeys('-–—:,()[]|·•/®™"“”‘’;', " "))

CREDENTIAL_SECTIONS = frozenset({Section.CREDENTIALS, Section.COURSES})
CUE = re.compile(
    r"(?i)\b(certified|certification|certificate|certificated|credential|licen[cs]ed|licen[cs]e"
    r"|holder|passed|earned|awarded|accredited|qualified)\b"
)
# A list's marker: the usual glyphs, or any arrow, geometric shape or dingbat ("➤", "◆", "✓").
_MARKS = r"•◦▪▫●○■□►▸‣⁃∙·*+–—\u2190-\u21ff\u25a0-\u25ff\u2700-\u27bf-"
BULLET = re.compile(rf"^\s*(?:[{_MARKS}]|\d{{1,2}}[.)])\s+")
# A line set in capitals, which keeps no case: its "P.ENG." is "P.Eng.", its "CHFC" "ChFC".
IN_CAPITALS = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")
CREDENTIAL_ID = re.compile(
    r"""(?ix)
    \b(?:credential|certificate|certification|certificat|cert\.?|licen[cs]e|registration
      |member(?:ship)?|validation|verification|badge|credencial|identifiant|zertifikats?
      |e-?card|card(?=\s*(?:id\b|\#|no\.|num(?:ber)?\b))  # "eCard 2457…", "Card No. …"
      # A card named before its number ("SSP card SSP4471920", "CSCS card 04417723"); a
      # licence's clipped label ("Lic. # TA-5821").
      |(?<=\w\ )card(?=:?\ (?-i:[A-Z0-9-]*\d))|lic\.?(?=\s*(?:\#|no\.|num(?:ber)?\b))
      # "N. credenziale: RIG-55120", "Número da credencial": other languages' labels.
      |"""
    + alternation(NUMBER_LABELS)
    + r""")
    \s*(?:id|\#|no\.?|num(?:ber)?|code)?\s*[:#]?\s*
      # A year after the word is when ("… Certificate 2019"), not a card's "2044 7310 5582 …".
      [`'"]?(?!(?:19|20)\d{2}(?![\w-]|\ \d{4}\ \d))(?P<id>"""
    + REGISTER
    + DOTTED
    + SPACED
    + r"""(?=[A-Za-z0-9-]*\d|(?-i:[A-Z]+)/)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9]
      (?:/[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])*))
    # "ID: 785421", "No. 3011876", "ID `785421`" (Markdown code), and "#785421" after an
    # issuer's name (but not "C#").
    # French "N° de certificat : 58214", "N° 58214": the number sign, with what it numbers.
    # An agency's reference, its label with a colon or a number's word: "Ref: IRL.FCL.11842",
    # "Reference no. 4471" (not "Reference Architecture 2").
    # "Nr." / "nr" (German, Dutch, Polish, also after a word and a hyphen: "Zertifikats-Nr."),
    # Italian "n." and Spanish "N.º" (which NFKC leaves as "N.o"); Portuguese "Nº", which NFKC
    # leaves as "No" before digits or a number in capitals ("Nº AWS-PSA-8K2M41").
    | (?:\b(?:id|no\.|nr\b\.?|n\.(?:\s?[°ºo])?(?=\s)|(?-i:No)(?=\s+(?-i:[A-Z0-9][A-Z0-9-]*)\d))
      |(?<![\w\#&+])\#
      |\bn\s?[°º](?:\s+d[eu]\s+[a-zé]+)?
      |\bref(?:erence)?\.?(?=\s*(?:no\.?|number)?\s*[:\#])(?:\s*(?:no\.?|number))?
      |\bref(?:erence)?\.?\s+(?:no\.?|number)
      # "Number: 74218" alone on its line, a form's field: the entry's number.
      |(?:^|(?<=[\t\n]))\s*number(?=\s*:))\s*[:#]?\s*
      [`'"]?(?!(?:19|20)\d{2}(?![\w-]|\ \d{4}\ \d))(?P<bare>"""
    + REGISTER
    + DOTTED
    + SPACED
    + r"""(?=[A-Za-z0-9-]*\d|(?-i:[A-Z]+)/)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9]
      (?:/[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])*))
    """
)
# A field labelled as the issuer, on a line of its own or between separators.
ISSUER_LABEL = re.compile(
    r"""(?imx)(?:^|[|·•;\t]\s*)\s*(?:
      issu(?:ed|ing)\s+(?:by|body|organi[sz]ation|authority)|issuer|awarded\s+by|granted\s+by
      |awarding\s+(?:body|organi[sz]ation)|certifying\s+(?:body|organi[sz]ation)
      # A form's own label, with its colon: "Organization: …", "Provider: …".
      |(?:organi[sz]ation|provider|institution|authority)(?=\s*:)
    )\s*:?\s+(?P<name>[^\n|·•;\t]+)"""
)


# A web address, bare ones too ("credly.com/badges/…"): its words are not the line's.
WEB_ADDRESS = re.compile(r"\S*(?:://|\.[a-z]{2,}/)\S*")
_OTHER_LABELS = "|".join(
    alternation(table) for table in (ISSUED_LABELS, EXPIRY_LABELS, NUMBER_LABELS, VERIFY_LABELS)
)
# A pictograph an app sets before a heading or a field ("📚", "🔗", "⏳"), its variation selector
# after it.
ICON = "[\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\\s*"

# Lines in a credentials section that describe the entry above rather than start a new one.
# Words that open a field after a number ("LF2100 Issued Jan 2021"), not a name.
_FIELD_WORDS = (
    "(?:Issued|Expires|Expiry|Expired|Valid|Verify|Since|Credential|Awarded|Earned|Obtained"
    "|Completed|Renewed|Registered|Licensed|Certified\\s+(?:on|in)\\b)"
)
FIELD_LINE = lazy_pattern(
    # An app's icon before the field ("🔗 https://…", "📅 Issued …") is decoration.
    r"""(?ix)^\s*(?:"""
    + ICON
    + r""")?(?:
      issued|issuer|issuing|credential|issue\s+date|date\b|certificat(?:e|ion)\s+(?:id|no|number)|licen[cs]e\s*(?:\#|no|number)
      # "Cert. no. 219874", "Cert # 785421": the short label a number line opens with.
      |cert\.?\s*(?:id|\#|no|number)
      # "Licence/Credential no. 219874": two labels for one number.
      |[a-z]+\s*/\s*(?:credential|licen[cs]e|certificate|registration)\s*(?:id|\#|no|number)
      # "Licence/ID no. 21061457", "Certificate/No. 4411": the other way round.
      |(?:credential|licen[cs]e|certificate|registration)\s*/\s*(?:[a-z]+\s*)?(?:id|\#|no|number)\b
      |expires?|expiration|expiry|exp\.|valid|verify|verification|show\s+credential|see\s+credential
      # Europass-style labels: "Link: https://…", "Awarding body: …", "Registration number: …".
      # "Attachment / URL: https://…": an application form's field for the entry's file or link.
      |(?:attachment\s*/\s*)?(?:link|url)\s*:|view\s+(?:certificate|credential|badge)|awarding\b
      # "Online verification link  https://…", "Public badge URL: …": a form's field for the
      # entry's address, named in a word or two before "link" or "URL", the address after it.
      |(?:[a-z]+\s+){1,2}(?:link|url)\s*(?::|\s+(?=https?://|www\.))
      # "Since 2019", "Since 03/2019", "Since Mar 2019", "seit März 2019": when the credential
      # was first held.
      |(?:"""
    + SINCE_WORDS
    + r""")\s+(?:\d{1,2}[/.]|[^\W\d_]{3,9}\.?\s+)?(?:19|20)\d{2}\b
      |registration\s*(?:id|\#|no|number)
      # "Number:\t74218": a form's bare label for the entry's number, with its colon.
      |number\s*:
      # "Member No. 2190437": the number a body's register gives its member, a licence's field.
      |member(?:ship)?\s*(?:id|\#|no|number)
      # "Card no.: 448120", "SSP card: SSP4471920", "Lic. # TA-5821": a card's number (a card's
      # short name may come first) and a licence's under its clipped label.
      |(?:[a-z]{2,6}\s+)?card\s*(?:id|\#|no\b|number|:?\s*(?=[a-z]*\d)(?=[a-z0-9-]{5,}\b))
      |lic\.?\s*(?:\#|no\b|number)
      # An agency CV's labels: "Ref: IRL.FCL.11842", "Reference no. 4471", "Renewal due 03/2027",
      # "Due for renewal 2027"; a reference is a label only with its colon or number sign.
      |ref(?:erence)?\.?\s*(?:no\.?|number|\#)?\s*[:\#]|ref(?:erence)?\s+(?:no\.?|number)
      |renewal\s+(?:due|date)|due\s+for\s+renewal
      # A degree's level in a qualifications framework ("Level in EQF: EQF level 6", "NQF
      # Level 7"), as Europass and national forms print it under the degree: a field of it.
      |(?:level\s+in\s+)?(?:eqf|nqf|rqf|scqf|fheq|aqf|dqr)\b
      |https?://|www\.|id\b|\#|no\.\s*[:#]?\s*[A-Z0-9-]*\d|score|grade|awarded|earned|obtained|completed|renewed|active\b
      |ausgestellt|erworben|gültig|zertifikats|emitido|expedido|obtenido|vence|válido|credencial
      |n[úu]mero|délivré|obtenu|expire|valable|identifiant|numéro|n\s?[°º]\s|vérifier|verificar
      # Spanish, Portuguese and Italian labels: "Expedición:", "Nº de credencial:", "Scadenza".
      |(?:"""
    + _OTHER_LABELS
    # (a label's end: "जारी" ends in a vowel sign, which is no word's letter to "\b")
    + r""")(?!\w)
      # "02.2024": a month and year with a dot, as European résumés write them.
      |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{4}|['’]\d{2}\b)
      |\d{1,2}/\d{4}|\d{4}\b
      |\d{1,2}\.(?:19|20)\d{2}\b
      # A number alone ("PHY0002194763"), but not a unit's code that opens its name
      # ("HLTAID011 Provide First Aid", "BSBWHS332X Apply …", a refrigerant's "R-410A Safety
      # Certification", a code set's "ICD-10-CM Proficiency - AAPC"): letters, a hyphen maybe,
      # digits, then words (or a word and the dash before its issuer).
      # Nor a name in mixed case, a capital and small letters before its digit ("Pix4D").
      |(?!(?-i:[A-Z][a-z]+\d))(?!(?-i:[A-Z]+-?\d{2,}(?:[A-Z]|-[A-Z]{1,3})?\s+(?!"""
    + _FIELD_WORDS
    + r"""\b)[A-Z][a-z]+(?:\s+\w|\s+[-–—]\s|\s*$)))(?=[A-Z0-9-]{5,}\b)[A-Z-]*\d[A-Z0-9-]*\b
      # A number in dotted parts alone ("SE.66.4471"), as CREDENTIAL_ID reads one.
      |(?=[\w.]*\d)[A-Z0-9]{1,6}(?:\.[A-Z0-9]{1,8}){2,}\b
    )"""
)
# Between a title and its issuer or dates. Commas come last: titles have them too
# ("IBM DevOps, Cloud, and Agile Professional Certificate").
STRONG_SEPARATORS = re.compile(
    # A comma with a space before it ("Mental Health First Aider , MHFA England") is a field
    # separator a template wrote, never a title's own comma.
    # Two hyphens alone are a dash typed on a keyboard ("CISSP (ISC2) -- May-2021").
    r"\s+,\s+|\s+(?:--|[-–—|·•:])\s+|\s*\|\s*|\s*[–—]\s*|\s*\t\s*"
    r"|\s+(?:by|from|issued by|via)\s+"
    # "at" parts a title from a school ("… at Stanford University"), not "First Aid at Work".
    r"|\s+at\s+(?=[^,|·•–—(]*\b(?:University|Universit\w*|Institute|College|School|Academy"
    r"|Cent(?:er|re)|Hospital)\b)"
    # A label's colon holds its value ("Ref: RCP 0093174"): one field, not two.
    r"|(?<!Certified)(?<!Certified\s)(?<!Microsoft)(?<!HashiCorp)(?<!\bRef)(?<!\bReference):\s+"
)
COMMA = re.compile(r"\s*,\s+(?!and\b|or\b|&)")
TRAILING_JUNK = re.compile(r"[\s,;:|·•–—-]+$|^[\s,;:|·•–—-]+")
# Link text that names no credential, only the record it opens ("Online record", "View
# certificate", "Verify here"): the link belongs to the entry it sits in.
GENERIC_LINK_TEXT = re.compile(
    r"(?i)^(?:(?:verify|verification|link|view|show|see|open|check|online|record|credential"
    r"|certificate|badge|here|details|public|page|url|my|the|this|on|full|digital|official)\b"
    r"|\W)*$"
)
BADGE_URL = re.compile(
    r"(?i)(?:credly\.com/(?:badges|go)/|youracclaim\.com/badges/|credential\.net/|accredible\.com/"
    r"|badgr\.(?:com|io)/public/assertions/|coursera\.org/(?:share|verify|account/accomplishments)/"
    r"|udemy\.com/certificate/|learn\.microsoft\.com/.*/transcript|certmetrics\.com/"
    r"|linkedin\.com/learning/certificates/|confirm\.udacity\.com/|/assertions?/|openbadge)"
)
OPEN_WORLD_CONFIDENCE = 0.55
CREDENTIAL_WORD = re.compile(
    r"(?i)certif|licen[cs]|\bbadge|diplom|\bcourse|program|speciali[sz]ation|\btrack\b|associate"
    r"|professional|specialist|expert|practitioner|fundamentals|\bbelt\b|nurse|auditor|\bexam"
    r"|\blevel\b|\([A-Z][A-Z0-9+-]{1,10}\)|\bcertified|accredit|qualification|\bcpr\b"
)
VERSION = re.compile(r"\s*\((\d{3})\)")
ORGANISATION = re.compile(
    r"\b(?:Board|Institute|Institution|Association|Academy|University|Council|Foundation|Society"
    r"|Inc|Ltd|LLC|GmbH|College|Agency|Authority|Department|Ministry|Commission|Organi[sz]ation|Alliance"
    r"|Guild|Federation|Chamber|School|Corporation|Committee|Administration|Office"
    r"|(?:City|County|State|Province|Borough)\s+of\s+(?=[A-Z])"
    # "Commonwealth Education Trust"; "Zero Trust" is a way of securing a network.
    r"|(?<!Zero )Trust)\b"
    # A firm named for its partners: "J. J. Keller & Associates", "Ward & Sons".
    r"|&\s(?:Associates|Partners|Sons)\b"
    r"|^[A-Z][A-Z0-9&-]{1,9}$"
    # German bodies, often ending a compound ("Ärztekammer", "Landesamt"); French, Spanish ones.
    r"|\b[A-ZÄÖÜ]\w*(?:präsidium|kammer|amt|behörde|verband|ministerium|akademie|institut"
    r"|hochschule|universität|schule|zentrum|verein|stiftung|gesellschaft)\b|\be\.\s?V\."
    r"|\b(?:Universit[éà]|Universidad|Colegio|Consejo|Ministerio|Ordre|Chambre|Agence|École"
    r"|Escuela|Fondation|Fundación|Agencia|Instituto|Asociación|Comité|Autoridad"
    # Spanish, Portuguese and Italian commissions, councils, chambers and orders.
    r"|Comisión|Comissão|Commissione|Conselho|Consiglio|Istituto|Ordine|Ordem|Cámara|Câmara"
    # A Spanish board ("Junta Examinadora de …") or secretariat ("Secretaría de Salud").
    r"|Superintendencia|Dirección|Junta|Secretar[ií]a)\b" + AWARDING_BODY  # "Highfield …"
)
# Words that open a sentence before a credential's name without being part of it.
LEADING_WORDS = word_set(
    "the a an earned obtained achieved holds hold holding passed completed awarded received"
    " current active valid and also including"
)
# Capitalised words right before a known issuer's name belong to it.
# A spaced hyphen is a typed dash ("First Aid - British Red Cross"), as "–" and "—" are.
CAPITALISED_BEFORE = re.compile(r"(?:^|[,;|·•–—(]\s*|\s-\s+|\n)((?:[A-Z][\w.&'-]*[ ]){1,3})$")
# "(JNCIA-Junos)", "(CKA)", "(SHRM-CP)": one word with a run of capitals and no dot.
ACRONYM = re.compile(r"(?=[^\s.]*[A-Z]{2})[A-Za-z0-9+/-]+")
# Words that make a catalog title a credential rather than a job or a product.
HELD_WORD = re.compile(r"(?i)certif|associate|professional|specialist|expert|practitioner")
FIELD_WORDS = re.compile(
    r"(?i),?\s+(?:issued|earned|obtained|completed|awarded|expires?|expiration|valid|credential"
    r"|certificate\s+no|licen[cs]e\s*(?:#|no)|id:)"
)
BARE_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+/&-]{1,7}$")
# A year, or its last two digits after a month's name and an apostrophe ("Jan '25").
HAS_YEAR = re.compile(
    r"\b(?:19|20)\d{2}\b|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+['’]\d{2}\b)"
)
OPENING_JUNK = re.compile(r"[\s,;:|·•–—(-]+$")
# A line ending in a dash, a colon or a joining word goes on in the next.
OPEN_END = re.compile(r"(?:\s[–—-]|:|&|\b(?:and|of|in|for|the))\s*$", re.IGNORECASE)
# A line opening with a dash, bracket or bar carries on the entry above it.
TAIL_START = re.compile(r"^\s*[—–(|·,&]")
# "Cloud providers: AWS, GCP": a label and a list is a skills line. A colon between digits
# is a standard's edition ("ISO 45001:2018"), no label's.
LABELLED_LIST = re.compile(
    r"^(?:[^:,·|]|(?<=\d):(?=\d)){2,40}:(?!\d)\s*[^,·|]+(?:[,·|]\s*[^,·|]*)+$"
)
# The words of a link written after a title ("verify ↗", "Verify ›", "→"): a link word with
# an arrow, or an arrow alone, is the link's text, not the title's.
LINK_WORDS = re.compile(
    r"(?i)\s*\b(?:verify|verification|view|show|see|open|check|link|badge|credential"
    r"|certificate)?\s*[↗→›»➜➔⇗]+(?=\s*(?:$|[|·•\t]))"
)


@dataclass(frozen=True)
class ClaimLine:
    """A line of the résumé with the context claim finding needs."""

    index: int
    text: str
    page: int
    section: Section
    bbox: tuple[float, float, float, float] | None = None
    links: tuple[Link, ...] = ()
    #: Where the line's own content starts (after an inline "Certifications:" heading).
    content_start: int = 0
    name_line: bool = False
    #: The label of a group of credentials inside a section ("AWS" above "Developer Associate").
    group: str | None = None
    emphasised: bool = False
    plain: bool = False
    size: float | None = None
    table_row: bool = False
    #: A blank line stands between it and the line above (a text or Word résumé's paragraphs).
    blank_before: bool = False
    #: The page and number of the card of one entry the line is in (PDF): a card holds its
    #: entry whole.
    card: tuple[int, int] | None = None
    #: The lines around it in the same section, for sentences that wrap.
    before: str = ""
    after: str = ""


def filter_spans(spans: Sequence[Any]) -> list[Any]:
    """The longest of overlapping spans, as spaCy keeps them."""
    from spacy.util import filter_spans as longest

    return list(longest(spans))


def balanced(text: str, start: int, end: int) -> str:
    """The text of a match with the bracket it opened closed: "(RN)", not "(RN"."""
    written = text[start:end]
    if written.count("(") > written.count(")") and text[end : end + 1] == ")":
        return written + ")"
    return written


def before_dates(text: str) -> str:
    """The text up to its first date, without the punctuation that led into it."""
    dates = find_dates(text)
    if dates:
        text = OPENING_JUNK.sub("", text[: dates[0].start])
    return TRAILING_JUNK.sub("", text)


def before_date_cell(text: str) -> str | None:
    """The text before a last cell that holds only dates ("Certified … ⇥ May 2020 – May
    2026"), or None when the line does not end in such a cell."""
    head, tab, last = text.rpartition("\t")
    # The dates' status after them ("Jun 2019 – Jun 2023 (expired)") is still the dates' cell.
    last = DATES_STATUS.sub("", last)
    return head.rstrip() if tab and head.strip() and only_dates_in(last) else None


def find_urls_in(text: str) -> bool:
    return any(True for _ in find_urls(text))


def match_text(text: str) -> str:
    return text.translate(MATCH_BLANKS)


def _sentence_start(text: str, start: int) -> int:
    left = max(text.rfind(mark, 0, start) for mark in (". ", "; ", "! ", "? "))
    return left + 1 if left >= 0 else 0


def _sentence_around(text: str, start: int, end: int) -> str:
    rights = [i for i in (text.find(mark, end) for mark in (". ", "; ", "! ", "? ")) if i >= 0]
    return text[_sentence_start(text, start) : min(rights) if rights else len(text)]


def context(line: ClaimLine, start: int, end: int) -> str:
    """The sentence around a match, reaching into the lines before and after it.

    Entries in a credentials section stand alone: a neighbour's "In progress" is not theirs.
    """
    text, shift = _with_neighbours(line)
    return _sentence_around(text, start + shift, end + shift)


def not_held_around(line: ClaimLine, start: int, end: int, *, own_words: bool = True) -> bool:
    """The sentence around a match says the credential is not held ("preparing for", "enrolled
    in"). With ``own_words``, a status word inside the match is its name's, no status: "Enrolled
    Agent" is a licence, "Business Intelligence Professional Certificate" no business's."""
    text, shift = _with_neighbours(line)
    start, end = start + shift, end + shift
    left = _sentence_start(text, start)
    sentence = _sentence_around(text, start, end)
    return any(
        not (own_words and start <= left + match.start() and left + match.end() <= end)
        for match in NOT_HELD.finditer(sentence)
    )


def _with_neighbours(line: ClaimLine) -> tuple[str, int]:
    """The line with the lines around it when a sentence runs across them, and where the
    line's own text starts in it."""
    if line.section in CREDENTIAL_SECTIONS:
        return line.text, 0
    shift = len(line.before) + 1 if line.before else 0
    text = f"{line.before} {line.text} {line.after}" if line.before else f"{line.text} {line.after}"
    return text, shift


def fields_below(line: ClaimLine | None) -> bool:
    """The line holds an entry's dates ("Jan 2024 · Verify") or its link alone."""
    if line is None:
        return False
    text = line.text.strip()
    dated = bool(FIELD_LINE.match(text)) and HAS_YEAR.search(text) is not None
    return dated or (bool(text) and not WEB_ADDRESS.sub("", text).strip())


# The small words inside an organisation's name, and its acronym in brackets: "Agencia
# Federal de Aviación Civil (AFAC)", "Institute of Safety Professionals of Nigeria (ISPON)".
NAME_JOINERS = frozenset(["of", "and", "&", "for", "the", "de", "del", "la", "los", "y"])


# A body's acronym after its name, on a line of its fields ("… of Ghana (SRATG) · 2020").
BODY_ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9&-]{1,10}\)\s*$")


def name_word(word: str) -> bool:
    """A word of an organisation's name: capitalised, a joining word, or its acronym."""
    return word[:1].isupper() or word in NAME_JOINERS or bool(BODY_ACRONYM.fullmatch(word))
