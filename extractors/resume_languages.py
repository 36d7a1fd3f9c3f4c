"""Other languages' words that a résumé's credentials are written with, as data: headings,
field labels and month names in Spanish, Portuguese and Italian (French and German ones stay
where they were first written, beside the English ones).

Words are written as ``normalise`` leaves them (NFKC: "Nº" is "No"); a space stands for any
run of white space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The words of section headings, by the section (``extractors.sections.Section``) they name.
HEADING_WORDS: dict[str, dict[str, str]] = {
    "credentials": {
        "es": "licencias licencia certificaciones certificación certificados acreditaciones"
        " habilitaciones credenciales colegiaciones",
        "pt": "licenças licença certificações certificação certificados acreditações"
        " habilitações credenciais",
        "it": "licenze licenza certificazioni certificazione certificati attestati abilitazioni"
        " credenziali",
    },
    "courses": {"es": "cursos capacitación", "pt": "cursos capacitações", "it": "corsi"},
    "education": {
        "es": "estudios",
        "pt": "formação educação estudos escolaridade",
        "it": "istruzione formazione studi",
    },
    "experience": {
        "es": "trayectoria",
        "pt": "experiência experiências",
        "it": "esperienza esperienze",
    },
    "skills": {
        "es": "aptitudes conocimientos",
        "pt": "competências habilidades conhecimentos",
        "it": "competenze capacità conoscenze",
    },
    "summary": {"es": "resumen", "pt": "resumo", "it": "profilo sommario"},
    "other": {
        "es": "proyectos publicaciones referencias intereses voluntariado contacto datos",
        "pt": "idiomas línguas projetos publicações referências interesses voluntariado contato"
        " contacto dados",
        "it": "lingue progetti pubblicazioni referenze interessi volontariato contatti dati",
    },
}
# Words that join a heading's words or say which ones: "Certificaciones, licencias y cursos",
# "Experiência profissional", "Certificazioni e licenze".
HEADING_FILLER: dict[str, str] = {
    "es": "y e o del la las los académica académicos profesionales laboral laborales"
    " personales adicional complementaria complementarios",
    "pt": "e ou do da dos das os as acadêmica académica profissional profissionais pessoais"
    " adicional complementar complementares",
    "it": "e o di del della delle dei degli il lo la le accademica professionale professionali"
    " lavorativa lavorative personali",
}
# A list of what is not held yet: "En curso", "Em andamento", "In corso".
STATUS_HEADINGS: dict[str, tuple[str, ...]] = {
    "es": ("en curso", "en preparación", "en trámite"),
    "pt": ("em curso", "em andamento", "em preparação"),
    "it": ("in corso", "in preparazione", "in conseguimento"),
}

# An entry's field labels, by what they label.
ISSUED_LABELS: dict[str, tuple[str, ...]] = {
    "es": ("expedición", "fecha de expedición", "emisión", "fecha de emisión", "obtención"),
    "pt": ("emissão", "data de emissão", "emitido em", "obtido em", "obtenção"),
    "it": ("rilascio", "data di rilascio", "rilasciato", "conseguito", "conseguimento"),
}
EXPIRY_LABELS: dict[str, tuple[str, ...]] = {
    "es": ("caducidad", "fecha de caducidad", "vencimiento", "válido hasta", "vigencia"),
    "pt": ("validade", "data de validade", "válido até", "vencimento", "expira em"),
    "it": ("scadenza", "data di scadenza", "valido fino a", "valida fino a", "scade"),
}
NUMBER_LABELS: dict[str, tuple[str, ...]] = {
    "es": ("no de credencial", "no. de credencial", "número de credencial", "id de credencial"),
    "pt": ("no da credencial", "número da credencial", "id da credencial", "código da credencial"),
    "it": ("n. credenziale", "numero credenziale", "numero di credenziale", "id credenziale"),
}
VERIFY_LABELS: dict[str, tuple[str, ...]] = {
    "es": ("verificación", "verificar", "comprobar"),
    "pt": ("verificação", "verificar"),
    "it": ("verifica", "verificare"),
}

MONTHS: dict[str, dict[str, int]] = {
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
        "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
}  # fmt: skip
# The word that may join a month's name to its year: "enero de 2016", "março de 2020".
MONTH_YEAR_JOINS = ("de", "del", "di")


def words(table: dict[str, str]) -> str:
    """Every language's words of a table, as one space-separated string."""
    return " ".join(table.values())


def alternation(table: dict[str, tuple[str, ...]]) -> str:
    """A regular expression's alternation of every language's phrases, longest first; a space
    matches any white space. For a pattern compiled with re.VERBOSE or without it."""
    return "|".join(_phrase(phrase) for phrase in _longest_first(table.values()))


def _longest_first(groups: Iterable[tuple[str, ...]]) -> list[str]:
    phrases = {unicodedata.normalize("NFKC", p) for group in groups for p in group}
    return sorted(phrases, key=len, reverse=True)


def _phrase(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split())
