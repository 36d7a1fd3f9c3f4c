"""Roles posted in each official EU language and in Norwegian, Turkish, Ukrainian, Russian,
Japanese, Chinese, Korean, Arabic, Hebrew, Hindi, Indonesian, Vietnamese and Thai: a required
heading, a preferred one, one of what the employer offers, an "or" between two certifications
and an "or equivalent" (the words of ``extractors.role_languages``). Certification names stay
in English, as multinational postings write them. The texts are made up for these tests."""

from __future__ import annotations

import pytest

from extractors import read_role
from tests.extractors.role_keys import wanted

# language: (required heading, preferred heading, offered heading, "CISSP or CISM",
# "Tableau or an equivalent tool")
POSTINGS: dict[str, tuple[str, str, str, str, str]] = {
    "bg": ("Изисквания", "Ще се счита за предимство:", "Какво предлагаме", "CISSP или CISM",
           "Tableau или подобни инструменти"),
    "hr": ("Uvjeti", "Poželjno", "Što nudimo", "CISSP ili CISM", "Tableau ili sličan alat"),
    "cs": ("Požadavky", "Výhodou je:", "Co nabízíme", "CISSP nebo CISM",
           "Tableau nebo obdobný nástroj"),
    "da": ("Krav", "Det er en fordel, hvis du har:", "Vi tilbyder", "CISSP eller CISM",
           "Tableau eller tilsvarende"),
    "nl": ("Functie-eisen", "Pluspunten", "Wat bieden wij?", "CISSP of CISM",
           "Tableau of een gelijkwaardige tool"),
    "et": ("Nõuded kandidaadile", "Kasuks tuleb", "Omalt poolt pakume", "CISSP või CISM",
           "Tableau või samaväärne tööriist"),
    "fi": ("Edellytämme", "Eduksi katsotaan", "Tarjoamme", "CISSP tai CISM",
           "Tableau tai vastaava työkalu"),
    "fr": ("Profil recherché", "Serait un plus :", "Ce que nous offrons", "CISSP ou CISM",
           "Tableau ou outil équivalent"),
    "de": ("Das bringst du mit", "Wünschenswert", "Was wir bieten", "CISSP oder CISM",
           "Tableau oder vergleichbare Tools"),
    "el": ("Απαιτήσεις", "ΕΠΙΘΥΜΗΤΑ ΠΡΟΣΟΝΤΑ", "Τι προσφέρουμε;", "CISSP ή CISM",
           "Tableau ή παρόμοιο εργαλείο"),
    "hu": ("Elvárások", "Előnyt jelent", "Amit kínálunk", "CISSP vagy CISM",
           "Tableau vagy azzal egyenértékű eszköz"),
    "ga": ("Cáilíochtaí riachtanacha", "Cáilíochtaí inmhianaithe", "Sochair", "CISSP nó CISM",
           "Tableau nó uirlis choibhéiseach"),
    "it": ("Requisiti richiesti", "Costituisce titolo preferenziale", "Cosa offriamo",
           "CISSP oppure CISM", "Tableau o strumenti analoghi"),
    "lv": ("Prasības", "Tiks uzskatīta par priekšrocību", "Mēs piedāvājam", "CISSP vai CISM",
           "Tableau vai līdzvērtīgs rīks"),
    "lt": ("Reikalavimai", "Privalumas", "Ką mes siūlome", "CISSP arba CISM",
           "Tableau arba lygiavertis įrankis"),
    "mt": ("Rekwiżiti essenzjali", "Ikun ta' vantaġġ", "X'noffru", "CISSP jew CISM",
           "Tableau jew ekwivalenti"),
    "pl": ("Czego oczekujemy", "Mile widziane", "Co oferujemy?", "CISSP lub CISM",
           "Tableau lub podobne narzędzie"),
    "pt": ("O que procuramos", "Será um diferencial", "Benefícios", "CISSP ou CISM",
           "Tableau ou ferramenta similar"),
    "ro": ("Cerințe", "Constituie un avantaj", "Ce îți oferim", "CISSP sau CISM",
           "Tableau sau echivalent"),
    "sk": ("Požiadavky na zamestnanca", "Výhodou je", "Ponúkame", "CISSP alebo CISM",
           "Tableau alebo podobný nástroj"),
    "sl": ("Pričakujemo", "Prednost", "Nudimo", "CISSP ali CISM", "Tableau ali podobno orodje"),
    "es": ("Requisitos mínimos", "Se valorará", "Qué ofrecemos", "CISSP o CISM",
           "Tableau o similar"),
    "sv": ("Skallkrav", "Meriterande", "Vi erbjuder", "CISSP eller CISM",
           "Tableau eller motsvarande verktyg"),
    "no": ("Kvalifikasjoner", "Ønskede kvalifikasjoner", "Vi tilbyr", "CISSP eller CISM",
           "Tableau eller tilsvarende"),
    "tr": ("Aranan nitelikler", "Tercih sebebi", "Yan haklar", "CISSP veya CISM",
           "Tableau veya benzeri bir araç"),
    "uk": ("Вимоги", "Буде перевагою", "Ми пропонуємо", "CISSP або CISM", "Tableau або аналог"),
    "ru": ("Требования", "Будет плюсом", "Мы предлагаем", "CISSP или CISM",
           "Tableau или аналогичный инструмент"),
    "ja": ("応募資格", "【歓迎スキル】", "待遇・福利厚生", "CISSPまたはCISM",
           "Tableauまたは同等のツール"),
    "zh-Hans": ("任职要求：", "加分项：", "福利待遇", "CISSP或CISM", "Tableau或类似工具"),
    "zh-Hant": ("應徵條件", "加分條件", "福利制度", "CISSP或CISM", "Tableau或同等工具"),
    "ko": ("자격 요건", "우대 사항", "복리후생", "CISSP 또는 CISM",
           "Tableau 또는 이에 준하는 도구"),
    "ar": ("المتطلبات", "يُفضّل", "ماذا نقدم لك؟", "CISSP أو CISM", "Tableau أو ما يعادلها"),
    "he": ("דרישות התפקיד", "יתרון", "מה אנחנו מציעים", "CISSP או CISM", "Tableau או כלי מקביל"),
    "hi": ("आवश्यकताएँ", "वांछनीय", "हम क्या प्रदान करते हैं", "CISSP या CISM",
           "Tableau या समकक्ष टूल"),
    "id": ("Persyaratan", "Nilai plus", "Yang kami tawarkan", "CISSP atau CISM",
           "Tableau atau setara"),
    "vi": ("Yêu cầu ứng viên", "Điểm cộng", "Quyền lợi", "CISSP hoặc CISM",
           "Tableau hoặc tương đương"),
    "th": ("คุณสมบัติผู้สมัคร", "หากมีจะพิจารณาเป็นพิเศษ", "สวัสดิการ", "CISSP หรือ CISM",
           "Tableau หรือเทียบเท่า"),
}  # fmt: skip


@pytest.mark.parametrize("language", POSTINGS)
def test_a_posting_in_the_language_reads_required_preferred_and_offered(language: str) -> None:
    required, preferred, offered, either, _ = POSTINGS[language]
    text = (
        f"Security Engineer\n\n{required}\n- {either}\n- Ansible\n\n"
        f"{preferred}\n- Helm\n\n{offered}\n- Docker\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"cissp", "cism"}, False),
        ("required", {"skill:Ansible"}, False),
        ("preferred", {"skill:Helm"}, False),
    ]


@pytest.mark.parametrize("language", POSTINGS)
def test_the_languages_or_equivalent(language: str) -> None:
    required, *_, equivalent = POSTINGS[language]
    text = f"Data Analyst\n\n{required}\n- {equivalent}\n"
    assert wanted(read_role(text)) == [("required", {"skill:Tableau"}, True)]


def test_a_required_heading_as_a_list_item_heads_the_items_after_it() -> None:
    text = "Data Engineer\n\n- Mile widziane:\n- Helm\n- Wymagania:\n- Ansible\n"
    assert wanted(read_role(text)) == [
        ("preferred", {"skill:Helm"}, False),
        ("required", {"skill:Ansible"}, False),
    ]


def test_english_words_like_other_languages_words_read_as_before() -> None:
    # "Must", "Bonus", "CAN", "NO", "ES", "ALI", "TAI", "VAI", "SAU", "OR": English words,
    # codes and acronyms, none of them another language's heading, "or" or "equivalent".
    text = (
        "Embedded Engineer\n\nMust have\n- CAN bus and Python\n- ES6 or TypeScript\n"
        "- NO relocation needed; Kafka or similar\n- Terraform, TAI or VAI tooling\n\n"
        "Bonus\n- Rust\n- ALI or Go\n\nBenefits\n- Docker\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:TypeScript"}, False),
        ("required", {"skill:Apache Kafka"}, True),
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Rust"}, False),
        ("preferred", {"skill:Go"}, False),
    ]


def test_no_languages_word_is_a_certifications_acronym_or_exam_code() -> None:
    from extractors.catalog import load_catalog
    from extractors.language_data import languages
    from extractors.resume_languages import HEADING_FILLER, HEADING_WORDS, MONTHS

    codes = {
        code.casefold()
        for entry in load_catalog().entries
        for code in (*entry.acronyms, *entry.exam_codes)
    }
    role_words = {
        word.casefold()
        for language in languages().values()
        for field in ("or_words", "lone_or_words", "fillers")
        for word in language["role"].get(field, ())
    }
    resume_words = set(HEADING_FILLER).union(*HEADING_WORDS.values(), *MONTHS.values())
    assert not (role_words | resume_words) & codes


def test_an_or_word_keeps_its_accent() -> None:
    # Irish "nó" is "or"; Portuguese "no" ("in the") is not.
    text = "Data Engineer\n\nRequisitos\n- Pipelines em Apache Spark (PySpark) no Databricks\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:Apache Spark"}, False),
        ("required", {"skill:Databricks"}, False),
    ]


def test_or_equivalent_after_a_word_of_a_spaceless_script() -> None:
    # "JLPT N2 or above (or equivalent)", with its translation under it: one requirement.
    text = (
        "Analyst\n\n【応募資格】\n・JLPT N2以上（または同等）\n JLPT N2 or above (or equivalent)\n"
    )
    assert wanted(read_role(text)) == [("required", {"jlpt-n2"}, True)]


def test_a_lower_case_compound_names_its_first_part_but_not_a_participle() -> None:
    # Danish, Norwegian, Swedish and Dutch write the compound's noun in lower case.
    role = read_role(
        "Dataanalytiker\n\nDine opgaver\n- Bygge Tableau-rapporter\n- Vedligeholde SQL-scripts\n"
        "\nOm os\nVi er PCI DSS-certificeret og HIPAA-regulated.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Tableau"}, False),
        ("required", {"skill:SQL"}, False),
    ]
