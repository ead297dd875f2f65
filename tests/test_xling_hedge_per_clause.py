"""Constructed sentences (not from the bench) for hedges judged per clause and by kind: a
hedge of hearsay is kept only by hearsay; one verb that governs two clauses ("se prevé que
... y que ...") renders a hedge for each; a "would" of the original claims the
translation's mood first; a hedge verb is matched in any of its forms, a noun "plan" is no
verb of planning."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, hedge_hearsay, hedge_kinds
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages

BRIDGE = {
    "gutachten": "report",
    "kommt": "concluded",
    "schluss": "concluded",
    "brücke": "bridge",
    "möglicherweise": "may",
    "zehn": "ten",
    "jahren": "years",
    "ersetzt": "replaced",
    "berichten": "reportedly",
    "zufolge": "reportedly",
}


def test_a_hedge_of_hearsay_is_kept_only_by_hearsay() -> None:
    a = "A report reportedly concluded that, within ten years, the bridge may need replacing.\n"
    kept = (
        "Ein Gutachten kommt Berichten zufolge zu dem Schluss, dass die Brücke möglicherweise "
        "innerhalb von zehn Jahren ersetzt werden muss.\n"
    )
    assert severe_messages(a, kept, "de", "hedge.", BRIDGE) == []
    stated = (
        "Ein Gutachten kommt zu dem Schluss, dass die Brücke möglicherweise innerhalb von zehn "
        "Jahren ersetzt werden muss.\n"
    )
    assert severe_messages(a, stated, "de", "hedge.", BRIDGE) != []


@pytest.mark.parametrize(
    ("code", "other", "reports", "lost"),
    [
        ("de", "Die Brücke muss möglicherweise ersetzt werden.", False, True),
        ("de", "Die Brücke soll ersetzt werden müssen.", False, False),  # the modal of hearsay
        ("es", "Según fuentes del sector, el puente deberá ser sustituido.", False, False),
        ("fr", "Le pont devrait être remplacé.", True, False),  # a conditional that reports
        ("ru", "Мост, как сообщается, придётся заменить.", False, False),
    ],
)
def test_what_renders_hearsay(code: str, other: str, reports: bool, lost: bool) -> None:
    clause = "the bridge reportedly needs to be replaced"
    own = "Officials said the bridge reportedly needs to be replaced."
    profiles = (_profile("en"), _profile(code))
    assert hedge_hearsay.lost(clause, own, other, profiles, reports=reports) is lost


def test_no_hearsay_in_the_clause_is_no_hearsay_lost() -> None:
    profiles = (_profile("en"), _profile("de"))
    clause = "the bridge may need to be replaced"
    other = "Die Brücke muss möglicherweise ersetzt werden."
    assert not hedge_hearsay.lost(clause, clause, other, profiles, reports=False)


PLANT = {
    "prevé": "expected",
    "obras": "construction",
    "comiencen": "begin",
    "septiembre": "september",
    "producción": "production",
    "llegue": "planned",
    "comenzarán": "begin",
}


def test_one_verb_of_two_clauses_renders_a_hedge_for_each() -> None:
    a = "Construction is expected to begin in September, with production planned for 2029.\n"
    kept = "Se prevé que las obras comiencen en septiembre y que la producción llegue en 2029.\n"
    assert severe_messages(a, kept, "es", "hedge.", PLANT) == []
    stated = "Las obras comenzarán en septiembre y se prevé que la producción llegue en 2029.\n"
    assert severe_messages(a, stated, "es", "hedge.", PLANT) != []


@pytest.mark.parametrize(
    ("code", "sentence", "times"),
    [
        ("es", "Se prevé que las obras comiencen en mayo y que la planta abra en 2029.", 1),
        ("fr", "Il est prévu que les travaux commencent en mai et qu'elle ouvre en 2029.", 1),
        ("de", "Es wird erwartet, dass die Arbeiten beginnen und dass das Werk 2029 öffnet.", 1),
        # "pero que" after a comma goes on with what was said, not with the "probable"
        ("es", "Dijeron que es poco probable que dañe a adultos, pero que supone un riesgo.", 0),
        ("es", "Se prevé que las obras comiencen en mayo.", 0),
    ],
)
def test_the_clauses_a_verb_of_expectation_governs(code: str, sentence: str, times: int) -> None:
    assert len(hedge_kinds.repeated(sentence, _profile(code))) == times


LAKE = {
    "decidirá": "decide",
    "decida": "decide",
    "sábado": "saturday",
    "eleva": "raise",
    "alerta": "warning",
    "haría": "would",
    "obligatoria": "mandatory",
    "evacuación": "evacuation",
    "espera": "expected",
}


def test_a_would_of_the_original_claims_the_mood_that_renders_it() -> None:
    a = (
        "The office is expected to decide on Saturday whether to raise the warning, which "
        "would make evacuation mandatory.\n"
    )
    kept = (
        "Se espera que la oficina decida el sábado si eleva la alerta, lo que haría obligatoria "
        "la evacuación.\n"
    )
    assert severe_messages(a, kept, "es", "hedge.", LAKE) == []
    stated = (
        "La oficina decidirá el sábado si eleva la alerta, lo que haría obligatoria la "
        "evacuación.\n"
    )
    assert severe_messages(a, stated, "es", "hedge.", LAKE) != []


def test_a_would_of_reported_speech_claims_nothing() -> None:
    text = "Prices may rise, and she said the repair would cost more, which would hurt."
    clause = (0, text.index(","))
    _, others = hedge_kinds.around(text, (0, len(text)), clause, _profile("en"))
    kinds = [set(k) for _, words in others for _, k in words]
    assert kinds == [{"say"}, {"would"}]  # the "would" of "which would hurt" only


@pytest.mark.parametrize(
    ("code", "text", "soft"),
    [
        ("de", "die einen Streik geplant hatten", True),  # the participle of "planen"
        ("ru", "которые планировали забастовку", True),  # the past of "планировать"
        ("ru", "которые запланировали забастовку", True),
        ("de", "die einen Streik hatten", False),
    ],
)
def test_a_verb_of_planning_may_hedge_in_any_form(code: str, text: str, soft: bool) -> None:
    assert bool(facts.hedge_spans(text, _profile(code), figures=False)) is soft


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The council plans a survey.", [{"expect"}]),
        ("Lawmakers said the plan was likely to fail.", [{"say"}, {"likely"}]),
        ("Its plans to close were dropped.", []),
        # "planning" before a noun is a noun too; the verb is "planning to", "is planning"
        ("It filed planning documents with the council.", []),
        ("The firm is planning a sale and planning to cut jobs.", [{"expect"}, {"expect"}]),
    ],
)
def test_the_noun_plan_is_no_verb_of_planning(text: str, kinds: list[set[str]]) -> None:
    assert [set(k) for _, k in hedge_kinds.kinds_in(text, _profile("en"))] == kinds


@pytest.mark.parametrize(
    ("code", "sentence", "kept"),
    [
        # the "puede" is the "could not afford": nothing is left for the "might"
        (
            "es",
            "Dijo que la ciudad no puede pagar un cine, pero que lo alquilará a un club.",
            False,
        ),
        # no modal renders "could not afford": the "pourrait" is the "might"
        (
            "fr",
            "Il a dit que la ville n'avait pas les moyens, mais qu'elle pourrait le louer.",
            True,
        ),
        ("es", "Dijo que la ciudad no puede pagar un cine, pero que podría alquilarlo.", True),
    ],
)
def test_a_negated_modal_of_the_clause_takes_a_negated_modal(
    code: str, sentence: str, kept: bool
) -> None:
    clause = "He said the city could not afford a cinema but might lease it to a club."
    profiles = (_profile("en"), _profile(code))
    assert hedge_kinds.in_kind(clause, [], sentence, profiles) is kept


def test_a_german_verb_of_intent_may_hedge_but_not_its_past() -> None:
    de = _profile("de")
    assert facts.hedge_spans("Das Ministerium will die Details veröffentlichen.", de) != []
    assert facts.hedge_spans("Dazu wollte er sich nicht äußern.", de) == []


def test_a_negated_ability_is_no_hedge_to_render() -> None:
    en = _profile("en")
    clause = "some growers have reportedly begun selling livestock because they cannot water it"
    assert [clause[s:e] for (s, e), _ in hedge_kinds.unable(clause, en)] == ["cannot"]
    assert hedge_kinds.unable("the city could lease it", en) == []  # a hedge, not negated
    unable = hedge_kinds.unable(clause, en)
    ru = (en, _profile("ru"))
    # "им нечем его поить" renders "cannot water it" with no modal: nothing to take
    assert (
        hedge_kinds.unable_in(unable, "Фермеры начали продавать скот, им нечем его поить.", ru) == 0
    )
    assert hedge_kinds.unable_in(unable, "Фермеры не могут поить скот.", ru) == 1


def test_a_source_of_the_accusation_renders_allegedly() -> None:
    profiles = (_profile("en"), _profile("ru"))
    clause = "Dressel allegedly received at least 1.1 million euros"
    other = "По версии обвинения, Дрессель получил не менее 1,1 млн евро."
    assert not hedge_hearsay.lost(clause, clause, other, profiles, reports=False)
    assert hedge_hearsay.lost(
        clause, clause, "Дрессель получил 1,1 млн евро.", profiles, reports=False
    )


def test_a_hedge_longer_than_its_word_is_no_mood_beside_itself() -> None:
    # "expected to" is the hedge and "expected" its word: the word may not claim the
    # translation's "previsto" before the hedge does, leaving the "would" a rewritten mood
    clause = "The move is expected to take place in September and would cost roughly 850,000 euros"
    sentence = "Está previsto que el traslado se realice en septiembre, con un coste aproximado."
    profiles = (_profile("en"), _profile("es"))
    assert hedge_kinds.in_kind(clause, [], sentence, profiles)
    assert not hedge_kinds.in_kind(clause, [], "El traslado se realizará en septiembre.", profiles)
