"""How each language writes a source and a name, across languages (constructed sentences, not
from the bench): English spellings of sounds Russian writes as heard (a soft g, "aw"), an
institution named by a German compound of its kind, words inside a quote that say nothing of
who speaks, the prosecution as a level of the state of its own, a report not made, and an
attribution a translator gave a sentence of its own."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import spelling
from driftcheck.findings.xling.sources import source_compound
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Severity
from tests.helpers import language_profile


def _findings(en: str, b: str, code: str, words: dict[str, str]) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    return list(comparer.compare(en, b, a_language="en", b_language=code).findings)


def _rules(found: list[Finding], prefix: str) -> list[str]:
    return [
        f.message for f in found if f.rule.startswith(prefix) and f.severity is not Severity.INFO
    ]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Bridget", "Бриджет"),  # g and dg before e, i, y: дж
        ("George", "Джордж"),
        ("Angela", "Анджела"),
        ("Gibson", "Гибсон"),  # a hard g there gets the same key on both sides
        ("Gerhard", "Герхард"),
        ("Shaw", "Шоу"),  # aw at the end or before a consonant: о
        ("Dawson", "Доусон"),
        ("Crawford", "Кроуфорд"),
    ],
)
def test_english_spellings_get_the_key_of_their_russian_transliteration(
    latin: str, cyrillic: str
) -> None:
    assert spelling.name_key(latin) == spelling.name_key(cyrillic)


def test_an_acronym_is_spelt_letter_by_letter() -> None:
    assert spelling.name_key("NGI") != spelling.name_key("Ngi")


@pytest.mark.parametrize(
    ("a", "b"),
    [("Bridget", "Бриана"), ("George", "Жорес"), ("Dawson", "Дэвисон"), ("Pawel", "Поул")],
)
def test_other_names_stay_apart(a: str, b: str) -> None:
    a_key, b_key = spelling.name_key(a), spelling.name_key(b)
    assert a_key != b_key
    assert not spelling.first_name_kept(a_key, b_key)


NURSES_EN = '"Recruiting abroad is a plaster," said the federation\'s secretary, Bridget Amory.\n'
NURSES_RU = "«Набор за границей - это пластырь», - сказала секретарь федерации Бриджет Эмори.\n"
PLASTER = {"набор": "recruiting", "пластырь": "plaster", "границей": "abroad"}


def test_a_soft_g_transliterated_is_the_same_first_name() -> None:
    assert _rules(_findings(NURSES_EN, NURSES_RU, "ru", PLASTER), "entity.") == []
    changed = _findings(NURSES_EN, NURSES_RU.replace("Бриджет", "Бриана"), "ru", PLASTER)
    assert _rules(changed, "entity.changed"), changed


@pytest.mark.parametrize(
    ("word", "compound"),
    [("Finanzaufsicht", True), ("Umweltbehörde", True), ("Aufsicht", False), ("Fischer", False)],
)
def test_a_german_compound_of_a_source_word_names_a_kind(word: str, *, compound: bool) -> None:
    assert source_compound(word, language_profile("de")) is compound
    assert not source_compound("Finanzaufsicht", language_profile("en"))


SUPERVISOR_EN = (
    "Finance Minister Ola Berg spoke on Monday.\n\n"
    "The Financial Supervisory Authority said it had ordered a full report.\n"
)
SUPERVISOR_DE = (
    "Finanzminister Ola Berg sprach am Montag.\n\n"
    "Die Finanzaufsicht sagte, sie habe einen vollständigen Bericht angeordnet.\n"
)
REPORT = {"bericht": "report", "angeordnet": "ordered", "sprach": "spoke", "montag": "monday"}


def test_an_institution_named_by_a_compound_of_its_kind_is_no_other_party() -> None:
    assert _rules(_findings(SUPERVISOR_EN, SUPERVISOR_DE, "de", REPORT), "attribution.") == []


BRANCH_EN = '"No branch will close this year. They lied to us," union leader Tom Kerr said.\n'
BRANCH_FR = (
    "« Aucune agence ne fermera cette année. Elle nous a menti », a déclaré le dirigeant du "
    "syndicat, Tom Kerr.\n"
)
BRANCH = {"agence": "branch", "fermera": "close", "année": "year", "menti": "lied"}


def test_words_inside_a_quote_do_not_say_who_speaks() -> None:
    assert _rules(_findings(BRANCH_EN, BRANCH_FR, "fr", BRANCH), "attribution.") == []
    drifted = BRANCH_FR.replace("a déclaré le dirigeant du syndicat, Tom Kerr", "selon l'agence")
    assert _rules(_findings(BRANCH_EN, drifted, "fr", BRANCH), "attribution.changed")


LEAK_EN = "No charges have been filed, a spokeswoman for the prosecutor's office said.\n"
LEAK = {"cargos": "charges", "presentado": "filed", "anklage": "charges", "erhoben": "filed"}


@pytest.mark.parametrize(
    ("code", "faithful", "drifted"),
    [
        (
            "es",
            "No se han presentado cargos, dijo una portavoz del ministerio público.\n",
            "No se han presentado cargos, dijo el Ministerio de Hacienda.\n",
        ),
        (
            "es",
            "No se han presentado cargos, dijo una portavoz de la fiscalía.\n",
            "No se han presentado cargos, dijo la agencia ambiental.\n",
        ),
        (
            "de",
            "Anklage wurde nicht erhoben, sagte eine Sprecherin der Staatsanwaltschaft.\n",
            "Anklage wurde nicht erhoben, sagte eine Sprecherin des Finanzministeriums.\n",
        ),
    ],
)
def test_the_prosecution_is_a_level_of_the_state_of_its_own(
    code: str, faithful: str, drifted: str
) -> None:
    assert _rules(_findings(LEAK_EN, faithful, code, LEAK), "attribution.") == []
    assert _rules(_findings(LEAK_EN, drifted, code, LEAK), "attribution.changed")


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ru", "Оператор не сообщил о неисправности транспортному ведомству, как требуют правила."),
        ("es", "La empresa no informó del fallo al ministerio."),
    ],
)
def test_a_report_not_made_has_no_speaker(code: str, text: str) -> None:
    assert speakers(text, language_profile(code)) == []


def test_a_report_made_still_has_its_speaker() -> None:
    text = "Оператор сообщил о неисправности транспортному ведомству."
    assert speakers(text, language_profile("ru"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das teilte der Netzbetreiber mit.", "Netzbetreiber"),
        ("Die Preise steigen, teilte das Ministerium am Montag mit.", "Ministerium"),
        ("Das gab die Polizei am Abend bekannt.", "Polizei"),
    ],
)
def test_a_german_separable_reporting_verb_has_its_speaker_inside(text: str, speaker: str) -> None:
    found = speakers(text, language_profile("de"))
    assert any(speaker in text[slice(*s.span)] for s in found)


def test_a_verb_that_only_shares_a_stem_with_a_reporting_verb_reports_nothing() -> None:
    assert speakers("Sie teilte die Kosten mit ihrem Partner.", language_profile("de")) == []


POWER_EN = (
    "Power cuts left 1.3 million households without electricity on Wednesday as temperatures "
    "reached 44.6 degrees, the grid operator said.\n"
)
POWER_DE = (
    "Stromabschaltungen haben am Mittwoch 1,3 Millionen Haushalte ohne Strom gelassen, als die "
    "Temperaturen auf 44,6 Grad stiegen. Das teilte der Netzbetreiber mit.\n"
)
POWER = {"stromabschaltungen": "power", "haushalte": "households", "strom": "electricity"}


def test_an_attribution_given_a_sentence_of_its_own_adds_nothing() -> None:
    found = _findings(POWER_EN, POWER_DE, "de", POWER)
    assert _rules(found, "sentence.") == [], found
    added = POWER_DE.replace("Das teilte der Netzbetreiber mit.", "Das Netz ist alt, sagte er.")
    assert _rules(_findings(POWER_EN, added, "de", POWER), "sentence.added")


def test_an_attribution_of_its_own_to_a_speaker_of_another_kind_stays() -> None:
    police = POWER_DE.replace("der Netzbetreiber", "die Polizei")
    assert _rules(_findings(POWER_EN, police, "de", POWER), "sentence.added")


AUDIT_EN = "The drive brought in 900 nurses, according to figures from the national audit office.\n"
AUDIT_RU = "Кампания привлекла 900 медсестёр, по данным Счётной палаты.\n"
AUDIT = {"кампания": "drive", "медсестёр": "nurses", "привлекла": "brought"}


def test_the_audit_office_is_no_ministry() -> None:
    assert _rules(_findings(AUDIT_EN, AUDIT_RU, "ru", AUDIT), "attribution.") == []
    ministry = AUDIT_RU.replace("по данным Счётной палаты", "сообщили в министерстве финансов")
    assert _rules(_findings(AUDIT_EN, ministry, "ru", AUDIT), "attribution.changed")


VACANT_EN = "Hospitals had 11,200 unfilled posts in January, according to the nurses' federation.\n"
VACANT_DE = (
    "Die Krankenhäuser hatten im Januar 11.200 offene Stellen, teilte der Pflegeverband mit.\n"
)
VACANT = {"krankenhäuser": "hospitals", "stellen": "posts", "januar": "january"}


def test_an_association_is_a_kind_of_source_of_its_own() -> None:
    assert _rules(_findings(VACANT_EN, VACANT_DE, "de", VACANT), "attribution.") == []
    ministry = VACANT_EN.replace("the nurses' federation", "the Health Ministry")
    assert _rules(_findings(ministry, VACANT_DE, "de", VACANT), "attribution.changed")


def test_an_association_may_be_rendered_by_its_members() -> None:
    en = "Business groups said the tariffs would cost 300 jobs.\n"
    de = "Die Tarife würden 300 Stellen kosten, teilten Wirtschaftsverbände mit.\n"
    words = {"tarife": "tariffs", "stellen": "jobs", "kosten": "cost"}
    assert _rules(_findings(en, de, "de", words), "attribution.") == []


SNOW_EN = "Up to 55 centimetres of snow fell, according to the National Weather Institute.\n"
SNOW_ES = "Cayeron hasta 55 centímetros de nieve, según el Instituto Nacional de Meteorología.\n"
SNOW = {"cayeron": "fell", "nieve": "snow", "centímetros": "centimetres"}


def test_an_institute_is_a_kind_of_source() -> None:
    assert _rules(_findings(SNOW_EN, SNOW_ES, "es", SNOW), "attribution.") == []
    service = SNOW_ES.replace("el Instituto Nacional de Meteorología", "el servicio meteorológico")
    assert _rules(_findings(SNOW_EN, service, "es", SNOW), "attribution.") == []
    airport = SNOW_ES.replace(
        "el Instituto Nacional de Meteorología", "la dirección del aeropuerto"
    )
    assert _rules(_findings(SNOW_EN, airport, "es", SNOW), "attribution.changed")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Hughes", "Хьюз"),
        ("Hugh", "Хью"),
        ("Pugh", "Пью"),
        ("Agnew", "Агню"),
        ("Leigh", "Ли"),
        ("Sears", "Сирс"),
        ("Pearce", "Пирс"),
        ("Heath", "Хит"),
        ("Gates", "Гейтс"),
        ("Gail", "Гейл"),
        ("Beatriz", "Беатрис"),
        ("Beatrix", "Беатрикс"),  # two vowels before a consonant and a vowel
    ],
)
def test_english_vowel_digraphs_read_as_russian_writes_them(latin: str, cyrillic: str) -> None:
    a_key, b_key = spelling.name_key(latin), spelling.name_key(cyrillic)
    assert spelling.same_name(a_key, b_key, loose=True), (a_key, b_key)


def test_a_first_name_with_two_vowels_before_a_syllable_is_kept() -> None:
    en = '"We will appeal," said Beatrix Ammerlaan, the students\' lawyer.\n'
    ru = "«Мы подадим апелляцию», - сказала Беатрикс Аммерлан, адвокат студентов.\n"
    words = {"апелляцию": "appeal", "адвокат": "lawyer", "студентов": "students"}
    assert _rules(_findings(en, ru, "ru", words), "entity.") == []
