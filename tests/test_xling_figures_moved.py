"""Figures a faithful translator writes in another place or another shape, written for these
tests from the languages' conventions (not from the bench stories): a time or a duration
on a clock ("2:19:48", "2 h 19 min 48 s") for hours and minutes written apart, a figure
moved into a paragraph the aligner did not tie to its own, and Russian words that start
like a month's stem without being one (маяк, маятник). Each faithful rendering is quiet;
the same figure changed is still reported."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts
from tests.helpers import language_profile, severe_messages

RECORD = "She won in a course record of 2 hours 19 minutes 48 seconds.\n"


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        (RECORD, "de", "Sie gewann in der Rekordzeit von 2:19:48 Stunden.\n"),
        (RECORD, "fr", "Elle a gagné en 2 h 19 min 48 s, un record.\n"),
        ("She finished in 2:19:48.\n", "de", "Sie lief 2 Stunden, 19 Minuten und 48 Sekunden.\n"),
        ("The flight takes 3 hours 40 minutes.\n", "es", "El vuelo dura 3 h 40.\n"),
    ],
)
def test_a_clock_for_hours_and_minutes_written_apart_is_the_same_figure(
    a: str, code: str, b: str
) -> None:
    assert severe_messages(a, b, code, "number.") == []


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        (RECORD, "de", "Sie gewann in der Rekordzeit von 2:29:48 Stunden.\n"),
        (RECORD, "fr", "Elle a gagné en 2 h 18 min 48 s, un record.\n"),
        (RECORD, "de", "Sie gewann in der Rekordzeit von 2:19:47 Stunden.\n"),
        ("The flight takes 3 hours 40 minutes.\n", "es", "El vuelo dura 4 h 40.\n"),
    ],
)
def test_a_clock_with_another_hour_minute_or_second_is_reported(a: str, code: str, b: str) -> None:
    assert severe_messages(a, b, code, "number.") != []


MOVED_A = "The company made 5 million euros.\n\nIt employs 300 people. Sales rose 15 percent.\n"


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        (
            MOVED_A,
            "de",
            "Das Unternehmen verdiente 5 Millionen Euro. Der Umsatz stieg um 15 Prozent.\n\n"
            "Es beschäftigt 300 Menschen.\n",
        ),
        (
            "The mayor spoke on Monday.\n\nThe plan costs 40 million pounds. It passed by 12"
            " votes to 3.\n\nWork starts in May.\n",
            "fr",
            "Le maire s'est exprimé lundi. Le plan a été adopté par 12 voix contre 3.\n\n"
            "Le plan coûte 40 millions de livres.\n\nLes travaux commencent en mai.\n",
        ),
    ],
)
def test_a_figure_moved_into_another_paragraph_is_no_number_finding(
    a: str, code: str, b: str
) -> None:
    assert severe_messages(a, b, code, "number.") == []


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        (  # the story says 15 once more in B than in A: an added figure
            MOVED_A,
            "de",
            "Das Unternehmen verdiente 5 Millionen Euro. Der Umsatz stieg um 15 Prozent.\n\n"
            "Es beschäftigt 300 Menschen. Der Gewinn stieg um 15 Prozent.\n",
        ),
        (  # two figures swapped between paragraphs: each paragraph changed one
            "Five people were hurt, police said.\n\nSeven cars were damaged.\n",
            "de",
            "Sieben Menschen wurden verletzt, sagte die Polizei.\n\n"
            "Fünf Autos wurden beschädigt.\n",
        ),
        (
            "The plant will cost 40 million euros.\n\nIt will employ 120 people.\n",
            "fr",
            "L'usine coûtera 40 millions d'euros et emploiera 150 personnes.\n\n"
            "Elle emploiera du personnel local.\n",
        ),
    ],
)
def test_a_figure_the_story_does_not_balance_is_still_reported(a: str, code: str, b: str) -> None:
    assert severe_messages(a, b, code, "number.") != []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Маяк продали частному покупателю.", []),
        ("Смотритель маяка и маятник часов.", []),
        ("Маячный сторож ушёл.", []),
        ("Сделку заключили в мае.", [4]),
        ("Майский праздник прошёл.", [4]),
        ("Мартовский отчёт и сентябрьский план.", [2, 8]),
        ("Сделку заключили 5 мая.", [4]),
    ],
)
def test_a_russian_month_stem_takes_an_ending_not_another_root(
    text: str, months: list[int]
) -> None:
    found = facts.dates(text, language_profile("ru"))
    assert [number for (kind, number), _ in found if kind == "month"] == months


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        (
            "It is the third case in 18 months.\n",
            "de",
            "Es ist der dritte Fall in anderthalb Jahren.\n",
        ),
        ("The contract runs for 12 months.\n", "es", "El contrato dura un año.\n"),
        ("The contract runs for 24 months.\n", "ru", "Контракт рассчитан на два года.\n"),
        ("The trial lasted two weeks.\n", "de", "Der Prozess dauerte 14 Tage.\n"),
        ("The trial lasted 14 days.\n", "fr", "Le procès a duré deux semaines.\n"),
        ("He was jailed for 30 months.\n", "de", "Er wurde zu zweieinhalb Jahren verurteilt.\n"),
    ],
)
def test_a_span_of_time_in_another_unit_is_the_same_figure(a: str, code: str, b: str) -> None:
    assert severe_messages(a, b, code, "number.") == []


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        ("It is the third case in 18 months.\n", "de", "Es ist der dritte Fall in zwei Jahren.\n"),
        ("The contract runs for 12 months.\n", "es", "El contrato dura dos años.\n"),
        ("The contract runs for 24 months.\n", "ru", "Контракт рассчитан на три года.\n"),
        ("The trial lasted two weeks.\n", "de", "Der Prozess dauerte 15 Tage.\n"),
        ("The trial lasted 14 days.\n", "fr", "Le procès a duré trois semaines.\n"),
        ("The contract runs for 12 days.\n", "es", "El contrato dura un año.\n"),
    ],
)
def test_a_span_of_time_of_another_length_is_reported(a: str, code: str, b: str) -> None:
    assert severe_messages(a, b, code, "number.") != []


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        ("Six in 10 voters agreed.\n", "de", "60 Prozent der Wähler stimmten zu.\n"),
        ("Nine out of ten voters agreed.\n", "fr", "90 % des électeurs étaient d'accord.\n"),
        ("60 percent of voters agreed.\n", "fr", "Six électeurs sur dix étaient d'accord.\n"),
        ("One in five children is poor.\n", "es", "El 20 % de los niños es pobre.\n"),
        ("20 percent of children are poor.\n", "fr", "Un enfant sur cinq est pauvre.\n"),
        ("One in three firms cut jobs.\n", "ru", "33% компаний сократили рабочие места.\n"),
    ],
)
def test_a_share_of_a_whole_as_its_per_cent_is_the_same_figure(a: str, code: str, b: str) -> None:
    assert severe_messages(a, b, code, "number.") == []


@pytest.mark.parametrize(
    ("a", "code", "b"),
    [
        ("Six in 10 voters agreed.\n", "de", "70 Prozent der Wähler stimmten zu.\n"),
        ("60 percent of voters agreed.\n", "fr", "Sept électeurs sur dix étaient d'accord.\n"),
        ("One in five children is poor.\n", "es", "El 25 % de los niños es pobre.\n"),
        ("One in three firms cut jobs.\n", "ru", "30% компаний сократили рабочие места.\n"),
    ],
)
def test_a_share_of_another_size_is_reported(a: str, code: str, b: str) -> None:
    assert severe_messages(a, b, code, "number.") != []


SWAPPED_A = (
    "The company made 5 million euros. It has 12 shops.\n\n"
    "It employs 300 people. Sales rose 15 percent.\n"
)
SWAPPED_WORDS = {
    "unternehmen": "company",
    "verdiente": "made",
    "millionen": "million",
    "euro": "euros",
    "hat": "has",
    "geschäfte": "shops",
    "beschäftigt": "employs",
    "menschen": "people",
    "umsatz": "sales",
    "stieg": "rose",
    "es": "it",
}
"""Each paragraph's figure moved into the other: each paragraph loses one figure and gains
another, in sentences of their own (the fake embedder pairs the sentences one to one)."""


def test_figures_swapped_between_paragraphs_are_no_change_where_the_story_keeps_both() -> None:
    b = (
        "Das Unternehmen verdiente 5 Millionen Euro, der Umsatz stieg um 15 Prozent. Es hat"
        " Geschäfte im ganzen Land.\n\nEs beschäftigt 300 Menschen in 12 Filialen. Der Umsatz"
        " stieg weiter.\n"
    )
    assert severe_messages(SWAPPED_A, b, "de", "number.", SWAPPED_WORDS) == []


@pytest.mark.parametrize(
    ("b", "reported"),
    [
        (  # 12 is nowhere in B, 14 nowhere in A
            "Das Unternehmen verdiente 5 Millionen Euro, der Umsatz stieg um 15 Prozent. Es hat"
            " Geschäfte im ganzen Land.\n\nEs beschäftigt 300 Menschen in 14 Filialen. Der Umsatz"
            " stieg weiter.\n",
            "12",
        ),
        (  # 12 changed in its own sentence, to a value the story gives elsewhere (15)
            "Das Unternehmen verdiente 5 Millionen Euro. Es hat 15 Geschäfte.\n\nEs beschäftigt"
            " 300 Menschen. Der Umsatz stieg um 15 Prozent.\n",
            "12 -> 15",
        ),
    ],
)
def test_a_figure_changed_or_gone_from_the_story_is_reported(b: str, reported: str) -> None:
    found = severe_messages(SWAPPED_A, b, "de", "number.", SWAPPED_WORDS)
    assert any(reported in message for message in found)


MOVED_DAY_A = (
    "The company met investors on Monday. It opened new shops.\n\n"
    "It hired staff. Sales rose on Friday.\n"
)
MOVED_DAY_WORDS = {
    "unternehmen": "company",
    "traf": "met",
    "investoren": "investors",
    "eröffnete": "opened",
    "neue": "new",
    "geschäfte": "shops",
    "stellte": "hired",
    "personal": "staff",
    "umsatz": "sales",
    "stieg": "rose",
    "es": "it",
}


def test_a_weekday_moved_into_another_paragraph_is_no_date_finding() -> None:
    b = (
        "Das Unternehmen traf am Montag Investoren, am Freitag stieg der Umsatz. Es eröffnete"
        " neue Geschäfte.\n\nEs stellte Personal ein. Der Umsatz stieg weiter.\n"
    )
    assert severe_messages(MOVED_DAY_A, b, "de", "number.", MOVED_DAY_WORDS) == []


@pytest.mark.parametrize(
    ("b", "reported"),
    [
        (  # moved and changed: Thursday is nowhere in A, Friday nowhere in B
            "Das Unternehmen traf am Montag Investoren, am Donnerstag stieg der Umsatz. Es"
            " eröffnete neue Geschäfte.\n\nEs stellte Personal ein. Der Umsatz stieg weiter.\n",
            "weekday removed: Friday",
        ),
        (  # changed in its own sentence, the old day said once more elsewhere
            "Das Unternehmen traf am Montag Investoren. Es eröffnete neue Geschäfte.\n\nEs stellte"
            " Personal ein. Der Umsatz stieg am Donnerstag, nicht am Freitag.\n",
            "weekday added: Donnerstag",
        ),
    ],
)
def test_a_weekday_gone_from_the_story_is_reported(b: str, reported: str) -> None:
    found = severe_messages(MOVED_DAY_A, b, "de", "number.", MOVED_DAY_WORDS)
    assert reported in found
