"""Figures written in words on both sides, read by each language's grammar and compared
by value (xling.worded, rules.check_figures): parts of a whole ("two thirds", "drei
Viertel"), a half after a number, approximate plurals ("dozens of", "des dizaines"),
count nouns ("two decades"), words that only carry a number (ordinals, "a dozen", "a
couple"), and the letters after a stem that make a number word or another word
("стоимость" is no 100). Sentences written for these tests from the languages'
grammars, not from the bench stories."""

from __future__ import annotations

from decimal import Decimal

import pytest

from driftcheck.findings.xling import worded
from tests.helpers import language_profile, severe_messages

# (English, language, a faithful translation, the same with the figure in words changed)
BOTH_IN_WORDS = [
    (
        "Two thirds of the staff voted for the strike.",
        "de",
        "Zwei Drittel der Belegschaft stimmten für den Streik.",
        "Drei Viertel der Belegschaft stimmten für den Streik.",
    ),
    (
        "Two thirds of the staff voted for the strike.",
        "fr",
        "Les deux tiers du personnel ont voté pour la grève.",
        "Les trois quarts du personnel ont voté pour la grève.",
    ),
    (
        "Two thirds of the staff voted for the strike.",
        "es",
        "Dos tercios de la plantilla votaron a favor de la huelga.",
        "Tres cuartas partes de la plantilla votaron a favor de la huelga.",
    ),
    (
        "Two thirds of the staff voted for the strike.",
        "ru",
        "Две трети сотрудников проголосовали за забастовку.",
        "Три четверти сотрудников проголосовали за забастовку.",
    ),
    (
        "Nine people were killed.",
        "de",
        "Neun Menschen wurden getötet.",
        "Sechs Menschen wurden getötet.",
    ),
    (
        "Nine people were killed.",
        "fr",
        "Neuf personnes ont été tuées.",
        "Six personnes ont été tuées.",
    ),
    (
        "Nine people were killed.",
        "es",
        "Nueve personas murieron.",
        "Seis personas murieron.",
    ),
    (
        "Nine people were killed.",
        "ru",
        "Погибли девять человек.",
        "Погибли шесть человек.",
    ),
    (
        "He was jailed for five and a half years.",
        "de",
        "Er wurde zu fünfeinhalb Jahren Haft verurteilt.",
        "Er wurde zu viereinhalb Jahren Haft verurteilt.",
    ),
    (
        "He was jailed for five and a half years.",
        "fr",
        "Il a été condamné à cinq ans et demi de prison.",
        "Il a été condamné à quatre ans et demi de prison.",
    ),
    (
        "He was jailed for five and a half years.",
        "es",
        "Fue condenado a cinco años y medio de cárcel.",
        "Fue condenado a cuatro años y medio de cárcel.",
    ),
    (
        "He was jailed for five and a half years.",
        "ru",
        "Его приговорили к пяти с половиной годам заключения.",
        "Его приговорили к четырём с половиной годам заключения.",
    ),
    (
        "Dozens of homes were flooded.",
        "de",
        "Dutzende Häuser wurden überflutet.",
        "Hunderte Häuser wurden überflutet.",
    ),
    (
        "Dozens of homes were flooded.",
        "fr",
        "Des dizaines de maisons ont été inondées.",
        "Des centaines de maisons ont été inondées.",
    ),
    (
        "Dozens of homes were flooded.",
        "es",
        "Decenas de viviendas quedaron inundadas.",
        "Cientos de viviendas quedaron inundadas.",
    ),
    (
        "Dozens of homes were flooded.",
        "ru",
        "Десятки домов были затоплены.",
        "Сотни домов были затоплены.",
    ),
    (
        "The council voted seven to two.",
        "ru",
        "Совет проголосовал семью голосами против двух.",
        "Совет проголосовал шестью голосами против трёх.",
    ),
]


@pytest.mark.parametrize(("en", "code", "faithful"), [row[:3] for row in BOTH_IN_WORDS])
def test_a_figure_in_words_rendered_in_words_is_quiet(en: str, code: str, faithful: str) -> None:
    assert severe_messages(en + "\n", faithful + "\n", code, "number.") == []


@pytest.mark.parametrize(("en", "code", "changed"), [(r[0], r[1], r[3]) for r in BOTH_IN_WORDS])
def test_a_figure_in_words_changed_in_words_is_one_changed_figure(
    en: str, code: str, changed: str
) -> None:
    found = severe_messages(en + "\n", changed + "\n", code, "number.")
    assert len(found) == 1
    assert found[0].startswith("number changed:")


@pytest.mark.parametrize(
    ("en", "code", "b"),
    [
        ("Both parties would gain from a new vote.", "fr", "Les deux partis gagneraient."),
        ("Both parties would gain from a new vote.", "de", "Beide Parteien würden gewinnen."),
        ("The second vote failed.", "es", "La segunda votación fracasó."),
        ("A couple of ministers resigned.", "de", "Zwei Minister traten zurück."),
        ("A dozen ministers resigned.", "fr", "Une douzaine de ministres ont démissionné."),
        ("Prices rose in the first quarter.", "ru", "Цены выросли в первом квартале."),
    ],
)
def test_a_number_word_alone_is_a_rendering_not_a_figure_changed(
    en: str, code: str, b: str
) -> None:
    assert severe_messages(en + "\n", b + "\n", code, "number.") == []


@pytest.mark.parametrize(
    ("en", "code", "b"),
    [
        ("The steepest rise in two decades.", "fr", "La plus forte hausse depuis vingt ans."),
        ("The steepest rise in two decades.", "de", "Der stärkste Anstieg seit zwanzig Jahren."),
        ("The steepest rise in two decades.", "es", "La mayor subida en veinte años."),
        ("The steepest rise in two decades.", "ru", "Самый резкий рост за двадцать лет."),
        ("About two dozen people came.", "de", "Etwa 24 Menschen kamen."),
        ("A dozen people came.", "fr", "12 personnes sont venues."),
        ("A couple of people came.", "es", "Vinieron 2 personas."),
    ],
)
def test_a_count_noun_multiplies_the_number_before_it(en: str, code: str, b: str) -> None:
    assert severe_messages(en + "\n", b + "\n", code, "number.") == []


@pytest.mark.parametrize(
    ("code", "text", "readings", "counts"),
    [
        ("en", "two thirds", {"67", "66.7"}, True),
        ("de", "drei Viertel", {"75"}, True),
        ("fr", "deux tiers", {"67", "66.7"}, True),
        ("es", "dos tercios", {"67", "66.7"}, True),
        ("ru", "две трети", {"67", "66.7"}, True),
        ("ru", "около двух третей", {"67", "66.7"}, True),  # the fraction in the genitive
        ("es", "dos terceras", {"67", "66.7"}, True),  # dos terceras partes
        ("en", "half", {"50"}, False),  # a share alone renders loosely (la moitié, die Hälfte)
        ("en", "dozens", {"10", "12"}, True),
        ("de", "Dutzende", {"10", "12"}, True),
        ("fr", "dizaines", {"10", "12"}, True),
        ("es", "decenas", {"10", "12"}, True),
        ("ru", "десятки", {"10", "12"}, True),
        ("ru", "сотни", {"100"}, True),
        ("ru", "три сотни", {"300"}, True),  # after a number, a scale word
        ("en", "a dozen", {"12"}, False),
        ("en", "a couple", {"2"}, False),
        ("en", "third", {"3"}, False),
        ("de", "dritten", {"3"}, False),
        ("de", "zwanzigsten", {"20"}, False),
        ("ru", "пятый", {"5"}, False),
        ("ru", "пятью", {"5"}, True),
        ("de", "zehnjährige", {"10"}, False),  # a compound's front
        ("ru", "десятилетних", {"10"}, False),
        ("ru", "двухлетний", {"2"}, False),
        ("es", "cuatro años y medio", {"4.5"}, True),
    ],
)
def test_each_figure_in_words_reads_by_its_grammar(
    code: str, text: str, readings: set[str], counts: bool
) -> None:
    found = [
        ({str(value) for value in f.readings}, f.counts)
        for f in worded.figures(text, language_profile(code))
        if f.end == len(text)
    ]
    assert (readings, counts) in found


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ru", "стоимость проекта"),  # сто- is no hundred before other letters
        ("ru", "сторона и столица"),
        ("ru", "цена стоит"),
        ("ru", "в пятницу"),
        ("de", "ohne Zweifel am Zweig"),  # zwei- is no two
        ("de", "Achtung"),
        ("de", "Sie achten darauf."),
        ("fr", "6 millions d'euros"),  # the digits' scale word, no million of its own
        ("en", "in 30 days"),  # the days in digits are no 24 hours
    ],
)
def test_letters_after_a_stem_make_another_word(code: str, text: str) -> None:
    assert [f for f in worded.figures(text, language_profile(code)) if f.counts] == []
    assert Decimal(100) not in worded.values(text, language_profile(code))


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("es", "a las ocho y diez", "18"),  # a joiner joins a larger order to a smaller one
        ("en", "two and three", "5"),
        ("fr", "deux et trois", "5"),
    ],
)
def test_a_joiner_joins_only_a_larger_order_to_a_smaller(code: str, text: str, value: str) -> None:
    assert Decimal(value) not in worded.values(text, language_profile(code))


@pytest.mark.parametrize(
    ("code", "text", "values"),
    [
        ("ru", "пять-шесть дней", [{"5"}, {"6"}]),  # a range: five or six
        ("ru", "двадцать-тридцать человек", [{"20"}, {"30"}]),
        ("en", "two-three weeks", [{"2"}, {"3"}]),
        ("fr", "dix-douze jours", [{"10"}, {"12"}]),
        ("ru", "полтора-два года", [{"1.5"}, {"2"}]),  # no number adds to a half before it
        ("ru", "два с половиной года", [{"2.5"}]),
        ("ru", "двадцать пять", [{"25"}]),  # a round ten before a smaller number composes
        ("ru", "двести пятьдесят", [{"250"}]),
        ("fr", "quatre-vingt-dix-neuf", [{"99"}]),
        ("fr", "soixante-quinze", [{"75"}]),
        ("en", "twenty-five", [{"25"}]),
    ],
)
def test_number_words_that_compose_no_number_are_a_range(
    code: str, text: str, values: list[set[str]]
) -> None:
    figures = worded.figures(text, language_profile(code))
    assert [{str(v) for v in f.readings} for f in figures if f.counts] == values


@pytest.mark.parametrize(
    ("en", "code", "b"),
    [
        (
            "Most shops lose two or three staff.",
            "ru",
            "Большинство магазинов теряют двух-трёх работников.",
        ),
        ("It will take five or six days.", "ru", "Это займёт пять-шесть дней."),
    ],
)
def test_a_range_in_words_renders_a_choice_of_two(en: str, code: str, b: str) -> None:
    assert severe_messages(en + "\n", b + "\n", code, "number.") == []


CASES_A = (
    "The virus was first found on Tuesday, February 3. On Thursday, three more cases were"
    " confirmed.\n"
)
CASES_WORDS = {
    "virus": "virus",
    "wurde": "was",
    "erstmals": "first",
    "festgestellt": "found",
    "weitere": "more",
    "fälle": "cases",
    "bestätigt": "confirmed",
    "donnerstag": "thursday",
}


@pytest.mark.parametrize(
    "b",
    [
        "Das Virus wurde erstmals am Dienstag, dem 3. Februar, festgestellt. Am Donnerstag wurden"
        " drei weitere Fälle bestätigt.\n",
        "Das Virus wurde erstmals am Dienstag, dem dritten Februar, festgestellt. Am Donnerstag"
        " wurden drei weitere Fälle bestätigt.\n",
        "Das Virus wurde erstmals am Dienstag, dem 3. Februar, festgestellt. Am Donnerstag wurden"
        " 3 weitere Fälle bestätigt.\n",
    ],
)
def test_a_digit_and_a_word_of_one_value_each_find_their_rendering(b: str) -> None:
    assert severe_messages(CASES_A, b, "de", "number.", CASES_WORDS) == []


def test_a_number_word_renders_one_figure_not_a_digit_besides() -> None:
    b = (
        "Das Virus wurde erstmals am Montag, dem 2. Februar, festgestellt. Am Donnerstag wurden"
        " drei weitere Fälle bestätigt.\n"
    )
    found = severe_messages(CASES_A, b, "de", "number.", CASES_WORDS)
    assert found == ["weekday changed: Tuesday -> Montag; day changed: 3 -> 2"]
