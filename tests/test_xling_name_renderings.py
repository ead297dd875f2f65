"""How a translator renders names (constructed sentences, not from the bench): a name made of
words of the language translated as words, a title before a name translated, a case ending
on a name transliterated as heard, a German compound ending in a plural name; and a name the
translation spells two ways is a respelling, whichever mention it is in."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import respellings, translated_names
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile, severe_names

ENGLISH_ENDINGS = language_profile("en").word_endings


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Informed", "informierte"),  # inform-ed, inform-ierte
        ("Informed", "Informado"),
        ("Informed", "информированное"),  # read in Latin letters
        ("Consent", "consentement"),
    ],
)
def test_a_word_of_the_language_with_b_s_suffix_is_a_cognate(a: str, b: str) -> None:
    assert translated_names.cognate(a, b, ENGLISH_ENDINGS)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Meridor", "Meridian"),  # keeps "Merid" only: another name
        ("Kessler", "Kesslers"),  # an ending, not a suffix of a word
        ("Mark", "Markus"),  # too short to be a word of the language
    ],
)
def test_another_name_or_an_ending_is_no_cognate(a: str, b: str) -> None:
    assert not translated_names.cognate(a, b, ENGLISH_ENDINGS)


GROUP_EN = (
    "The register lost 3,000 forms, the agency said.\n\n"
    "Families for Informed Consent said the agency had been too slow to act.\n"
)
GROUP = {
    "de": (
        "Das Register hat 3000 Einwilligungen verloren, teilte die Behörde mit.\n\n"
        "Die Initiative Familien für informierte Zustimmung sagte, die Behörde habe zu langsam "
        "gehandelt.\n"
    ),
    "fr": (
        "Le registre a perdu 3 000 formulaires, a indiqué l'agence.\n\n"
        "Le collectif Familles pour un consentement éclairé a dit que l'agence avait agi trop "
        "lentement.\n"
    ),
    "es": (
        "El registro perdió 3.000 formularios, dijo la agencia.\n\n"
        "Familias por el Consentimiento Informado dijo que la agencia había actuado con "
        "demasiada lentitud.\n"
    ),
    "ru": (
        "Реестр потерял 3000 бланков, сообщило агентство.\n\n"
        "Группа «Семьи за информированное согласие» заявила, что агентство действовало "
        "слишком медленно.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(GROUP))
def test_a_name_of_words_translated_word_by_word_is_no_dropped_name(code: str) -> None:
    assert severe_names(GROUP_EN, GROUP[code], code) == []


def test_a_name_of_words_replaced_by_another_name_is_still_caught() -> None:
    changed = GROUP["fr"].replace("Familles pour un consentement éclairé", "Vigilance Marovie")
    assert severe_names(GROUP_EN, changed, "fr") != []


TITLE_EN = (
    "The bells may ring until 10 p.m., the court ruled.\n\n"
    "Spokesman Father Anselm Dorrit said the bells had rung at night since 1862.\n"
)
TITLE = {
    "de": (
        "Die Glocken dürfen bis 22 Uhr läuten, entschied das Gericht.\n\n"
        "Sprecher Pater Anselm Dorrit sagte, die Glocken läuteten seit 1862 auch nachts.\n"
    ),
    "fr": (
        "Les cloches pourront sonner jusqu'à 22 heures, a décidé le tribunal.\n\n"
        "Son porte-parole, le père Anselm Dorrit, a dit que les cloches sonnaient la nuit "
        "depuis 1862.\n"
    ),
    "ru": (
        "Колокола могут звонить до 22:00, постановил суд.\n\n"
        "Представитель епархии отец Ансельм Доррит сказал, что колокола звонят по ночам с "
        "1862 года.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(TITLE))
def test_a_title_before_a_first_name_and_surname_kept_is_translated(code: str) -> None:
    assert severe_names(TITLE_EN, TITLE[code], code) == []


def test_the_surname_after_a_translated_title_is_still_checked() -> None:
    changed = TITLE["fr"].replace("Anselm Dorrit", "Anselm Dorsey")
    assert any("Dorrit" in m for m in severe_names(TITLE_EN, changed, "fr"))


PLACE_EN = (
    '"That is fraud," the director told reporters in Kessmoor.\n\n'
    "Ilse Tarnquist, who keeps 140 hives near Kessmoor, said prices had fallen.\n"
)
PLACE_RU = (
    "«Это мошенничество», — заявила журналистам в Кессмуре директор.\n\n"
    "Ильзе Тарнквист, у которой 140 ульев под Кессмуром, рассказала, что цены упали.\n"
)


def test_a_case_ending_on_a_place_transliterated_as_heard_keeps_it() -> None:
    assert severe_names(PLACE_EN, PLACE_RU, "ru") == []


def test_a_person_dropped_beside_a_declined_place_is_reported_as_dropped() -> None:
    dropped = PLACE_RU.replace("Ильзе Тарнквист", "Одна из пчеловодов")
    found = severe_names(PLACE_EN, dropped, "ru")
    assert any("Tarnquist" in m for m in found)
    assert not any("Kessmoor" in m for m in found)


FUND_EN = (
    "The ministry will pay for a wildlife bridge over the A14.\n\n"
    "The state will pay 11.5 million euros through the National Wildlife Corridors Fund.\n\n"
    '"One bridge is a gesture," said Mira Quandt of the Green Corridors Network.\n'
)
FUND_DE = (
    "Das Ministerium zahlt für eine Grünbrücke über die A14.\n\n"
    "Der Staat zahlt 11,5 Millionen Euro über den Nationalen Fonds für Wildtierkorridore.\n\n"
    "„Eine Brücke ist eine Geste“, sagte Mira Quandt vom Netzwerk Grüne Korridore.\n"
)


def test_a_german_compound_ending_in_a_plural_name_keeps_it() -> None:
    assert severe_names(FUND_EN, FUND_DE, "de") == []


RESPELT_EN = (
    "The hospital bought two robots from the manufacturer Veltrion Medical in 2025.\n\n"
    "Veltrion Medical did not respond to requests for comment on Wednesday.\n"
)
RESPELT_FR = (
    "L'hôpital a acheté en 2025 deux robots au fabricant Veltrion Medical.\n\n"
    "Veltrion Medical n'a pas répondu mercredi aux demandes de commentaires.\n"
)


def test_a_name_the_translation_spells_two_ways_is_a_respelling() -> None:
    assert severe_names(RESPELT_EN, RESPELT_FR, "fr") == []
    respelt = RESPELT_FR.replace("Veltrion Medical n'a", "Veltron Medical n'a")
    found = severe_names(RESPELT_EN, respelt, "fr")
    assert any("Veltrion -> Veltron" in m for m in found), found


SPOKESWOMAN_EN = (
    "Its spokeswoman, Ruth Beneza, said 11 families had called.\n\n"
    '"We are still waiting," Beneza said on Tuesday.\n'
)
SPOKESWOMAN_RU = (
    "Её представитель Рут Бенеза сообщила, что позвонили 11 семей.\n\n"
    "«Мы всё ещё ждём», — сказала во вторник Бенеза.\n"
)


def test_a_transliteration_declined_is_one_spelling() -> None:
    declined = SPOKESWOMAN_RU.replace("сказала во вторник Бенеза", "по словам Бенезы, во вторник")
    assert severe_names(SPOKESWOMAN_EN, SPOKESWOMAN_RU, "ru") == []
    assert not any("Бенез" in m for m in severe_names(SPOKESWOMAN_EN, declined, "ru"))


def test_a_transliteration_respelt_in_one_mention_is_caught() -> None:
    respelt = SPOKESWOMAN_RU.replace("Рут Бенеза", "Рут Бенеса")
    found = severe_names(SPOKESWOMAN_EN, respelt, "ru")
    assert any("Бенеса" in m for m in found), found


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Бенеза", "Бенезы", True),
        ("Бенеза", "Бенезой", True),
        ("Бенеза", "Бенеса", False),
        ("Тавелле", "Тавелль", True),  # a soft sign is no letter of the spelling
        ("Veltrion", "Veltron", False),
        ("CleanWave", "CleanWay", False),
    ],
)
def test_one_spelling_differs_only_by_endings(one: str, other: str, *, same: bool) -> None:
    ru = language_profile("ru")
    endings = ru.name_endings + ru.place_endings
    assert respellings.one_spelling(one, other, endings) is same


ALLIANCE_EN = (
    "Staff at Kelbrun Central Station had to issue paper tickets by hand.\n\n"
    "Ilse Varga, spokeswoman for the Kelbrun Commuters' Alliance, said the fines were unfair.\n\n"
    '"Nobody should pay for a broken app," Varga said.\n'
)
ALLIANCE_FR = (
    "Le personnel de la gare centrale de Kelbrun a dû émettre des billets papier à la main.\n\n"
    "Ilse Varga, porte-parole de l'Alliance des usagers de Kelbrun, a jugé les amendes "
    "injustes.\n\n"
    "« Personne ne devrait payer pour une application en panne », a dit Varga.\n"
)


def _names(en: str, b: str, code: str) -> list[tuple[str, str]]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    return [(f.severity.name, f.message) for f in report.findings if f.rule == "entity.dropped"]


def test_a_person_named_before_is_a_later_mention() -> None:
    unnamed = ALLIANCE_FR.replace("a dit Varga", "a-t-elle dit")
    found = _names(ALLIANCE_EN, unnamed, "fr")
    assert found, found
    assert all(severity == "INFO" for severity, _ in found)


OFFICE_EN = (
    "The Regional Weather Office issued a frost warning for Ostermark on Monday.\n\n"
    "Growers should cover their trees, the Regional Weather Office said.\n"
)
OFFICE_DE = (
    "Das Regionale Wetteramt gab am Montag eine Frostwarnung für Ostermark heraus.\n\n"
    "Die Region solle ihre Bäume abdecken, teilte das Regionale Wetteramt mit.\n"
)


def test_a_word_that_begins_the_name_s_rendering_is_no_respelling() -> None:
    # "Region" begins "Regionale": a word of the language and its derivative
    assert severe_names(OFFICE_EN, OFFICE_DE, "de") == []
