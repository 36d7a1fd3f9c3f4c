"""Résumés written in each official EU language and in Norwegian, Turkish, Ukrainian, Russian,
Japanese, Chinese, Korean, Arabic, Hebrew, Hindi, Indonesian, Vietnamese and Thai: the
certifications heading, the label of when a certificate was issued and the month it names
(the words of ``extractors.resume_languages``), the certificate's name in English. The texts
are made up for these tests."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.dates import claim_dates
from extractors.sections import Section, heading_section, status_heading
from extractors.text import normalise

# language: (certifications heading, "issued" label, March 2019, a heading of another section
# with its section, "in progress")
RESUMES: dict[str, tuple[str, str, str, tuple[str, Section], str]] = {
    "bg": ("Сертификати и лицензи", "Дата на издаване", "март 2019",
           ("Професионален опит", Section.EXPERIENCE), "В процес"),
    "hr": ("Certifikati i licence", "Datum izdavanja", "ožujak 2019",
           ("Radno iskustvo", Section.EXPERIENCE), "U tijeku"),
    "cs": ("Certifikáty a osvědčení", "Datum vydání", "březen 2019",
           ("Vzdělání", Section.EDUCATION), "V přípravě"),
    "da": ("Certificeringer", "Udstedt", "marts 2019", ("Uddannelse", Section.EDUCATION),
           "Igangværende"),
    "nl": ("Certificaten en licenties", "Behaald", "maart 2019",
           ("Werkervaring", Section.EXPERIENCE), "Lopend"),
    "de": ("Zertifikate und Lizenzen", "Ausgestellt am", "März 2019",
           ("Berufserfahrung", Section.EXPERIENCE), "In Vorbereitung"),
    "et": ("Sertifikaadid", "Väljastatud", "märts 2019", ("Haridus", Section.EDUCATION),
           "Pooleli"),
    "fi": ("Sertifikaatit ja pätevyydet", "Myönnetty", "maaliskuu 2019",
           ("Työkokemus", Section.EXPERIENCE), "Kesken"),
    "fr": ("Certifications et habilitations", "Date d'obtention", "mars 2019",
           ("Expérience professionnelle", Section.EXPERIENCE), "En cours"),
    "el": ("ΠΙΣΤΟΠΟΙΗΣΕΙΣ", "Ημερομηνία έκδοσης", "Μάρτιος 2019",
           ("Εκπαίδευση", Section.EDUCATION), "Σε εξέλιξη"),
    "hu": ("Tanúsítványok és engedélyek", "Kiállítva", "március 2019",
           ("Szakmai tapasztalat", Section.EXPERIENCE), "Folyamatban"),
    "ga": ("Teastais agus ceadúnais", "Dáta eisiúna", "Márta 2019",
           ("Oideachas", Section.EDUCATION), "Ar siúl"),
    "it": ("Certificazioni e abilitazioni", "Data di rilascio", "marzo 2019",
           ("Esperienze professionali", Section.EXPERIENCE), "In corso"),
    "lv": ("Sertifikāti un apliecības", "Izsniegts", "marts 2019",
           ("Darba pieredze", Section.EXPERIENCE), "Procesā"),
    "lt": ("Sertifikatai ir licencijos", "Išdavimo data", "kovas 2019",
           ("Išsilavinimas", Section.EDUCATION), "Vykdoma"),
    "mt": ("Ċertifikati u liċenzji", "Maħruġ", "Marzu 2019", ("Edukazzjoni", Section.EDUCATION),
           "Għaddej"),
    "pl": ("Certyfikaty i uprawnienia", "Data wydania", "marzec 2019",
           ("Doświadczenie zawodowe", Section.EXPERIENCE), "W trakcie"),
    "pt": ("Certificações", "Data de emissão", "março de 2019",
           ("Formação acadêmica", Section.EDUCATION), "Em andamento"),
    "ro": ("Certificări și atestate", "Data emiterii", "martie 2019",
           ("Experiență profesională", Section.EXPERIENCE), "În curs"),
    "sk": ("Certifikáty a osvedčenia", "Dátum vydania", "marec 2019",
           ("Pracovné skúsenosti", Section.EXPERIENCE), "V príprave"),
    "sl": ("Certifikati in potrdila", "Datum izdaje", "marec 2019",
           ("Delovne izkušnje", Section.EXPERIENCE), "V teku"),
    "es": ("Certificaciones y licencias", "Fecha de expedición", "marzo de 2019",
           ("Experiencia profesional", Section.EXPERIENCE), "En curso"),
    "sv": ("Certifieringar och behörigheter", "Utfärdat", "mars 2019",
           ("Arbetslivserfarenhet", Section.EXPERIENCE), "Pågående"),
    "no": ("Sertifiseringer", "Utstedt", "mars 2019", ("Utdanning", Section.EDUCATION),
           "Pågående"),
    "tr": ("SERTİFİKALAR", "Veriliş tarihi", "Mart 2019", ("İş deneyimi", Section.EXPERIENCE),
           "Devam ediyor"),
    "uk": ("Сертифікати", "Дата видачі", "березень 2019", ("Освіта", Section.EDUCATION),
           "У процесі"),
    "ru": ("Сертификаты и лицензии", "Дата выдачи", "март 2019",
           ("Опыт работы", Section.EXPERIENCE), "В процессе"),
    "ja": ("資格・免許", "取得日", "2019年3月", ("職務経歴", Section.EXPERIENCE), "勉強中"),
    "zh-Hans": ("资格证书", "发证日期", "2019年3月", ("教育背景", Section.EDUCATION), "备考中"),
    "zh-Hant": ("專業證照", "取得日期", "2019年3月", ("工作經歷", Section.EXPERIENCE), "準備中"),
    "ko": ("자격증", "취득일", "2019년 3월", ("경력사항", Section.EXPERIENCE), "준비 중"),
    "ar": ("الشهادات المهنية", "تاريخ الإصدار", "مارس 2019",
           ("الخبرات العملية", Section.EXPERIENCE), "قيد الإنجاز"),
    "he": ("הסמכות ורישיונות", "תאריך הנפקה", "מרץ 2019", ("השכלה", Section.EDUCATION),
           "בתהליך"),
    "hi": ("प्रमाणपत्र", "जारी करने की तिथि", "मार्च 2019", ("कार्य अनुभव", Section.EXPERIENCE),
           "प्रगति में"),
    "id": ("Sertifikasi", "Diterbitkan", "Maret 2019", ("Pengalaman kerja", Section.EXPERIENCE),
           "Dalam proses"),
    "vi": ("Chứng chỉ", "Ngày cấp", "tháng 3 năm 2019", ("Học vấn", Section.EDUCATION),
           "Đang thực hiện"),
    "th": ("ใบรับรองและใบอนุญาต", "วันที่ออก", "มีนาคม 2019", ("ประวัติการศึกษา", Section.EDUCATION),
           "กำลังดำเนินการ"),
}  # fmt: skip


@pytest.mark.parametrize("language", RESUMES)
def test_the_languages_headings(language: str) -> None:
    # (as the readers see them: NFKC, which writes Thai "ำ" as two letters)
    credentials, _, _, (other, section), in_progress = RESUMES[language]
    assert heading_section(normalise(credentials)) is Section.CREDENTIALS
    assert heading_section(normalise(other)) is section
    assert status_heading(normalise(in_progress))


@pytest.mark.parametrize("language", RESUMES)
def test_the_languages_issued_label_and_month(language: str) -> None:
    _, issued, march, *_ = RESUMES[language]
    assert claim_dates(normalise(f"{issued}: {march}")) == ("2019-03", None)


@pytest.mark.parametrize("language", RESUMES)
def test_a_certifications_section_in_the_language(language: str) -> None:
    credentials, issued, march, (other, _), _ = RESUMES[language]
    text = (
        f"Alex Morgan\nalex.morgan@example.com\n\n{other}\nAcme Lifting, 2015 - 2020\n\n"
        f"{credentials}\nCertified Crane Operator (CCO)\nNCCCO\n{issued}: {march}\n"
    )
    claims = extract(text.encode(), "cv.txt").claims
    assert [(c.title, c.issued_on) for c in claims] == [
        ("Certified Crane Operator (CCO)", "2019-03")
    ]


def test_no_month_name_is_two_months() -> None:
    # Croatian "listopad" is October, Czech and Polish "listopad" November: the table keeps
    # one (``resume_languages`` refuses a name given two numbers).
    assert claim_dates("listopad 2020") == ("2020-11", None)
    assert claim_dates("Ημερομηνία έκδοσης: ΜΑΡΤΙΟΥ 2019")[0] == "2019-03"  # capitals, no accents


def test_no_heading_word_names_two_sections_or_is_also_a_filler() -> None:
    from extractors.sections import _FILLER, _VOCABULARY

    sections = list(_VOCABULARY.items())
    for index, (one, words) in enumerate(sections):
        assert not words & _FILLER, one
        for other, others in sections[index + 1 :]:
            assert not words & others, (one, other, sorted(words & others))
