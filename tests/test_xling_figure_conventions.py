"""Figures a translator writes where the other version implies them, by conventions of the
languages (written for these tests, not taken from the bench stories): a whole day said
without a figure ("around the clock", "rund um die Uhr") written as its hours ("24
heures sur 24", "las 24 horas"), a figure said again as the whole it is all of ("7 jours
sur 7"), part of an hour in minutes ("half an hour" is "30 Minuten"), midnight on a
24-hour clock ("0 Uhr", "00:00"), half of a scale word ("half a million" is "500.000",
"полмиллиона"), basis points as percentage points ("25 basis points" is "0,25
Prozentpunkte"), a week or two counted with the day it starts on ("quinze jours" is two
weeks, "ocho días" one); a figure inside a code ("under-21" is "U21") and the
letter O of a blood group written as a zero ("Blutgruppe 0"); a run of weekdays named in
a word ("on weekdays", "le week-end") written out as its first and last day ("de lunes a
viernes"). Each faithful rendering is quiet; the same sentence with a figure or a day
changed is still reported."""

from __future__ import annotations

from decimal import Decimal

import pytest

from driftcheck.findings.xling import calendar_words, codes, conversions
from tests.helpers import language_profile, severe_messages

# (English, language, a faithful translation, the same with the figure or day changed)
PROBES = [
    (
        "Crews worked around the clock.",
        "fr",
        "Les équipes ont travaillé 24 heures sur 24.",
        "Les équipes ont travaillé 12 heures sur 24.",
    ),
    (
        "The ward is staffed around the clock.",
        "es",
        "La unidad tiene personal las 24 horas.",
        "La unidad tiene personal las 12 horas.",
    ),
    (
        "The hotline is staffed 24 hours a day.",
        "de",
        "Die Hotline ist rund um die Uhr besetzt.",
        "Die Hotline ist 12 Stunden am Tag besetzt.",
    ),
    (
        "The hotline is staffed 24 hours a day.",
        "ru",
        "Горячая линия работает круглосуточно.",
        "Горячая линия работает 12 часов в день.",
    ),
    (
        "The museum is open 7 days a week.",
        "fr",
        "Le musée est ouvert 7 jours sur 7.",
        "Le musée est ouvert 6 jours sur 7.",
    ),
    (
        "The meeting lasted half an hour.",
        "de",
        "Die Sitzung dauerte 30 Minuten.",
        "Die Sitzung dauerte 45 Minuten.",
    ),
    (
        "The meeting lasted 30 minutes.",
        "fr",
        "La réunion a duré une demi-heure.",
        "La réunion a duré une heure.",
    ),
    (
        "The meeting lasted a quarter of an hour.",
        "es",
        "La reunión duró 15 minutos.",
        "La reunión duró 20 minutos.",
    ),
    (
        "The meeting lasted 90 minutes.",
        "ru",
        "Встреча длилась полтора часа.",
        "Встреча длилась два часа.",
    ),
    (
        "The strike starts at midnight.",
        "de",
        "Der Streik beginnt um 0 Uhr.",
        "Der Streik beginnt um 6 Uhr.",
    ),
    (
        "The curfew starts at midnight.",
        "ru",
        "Комендантский час начнётся в 00:00.",
        "Комендантский час начнётся в 01:00.",
    ),
    (
        "The strike starts at 0:00.",
        "fr",
        "La grève commence à minuit.",
        "La grève commence à midi.",
    ),
    (
        "It cost half a million euros.",
        "es",
        "Costó 500.000 euros.",
        "Costó 600.000 euros.",
    ),
    (
        "It cost 500,000 euros.",
        "de",
        "Es kostete eine halbe Million Euro.",
        "Es kostete eine Million Euro.",
    ),
    (
        "It cost 500,000 roubles.",
        "ru",
        "Это стоило полмиллиона рублей.",
        "Это стоило миллион рублей.",
    ),
    (
        "The bank raised rates by 25 basis points.",
        "de",
        "Die Bank erhöhte die Zinsen um 0,25 Prozentpunkte.",
        "Die Bank erhöhte die Zinsen um 0,5 Prozentpunkte.",
    ),
    (
        "The bank raised rates by 0.25 percentage points.",
        "fr",
        "La banque a relevé ses taux de 25 points de base.",
        "La banque a relevé ses taux de 50 points de base.",
    ),
    (
        "The bank raised rates by 25 basis points.",
        "ru",
        "Банк повысил ставку на 0,25 процентного пункта.",
        "Банк повысил ставку на 0,75 процентного пункта.",
    ),
    (
        "The talks will take two weeks.",
        "fr",
        "Les négociations dureront quinze jours.",
        "Les négociations dureront trois semaines.",
    ),
    (
        "The talks will take 14 days.",
        "fr",
        "Les négociations dureront quinze jours.",
        "Les négociations dureront 15 jours.",
    ),
    (
        "The talks will take 7 days.",
        "es",
        "Las negociaciones durarán ocho días.",
        "Las negociaciones durarán 8 días.",
    ),
    (
        "The under-21 team lost in the final.",
        "de",
        "Die U21-Mannschaft verlor im Finale.",
        "Die U19-Mannschaft verlor im Finale.",
    ),
    (
        "Stocks of O-negative blood are low.",
        "de",
        "Die Vorräte an Blut der Gruppe 0 negativ sind knapp.",
        "Die Vorräte an Blut der Gruppe 0 negativ sind auf 10 Prozent gefallen.",
    ),
    (
        "Patients with type O blood can give to anyone.",
        "de",
        "Patienten mit Blutgruppe 0 können allen spenden.",
        "Patienten mit Blutgruppe 0 können 20 Menschen spenden.",
    ),
    (
        "The clinic is open on weekdays.",
        "es",
        "La consulta abre de lunes a viernes.",
        "La consulta abre de lunes a jueves.",
    ),
    (
        "The clinic is open on weekdays.",
        "de",
        "Die Praxis ist von Montag bis Freitag geöffnet.",
        "Die Praxis ist von Dienstag bis Freitag geöffnet.",
    ),
    (
        "The clinic is open from Monday to Friday.",
        "fr",
        "Le cabinet est ouvert en semaine.",
        "Le cabinet est ouvert en semaine et le samedi.",
    ),
    (
        "The market opens at weekends.",
        "fr",
        "Le marché ouvre le samedi et le dimanche.",
        "Le marché ouvre le vendredi et le dimanche.",
    ),
    (
        "The market opens on Saturdays and Sundays.",
        "ru",
        "Рынок открыт по выходным.",
        "Рынок открыт по выходным и по пятницам.",
    ),
]


@pytest.mark.parametrize(("en", "code", "faithful"), [probe[:3] for probe in PROBES])
def test_a_figure_the_other_version_implies_is_no_number_finding(
    en: str, code: str, faithful: str
) -> None:
    assert severe_messages(en + "\n", faithful + "\n", code, "number.") == []


@pytest.mark.parametrize(("en", "code", "changed"), [(p[0], p[1], p[3]) for p in PROBES])
def test_the_same_figure_or_day_changed_is_still_reported(en: str, code: str, changed: str) -> None:
    assert severe_messages(en + "\n", changed + "\n", code, "number.") != []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the U17 national team", {Decimal(17)}),
        ("an A320 landed", {Decimal(320)}),
        ("stocks of O-negative blood", {Decimal(0)}),
        ("patients of group O", {Decimal(0)}),
        ("O bien lo aprueban, o lo rechazan.", set()),  # "or" opening a sentence
        ("a 12-year-old", set()),
        ("COVID-19", set()),  # digits after a hyphen read as a figure anyway
    ],
)
def test_figures_inside_codes(text: str, found: set[Decimal]) -> None:
    assert codes.coded(text) == found


@pytest.mark.parametrize(
    ("code", "text", "runs"),
    [
        ("en", "open on weekdays", [(0, 4)]),
        ("en", "closed at weekends", [(5, 6)]),
        ("de", "werktags geöffnet", [(0, 4)]),
        ("fr", "ouvert le week-end", [(5, 6)]),
        ("es", "abre entre semana", [(0, 4)]),
        ("ru", "по будням", [(0, 4)]),
        ("en", "a week of talks", []),
    ],
)
def test_runs_of_weekdays_named_in_a_word(
    code: str, text: str, runs: list[tuple[int, int]]
) -> None:
    assert calendar_words.week_runs(text, language_profile(code)) == runs


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        ("ouvert 24 heures sur 24", ["24"]),
        ("ouvert 24 h/24 et 7j/7", ["24", "7"]),
        ("six électeurs sur 10", []),
        ("6 électeurs sur 10", []),
        ("1/10", []),
    ],
)
def test_a_figure_said_again_as_its_whole(text: str, repeated: list[str]) -> None:
    share_of = language_profile("fr").share_of
    assert [m.group(2) for m in conversions.all_of(share_of).finditer(text)] == repeated
