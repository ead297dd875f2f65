"""Constructed faithful renderings (not from the bench stories) of more habits of translators
who never saw the detector: a weekday of habit, a "could" of ability, "suspected of" and
"possible" as the hedges they render, names of other Latin alphabets transliterated by sound,
a party of two words written as one, an audit office and its head. Each reads alike on both
sides, and the change each mechanism exists for is still seen."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, names, spelling
from tests.helpers import language_profile, severe_messages


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Some theatres stood empty on Fridays for lack of staff."),
        ("de", "Manche Säle standen freitags mangels Personal leer."),
        ("fr", "Certains blocs restaient vides les vendredis faute de personnel."),
        ("es", "Algunos quirófanos se quedan vacíos los viernes por falta de personal."),
    ],
)
def test_a_weekday_of_habit_is_the_weekday(code: str, text: str) -> None:
    assert [value for value, _ in facts.dates(text, language_profile(code))] == [("weekday", 4)]


HABIT_EN = "Some operating theatres stood empty on Fridays for lack of staff.\n"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Manche Operationssäle standen freitags mangels Personal leer.\n"),
        ("es", "Algunos quirófanos se quedan vacíos los viernes por falta de personal.\n"),
    ],
)
def test_a_weekday_of_habit_translated_is_no_weekday_added(code: str, text: str) -> None:
    assert severe_messages(HABIT_EN, text, code, "number.") == []


def test_another_weekday_of_habit_is_still_a_changed_weekday() -> None:
    de = "Manche Operationssäle standen montags mangels Personal leer.\n"
    assert severe_messages(HABIT_EN, de, "de", "number.") != []


@pytest.mark.parametrize(
    "text",
    [
        "The snow came down faster than we could clear it.",
        "The hospital could fill only two of every three vacancies.",
        "The clinic could only fill two posts.",
    ],
)
def test_a_could_of_ability_is_no_hedge(text: str) -> None:
    assert facts.hedged(text, language_profile("en")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The disruption could last until the weekend.",
        "Temperatures could fall to minus 18 degrees, more than they could in March.",
    ],
)
def test_a_could_of_possibility_is_still_a_hedge(text: str) -> None:
    assert facts.hedged(text, language_profile("en")) != []


def test_to_look_for_is_to_seek_not_to_look_likely() -> None:
    en = language_profile("en")
    assert facts.hedge_words("Makers will probably look for other supplies.", en) == 1
    assert facts.hedge_words("The deal looks certain to pass.", en) == 1


@pytest.mark.parametrize(
    ("code", "hedged", "plain"),
    [
        (
            "es",
            "Detuvo a tres hombres sospechosos de haber provocado el incendio.",
            "Los sospechosos fueron trasladados a la capital.",
        ),
        (
            "ru",
            "Полиция задержала троих мужчин, подозреваемых в умышленном поджоге леса.",
            "Подозреваемые были доставлены в столицу.",
        ),
        (
            "fr",
            "Le système a peu de chances d'être levé aussi rapidement.",
            "Le système sera levé rapidement.",
        ),
    ],
)
def test_suspected_of_and_unlikely_are_hedges(code: str, hedged: str, plain: str) -> None:
    profile = language_profile(code)
    assert facts.hedged(hedged, profile) != []
    assert facts.hedged(plain, profile) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Zu einem möglichen Motiv der Männer wollte er sich nicht äußern."),
        ("ru", "Он отказался говорить о возможных мотивах задержанных."),
        ("es", "No quiso hablar de un posible motivo de los detenidos."),
        ("ru", "Большинство жителей смогут вернуться домой к воскресенью."),
    ],
)
def test_a_possible_motive_and_being_able_may_hedge(code: str, text: str) -> None:
    profile = language_profile(code)
    assert facts.hedge_words(text, profile) == 1
    assert facts.hedged(text, profile) == []  # a word that may hedge, never a hedge added


def test_few_in_russian_is_a_quantity_not_a_softener() -> None:
    ru = language_profile("ru")
    assert ru.softeners_re.search("«Они будут искать поставщиков, но их немного».") is None
    assert ru.softeners_re.search("«Мы немного снизим цены»") is not None


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Adjoa", "Аджоа"),
        ("Giulia", "Джулия"),
        ("Kjellmark", "Чельмарк"),
        ("Ola", "Ула"),
        ("Jorunn", "Юрунн"),
        ("Oakes", "Оукс"),
    ],
)
def test_names_of_other_latin_alphabets_as_a_russian_hears_them(latin: str, cyrillic: str) -> None:
    assert spelling.same_name(spelling.name_key(latin), spelling.name_key(cyrillic), loose=True)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Kjellmark", "Чельберг"),
        ("Ola", "Ана"),
        ("Jorunn", "Юрген"),
        ("Giulia", "Джемма"),
        ("Holm", "Хельм"),
        ("Ola", "Эла"),
    ],
)
def test_another_consonant_is_still_another_name(latin: str, cyrillic: str) -> None:
    assert not spelling.same_name(spelling.name_key(latin), spelling.name_key(cyrillic), loose=True)


def test_a_vowel_changed_in_one_script_is_still_another_name() -> None:
    assert not spelling.same_name(spelling.name_key("Ola"), spelling.name_key("Ula"))


PARTY_EN = "Councillor Bruno Nettleford said the Social Democrats would try to block the sale."


def _compound(b_words: str) -> bool:
    side = facts.words(PARTY_EN)
    word = next(w for w in side if w.text == "Democrats")
    named = [w for w in side if w.text in {"Social", "Democrats", "Bruno", "Nettleford"}]
    b_keys = [spelling.name_key(w) for w in b_words.split()]
    return names._in_a_compound(word, named, PARTY_EN, b_keys)


@pytest.mark.parametrize(
    "b_words", ["Sozialdemokraten", "socialdemócratas", "sociaux-démocrates", "социал-демократы"]
)
def test_a_party_of_two_words_written_as_one_is_kept(b_words: str) -> None:
    assert _compound(b_words)


@pytest.mark.parametrize("b_words", ["Christdemokraten", "Sozial Demokraten", "Sozialliberale"])
def test_another_party_or_a_part_of_the_name_is_no_compound_of_it(b_words: str) -> None:
    assert not _compound(b_words)


def test_a_shorter_word_that_begins_a_compound_of_a_name_keeps_nothing() -> None:
    text = "Its chair, Berit Kjellmark, said nurses were exhausted."
    side = facts.words(text)
    word = next(w for w in side if w.text == "Kjellmark")
    b_keys = [spelling.name_key(w) for w in ("Berit", "Kjellberg")]
    assert not names._in_a_compound(word, side, text, b_keys)


def test_a_surname_respelt_after_the_first_name_is_no_compound_of_the_two() -> None:
    text = "Its chairman, Kees Vandermolen, estimated the losses."
    side = facts.words(text)
    word = next(w for w in side if w.text == "Vandermolen")
    b_keys = [spelling.name_key(w) for w in ("Kees", "Vandermeulen")]
    assert not names._in_a_compound(word, side, text, b_keys)


RESPELT_EN = "Its chairman, Kees Vandermolen, estimated that members would lose 4 million euros.\n"
RESPELT_DE = (
    "Sein Vorsitzender Kees Vandermolen schätzte, dass die Mitglieder 4 Millionen Euro verlieren.\n"
)


def test_a_surname_respelt_after_the_first_name_is_a_changed_name() -> None:
    assert severe_messages(RESPELT_EN, RESPELT_DE, "de", "entity.") == []
    respelt = RESPELT_DE.replace("Vandermolen", "Vandermeulen")
    assert any("Vandermeulen" in m for m in severe_messages(RESPELT_EN, respelt, "de", "entity."))


AUDIT_EN = "The backlog is growing, Auditor General Cecilia Sandell told a news conference.\n"


def test_an_auditor_general_is_the_head_of_the_audit_office_not_a_general() -> None:
    en = language_profile("en")
    assert "authority" in facts.roles("Auditor General Cecilia Sandell told reporters", en)
    assert facts.roles("General Ana Ruiz told reporters", en) == {"general"}
    de = "Der Rückstau wächst, sagte Rechnungshofpräsidentin Cecilia Sandell.\n"
    assert severe_messages(AUDIT_EN, de, "de", "attribution.") == []


def test_an_audit_office_is_a_body_not_a_name() -> None:
    en, es = language_profile("en"), language_profile("es")
    assert facts.sources("the Ulvenland Audit Office said", en) == {"authority"}
    assert facts.sources("la Oficina de Auditoría de Ulvenland señaló", es) == {"authority"}


NIGHT_EN = "Two people were detained on Wednesday night near the plant gates.\n"
NIGHT = {
    "de": "Zwei Menschen wurden in der Nacht zum Donnerstag nahe den Werkstoren festgenommen.\n",
    "ru": "Два человека были задержаны в ночь на четверг у ворот завода.\n",
}


@pytest.mark.parametrize("code", sorted(NIGHT))
def test_the_night_to_a_day_is_the_night_of_the_day_before(code: str) -> None:
    assert severe_messages(NIGHT_EN, NIGHT[code], code, "number.") == []


@pytest.mark.parametrize("code", sorted(NIGHT))
def test_a_day_that_is_no_night_is_still_that_day(code: str) -> None:
    thursday = {"de": "am Donnerstag", "ru": "в четверг"}[code]
    night = {"de": "in der Nacht zum Donnerstag", "ru": "в ночь на четверг"}[code]
    assert severe_messages(NIGHT_EN, NIGHT[code].replace(night, thursday), code, "number.") != []


@pytest.mark.parametrize(
    "text", ["Подозреваемый в понедельник бежал за границу.", "Подозреваемый в Москве задержан."]
)
def test_a_suspect_on_a_day_or_in_a_place_is_no_hedge(text: str) -> None:
    assert facts.hedged(text, language_profile("ru")) == []
