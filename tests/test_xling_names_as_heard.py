"""Names written as heard in another script and words of a body's name spelt as another
language spells them (constructed sentences, not from the bench): an English compound's k
and h are two sounds (Oakhurst = Окхерст), its ew before a vowel is a yu (Lewis = Льюис), a
transliteration keeps a long name's consonants while it respells its vowels (Ambleside =
Эмблсайд), and Spanish writes a b as a v and a t between vowels as a d (Mobility =
Movilidad). A name that changes a consonant is still another name."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import spelling, translated_names
from tests.helpers import language_profile, severe_names

ENGLISH_ENDINGS = language_profile("en").word_endings


def _heard_as(a_word: str, b_word: str) -> bool:
    b_key = spelling.name_key(b_word)
    return any(
        spelling.same_name(key, b_key, loose=True) or spelling.same_skeleton(key, b_key)
        for key in spelling.heard_keys(a_word)
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oakhurst", "Окхерст"),  # the k of Oak, the h of hurst
        ("Blackheath", "Блэкхит"),
        ("Ambleside", "Эмблсайд"),  # every consonant kept, the vowels as said
        ("Mikhail", "Михаил"),  # a transliteration from Russian: kh is х
        ("Lewis", "Льюис"),  # an English ew before a vowel is said yu
        ("Hewitt", "Хьюитт"),
        ("Renewables", "Риньюаблс"),
    ],
)
def test_a_name_written_as_heard_is_the_same_name(a: str, b: str) -> None:
    assert _heard_as(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ambleside", "Эмблтон"),  # other consonants after the start
        ("Oakhurst", "Окхорн"),
        ("Hartwell", "Хартман"),
        ("Lewis", "Левин"),
    ],
)
def test_a_name_with_other_consonants_is_another_name(a: str, b: str) -> None:
    assert not _heard_as(a, b)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("amblsd", "emblsad", True),
        ("amblsd", "emblsak", False),  # a consonant changed
        ("mrtn", "mortin", False),  # too few consonants to tell a name by them alone
        ("amblsd", "amblsdaaa", False),  # lengths too far apart
    ],
)
def test_a_skeleton_needs_every_consonant_and_enough_of_them(
    one: str, other: str, same: bool
) -> None:
    assert spelling.same_skeleton(one, other) is same


def test_a_spanish_v_for_b_and_d_for_a_t_between_vowels_keep_a_word() -> None:
    assert translated_names.same_word("Mobility", "Movilidad", ENGLISH_ENDINGS)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Reinholt", "Reinhold"),  # a final t or d still tells names apart
        ("Mobility", "Mobiliario"),  # other consonants after the shared start
        ("Bolton", "Voltan"),  # a name misspelt in its vowels, b for v or not
    ],
)
def test_other_words_and_names_stay_apart(a: str, b: str) -> None:
    assert not translated_names.same_word(a, b, ENGLISH_ENDINGS)


EN = (
    "Scooter operators face a ban from July, the city council said on Monday.\n\n"
    "Its spokeswoman, Greta Ambleside, said scooters left in bike lanes were a daily "
    "danger.\n\n"
    "Zipwheel Mobility said the ban would cost jobs. Similar bans took effect in two other "
    "cities last year, the National Urban Mobility Board said.\n\n"
    "Parents in Oakhurst have waited a year for places, Greta Ambleside said.\n"
)
RU = (
    "Операторам самокатов грозит запрет с июля, сообщил в понедельник городской совет.\n\n"
    "Его представитель Грета Эмблсайд заявила, что самокаты, оставленные на велодорожках, "
    "ежедневно создают опасность.\n\n"
    "В Zipwheel Mobility заявили, что запрет будет стоить рабочих мест. По данным "
    "Национального совета по городской мобильности, аналогичные запреты вступили в силу в "
    "двух других городах в прошлом году.\n\n"
    "Родители в Окхерсте ждут мест уже год, сказала Грета Эмблсайд.\n"
)
ES = (
    "Los operadores de patinetes se enfrentan a una prohibición desde julio, dijo el lunes "
    "el ayuntamiento.\n\n"
    "Su portavoz, Greta Ambleside, dijo que los patinetes en los carriles bici eran un "
    "peligro diario.\n\n"
    "Zipwheel Mobility dijo que la prohibición costaría empleos. El año pasado entraron en "
    "vigor prohibiciones similares en otras dos ciudades, según la Junta Nacional de "
    "Movilidad Urbana.\n\n"
    "Los padres de Oakhurst llevan un año esperando plazas, dijo Greta Ambleside.\n"
)


@pytest.mark.parametrize(("code", "b"), [("ru", RU), ("es", ES)])
def test_names_as_heard_and_translated_words_are_no_changed_names(code: str, b: str) -> None:
    assert severe_names(EN, b, code) == []


def test_a_person_renamed_in_another_script_is_still_caught() -> None:
    changed = RU.replace("сказала Грета Эмблсайд", "сказала Грета Эмблтон")
    assert any("Ambleside" in message for message in severe_names(EN, changed, "ru"))
