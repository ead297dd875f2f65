"""Constructed sentences (not from the bench) for negations a translator flips with an
antonym: a level that fell against one that did not ("had fallen" -> "no se habían
reducido"), "never" against "more than once" ("не раз"); and a negative word inside a
"without" phrase, which is concord with it, not a negation of its own ("sin presiones de
ninguna de las partes"); "did not exclude" against "descartó", and "without" before a verb
of assent ("sans toutefois exclure"), which turns it as "not" does."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import negated_clauses, polarity
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


def _poles(text: str, code: str) -> list[tuple[str, int]]:
    return [(m.kind, m.sign) for m in polarity.marks(text, _profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        ("en", "Waiting times had fallen slightly overnight.", [("rise", -1)]),
        ("en", "Waiting times had not fallen overnight.", [("rise", 1)]),
        ("en", "Prices rose by 4 percent.", [("rise", 1)]),
        ("en", "Rose Hall fell silent.", []),  # a name; "fell silent" is no change of level
        ("es", "Los tiempos de espera no se habían reducido.", [("rise", 1)]),
        ("fr", "Les prix ont légèrement baissé.", [("rise", -1)]),
        ("de", "Die Preise sind nicht gesunken.", [("rise", 1)]),
        ("ru", "Время ожидания сократилось за ночь.", [("rise", -1)]),
        # a condition bounds a negation as a time does: "unless prices rose" = "erst wenn
        # die Preise stiegen" (only if), so "unless" turns no word after it
        ("en", "It would not resume deliveries unless prices rose by 20 percent.", []),
        ("de", "Die Lieferungen werde man erst aufnehmen, wenn die Preise stiegen.", [("rise", 1)]),
        ("ru", "Шкипер не раз шёл на риск.", [("always", 1)]),
        ("fr", "Le capitaine a pris des risques à plusieurs reprises.", [("always", 1)]),
        ("en", "The skipper had never taken risks.", [("always", -1)]),
    ],
)
def test_an_antonym_takes_the_pole_its_clause_gives_it(
    code: str, text: str, poles: list[tuple[str, int]]
) -> None:
    assert sorted(_poles(text, code)) == sorted(poles)


QUEUE = {
    "aduanas": "customs",
    "tiempos": "times",
    "espera": "waiting",
    "noche": "overnight",
    "reducido": "fallen",
    "dijo": "said",
    "cola": "queue",
    "creciendo": "grow",
}


def test_a_level_that_fell_turned_into_one_that_did_not_is_a_flip() -> None:
    # the flip points at the word the negation turned, not at the queue that grows after it
    a = "Customs said waiting times had fallen overnight and the queue would grow.\n"
    faithful = (
        "Aduanas dijo que los tiempos de espera se habían reducido durante la noche"
        " y que la cola seguiría creciendo.\n"
    )
    drifted = (
        "Aduanas dijo que los tiempos de espera no se habían reducido durante la noche"
        " y que la cola seguiría creciendo.\n"
    )
    assert severe_messages(a, faithful, "es", "negation.", QUEUE) == []
    found = severe_messages(a, drifted, "es", "negation.", QUEUE)
    assert any(m.startswith(polarity.POLARITY) and '"reducido"' in m for m in found)


SKIPPER = {"шкипер": "skipper", "риск": "risks", "сказал": "said", "председатель": "chairman"}


def test_never_turned_into_more_than_once_is_a_flip() -> None:
    a = "The chairman said the skipper had never taken risks.\n"
    faithful = "Председатель сказал, что шкипер никогда не шёл на риск.\n"
    drifted = "Председатель сказал, что шкипер не раз шёл на риск.\n"
    assert severe_messages(a, faithful, "ru", "negation.", SKIPPER) == []
    found = severe_messages(a, drifted, "ru", "negation.", SKIPPER)
    assert any(m.startswith(polarity.POLARITY) for m in found)


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # concord with "without": "without pressure from either side", no negated clause
        ("es", "Revisará la solicitud sin presiones de ninguna de las partes.", 0),
        ("fr", "Il est reparti sans aucune explication.", 0),
        # a negation of the clause besides it still counts, before or after the "sin"
        ("es", "No decidió sin consultar a ninguna de las partes.", 1),
        ("fr", "Il n'est pas reparti sans aucune explication.", 1),
        ("es", "Sin presiones de ninguna parte, no habrá acuerdo.", 1),
    ],
)
def test_a_negative_word_inside_a_without_phrase_is_concord(
    code: str, text: str, count: int
) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        ("en", "The agency did not exclude work along its edges.", [("assent", 1)]),
        ("en", "The board excluded two bidders.", [("assent", -1)]),
        ("en", "She was excluded from the talks.", []),  # left out of a group: no refusal
        # "without" turns the verb of assent after it, as "not" does
        ("en", "He spoke without ruling out new measures.", [("assent", 1)]),
        ("es", "Habló sin descartar nuevas medidas.", [("assent", 1)]),
        (
            "fr",
            "Aucun abattage n'est prévu, sans toutefois exclure des travaux.",
            [("anyone", -1), ("assent", 1)],
        ),
        # ... but not a verb further off, nor one before it
        ("fr", "Sans le dire aux syndicats il a exclu de nouvelles mesures.", [("assent", -1)]),
        ("en", "He ruled out new measures without consulting the unions.", [("assent", -1)]),
    ],
)
def test_without_turns_the_verb_of_assent_after_it(
    code: str, text: str, poles: list[tuple[str, int]]
) -> None:
    assert sorted(_poles(text, code)) == sorted(poles)


EDGES = {
    "agencia": "agency",
    "dijo": "said",
    "tala": "felling",
    "planeaba": "planned",
    "trabajos": "work",
    "márgenes": "edges",
}


def test_did_not_exclude_turned_into_ruled_out_is_a_flip() -> None:
    a = "The agency said no felling was planned, but it did not exclude work along its edges.\n"
    faithful = (
        "La agencia dijo que no se planeaba ninguna tala, pero no descartó trabajos en sus"
        " márgenes.\n"
    )
    drifted = (
        "La agencia dijo que no se planeaba ninguna tala, pero descartó trabajos en sus márgenes.\n"
    )
    assert severe_messages(a, faithful, "es", "negation.", EDGES) == []
    found = severe_messages(a, drifted, "es", "negation.", EDGES)
    assert any(m.startswith(polarity.POLARITY) and '"descartó"' in m for m in found)


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        # "not ... for now" is "not yet", as "пока не" and "todavía no" are
        ("en", "An evacuation was not planned for now.", [("already", -1)]),
        ("ru", "Эвакуация пока не планируется.", [("already", -1)]),
        ("ru", "Эвакуация уже планируется.", [("already", 1)]),
        ("en", "The dam is holding for now.", []),  # no negation: no "not yet"
    ],
)
def test_not_for_now_is_not_yet(code: str, text: str, poles: list[tuple[str, int]]) -> None:
    assert sorted(_poles(text, code)) == sorted(poles)


EVACUATION = {
    "глава": "head",
    "сказал": "said",
    "эвакуация": "evacuation",
    "планируется": "planned",
}


def test_not_planned_for_now_turned_into_already_planned_is_a_flip() -> None:
    a = "The head said an evacuation was not planned for now.\n"
    faithful = "Глава сказал, что эвакуация пока не планируется.\n"
    drifted = "Глава сказал, что эвакуация уже планируется.\n"
    assert severe_messages(a, faithful, "ru", "negation.", EVACUATION) == []
    found = severe_messages(a, drifted, "ru", "negation.", EVACUATION)
    assert any(m.startswith(polarity.POLARITY) and '"уже"' in m for m in found)


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        # stranded: unable to leave, which a translator writes with a negation
        ("en", "Fog grounded 26 flights, stranding about 3,400 passengers.", [("success", -1)]),
        ("ru", "Около 3400 пассажиров не смогли улететь.", [("success", -1)]),
        ("en", "Minister Helena Strand said the flights would resume.", []),  # a name
    ],
)
def test_stranded_is_a_failure(code: str, text: str, poles: list[tuple[str, int]]) -> None:
    assert sorted(_poles(text, code)) == sorted(poles)


STRANDED = {"туман": "fog", "рейсов": "flights", "пассажиров": "passengers"}


def test_stranded_passengers_who_could_not_fly_out_keep_the_negation() -> None:
    a = "Fog grounded 26 flights, stranding about 3,400 passengers.\n"
    faithful = "Туман задержал 26 рейсов, около 3400 пассажиров не смогли улететь.\n"
    assert severe_messages(a, faithful, "ru", "negation.", STRANDED) == []
