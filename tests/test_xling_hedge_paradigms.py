"""Constructed sentences (not from the bench) for hedges read by the grammar of their
language: a modal hedges in every form of its paradigm, a doubt about a question hedges no
statement, a conditional whose sentence sets a condition is the hypothesis's and reports
nothing, a hedge the translation writes in a sentence of its own is kept, and a hedge
dropped inside a quote stays a hedge."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, hedges
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ru", "Мы можем дойти до этого к Новому году."),  # we could get there
        ("ru", "Вы можете опоздать на поезд."),
        ("es", "Podemos llegar a eso antes de Año Nuevo."),
        ("es", "La obra pudiera retrasarse hasta marzo."),  # past subjunctive: might
        ("fr", "Certains clients avaient pu se voir couper l'eau."),  # may have had
        ("fr", "Il faut que le chantier puisse avancer."),
        ("fr", "Nous pouvons y arriver d'ici au Nouvel An."),
        ("de", "Die Bewohner konnten am Montag zurückkehren."),
    ],
)
def test_a_modal_may_hedge_in_every_form_of_its_paradigm(code: str, text: str) -> None:
    assert facts.hedge_words(text, _profile(code), figures=False) >= 1


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ru", "Мы можем дойти до этого к Новому году."),
        ("es", "Podemos llegar a eso antes de Año Nuevo."),
        ("es", "La obra pudiera retrasarse hasta marzo."),
    ],
)
def test_the_persons_of_a_hedging_modal_hedge_as_its_third_person_does(
    code: str, text: str
) -> None:
    assert len(facts.hedged(text, _profile(code))) == 1


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ru", "Мы не дошли до этого. Мы не можем дойти."),
        ("ru", "Это всё, что мы можем."),
        ("fr", "Le chantier a duré deux ans."),  # "a" alone is no "pu"
        ("de", "Die Bewohner kehrten am Montag zurück."),
    ],
)
def test_what_is_no_form_of_a_hedging_modal(code: str, text: str) -> None:
    assert facts.hedged(text, _profile(code)) == []


NEW_YEAR = {
    "мы": "we",
    "дойдём": "get",
    "можем": "could",
    "дойти": "get",
    "новому": "new",
    "году": "year",
    "сказала": "said",
    "директор": "director",
    "анна": "anna",
    "морак": "morak",
}


def test_a_could_inside_a_quote_is_kept_by_any_person_of_the_modal_and_dropped_stays_a_hedge() -> (
    None
):
    a = '"We could get there by New Year," director Anna Morak said.\n'
    kept = "«Мы можем дойти до этого к Новому году», - сказала директор Анна Морак.\n"
    assert severe_messages(a, kept, "ru", "", NEW_YEAR) == []
    stated = "«Мы дойдём до этого к Новому году», - сказала директор Анна Морак.\n"
    comparer = Comparer(embedder=FakeEmbedder(synonyms=NEW_YEAR), use_cache=False)
    report = comparer.compare(a, stated, a_language="en", b_language="ru")
    severe = [(f.rule, f.message) for f in report.findings if f.severity.value != "info"]
    assert severe == [("hedge.dropped", 'hedge dropped inside the quote: its "could" is gone in B')]


LOTTERY = {
    "détenteurs": "holders",
    "billets": "tickets",
    "savoir": "know",
    "sans": "unsure",
    "gagné": "won",
    "laissant": "leaving",
    "tirage": "draw",
    "annulé": "cancelled",
    "ont": "had",
}


def test_a_doubt_about_a_question_hedges_no_statement() -> None:
    a = "The draw was cancelled, leaving ticket holders unsure whether they had won.\n"
    b = "Le tirage a été annulé, laissant les détenteurs de billets sans savoir s'ils ont gagné.\n"
    assert severe_messages(a, b, "fr", "hedge.", LOTTERY) == []
    # a doubt about a statement is a hedge: "unsure they had won" stated as "had won"
    a = "The draw was cancelled, leaving ticket holders unsure they had won.\n"
    b = "Le tirage a été annulé, et les détenteurs de billets ont gagné.\n"
    assert severe_messages(a, b, "fr", "hedge.", LOTTERY) != []


@pytest.mark.parametrize(
    ("code", "text", "hedged"),
    [
        ("es", "Algunas habrían sobrevivido si la ambulancia hubiera llegado antes.", False),
        ("es", "Las navieras habrían desviado buques hacia Ilsted.", True),  # reportedly
        ("es", "Las navieras habrían desviado buques si el puerto cierra.", True),
        ("de", "Er soll das Geld genommen haben, wenn die Kasse offen war.", True),  # when
    ],
)
def test_the_conditional_of_a_hypothesis_reports_nothing(
    code: str, text: str, hedged: bool
) -> None:
    assert bool(facts.hedged(text, _profile(code))) is hedged


AMBULANCE = {
    "algunas": "some",
    "ellas": "them",
    "probablemente": "probably",
    "habrían": "would",
    "sobrevivido": "survived",
    "ambulancia": "ambulance",
    "hubiera": "had",
    "llegado": "come",
    "antes": "sooner",
}


def test_a_probably_is_dropped_though_the_hypothesis_keeps_its_conditional() -> None:
    a = "Some of them would probably have survived if the ambulance had come sooner.\n"
    kept = (
        "Algunas de ellas probablemente habrían sobrevivido si la ambulancia hubiera llegado "
        "antes.\n"
    )
    assert severe_messages(a, kept, "es", "hedge.", AMBULANCE) == []
    stated = "Algunas de ellas habrían sobrevivido si la ambulancia hubiera llegado antes.\n"
    assert severe_messages(a, stated, "es", "hedge.", AMBULANCE) != []


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("Las navieras estarían desviando buques hacia Ilsted.", True),  # reportedly
        ("Podría pedir a otro partido que intente formar gobierno.", False),  # could
        ("Algunas habrían sobrevivido si la ambulancia hubiera llegado antes.", False),
        # a real condition (si + present) leaves the conditional reporting
        ("Fennair estudiaría trasladar tres aviones si se mantiene el toque de queda.", True),
    ],
)
def test_a_conditional_reports_unless_it_hedges_or_a_condition_follows(
    sentence: str, reports: bool
) -> None:
    assert hedges._reports(sentence, _profile("es")) is reports


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("Fennair envisagerait de transférer trois avions si le couvre-feu est maintenu.", True),
        ("Certains auraient survécu si l'ambulance était arrivée plus tôt.", False),
        ("Le chantier durerait deux ans s'il pleuvait tout l'hiver.", False),
    ],
)
def test_only_an_unreal_french_condition_makes_the_conditional_a_hypothesis(
    sentence: str, reports: bool
) -> None:
    assert hedges._reports(sentence, _profile("fr")) is reports


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("L'entreprise doit 38 millions d'euros à ses créanciers.", 0),  # owes
        ("Il doit livrer les trains en mars.", 1),  # is expected to deliver
        ("Les travaux doivent en principe reprendre lundi.", 1),
        ("Le conseil doit se prononcer jeudi.", 1),
        ("La séance devait s'ouvrir à 9 h.", 1),  # was expected to open
    ],
)
def test_french_devoir_is_a_modal_before_its_infinitive(text: str, count: int) -> None:
    assert facts.hedge_words(text, _profile("fr"), figures=False) == count


PESO = {
    "analysten": "analysts",
    "erklärten": "said",
    "peso": "peso",
    "könne": "may",
    "druck": "pressure",
    "geraten": "come",
    "wochen": "weeks",
    "produktionswachstum": "growth",
    "könnte": "could",
    "schätzung": "estimated",
    "abschwächen": "slow",
    "schwächt": "slow",
    "prozent": "percent",
    "jahr": "year",
    "sich": "slow",
    "ihrer": "estimated",
    "nach": "estimated",
}


def test_a_hedge_the_translation_writes_in_a_sentence_of_its_own_is_kept() -> None:
    a = (
        "Analysts said the peso may come under pressure in the coming weeks, and estimated "
        "that output growth could slow to 2 percent a year.\n"
    )
    kept = (
        "Analysten erklärten, der Peso könne in den kommenden Wochen unter Druck geraten. Das "
        "Produktionswachstum könnte sich ihrer Schätzung nach auf 2 Prozent pro Jahr "
        "abschwächen.\n"
    )
    assert severe_messages(a, kept, "de", "hedge.", PESO) == []
    stated = (
        "Analysten erklärten, der Peso könne in den kommenden Wochen unter Druck geraten. Das "
        "Produktionswachstum schwächt sich ihrer Schätzung nach auf 2 Prozent pro Jahr ab.\n"
    )
    assert severe_messages(a, stated, "de", "hedge.", PESO) != []


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("es", "Los vigilantes no pudieron llegar a tiempo.", 0),  # were not able: no hedge
        ("fr", "Une contamination est très improbable.", 1),  # unlikely
    ],
)
def test_hedges_of_these_forms(code: str, text: str, count: int) -> None:
    assert len(facts.hedged(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said they had received no reports of violence.", 0),  # nothing reported
        ("Police are checking reports of violence.", 1),  # a report, maybe unconfirmed
        ("The city has no plans to close the bridge.", 0),
        ("The city plans to close the bridge.", 1),
    ],
)
def test_a_noun_of_report_or_plan_under_no_may_hedge_nothing(text: str, count: int) -> None:
    assert facts.hedge_words(text, _profile("en")) == count
