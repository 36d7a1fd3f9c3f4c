"""Other languages' words a job description is read with, as data: employers post in their
own language, and a recruiter reads "Atouts", "Mile widziane" or "Nilai tambah" as "Nice to
have", "lub" and "atau" as "or", "Oferujemy" as "We offer".

One row per language, each word with where its meaning comes from (the language's standard
dictionary, or the heading as that country's job boards print it). The patterns built here
are spliced into ``extractors.role_text``'s; the words are matched case-insensitively and
whole (a heading's word must open the heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A language's words for what a posting says, each a regular-expression fragment."""

    name: str
    #: Where the meanings come from.
    source: str
    #: "or" between alternatives; only words that are not also common English words.
    or_words: tuple[str, ...] = ()
    #: Words that may stand between "or" and the next alternative (articles, "of").
    fillers: tuple[str, ...] = ()
    #: Headings of what is wanted but not needed ("Nice to have").
    preferred: tuple[str, ...] = ()
    #: Headings of what the employer gives or says of itself ("We offer", "Benefits").
    offered: tuple[str, ...] = ()
    #: "equivalent" / "similar" after "or" (the phrase's last word, as these languages put
    #: the adjective after the noun: "ou outra ferramenta similar").
    equivalent: tuple[str, ...] = ()
    #: "certified partner" before a vendor's name: the employer's partnership, not a need.
    partner: tuple[str, ...] = ()


LANGUAGES: tuple[Language, ...] = (
    Language(
        "French",
        "Larousse: atout 'asset', offrir 'to offer', avantages sociaux 'benefits', "
        "équivalent, similaire, comparable, partenaire certifié 'certified partner'",
        or_words=("ou",),
        fillers=("de", "d'", "du", "des", "le", "la", "les", "l'", "un", "une", "autre"),
        preferred=(r"atouts?", r"(?:serait|est)\s+un\s+(?:atout|plus)", r"souhait[ée]\w*"),
        offered=(
            r"ce\s+que\s+nous\s+(?:offrons|proposons)",
            r"nous\s+(?:offrons|proposons)",
            r"avantages(?:\s+sociaux)?",
            r"pourquoi\s+nous\s+rejoindre",
        ),
        equivalent=(r"[ée]quivalente?s?", r"similaires?", r"comparables?"),
        partner=(r"partenaire\s+(?:certifi[ée]e?|officiel(?:le)?)(?:\s+d[e']\s*)?",),
    ),
    Language(
        "Portuguese",
        "Priberam: diferencial 'what sets apart', benefício 'benefit', oferecemos 'we offer', "
        "equivalente, similar, semelhante, parceiro certificado 'certified partner'",
        or_words=("ou",),
        fillers=("de", "da", "do", "o", "a", "um", "uma", "outro", "outra"),
        preferred=(r"diferenciais", r"diferencial", r"desej[aá]ve(?:l|is)"),
        offered=(r"benef[ií]cios", r"oferecemos", r"o\s+que\s+oferecemos"),
        equivalent=(r"equivalentes?", r"similar(?:es)?", r"semelhantes?"),
        partner=(r"parceir[oa]\s+(?:certificad[oa]|oficial)(?:\s+d[aeo])?",),
    ),
    Language(
        "Spanish",
        "RAE: deseable 'desirable', valorar 'to value', ofrecer 'to offer', beneficio, "
        "equivalente, similar, socio certificado 'certified partner'",
        or_words=(),  # "o" and "u" are read as "or" only alone between two names
        fillers=("de", "del", "el", "la", "un", "una", "otro", "otra"),
        preferred=(r"deseables?", r"se\s+valorar[aá]", r"valorable"),
        offered=(r"(?:lo\s+que\s+)?ofrecemos", r"beneficios"),
        equivalent=(r"equivalentes?", r"similar(?:es)?"),
        partner=(r"(?:socio|partner)\s+(?:certificado|oficial)(?:\s+de)?",),
    ),
    Language(
        "Polish",
        "Słownik języka polskiego PWN: mile widziany 'welcome', oferować 'to offer', "
        "lub/albo 'or', równoważny 'equivalent', podobny 'similar'",
        or_words=("lub", "albo"),
        fillers=("z", "ze", "w", "inny", "inna", "inne"),
        preferred=(r"mile\s+widzian[ea]", r"dodatkowym\s+atutem", r"atutem\s+b[eę]dzie"),
        offered=(r"oferujemy", r"co\s+oferujemy", r"benefity"),
        equivalent=(r"r[oó]wnowa[zż]n\w*", r"podobn\w*"),
    ),
    Language(
        "Indonesian",
        "KBBI (Kamus Besar Bahasa Indonesia): nilai tambah 'added value', atau 'or', setara "
        "'equivalent', serupa 'similar', tunjangan 'allowance'",
        or_words=("atau",),
        fillers=("yang", "lain"),
        preferred=(r"nilai\s+tambah", r"diutamakan", r"lebih\s+disukai"),
        offered=(r"benefit", r"fasilitas", r"tunjangan", r"kami\s+menawarkan"),
        equivalent=(r"setara", r"sederajat", r"serupa"),
    ),
    Language(
        "German",
        "Duden: wünschenswert 'desirable', von Vorteil 'an advantage', oder 'or', "
        "vergleichbar 'comparable', gleichwertig 'equivalent', zertifizierter Partner",
        or_words=("oder",),
        fillers=("der", "die", "das", "ein", "eine", "einer", "andere", "anderer"),
        preferred=(r"w[uü]nschenswert", r"von\s+vorteil"),
        offered=(r"wir\s+bieten", r"was\s+wir\s+bieten", r"unser\s+angebot"),
        equivalent=(r"vergleichbar\w*", r"gleichwertig\w*", r"[aä]hnlich\w*"),
        partner=(r"zertifizierter\s+partner(?:\s+von)?",),
    ),
    Language(
        "Italian",
        "Treccani: costituisce titolo preferenziale 'is preferred', gradito 'welcome', "
        "oppure 'or', equivalente, analogo, partner certificato 'certified partner'",
        or_words=("oppure",),
        fillers=("di", "del", "della", "il", "lo", "la", "un", "una", "altro", "altra"),
        preferred=(
            r"(?:costituisce\s+)?(?:un\s+)?plus",
            r"graditi?",
            r"titoli?\s+preferenzial[ei]",
            r"requisiti\s+preferenziali",
        ),
        offered=(r"offriamo", r"cosa\s+offriamo", r"benefit"),
        equivalent=(r"equivalent[ei]", r"analog[oaie]", r"simil[ei]"),
        partner=(r"partner\s+(?:certificato|ufficiale)(?:\s+di)?",),
    ),
    Language(
        "Dutch",
        "Van Dale: pré 'advantage', wij bieden 'we offer', gelijkwaardig 'equivalent', "
        "vergelijkbaar 'comparable'",
        or_words=(),  # "of" is also English; read as "or" only alone between two names
        fillers=("een", "de", "het", "ander", "andere"),
        preferred=(r"pr[eé]'?s", r"pluspunten", r"is\s+een\s+pr[eé]"),
        offered=(r"wij\s+bieden", r"wat\s+bieden\s+wij", r"arbeidsvoorwaarden"),
        equivalent=(r"gelijkwaardig\w*", r"vergelijkbaar\w*"),
    ),
    Language(
        "Turkish",
        "TDK Güncel Türkçe Sözlük: tercih sebebi 'reason for preference', veya / ya da 'or', "
        "eşdeğer 'equivalent', yan haklar 'fringe benefits'",
        or_words=("veya", r"ya\s+da"),
        fillers=("bir", "başka"),
        preferred=(r"tercih\s+(?:sebebi|nedeni)(?:dir)?", r"tercihen"),
        offered=(r"yan\s+haklar", r"sunduklar[ıi]m[ıi]z"),
        equivalent=(r"e[sş]de[gğ]er\w*", r"benzer\w*", r"dengi"),
    ),
    Language(
        "Arabic",
        "Al-Maany (almaany.com): أو 'or', يفضل 'is preferred', المزايا 'the benefits', "
        "ما يعادلها 'what is equivalent to it'",
        or_words=("أو",),
        preferred=(r"يفضل", r"المؤهلات\s+المفضلة"),
        offered=(r"المزايا", r"ما\s+نقدمه"),
        equivalent=(r"يعادل\w*",),
    ),
)

# Short words for "or" that are also English words, or too short to read anywhere but alone
# between two names (Spanish and Italian "o", Dutch "of", Welsh "neu", Swedish "eller").
_LONE_OR_WORDS = ("o", "u", "of", "ou", "oder", "eller", "neu")


def _union(words: list[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def _all(field: str) -> list[str]:
    return [word for language in LANGUAGES for word in getattr(language, field)]


#: Other languages' words for "or" that are not English words.
OR_WORDS = tuple(_all("or_words"))
#: Another language's "or" in a gap between two names ("Java lub TypeScript").
OTHER_OR_WORD = re.compile(r"(?i)(?:^|[\s,(])(?:" + _union(_all("or_words")) + r")(?=$|[\s,)])")
#: Words that may stand beside another language's "or" between two names: its articles,
#: "of", "another" ("Kubernetes (AKS) ou de Docker").
_OR_PARTS = [part for each in _all("or_words") for part in each.split(r"\s+")]  # "ya da"
OTHER_GAP_FILLER = re.compile(r"(?i)^(?:" + _union([*_all("fillers"), *_OR_PARTS]) + r")$")
#: A short "or" alone between two names, after a German compound's suspended hyphen too
#: ("PMP- oder PRINCE2-Zertifizierung").
LONE_OR_GAP = re.compile(r"(?i)^\)?-?\s+(?:" + _union(list(_LONE_OR_WORDS)) + r")\s+$")
#: Another language's preferred heading, as the whole heading or its opening words.
OTHER_PREFERRED_HEADING = r"^\W*(?:" + _union(_all("preferred")) + r")\b"
#: "certified partner" before a vendor's name, in English or another language.
PARTNER_BEFORE = re.compile(
    r"(?i)\b(?:(?:certified|official|premier|gold)\s+partner(?:\s+(?:of|for))?|"
    + _union(_all("partner"))
    + r")\s+$"
)
#: Another language's heading of what the employer offers.
OTHER_OFFERED_HEADING = _union(_all("offered"))
#: "ou expérience équivalente", "ou outra ferramenta de streaming similar", "atau setara":
#: another language's "or", up to four words, and its word for equivalent.
OTHER_OR_EQUIVALENT = (
    r"^[\s,;()*]*(?:"
    # (not Dutch "of", English too: "Python of comparable scale")
    + _union([*_all("or_words"), "o", "ou", "oder"])
    + r")\s+(?:[\w'’-]+\s+){0,4}?(?:"
    + _union(_all("equivalent"))
    + r")(?!\w)"
)
