"""A quote's word of a full degree (perfectly, exactly, never) is what a translation's
intensifier says ("perfectly accurate" -> "völlig genau", "should never have" -> "вообще не
должен был"), and a building left "en ruine" decays without blame: neither strengthens the
quote. Constructed sentences (not from the bench stories), with the fake embedder: the
word lists are the point."""

from __future__ import annotations

import pytest

from driftcheck.findings.profiles import profile_for
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report

LEAD = "The water board said on Monday that the new meters had been fitted in 4,000 homes. "
LEAD_B = {
    "de": "Der Wasserverband teilte am Montag mit, die neuen Zähler seien in 4.000 Haushalten "
    "eingebaut worden. ",
    "fr": "La régie des eaux a indiqué lundi que les nouveaux compteurs avaient été installés "
    "dans 4 000 foyers. ",
    "es": "La junta del agua dijo el lunes que los nuevos contadores se habían instalado en "
    "4.000 hogares. ",
    "ru": "Водоканал сообщил в понедельник, что новые счетчики установлены в 4000 домов. ",
}
# (A's quote with a full degree, A's quote without it, B's quote with an intensifier)
QUOTES = {
    "de": (
        "The meters give perfectly accurate readings",
        "The meters give accurate readings",
        "„Die Zähler liefern völlig genaue Werte“, sagte der Leiter.",
    ),
    "fr": (
        "The method is exactly the same as before",
        "The method is the same as before",
        "« La méthode est absolument la même qu'avant », a dit le directeur.",
    ),
    "es": (
        "The old meters were never reliable",
        "The old meters were not reliable",
        "«Los viejos contadores no eran fiables en absoluto», dijo el director.",
    ),
    "ru": (
        "These meters should never have been sold",
        "These meters should not have been sold",
        "«Эти счетчики вообще не должны были продаваться», — сказал директор.",
    ),
}


def _strengthened(a: str, b: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language=language)
    altered = [f.message for f in report.findings if f.rule == "quote.altered"]
    return [message for message in altered if "strength" in message]


def _pair(language: str, a_quote: str) -> tuple[str, str]:
    return (
        f'{LEAD}"{a_quote}," the director said.\n',
        f"{LEAD_B[language]}{QUOTES[language][2]}\n",
    )


@pytest.mark.parametrize("language", sorted(QUOTES))
def test_an_intensifier_for_a_full_degree_is_the_speakers_own(language: str) -> None:
    assert not _strengthened(*_pair(language, QUOTES[language][0]), language)


@pytest.mark.parametrize("language", sorted(QUOTES))
def test_an_intensifier_the_original_has_no_degree_for_still_strengthens(language: str) -> None:
    assert _strengthened(*_pair(language, QUOTES[language][1]), language)


def test_a_full_degree_is_no_intensifier_and_not_exactly_is_none() -> None:
    english = profile_for("en")
    assert english is not None
    assert english.full_degrees_re.search("the very same, never again")
    assert not english.intensifiers_re.search("we will never sign")
    assert not english.full_degrees_re.search("it is not exactly the same")


def test_a_never_said_in_kind_leaves_an_added_at_all_strengthened() -> None:
    a = f'{LEAD}"The meters were never reliable, and we will not pay," the director said.\n'
    b = (
        f"{LEAD_B['de']}„Die Zähler waren nie zuverlässig, und wir werden überhaupt nicht "
        "zahlen“, sagte der Leiter.\n"
    )
    assert _strengthened(a, b, "de")


ROT = (
    'The trust asked for the towers to be protected. "We are against letting these '
    'buildings rot," she said.\n'
)
ROT_FR = (
    "La fondation a demandé que les tours soient protégées. « Nous sommes contre le fait "
    "de laisser ces bâtiments tomber en ruine », a-t-elle dit.\n"
)


def test_a_building_left_to_fall_into_ruin_is_not_a_strengthened_quote() -> None:
    assert not _strengthened(ROT, ROT_FR, "fr")


def test_a_quote_that_says_ruin_is_strengthened() -> None:
    ruined = ROT_FR.replace("laisser ces bâtiments tomber en ruine", "ruiner ces bâtiments")
    assert _strengthened(ROT, ruined, "fr")


WAIT = 'The council met on Friday. "We cannot ask families to wait ten years," she said.\n'
WAIT_RU = "Совет собрался в пятницу. «Мы не можем просить семьи ждать десять лет», — сказала она.\n"


def _softened(a: str, b: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language=language)
    altered = [f.message for f in report.findings if f.rule == "quote.altered"]
    return [message for message in altered if "softened" in message]


def test_a_duty_kept_in_russian_is_no_wish() -> None:
    assert not _softened(WAIT, WAIT_RU, "ru")


def test_a_duty_become_an_impersonal_wish_is_softened() -> None:
    wish = WAIT_RU.replace(
        "Мы не можем просить семьи ждать", "Нам бы не хотелось, чтобы семьи ждали"
    )
    assert _softened(WAIT, wish, "ru")


CHANCE = 'Rocks fell on the road at night. "A bus would not have stood a chance," she said.\n'
CHANCE_ES = (
    "Las rocas cayeron de noche sobre la carretera. «Un autobús no habría tenido ninguna "
    "posibilidad», dijo.\n"
)


def _hedged(a: str, b: str) -> list[str]:
    """The hedge rule pairs a clause with its translation by the model: the real one."""
    comparer = Comparer("use-multilingual", use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language="es")
    return [f.message for f in report.findings if f.rule in ("quote.altered", "hedge.added")]


def test_would_not_have_is_the_conditional_a_translation_keeps() -> None:
    assert not _hedged(CHANCE, CHANCE_ES)


def test_a_conditional_for_a_plain_past_is_still_a_hedge_added() -> None:
    assert _hedged(CHANCE.replace("would not have stood", "did not stand"), CHANCE_ES)


LATE = 'The operator apologised on Monday. "The night trains are late every week," he said.\n'
LATE_B = {
    "de": "Der Betreiber entschuldigte sich am Montag. „Die Nachtzüge sind jede Woche "
    "verspätet“, sagte er.\n",
    "fr": "L'exploitant s'est excusé lundi. « Les trains de nuit sont en retard chaque "
    "semaine », a-t-il dit.\n",
    "es": "El operador pidió disculpas el lunes. «Los trenes nocturnos llegan tarde cada "
    "semana», dijo.\n",
    "ru": "Оператор извинился в понедельник. «Ночные поезда опаздывают каждую неделю», — "
    "сказал он.\n",
}
SOMETIMES = {
    "de": ("jede Woche", "manchmal"),
    "fr": ("chaque semaine", "parfois"),
    "es": ("cada semana", "a veces"),
    "ru": ("каждую неделю", "иногда"),
}


@pytest.mark.parametrize("language", sorted(LATE_B))
def test_a_faithful_frequency_is_no_softening(language: str) -> None:
    assert not _softened(LATE, LATE_B[language], language)


@pytest.mark.parametrize("language", sorted(LATE_B))
def test_every_week_become_sometimes_is_softened(language: str) -> None:
    old, new = SOMETIMES[language]
    assert old in LATE_B[language]
    assert _softened(LATE, LATE_B[language].replace(old, new), language)


def test_sometimes_in_both_quotes_is_no_change() -> None:
    sometimes = LATE.replace("every week", "sometimes")
    assert not _softened(sometimes, LATE_B["fr"].replace("chaque semaine", "parfois"), "fr")


FOXES = 'The rangers counted the birds on Sunday. "Foxes are skilled hunters," she said.\n'
FOXES_RU = "Егеря пересчитали птиц в воскресенье. «Лисы — умелые охотники», — сказала она.\n"


def test_skilled_hunters_kept_are_no_strengthening() -> None:
    assert not _strengthened(FOXES, FOXES_RU, "ru")


def test_skilled_hunters_become_merciless_ones_are_strengthened() -> None:
    assert _strengthened(FOXES, FOXES_RU.replace("умелые", "беспощадные"), "ru")
