"""Tuning-14's languages: how each of its layouts names its sections and writes its dates.

Each layout of ``tuning14_documents.py`` writes one language the way its speakers write a CV:
German ("seit Mai 2020", "gültig bis 05/2026", "Zertifikats-Nr."), Spanish ("en marzo de 2021",
"válida hasta", "N.º"), Portuguese ("mai/2024", "válido até", "Nº"), Polish ("od 03.2021", "ważny
do maja 2026", "nr"), Dutch ("behaald in mei 2022", "geldig tot", "certificaatnummer") and
Italian ("giugno 2021", "valido fino a", "n.").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One language's section headings, month names and field words."""

    profile: str
    experience: str
    credentials: str
    pending: str
    skills: str
    #: The twelve months' names, parted by spaces.
    months: str
    #: Polish and other languages inflect a month after "do" ("do maja"): the genitive.
    months_after: str = ""
    since: str = ""

    def month(self, value: str | None, *, after: bool = False, numeric: str = "") -> str:
        """A ``YYYY`` or ``YYYY-MM`` date in words ("mai 2022"), or numerically with ``numeric``
        between month and year ("05/2022", "05.2022")."""
        if not value:
            return ""
        year, _, number = value.partition("-")
        if not number:
            return year
        if numeric:
            return f"{number}{numeric}{year}"
        names = (self.months_after if after and self.months_after else self.months).split()
        return f"{names[int(number) - 1]} {year}"


GERMAN = Words(
    profile="Profil",
    experience="Berufserfahrung",
    credentials="Zertifikate & Weiterbildung",
    pending="In Vorbereitung",
    skills="Kenntnisse",
    months=("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    since="seit",
)
SPANISH = Words(
    profile="Perfil profesional",
    experience="Experiencia profesional",
    credentials="Formación complementaria y certificaciones",
    pending="En curso",
    skills="Competencias e idiomas",
    months=(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    since="desde",
)
PORTUGUESE = Words(
    profile="Resumo",
    experience="Experiência profissional",
    credentials="Certificações",
    pending="Em andamento",
    skills="Competências",
    months="jan fev mar abr mai jun jul ago set out nov dez",
    since="desde",
)
POLISH = Words(
    profile="Podsumowanie",
    experience="Doświadczenie zawodowe",
    credentials="Certyfikaty",
    pending="W trakcie",
    skills="Umiejętności",
    months=(
        "styczeń luty marzec kwiecień maj czerwiec "
        "lipiec sierpień wrzesień październik listopad grudzień"
    ),
    months_after=(
        "stycznia lutego marca kwietnia maja czerwca "
        "lipca sierpnia września października listopada grudnia"
    ),
    since="od",
)
DUTCH = Words(
    profile="Profiel",
    experience="Werkervaring",
    credentials="Certificeringen",
    pending="Lopend",
    skills="Vaardigheden",
    months=(
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    since="sinds",
)
ITALIAN = Words(
    profile="Profilo",
    experience="Esperienza professionale",
    credentials="Certificazioni",
    pending="In corso",
    skills="Competenze",
    months=(
        "gennaio febbraio marzo aprile maggio giugno "
        "luglio agosto settembre ottobre novembre dicembre"
    ),
    since="dal",
)


def soft_hyphens(text: str, longest: int = 9) -> str:
    """Soft hyphens (U+00AD) in the words longer than ``longest`` letters, as a word processor's
    hyphenation leaves them: the renderer breaks a line there and prints a hyphen. Words with a
    digit, a dot or a slash (IDs, addresses) are left whole, as typesetters leave them."""
    words = []
    for word in text.split(" "):
        if len(word) > longest and word.isalpha():
            cut = range(4, len(word) - 3, 4)
            word = "".join(
                word[start:end] + ("\u00ad" if end < len(word) else "")
                for start, end in zip((0, *cut), (*cut, len(word)), strict=True)
            )
        words.append(word)
    return " ".join(words)
