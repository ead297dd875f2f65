"""A quote cut by a clause after "and"; a quote
softened from the top of its kind to one of several ("the only way" -> "one of the ways"),
from all to some ("whole streets" -> "a few houses"), from "not once" to "not enough";
and one strengthened by German's verb of collapse: across languages, on constructed
sentences (not from the bench stories)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import quote_cuts, quotes
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report
from tests.helpers import language_profile

EN = (
    "The transport minister presented the plan on Monday in the capital. "
    '"This is the only way to repair the motorway without new debt," she said.\n'
)
FAITHFUL = {
    "de": "Die Verkehrsministerin stellte den Plan am Montag in der Hauptstadt vor. „Das ist "
    "der einzige Weg, die Autobahn ohne neue Schulden zu sanieren“, sagte sie.\n",
    "fr": "La ministre des Transports a présenté le plan lundi dans la capitale. « C'est la "
    "seule façon de réparer l'autoroute sans nouvelle dette », a-t-elle déclaré.\n",
    "es": "La ministra de Transportes presentó el plan el lunes en la capital. «Es la única "
    "manera de reparar la autopista sin nueva deuda», dijo.\n",
    "ru": "Министр транспорта представила план в понедельник в столице. «Это единственный "
    "способ отремонтировать автомагистраль без новых долгов», — сказала она.\n",
}
ONE_OF = {
    "de": ("der einzige Weg", "einer der Wege"),
    "fr": ("la seule façon", "l'une des façons"),
    "es": ("la única manera", "una de las maneras"),
    "ru": ("единственный способ", "один из способов"),
}


def _altered(a: str, b: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language=language)
    return [f.message for f in report.findings if f.rule == "quote.altered"]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_the_only_way_kept_is_no_change(language: str) -> None:
    assert not [m for m in _altered(EN, FAITHFUL[language], language) if "softened" in m]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_the_only_way_become_one_of_the_ways_is_softened(language: str) -> None:
    old, new = ONE_OF[language]
    drifted = FAITHFUL[language].replace(old, new)
    assert drifted != FAITHFUL[language]
    altered = _altered(EN, drifted, language)
    assert any("softened" in m and "the only" in m for m in altered)


def test_one_of_in_both_quotes_is_no_change() -> None:
    en = EN.replace("the only way", "one of the best ways")
    fr = FAITHFUL["fr"].replace("la seule façon", "l'une des meilleures façons")
    assert not [m for m in _altered(en, fr, "fr") if "softened" in m]


def test_one_of_for_an_original_with_no_top_is_no_change() -> None:
    en = EN.replace("the only way", "a way")
    ru = FAITHFUL["ru"].replace("единственный способ", "один из способов")
    assert not [m for m in _altered(en, ru, "ru") if "softened" in m]


@pytest.mark.parametrize("language", ["ru", "es"])
def test_not_the_only_way_rendered_as_one_of_the_ways_is_no_change(language: str) -> None:
    en = EN.replace("the only way", "one way, not the only way,")
    one_of, only = {
        "ru": ("один из способов, но не единственный,", "единственный способ"),
        "es": ("una de las maneras, pero no la única,", "la única manera"),
    }[language]
    faithful = FAITHFUL[language].replace(only, one_of)
    assert faithful != FAITHFUL[language]
    assert not [m for m in _altered(en, faithful, language) if "softened" in m]


def test_the_only_way_said_after_a_clause_with_a_negation_is_still_the_top() -> None:
    en = EN.replace("This is the only way", "We have no money, and this is the only way")
    ru = FAITHFUL["ru"].replace("Это единственный способ", "Денег нет, и это один из способов")
    assert any("softened" in m for m in _altered(en, ru, "ru"))


EN_STREETS = (
    "The fire chief spoke after the leak was stopped on Friday night. "
    '"With another wind we would have had to evacuate whole streets," he said.\n'
)
STREETS = {
    "de": "Der Feuerwehrchef sprach, nachdem das Leck am Freitagabend gestopft war. „Bei "
    "anderem Wind hätten wir ganze Straßen räumen müssen“, sagte er.\n",
    "fr": "Le chef des pompiers s'est exprimé après l'arrêt de la fuite vendredi soir. « Avec "
    "un autre vent, nous aurions dû évacuer des rues entières », a-t-il dit.\n",
    "es": "El jefe de bomberos habló tras detenerse la fuga el viernes por la noche. «Con otro "
    "viento habríamos tenido que evacuar calles enteras», dijo.\n",
    "ru": "Начальник пожарных выступил после того, как утечку остановили в пятницу вечером. "
    "«При другом ветре нам пришлось бы эвакуировать целые улицы», — сказал он.\n",
}
A_FEW = {
    "de": ("ganze Straßen", "einige Häuser"),
    "fr": ("des rues entières", "quelques maisons"),
    "es": ("calles enteras", "algunas casas"),
    "ru": ("целые улицы", "несколько домов"),
}


@pytest.mark.parametrize("language", sorted(STREETS))
def test_whole_streets_kept_is_no_change(language: str) -> None:
    altered = _altered(EN_STREETS, STREETS[language], language)
    assert not [m for m in altered if "softened" in m]


@pytest.mark.parametrize("language", sorted(STREETS))
def test_whole_streets_become_a_few_houses_is_softened(language: str) -> None:
    old, new = A_FEW[language]
    drifted = STREETS[language].replace(old, new)
    assert drifted != STREETS[language]
    altered = _altered(EN_STREETS, drifted, language)
    assert any("softened" in m and "whole" in m for m in altered)


def test_some_in_both_quotes_is_no_change() -> None:
    en = EN_STREETS.replace("whole streets", "some streets, not all")
    es = STREETS["es"].replace("calles enteras", "algunas calles, no todas")
    assert not [m for m in _altered(en, es, "es") if "softened" in m]


EN_ONCE = (
    "The orchestra's players said the cuts were decided without them. "
    '"We have not been consulted, not once," said their spokeswoman.\n'
)
ONCE = {
    "de": "Die Musiker des Orchesters sagten, die Kürzungen seien ohne sie beschlossen "
    "worden. „Wir wurden {how}“, sagte ihre Sprecherin.\n",
    "es": "Los músicos de la orquesta dijeron que los recortes se decidieron sin ellos. «No "
    "se nos ha consultado {how}», dijo su portavoz.\n",
}
NOT_ONCE = {"de": "nicht gefragt, kein einziges Mal", "es": "ni una sola vez"}
NOT_ENOUGH = {"de": "nicht ausreichend gefragt", "es": "lo suficiente"}


@pytest.mark.parametrize("language", sorted(ONCE))
def test_not_once_kept_is_no_change(language: str) -> None:
    faithful = ONCE[language].format(how=NOT_ONCE[language])
    assert not [m for m in _altered(EN_ONCE, faithful, language) if "softened" in m]


@pytest.mark.parametrize("language", sorted(ONCE))
def test_not_once_become_not_enough_is_softened(language: str) -> None:
    drifted = ONCE[language].format(how=NOT_ENOUGH[language])
    assert any("softened" in m for m in _altered(EN_ONCE, drifted, language))


def test_a_clause_splits_at_a_conjunction_between_two_clauses() -> None:
    conjunctions = language_profile("en").conjunctions_re
    text = "Drivers flagged this months ago and were told it was a glitch"
    parts = [text[s:e].strip() for s, e in quote_cuts.clauses(text, conjunctions, 2)]
    assert parts == ["Drivers flagged this months ago", "and were told it was a glitch"]


def test_a_conjunction_inside_a_phrase_does_not_split_it() -> None:
    conjunctions = language_profile("en").conjunctions_re
    text = "The warnings were ignored again and again"
    assert quote_cuts.clauses(text, conjunctions, 2) == [(0, len(text))]


def test_a_quote_that_lost_a_conjoined_clause_is_cut_short() -> None:
    words = {
        "fahrer": "drivers", "meldeten": "flagged", "das": "this", "vor": "ago",
        "monaten": "months", "und": "and", "hörten": "told", "es": "it", "sei": "was",
        "ein": "a", "fehler": "glitch",
    }  # fmt: skip
    a_text = "Drivers flagged this months ago and were told it was a glitch"
    cut = quotes._cut_clause(
        FakeEmbedder(synonyms=words),
        a_text,
        "Fahrer meldeten das vor Monaten",
        language_profile("en").conjunctions_re,
    )
    assert cut is not None
    assert cut[0] == "and were told it was a glitch"
    faithful = "Fahrer meldeten das vor Monaten und hörten, es sei ein Fehler"
    conjunctions = language_profile("en").conjunctions_re
    assert quotes._cut_clause(FakeEmbedder(synonyms=words), a_text, faithful, conjunctions) is None


EN_FUND = (
    "The minister spoke in parliament on Wednesday about the pension reform. "
    '"If we do nothing, the fund will run out of money by 2031," she said.\n'
)
DE_FUND = (
    "Die Ministerin sprach am Mittwoch im Parlament über die Rentenreform. „Wenn wir nichts "
    "tun, {what} bis 2031“, sagte sie.\n"
)


def test_a_german_collapse_said_by_its_verb_strengthens_a_quote() -> None:
    faithful = DE_FUND.format(what="geht dem Fonds das Geld aus")
    assert not [m for m in _altered(EN_FUND, faithful, "de") if "strengthened" in m]
    drifted = DE_FUND.format(what="bricht das ganze Rentensystem zusammen")
    assert any("strengthened" in m for m in _altered(EN_FUND, drifted, "de"))


def test_a_collapse_in_both_quotes_is_no_change() -> None:
    en = EN_FUND.replace("the fund will run out of money", "the fund will collapse")
    faithful = DE_FUND.format(what="wird der Fonds zusammenbrechen")
    assert not [m for m in _altered(en, faithful, "de") if "strengthened" in m]


EN_SLOW = (
    "The engineer presented the survey of the old dam on Tuesday. "
    '"This is not a sudden catastrophe, but it is a slow one," she said.\n'
)
FR_SLOW = (
    "L'ingénieure a présenté mardi l'étude du vieux barrage. « Ce n'est pas une catastrophe "
    "soudaine, mais c'est {rest} », a-t-elle dit.\n"
)


def test_a_word_said_again_for_english_one_does_not_strengthen_a_quote() -> None:
    faithful = FR_SLOW.format(rest="une catastrophe lente")
    assert not [m for m in _altered(EN_SLOW, faithful, "fr") if "strengthened" in m]


def test_a_second_strong_word_of_its_own_still_strengthens_a_quote() -> None:
    drifted = FR_SLOW.format(rest="un scandale lent")
    assert any("strengthened" in m for m in _altered(EN_SLOW, drifted, "fr"))


EN_EQUIPPED = (
    "The fire chief spoke to reporters at the depot on Thursday. "
    '"Our crews were properly equipped for a fire of this size," he said.\n'
)
DE_EQUIPPED = (
    "Der Feuerwehrchef sprach am Donnerstag im Depot mit Reportern. „Unsere Mannschaften "
    "waren für einen Brand dieser Größe ausreichend ausgerüstet“, sagte er.\n"
)


def test_sufficiently_for_a_degree_in_a_sentence_with_no_negation_is_no_softening() -> None:
    assert not [m for m in _altered(EN_EQUIPPED, DE_EQUIPPED, "de") if "softened" in m]


EN_ASKED = (
    "The residents of the street met the council on Monday evening. "
    'They said they had "never once been asked" about the new road.\n'
)
ES_ASKED = (
    "Los vecinos de la calle se reunieron con el ayuntamiento el lunes por la tarde. "
    "Dijeron que no habían sido «{how}» sobre la nueva carretera.\n"
)


def test_enough_in_a_partial_quote_the_reporter_negates_still_softens() -> None:
    faithful = ES_ASKED.format(how="consultados ni una sola vez")
    assert not [m for m in _altered(EN_ASKED, faithful, "es") if "softened" in m]
    drifted = ES_ASKED.format(how="suficientemente consultados")
    assert any("softened" in m for m in _altered(EN_ASKED, drifted, "es"))


def test_a_word_said_twice_and_translated_by_two_words_does_not_strengthen_a_quote() -> None:
    en = EN_SLOW.replace("a slow one", "a slow catastrophe")
    varied = FR_SLOW.format(rest="un désastre lent")
    assert not [m for m in _altered(en, varied, "fr") if "strengthened" in m]
