"""Constructed sentences (not from the bench) for negations and hedges read by their grammar:
an expletive French "ne", a Spanish "jamás" after its verb ("ever"), a negative subject
with a noun ("ни один пациент"), a Russian "на нет", a verb of refusal, "left open";
an impersonal report ("según se informó"), the past of an ability, a "could" negated, a
question opened by "whether", and a hedge that goes with the clause that held it."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, negated_clauses
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # French: "ne" alone after a verb of fearing or preventing negates nothing
        ("fr", "Il dit craindre qu'elle n'encourage d'autres demandes.", 0),
        ("fr", "Ils veulent éviter que la digue ne cède.", 0),
        ("fr", "Il craint qu'elle ne vienne pas.", 1),  # with its "pas" it negates
        # Spanish: "jamás" or "nunca" after its verb without a "no" is "ever"
        ("es", "Es la decisión más dura que este consejo ha tenido que tomar jamás.", 0),
        ("es", "No lo sabremos jamás.", 1),
        ("es", "Nunca aceptaremos eso.", 1),
        # Russian: a negative subject with its noun is "nobody", like "никто"
        ("ru", "Он заявил, что ни один пациент не пострадал.", 1),
        ("ru", "Никто не пострадал.", 1),
        ("ru", "Водитель не пострадал.", 0),  # unharmed: the English writes no "not"
        ("ru", "Убытки свели на нет прибыль от акций.", 0),  # "на нет": to nothing
        ("ru", "Денег нет.", 1),
        # a "no" between a plural noun and its participle is a prefix: "uninsured losses"
        ("es", "El fondo cubriría el 30 % de las pérdidas no aseguradas.", 0),
        ("es", "Las pérdidas no fueron aseguradas.", 1),
        ("es", "Dijo que no aseguradas quedaban pocas.", 1),
        # a verb of refusal negates: "refused to grant" = "denegó"
        ("es", "La ciudad denegó el martes la licencia.", 1),
        # leaving a question open is not saying: "did not say whether" = "ließ offen, ob"
        ("de", "Der Rat ließ offen, ob er die Häuser kauft.", 1),
        ("en", "The council left open whether it would buy the homes.", 1),
    ],
)
def test_negations_read_by_their_grammar(code: str, text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # an impersonal report with no source is "reportedly"
        ("es", "Los investigadores, según se informó, interrogaron al capitán.", 1),
        ("es", "Los residentes pagarán, según se informa, la mitad.", 1),
        ("es", "Según se establece en el contrato, pagará la mitad.", 0),  # as set out
        # "werde ... kaum" is unlikely, as "dürfte kaum" is
        ("de", "Händler sagten, der Sturm werde die Preise kaum treiben.", 1),
        # German puts the subject after the verb when something else opens the sentence
        ("de", "Selbst heute Morgen war ich mir nicht sicher, ob ich durchhalte.", 1),
        # a "could" negated is an ability lost, no hedge
        ("en", "The state could no longer afford the repairs.", 0),
        ("en", "The state could afford the repairs.", 1),
    ],
)
def test_hedges_read_by_their_grammar(code: str, text: str, count: int) -> None:
    assert len(facts.hedged(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("fr", "La récolte s'annonce bonne.", 1),  # is expected to be
        ("ru", "Ожидается, что цены вырастут.", 1),
        ("ru", "Это станет прецедентом для ожидающих рассмотрения заявок.", 0),  # pending
    ],
)
def test_words_that_may_hedge_by_their_class(code: str, text: str, count: int) -> None:
    assert facts.hedge_words(text, _profile(code)) == count


TESTED = "The auditor warned that the ministry had not tested whether the jobs could be created at lower cost.\n"  # noqa: E501
TESTED_WORDS = {
    "auditor": "auditor",
    "advirtió": "warned",
    "ministerio": "ministry",
    "comprobado": "tested",
    "empleos": "jobs",
    "crearse": "created",
    "coste": "cost",
    "menor": "lower",
}


def test_a_hedge_in_a_question_opened_by_whether_is_no_statement() -> None:
    b = "El auditor advirtió que el ministerio no había comprobado si los empleos se crean con un coste menor.\n"  # noqa: E501
    assert severe_messages(TESTED, b, "es", "hedge.dropped", TESTED_WORDS) == []
