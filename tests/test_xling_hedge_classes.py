"""Constructed sentences (not from the bench) for hedges and negations by class of word: the
adjective of a hedge ("the probable cause") hedges as its adverb does, a noun of risk
renders a possibility as a noun of fear does, the French "ne ... que" says "only", a
reported future renders a "would" but no "may", and a negation flip the whole sentence
reads by a hundredth or two is reported."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, hedges, negated_clauses, renderings
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages

CAUSE = {
    "betreiber": "operator",
    "nannte": "named",
    "batteriedefekt": "battery",
    "ursache": "cause",
    "als": "as",
}


def test_the_adjective_of_a_hedge_hedges_in_english_too() -> None:
    assert (
        len(
            facts.hedged(
                "The operator named a battery failure as the probable cause.", _profile("en")
            )
        )
        == 1
    )
    a = "The operator named a battery failure as the probable cause.\n"
    kept = "Der Betreiber nannte einen Batteriedefekt als wahrscheinliche Ursache.\n"
    assert severe_messages(a, kept, "de", "hedge.", CAUSE) == []
    stated = "The operator named a battery failure as the cause.\n"
    assert severe_messages(stated, kept, "de", "hedge.", CAUSE) != []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Anleger wogen das Risiko eines Dammbruchs ab."),
        ("fr", "Les ingénieurs évaluent le risque d'une rupture de la digue."),
        ("es", "Los ingenieros evalúan el riesgo de que ceda el dique."),
        ("ru", "Инженеры говорят о риске прорыва дамбы."),
    ],
)
def test_a_risk_renders_a_possibility(code: str, text: str) -> None:
    # "weighed the risk that the dam could burst": the risk carries the "could"
    assert facts.hedge_words(text, _profile(code), figures=False) >= 1


DAM = {
    "ingenieure": "engineers",
    "wogen": "weighed",
    "dammbruchs": "dam",
    "damm": "dam",
    "brechen": "burst",
    "bricht": "burst",
    "ab": "weighed",
}


def test_a_could_rendered_by_a_risk_is_kept_and_one_stated_flatly_is_not() -> None:
    a = "Engineers weighed the risk that the dam could burst.\n"
    kept = "Ingenieure wogen das Risiko ab, dass der Damm bricht.\n"
    assert severe_messages(a, kept, "de", "hedge.", DAM) == []
    a = "Engineers said the dam could burst.\n"
    stated = "Ingenieure sagten, der Damm bricht.\n"
    assert severe_messages(a, stated, "de", "hedge.", DAM | {"sagten": "said"}) != []


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("La région n'a reçu que 190 millimètres de pluie.", False),  # only
        ("Les prix ne devraient remonter que légèrement.", False),
        ("Il ne reste qu'un mois.", False),
        ("Il a dit qu'il ne viendrait pas.", True),
        ("Personne ne sait ce que veut le ministre.", True),  # the "ne" of "personne"
        ("Aucun élu n'a indiqué que le projet serait retenu.", True),
        ("Rien ne dit que le projet sera retenu.", True),
        ("Il n'a jamais dit que c'était vrai.", True),
    ],
)
def test_french_ne_que_says_only(text: str, negated: bool) -> None:
    assert bool(negated_clauses.negated(text, _profile("fr"))) is negated


STRIKE = {
    "gewerkschaft": "union",
    "sagte": "said",
    "freitag": "friday",
    "streik": "strike",
    "aufrufen": "call",
    "wahrscheinlich": "probably",
}


def test_a_reported_future_renders_a_would_but_no_may() -> None:
    a = "The union said it may call a strike on Friday.\n"
    kept = "Die Gewerkschaft sagte, sie könnte am Freitag zu einem Streik aufrufen.\n"
    assert severe_messages(a, kept, "de", "hedge.", STRIKE) == []
    stated = "Die Gewerkschaft sagte, sie werde am Freitag zu einem Streik aufrufen.\n"
    assert severe_messages(a, stated, "de", "hedge.", STRIKE) != []
    a = "The union said it would probably call a strike on Friday.\n"
    kept = "Die Gewerkschaft sagte, sie werde wahrscheinlich am Freitag zu einem Streik aufrufen.\n"
    assert severe_messages(a, kept, "de", "hedge.", STRIKE) == []


def test_a_conditional_for_a_subjunctive_is_no_reported_future() -> None:
    # "würde" stands in for a subjunctive ("ob ... verabschieden würde"): it may render the
    # "could" of "was not sure the council could pass the budget"
    b = "Die Bürgermeisterin war nicht sicher, ob der Rat den Haushalt verabschieden würde."
    assert hedges._rendering(b, _profile("de"), 0) == 2
    b = "Sie sagte, der Rat werde den Haushalt verabschieden."
    assert hedges._rendering(b, _profile("de"), 0) == 0
    assert hedges._rendering(b, _profile("de"), 1) == 1  # the "would" of "said it would"


def test_the_future_of_reported_speech() -> None:
    assert hedges._reported_futures("Er sagte, die Anlage werde schließen.", _profile("de")) == 1
    assert hedges._reported_futures("Die Anlage wird schließen.", _profile("de")) == 0
    assert hedges._reported_futures("Il a dit qu'il fermerait l'usine.", _profile("fr")) == 0


COUNCIL = (
    "The regional council did not approve the new budget for schools hospitals roads bridges "
    "parks libraries museums stadiums harbours airports.\n"
)
COUNCIL_DE = (
    "Der Regionalrat billigte den neuen Haushalt für Schulen Kliniken Straßen Brücken Parks "
    "Bibliotheken Museen Stadien Häfen Flughäfen und vier weitere Punkte.\n"
)
COUNCIL_WORDS = {
    "regionalrat": "council",
    "billigte": "approve",
    "neuen": "new",
    "haushalt": "budget",
    "schulen": "schools",
    "kliniken": "hospitals",
    "straßen": "roads",
    "brücken": "bridges",
    "bibliotheken": "libraries",
    "museen": "museums",
    "stadien": "stadiums",
    "häfen": "harbours",
    "flughäfen": "airports",
    "der": "the",
    "den": "the",
}


def test_a_flip_the_whole_sentence_reads_by_a_hundredth_or_two_is_reported() -> None:
    """The clause and the sentence read closer to A without "not" by about 0.02 (under
    FLIP_MARGIN, over SENTENCE_MARGIN): a flip at warning or error, not an info."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=COUNCIL_WORDS), use_cache=False)
    report = comparer.compare(COUNCIL, COUNCIL_DE, a_language="en", b_language="de")
    flips = [f for f in report.findings if f.rule == "negation.flipped"]
    assert [f.severity.value for f in flips] == ["error"], [f.message for f in flips]
    assert "and the whole sentence by 0.01" in flips[0].message


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Quelque 2 000 insulaires sont privés de liaison avec le continent."),
        ("es", "Unos 2.000 isleños carecen de conexión con el continente."),
        ("ru", "Около 2000 жителей острова лишены связи с материком."),
    ],
)
def test_a_word_of_deprivation_renders_have_no(code: str, text: str) -> None:
    a = "Some 2,000 islanders have no connection to the mainland."
    span = negated_clauses.negated(a, _profile("en"))[0]
    assert renderings.lacked(a, span, text, _profile("en"), _profile(code))


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("fr", "La décision va encourager des procédures similaires.", 0),
        ("fr", "Le club encourt une amende.", 1),  # could face a fine
        ("de", "Die Kirche dürfe weiterhin läuten, sagte sie.", 1),  # reported "darf"
        ("de", "Die Kirche darf weiterhin läuten.", 1),
        ("ru", "Но мы можем дойти до этого к Новому году.", 1),  # the paradigm of мочь
        ("ru", "Я могу прийти завтра.", 1),
        ("ru", "Мы сделали всё, что можем.", 0),  # no verb follows: "all we can"
    ],
)
def test_the_forms_of_a_word_that_may_hedge_and_of_one_that_only_looks_like_it(
    code: str, text: str, count: int
) -> None:
    assert facts.hedge_words(text, _profile(code)) == count
