"""Constructed faithful renderings (not from the bench stories) of conventions a translator
follows without a second thought: a night named by the day it ends in or by both its days,
a span of years with its second year in two digits, a negated "can" and a noun "risque",
"expected" as a participle, a comparative "not better", an inflected German adjective of
likelihood, Russian letters for sounds of other alphabets, a trade before a person's name,
a place written with the word before it as one German word, the trade in a company's name,
and a speaker and the body they speak of put in other places. Each reads alike on both
sides, and the change each mechanism exists for is still seen."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from driftcheck.findings.across import numbers
from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.xling import facts, names, people, sources, spelling, worded
from tests.helpers import language_profile, severe_messages

FROST_EN = "Frost hit the orchards overnight into Tuesday, and again on Tuesday, growers said.\n"
FROST = {
    "de": "Frost traf die Obstgärten in der Nacht zum Dienstag und erneut am Dienstag.\n",
    "fr": "Le gel a frappé les vergers dans la nuit de lundi à mardi, puis de nouveau mardi.\n",
    "es": "La helada golpeó los huertos en la noche del lunes al martes y de nuevo el martes.\n",
    "ru": "Заморозки ударили по садам в ночь с понедельника на вторник и снова во вторник.\n",
}


@pytest.mark.parametrize("code", ["en", *sorted(FROST)])
def test_a_night_named_by_the_day_it_ends_in_or_by_both_days_is_the_evening_before(
    code: str,
) -> None:
    text = FROST_EN if code == "en" else FROST[code]
    days = {value for value, _ in facts.dates(text, language_profile(code))}
    assert days == {("weekday", 0), ("weekday", 1)}  # Monday evening, and Tuesday


@pytest.mark.parametrize("code", sorted(FROST))
def test_a_night_translated_by_its_two_days_is_no_weekday_changed(code: str) -> None:
    assert severe_messages(FROST_EN, FROST[code], code, "number.") == []


def test_a_night_that_ends_on_another_day_is_still_a_changed_weekday() -> None:
    fr = FROST["fr"].replace("nuit de lundi à mardi", "nuit de mercredi à jeudi")
    assert severe_messages(FROST_EN, fr, "fr", "number.") != []


def _values(text: str, code: str) -> list[str]:
    side = cast(Side, SimpleNamespace(text=text, starts=(0,)))
    return [str(value) for value, _ in numbers(side, code)]


@pytest.mark.parametrize(
    ("text", "code", "values"),
    [
        ("the 2025-26 season", "en", ["2025", "2026"]),
        ("die Saison 2025/26", "de", ["2025", "2026"]),
        ("la saison 2025-2026", "fr", ["2025", "2026"]),
        ("the 1999-00 season", "en", ["1999", "2000"]),
        ("aged 2025-8", "en", ["2025", "8"]),  # one digit: no year
        ("scores of 12-14", "en", ["12", "14"]),
    ],
)
def test_the_second_year_of_a_span_in_two_digits_is_the_year(
    text: str, code: str, values: list[str]
) -> None:
    assert _values(text, code) == values


SEASON_EN = "The grant covers the 2025-26 season, the council said.\n"


def test_a_span_of_years_written_in_full_is_no_number_changed() -> None:
    es = "La ayuda cubre la temporada 2025-2026, según el consejo.\n"
    assert severe_messages(SEASON_EN, es, "es", "number.") == []


def test_another_second_year_is_still_a_changed_number() -> None:
    es = "La ayuda cubre la temporada 2025-2027, según el consejo.\n"
    assert severe_messages(SEASON_EN, es, "es", "number.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Sans cette aide, nous ne pourrons plus payer les salaires.",
        "L'opérateur assume tout le risque de construction.",
        "Il a évoqué un risque de pénurie.",
    ],
)
def test_french_inability_and_the_noun_risk_are_no_hedge(text: str) -> None:
    assert facts.hedged(text, language_profile("fr")) == []


@pytest.mark.parametrize(
    "text",
    ["La digue risque de céder.", "Les prix pourraient encore monter.", "Nous pourrons payer."],
)
def test_french_risk_as_a_verb_and_a_conditional_are_still_hedges(text: str) -> None:
    assert facts.hedged(text, language_profile("fr")) != []


def test_expected_as_a_french_participle_may_hedge() -> None:
    fr = language_profile("fr")
    assert facts.hedge_words("Les résultats sont attendus jeudi.", fr) == 1


def test_a_russian_comparative_not_better_is_no_understatement() -> None:
    ru = language_profile("ru")
    assert ru.softeners_re.search("«Стало не лучше, а хуже»") is None
    assert ru.softeners_re.search("«Это не лучшая идея»") is not None


def test_an_inflected_german_adjective_of_likelihood_hedges() -> None:
    de = language_profile("de")
    assert facts.hedged("Der Verband schätzte die voraussichtlichen Kosten.", de) != []
    assert facts.hedge_words("die voraussichtliche Bilanz", de) == 1


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Lucille", "Люсиль"),  # a French u: ю after a consonant
        ("Müller", "Мюллер"),
        ("Hamley", "Хэмли"),  # an English a: э after a consonant
        ("Campbell", "Кэмпбелл"),
        ("Kjersti", "Кьерсти"),  # a Nordic kj letter by letter, as Kjellmark = Чельмарк
        ("Pierre", "Пьер"),  # ь before a vowel: the i of a French ie
        ("Fabien", "Фабьен"),
    ],
)
def test_russian_letters_for_sounds_of_other_alphabets(latin: str, cyrillic: str) -> None:
    assert spelling.name_key(latin) == spelling.name_key(cyrillic)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Lucille", "Луиза"),
        ("Hamley", "Хэнли"),
        ("Kjersti", "Керстен"),
        ("Holm", "Хэлм"),
        ("Pierre", "Пэр"),
    ],
)
def test_another_consonant_or_ending_is_still_another_name(latin: str, cyrillic: str) -> None:
    assert not spelling.same_name(spelling.name_key(latin), spelling.name_key(cyrillic), loose=True)


def _side(text: str) -> Side:
    return cast(Side, SimpleNamespace(text=text, starts=(0,)))


def test_a_trade_before_a_persons_name_at_a_sentence_start_is_no_name() -> None:
    text = "Geologist Marit Sundqvist said the slope was moving."
    named = people.named([_side(text)])
    found = [w.text for w in people.name_words(_side(text), language_profile("en"), named)]
    assert found == ["Marit", "Sundqvist"]


def test_a_first_name_at_a_sentence_start_is_still_a_name() -> None:
    text = "Marit Sundqvist said the slope was moving."
    named = people.named([_side("the geologist Marit Sundqvist")])
    found = [w.text for w in people.name_words(_side(text), language_profile("en"), named)]
    assert found == ["Marit", "Sundqvist"]


@pytest.mark.parametrize(
    ("key", "b_words", "kept"),
    [
        ("Africa", "Westafrika", True),
        ("Europe", "Nordeuropas", True),
        ("Europe", "Europäer", False),  # a longer ending: another word
        ("Africa", "Afrikaner", False),
        ("Berg", "Hamberg", False),  # a short name is the end of too many words
    ],
)
def test_a_place_written_as_one_word_with_the_word_before_it_is_kept(
    key: str, b_words: str, kept: bool
) -> None:
    b_keys = [spelling.name_key(w) for w in b_words.split()]
    assert names._head_of_a_compound(spelling.name_key(key), b_keys) is kept


TRADE_EN = (
    "Engineering work on the bridge will start in May, the council said.\n\n"
    "The council picked Varholt Engineering for the bridge.\n\n"
    "Varholt declined to comment on Tuesday.\n"
)
TRADE_DE = (
    "Die Arbeiten an der Brücke beginnen im Mai, teilte der Rat mit.\n\n"
    "Der Rat wählte Varholt Engineering für die Brücke aus.\n\n"
    "Varholt wollte sich am Dienstag nicht äußern.\n"
)


def test_the_trade_in_a_companys_name_opening_a_sentence_is_no_name() -> None:
    assert severe_messages(TRADE_EN, TRADE_DE, "de", "entity.") == []


def test_a_companys_own_name_dropped_is_still_a_name_dropped() -> None:
    de = TRADE_DE.replace("Varholt Engineering", "eine Baufirma")
    assert severe_messages(TRADE_EN, de, "de", "entity.") != []


def _moved(a: str, b: str) -> bool:
    """Whether check_sources reads the pair as the same parties put in other places, for
    the sources each side gives next to its reporting words."""
    profiles = (language_profile("en"), language_profile("ru"))
    view = cast(GroupView, SimpleNamespace(a=_side(a), b=_side(b)))
    groups = (
        sources.source_groups(a[a.index("said") :], profiles[0]),
        sources.source_groups(b[: b.index("заявила")], profiles[1]),
    )
    assert groups[0]
    assert groups[1]
    assert not groups[0] & groups[1]  # a change, read alone
    return sources._moved(view, profiles, groups)


MOVED_EN = "Its chief executive, Ilse Varga, said the agency would not raise fees."


def test_a_speaker_and_the_body_they_speak_of_in_other_places_is_no_change() -> None:
    ru = "Её генеральный директор Ильзе Варга заявила, что агентство не будет повышать сборы."
    assert _moved(MOVED_EN, ru)


def test_a_statement_given_to_another_body_is_still_a_change() -> None:
    ru = "Глава профсоюза Ильзе Варга заявила, что профсоюз не будет повышать сборы."
    assert not _moved(MOVED_EN, ru)


NOON_EN = "The strike began at noon on Friday, the union said.\n"
NOON = {
    "de": "Der Streik begann am Freitag um 12 Uhr, teilte die Gewerkschaft mit.\n",
    "fr": "La grève a commencé vendredi à 12 heures, selon le syndicat.\n",
    "es": "La huelga comenzó el viernes a las 12, según el sindicato.\n",
    "ru": "Забастовка началась в пятницу в 12 часов, сообщил профсоюз.\n",
}


@pytest.mark.parametrize("code", sorted(NOON))
def test_noon_is_twelve_oclock(code: str) -> None:
    assert severe_messages(NOON_EN, NOON[code], code, "number.") == []
    back = {"de": "mittags", "fr": "à midi", "es": "al mediodía", "ru": "в полдень"}[code]
    assert worded.values(back, language_profile(code)) == {12}


@pytest.mark.parametrize("code", sorted(NOON))
def test_another_hour_for_noon_is_still_a_number_added(code: str) -> None:
    assert severe_messages(NOON_EN, NOON[code].replace("12", "14"), code, "number.") != []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Der angebliche Täter schwieg."),
        ("de", "Die vermutlichen Brandstifter schwiegen."),
        ("fr", "Les causes probables restent inconnues."),
        ("es", "Las causas probables siguen sin conocerse."),
    ],
)
def test_an_adjective_of_likelihood_hedges_in_any_of_its_forms(code: str, text: str) -> None:
    assert facts.hedged(text, language_profile(code)) != []


def test_confirm_in_any_tense_is_a_reporting_word_as_in_the_other_languages() -> None:
    en = language_profile("en")
    assert facts.attributed("but the police did not confirm this", en) != []
    assert facts.attributed("the police confirm the arrests", en) != []


CONFIRM_EN = "Local media reported two arrests at the gates, but police did not confirm this.\n"


def test_a_denial_of_confirmation_translated_is_no_statement_given_to_the_police() -> None:
    ru = "Местные СМИ сообщили о двух задержаниях у ворот, однако полиция этого не подтвердила.\n"
    words = {"сообщили": "reported", "полиция": "police", "задержаниях": "arrests"}
    assert severe_messages(CONFIRM_EN, ru, "ru", "attribution.", words) == []


RULING_EN = (
    '"The state may ask students to pay, but it may not make study a privilege," the judge said.\n'
)
RULING = {
    "de": "„Der Staat darf Studierende zur Kasse bitten, aber er darf das Studium nicht zum "
    "Privileg machen“, sagte die Richterin.\n",
    "ru": "«Государство вправе просить студентов платить, но не вправе делать учёбу "
    "привилегией», - сказала судья.\n",
}
RULING_WORDS = {"darf": "may", "вправе": "may", "sagte": "said", "сказала": "said"}


@pytest.mark.parametrize("code", sorted(RULING))
def test_the_may_of_permission_rendered_as_such_keeps_the_quote(code: str) -> None:
    assert severe_messages(RULING_EN, RULING[code], code, "quote.", RULING_WORDS) == []


@pytest.mark.parametrize("code", sorted(RULING))
def test_a_may_of_permission_made_a_must_is_still_a_quote_strengthened(code: str) -> None:
    # as a quote strengthened, or as the quote's "may" dropped (a hedge dropped inside
    # quoted words is filed under hedge, see xling.quote_words.hedged_quotes)
    must = {"de": ("darf", "muss"), "ru": ("вправе", "обязано")}[code]
    b = RULING[code].replace(*must)
    found = severe_messages(RULING_EN, b, code, "", RULING_WORDS)
    assert any(
        m.startswith("quote") or m.startswith("hedge dropped inside the quote") for m in found
    ), found
