"""Constructed sentences (not from the bench) for names a translation writes as they are said
and words of a thing's name it translates: an English first name with an h keeps its own g
where Russian writes the h as х (Hugo = Хьюго); a Dutch or German initial v is said f (Vlieger
= Флигер); a word before a name that B writes after a definite article is a word of a
thing's name, translated (Workshop = "die Werkstatt"), not a changed first name; a Russian
verb of forecast renders the English verb of forecast it translates, not a hedge added."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import spelling
from tests.helpers import severe_messages, severe_names


def _first_name_heard(latin: str, cyrillic: str) -> bool:
    """True when a Cyrillic first name keeps the Latin one as names.check_names reads it."""
    b = spelling.name_key(cyrillic)
    return any(
        spelling.same_name(k, b, loose=True)
        and spelling.first_name_kept(k, b, a_h=latin[:1] == "H" and not k.startswith("g"))
        for k in spelling.heard_keys(latin)
    )


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Hugo", "Хьюго"), ("Hugo", "Гуго"), ("Harriet", "Гарриет"), ("Helmut", "Хельмут")],
)
def test_a_first_name_with_an_h_keeps_its_own_consonants(latin: str, cyrillic: str) -> None:
    assert _first_name_heard(latin, cyrillic)


@pytest.mark.parametrize(("latin", "cyrillic"), [("Hugo", "Хуан"), ("Hugo", "Гоша")])
def test_another_first_name_after_an_h_is_another_name(latin: str, cyrillic: str) -> None:
    assert not _first_name_heard(latin, cyrillic)


@pytest.mark.parametrize(
    ("latin", "cyrillic", "same"),
    [
        ("Vlieger", "Флигер", True),  # a Dutch initial v said f
        ("Vlieger", "Влигер", True),  # ... or written as spelt
        ("Vogel", "Фогель", True),
        ("Vlieger", "Фогель", False),  # another name
        ("Vlieger", "Флинтер", False),  # a consonant added
    ],
)
def test_an_initial_v_may_be_written_as_said(latin: str, cyrillic: str, same: bool) -> None:
    a, b = spelling.name_key(latin), spelling.name_key(cyrillic)
    assert spelling.same_name(a, b, loose=True) is same
    # in one script a changed letter is a changed name
    assert not spelling.same_name(a, spelling.name_key("F" + latin[1:]))


EN = (
    "Trust director Hugo Farrant said the repair was finished.\n\n"
    "The group's chief executive, Marten Vlieger, said it had no choice.\n"
)
RU = (
    "Директор фонда Хьюго Фаррант сказал, что ремонт завершён.\n\n"
    "Генеральный директор группы Мартен Флигер заявил, что у неё не было выбора.\n"
)


def test_names_written_as_said_in_a_faithful_translation_are_no_findings() -> None:
    assert severe_names(EN, RU, "ru") == []


def test_a_changed_name_written_as_said_is_still_a_changed_name() -> None:
    assert severe_names(EN, RU.replace("Хьюго", "Хуан"), "ru") != []
    assert severe_names(EN, RU.replace("Флигер", "Фогель"), "ru") != []


WORKSHOP_EN = "Workshop Treadwell & Sons spent 14 months on the clock, the council said.\n"
WORKSHOP_DE = (
    "Die Werkstatt Treadwell & Sons hat 14 Monate an der Uhr gearbeitet, sagte der Stadtrat.\n"
)
WORDS = {"werkstatt": "workshop", "uhr": "clock", "stadtrat": "council", "monate": "months"}


def test_a_word_of_a_things_name_translated_after_an_article_is_no_changed_name() -> None:
    assert severe_names(WORKSHOP_EN, WORKSHOP_DE, "de", WORDS) == []


def test_a_first_name_changed_before_a_kept_surname_is_still_found() -> None:
    en = "Clara Maresca spent 14 months on the clock, the council said.\n"
    de = "Carla Maresca hat 14 Monate an der Uhr gearbeitet, sagte der Stadtrat.\n"
    assert severe_names(en, de, "de", WORDS) != []


FROST = {
    "метеослужба": "weather service",
    "прогнозирует": "forecast",
    "сообщила": "reported",
    "холодные": "cold",
    "ночи": "nights",
    "выходные": "weekend",
}


def test_a_forecast_the_original_states_is_no_hedge_added() -> None:
    a = "The weather service forecast further cold nights for the weekend.\n"
    b = "Метеослужба прогнозирует новые холодные ночи на выходные.\n"
    assert severe_messages(a, b, "ru", "hedge.", FROST) == []


def test_a_forecast_added_where_the_original_reports_is_a_hedge_added() -> None:
    a = "The weather service reported further cold nights for the weekend.\n"
    b = "Метеослужба прогнозирует новые холодные ночи на выходные.\n"
    assert severe_messages(a, b, "ru", "hedge.", FROST) != []
