"""Figures as professional translators write them in de, fr, es and ru, written for these
tests from the languages' own conventions (not from the bench stories): numbers in words
composed by the language's grammar (vierzehn, vingt-cinq, doscientos, двадцать пять),
halves (anderthalb, zweieinhalb, et demie, y medio, полтора, с половиной), Russian
collective numerals (двое), a scale word alone (a million, mille, тысяча), units and
money scales glued to the figure (10km, 4pm, €2.4m, 2,4 M€), a clock time with a stop
(2.30 p.m.), an hour put after noon by a word (9 вечера, las nueve de la noche), a round
number as a noun (un millier, un millar, 320 Tsd.), and a share
written as a fraction (zwei Drittel, la mitad). Each faithful rendering is quiet,
and a changed figure in the same place is still reported."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import cast

import pytest

from driftcheck.findings.across import numbers
from driftcheck.findings.context import Side
from driftcheck.findings.xling import worded
from tests.helpers import language_profile, severe_messages

# (English, language, a faithful translation, the same with the figure changed)
PROBES = [
    (
        "Fourteen people were hurt.",
        "de",
        "14 Menschen wurden verletzt.",
        "15 Menschen wurden verletzt.",
    ),
    (
        "14 people were hurt.",
        "de",
        "Vierzehn Menschen wurden verletzt.",
        "Sechzehn Menschen wurden verletzt.",
    ),
    (
        "14 people were hurt.",
        "fr",
        "Quatorze personnes ont été blessées.",
        "Seize personnes ont été blessées.",
    ),
    (
        "14 people were hurt.",
        "es",
        "Catorce personas resultaron heridas.",
        "Trece personas resultaron heridas.",
    ),
    (
        "14 people were hurt.",
        "ru",
        "Пострадали четырнадцать человек.",
        "Пострадали тринадцать человек.",
    ),
    (
        "Seventeen people were hurt.",
        "ru",
        "Пострадали 17 человек.",
        "Пострадали 18 человек.",
    ),
    (
        "25 people were hurt.",
        "de",
        "Fünfundzwanzig Menschen wurden verletzt.",
        "Fünfunddreißig Menschen wurden verletzt.",
    ),
    (
        "25 people were hurt.",
        "fr",
        "Vingt-cinq personnes ont été blessées.",
        "Vingt-six personnes ont été blessées.",
    ),
    (
        "25 people were hurt.",
        "es",
        "Veinticinco personas resultaron heridas.",
        "Veintiséis personas resultaron heridas.",
    ),
    (
        "25 people were hurt.",
        "ru",
        "Пострадали двадцать пять человек.",
        "Пострадали двадцать шесть человек.",
    ),
    (
        "500 homes were lost.",
        "es",
        "Se perdieron quinientas viviendas.",
        "Se perdieron seiscientas viviendas.",
    ),
    (
        "500 homes were lost.",
        "fr",
        "Cinq cents logements ont été perdus.",
        "Six cents logements ont été perdus.",
    ),
    (
        "200 homes were lost.",
        "ru",
        "Сгорели двести домов.",
        "Сгорели триста домов.",
    ),
    (
        "2,000 homes were lost.",
        "de",
        "Zweitausend Häuser gingen verloren.",
        "Dreitausend Häuser gingen verloren.",
    ),
    (
        "2,000 homes were lost.",
        "es",
        "Se perdieron dos mil viviendas.",
        "Se perdieron tres mil viviendas.",
    ),
    (
        "1,000 homes were lost.",
        "fr",
        "Mille logements ont été perdus.",
        "Deux mille logements ont été perdus.",
    ),
    (
        "1 million people live there.",
        "de",
        "Eine Million Menschen lebt dort.",
        "Zwei Millionen Menschen leben dort.",
    ),
    (
        "1 million people live there.",
        "ru",
        "Там живёт миллион человек.",
        "Там живут два миллиона человек.",
    ),
    (
        "The talks lasted 2.5 hours.",
        "de",
        "Die Gespräche dauerten zweieinhalb Stunden.",
        "Die Gespräche dauerten dreieinhalb Stunden.",
    ),
    (
        "The talks lasted 2.5 hours.",
        "fr",
        "Les discussions ont duré deux heures et demie.",
        "Les discussions ont duré trois heures et demie.",
    ),
    (
        "The talks lasted 2.5 hours.",
        "es",
        "Las conversaciones duraron dos horas y media.",
        "Las conversaciones duraron tres horas y media.",
    ),
    (
        "The talks lasted 2.5 hours.",
        "ru",
        "Переговоры длились два с половиной часа.",
        "Переговоры длились три с половиной часа.",
    ),
    (
        "The work took 1.5 years.",
        "de",
        "Die Arbeiten dauerten anderthalb Jahre.",
        "Die Arbeiten dauerten zweieinhalb Jahre.",
    ),
    (
        "The work took 1.5 years.",
        "ru",
        "Работы заняли полтора года.",
        "Работы заняли два с половиной года.",
    ),
    (
        "1.5 million people fled.",
        "fr",
        "Un million et demi de personnes ont fui.",
        "Deux millions et demi de personnes ont fui.",
    ),
    (
        "1.5 million people fled.",
        "es",
        "Huyó un millón y medio de personas.",
        "Huyeron dos millones y medio de personas.",
    ),
    (
        "1.5 million people fled.",
        "ru",
        "Бежали полтора миллиона человек.",
        "Бежали два с половиной миллиона человек.",
    ),
    (
        "2 men were detained.",
        "ru",
        "Были задержаны двое мужчин.",
        "Были задержаны трое мужчин.",
    ),
    (
        "The wall is 10km long.",
        "de",
        "Die Mauer ist 10 km lang.",
        "Die Mauer ist 12 km lang.",
    ),
    (
        "The parcel weighs 3kg.",
        "fr",
        "Le colis pèse 3 kg.",
        "Le colis pèse 4 kg.",
    ),
    (
        "It fell to -5C.",
        "ru",
        "Температура опустилась до −5 °C.",
        "Температура опустилась до −7 °C.",
    ),
    (
        "The shop opens at 4pm.",
        "de",
        "Der Laden öffnet um 16 Uhr.",
        "Der Laden öffnet um 17 Uhr.",
    ),
    (
        "The shop opens at 4pm.",
        "ru",
        "Магазин открывается в 16:00.",
        "Магазин открывается в 17:00.",
    ),
    (
        "The meeting starts at 2.30 p.m.",
        "de",
        "Die Sitzung beginnt um 14.30 Uhr.",
        "Die Sitzung beginnt um 15.30 Uhr.",
    ),
    (
        "The deal is worth €2.4m.",
        "de",
        "Der Vertrag ist 2,4 Millionen Euro wert.",
        "Der Vertrag ist 2,4 Milliarden Euro wert.",
    ),
    (
        "The deal is worth $50k.",
        "de",
        "Der Vertrag ist 50.000 Dollar wert.",
        "Der Vertrag ist 60.000 Dollar wert.",
    ),
    (
        "The deal is worth 2.4 million euros.",
        "fr",
        "Le contrat vaut 2,4 M€.",
        "Le contrat vaut 2,4 Md€.",
    ),
    (
        "The deal is worth 2.4 billion euros.",
        "fr",
        "Le contrat vaut 2,4 Md€.",
        "Le contrat vaut 2,4 M€.",
    ),
    (
        "The deal is worth 2.4 million euros.",
        "es",
        "El contrato vale 2,4 M€.",
        "El contrato vale 3,4 M€.",
    ),
    (
        "Some 15,000 people fled.",
        "de",
        "Etwa 15’000 Menschen flohen.",
        "Etwa 16’000 Menschen flohen.",
    ),
    (
        "At 9 p.m. on Monday.",
        "ru",
        "В понедельник в 9 вечера.",
        "В понедельник в 10 вечера.",
    ),
    (
        "The meeting is at 2 p.m.",
        "es",
        "La reunión es a las 2 de la tarde.",
        "La reunión es a las 3 de la tarde.",
    ),
    (
        "The meeting is at 9 p.m.",
        "fr",
        "La réunion est à 9 heures du soir.",
        "La réunion est à 10 heures du soir.",
    ),
    (
        "The meeting is at 9 p.m.",
        "de",
        "Die Sitzung ist um 9 Uhr abends.",
        "Die Sitzung ist um 10 Uhr abends.",
    ),
    (
        "More than 1,000 people came.",
        "fr",
        "Plus d’un millier de personnes sont venues.",
        "Plus de deux milliers de personnes sont venues.",
    ),
    (
        "About 1,000 people came.",
        "es",
        "Acudieron alrededor de un millar de personas.",
        "Acudieron alrededor de dos millares de personas.",
    ),
    (
        "It cost 320,000 euros.",
        "de",
        "Es kostete 320 Tsd. Euro.",
        "Es kostete 330 Tsd. Euro.",
    ),
    (
        "50 percent of the staff left.",
        "es",
        "La mitad del personal se fue.",
        "Un tercio del personal se fue.",
    ),
    (
        "67 percent of members voted for it.",
        "de",
        "Zwei Drittel der Mitglieder stimmten dafür.",
        "Drei Viertel der Mitglieder stimmten dafür.",
    ),
    (
        "75 percent of the staff left.",
        "ru",
        "Три четверти сотрудников ушли.",
        "Две трети сотрудников ушли.",
    ),
    (
        "The meeting is at 9 p.m.",
        "es",
        "La reunión es a las nueve de la noche.",
        "La reunión es a las diez de la noche.",
    ),
]


@pytest.mark.parametrize(("en", "code", "faithful"), [probe[:3] for probe in PROBES])
def test_a_figure_as_a_translator_writes_it_is_no_number_finding(
    en: str, code: str, faithful: str
) -> None:
    assert severe_messages(en + "\n", faithful + "\n", code, "number.") == []


@pytest.mark.parametrize(("en", "code", "changed"), [(p[0], p[1], p[3]) for p in PROBES])
def test_the_same_figure_changed_is_still_reported(en: str, code: str, changed: str) -> None:
    assert severe_messages(en + "\n", changed + "\n", code, "number.") != []


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("en", "three hundred and six", "306"),
        ("en", "two and a half hours", "2.5"),
        ("en", "one and a half years", "1.5"),
        ("de", "zweihundertfünfzig", "250"),
        ("de", "anderthalb Millionen", "1500000"),
        ("fr", "quatre-vingt-dix-sept", "97"),
        ("fr", "soixante et onze", "71"),
        ("es", "dos mil millones", "2000000000"),
        ("es", "treinta y cinco", "35"),
        ("es", "novecientas", "900"),
        ("ru", "полторы тысячи", "1500"),
        ("ru", "две тысячи пятьсот", "2500"),
        ("ru", "четверо", "4"),
    ],
)
def test_number_words_compose_by_the_grammar_of_their_language(
    code: str, text: str, value: str
) -> None:
    assert Decimal(value) in worded.values(text, language_profile(code))


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("en", "vingt, cinq", "25"),  # a comma ends a number
        ("de", "zwei Häuser, drei", "5"),
        ("ru", "десятилетних двух", "12"),  # a compound ends the number it starts with
        ("es", "dos horas de viaje y media", "2.5"),  # a half two words after a number
    ],
)
def test_words_apart_are_not_one_number(code: str, text: str, value: str) -> None:
    profile = language_profile("fr" if text.startswith("vingt") else code)
    assert Decimal(value) not in worded.values(text, profile)


def _values(text: str, code: str) -> list[str]:
    side = cast(Side, SimpleNamespace(text=text, starts=(0,)))
    return [str(value) for value, _ in numbers(side, code)]


@pytest.mark.parametrize(
    ("text", "code", "values"),
    [
        ("a 10km run", "en", ["10"]),
        ("at 4pm", "en", ["16"]),
        ("at 11am", "en", ["11"]),
        ("at 2.30 p.m.", "en", ["14.30"]),
        ("rose 2.35 percent", "en", ["2.35"]),  # no clock without a.m. or p.m.
        ("worth €2.4m", "en", ["2.4E+6"]),
        ("worth $50k", "en", ["5.0E+4"]),
        ("a 5m wall", "en", ["5"]),  # metres: no currency sign before it
        ("vaut 2,4 M€", "fr", ["2.4E+6"]),
        ("vaut 1,2 Md€", "fr", ["1.2E+9"]),
        ("vaut 240 k€", "fr", ["2.40E+5"]),
        ("etwa 15’000 Menschen", "de", ["15000"]),
        ("A320 and 5G", "en", []),
    ],
)
def test_figures_glued_to_a_unit_or_a_money_scale_read(
    text: str, code: str, values: list[str]
) -> None:
    assert _values(text, code) == values


@pytest.mark.parametrize(
    ("b", "code", "quiet"),
    [
        ("Der Gewinn im 3. Quartal stieg.", "de", True),
        ("Der Gewinn im dritten Quartal stieg.", "de", True),
        ("Le bénéfice du 3e trimestre a augmenté.", "fr", True),
        ("Der Gewinn im 2. Quartal stieg.", "de", False),
    ],
)
def test_a_quarter_written_q3_is_its_number(b: str, code: str, quiet: bool) -> None:
    found = severe_messages("Q3 profit rose.\n", b + "\n", code, "number.")
    assert (found == []) is quiet


@pytest.mark.parametrize(
    ("a", "b", "code", "quiet"),
    [
        ("a one-day strike", "une grève de 24 heures", "fr", True),
        ("a 24-hour strike", "une grève d’une journée", "fr", True),
        ("a two-day debate", "una sesión de 48 horas", "es", True),
        ("a 24-hour strike", "однодневная забастовка", "ru", True),
        ("a one-day strike", "une grève de 48 heures", "fr", False),
        ("a 48-hour strike", "une grève d’une journée", "fr", False),
    ],
)
def test_a_day_is_24_hours(a: str, b: str, code: str, quiet: bool) -> None:
    found = severe_messages(f"It was {a}.\n", f"{b.capitalize()}.\n", code, "number.")
    assert (found == []) is quiet
