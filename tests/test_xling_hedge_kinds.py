"""Constructed sentences (not from the bench) for a translation's words of a kind that
hedges (a modal of possibility, a plan, an estimate, a risk, a verb of saying): each renders
the original's word of its own kind first, so a hedge whose only rendering is such a word
was dropped; a conditional that reports renders its hedge whatever its verb; a German
"würde" after a verb of saying is the future of reported speech, no "may"; a hedge of
hearsay that names its source attributes."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import hedge_kinds, hedges
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages

SURVEY = {
    "ayuntamiento": "council",
    "prevé": "plans",
    "estudio": "survey",
    "mayo": "may",
    "podría": "could",
    "ampliarlo": "widen",
    "ampliará": "widen",
    "parques": "parks",
}


def test_a_plan_the_translation_renders_leaves_nothing_for_the_may() -> None:
    a = "The council plans a survey in May and may widen it to the parks.\n"
    kept = "El ayuntamiento prevé un estudio en mayo y podría ampliarlo a los parques.\n"
    assert severe_messages(a, kept, "es", "hedge.", SURVEY) == []
    stated = "El ayuntamiento prevé un estudio en mayo y lo ampliará a los parques.\n"
    assert severe_messages(a, stated, "es", "hedge.", SURVEY) != []


DUST = {
    "expertos": "experts",
    "dijeron": "said",
    "probable": "unlikely",
    "polvo": "dust",
    "dañe": "harm",
    "adultos": "adults",
    "podría": "may",
    "suponer": "pose",
    "supone": "pose",
    "riesgo": "risk",
    "bebés": "infants",
}


def test_a_risk_the_original_names_is_no_rendering_of_its_may() -> None:
    a = "Experts said the dust was unlikely to harm adults but may pose a risk to infants.\n"
    kept = (
        "Los expertos dijeron que es poco probable que el polvo dañe a los adultos, pero que "
        "podría suponer un riesgo para los bebés.\n"
    )
    assert severe_messages(a, kept, "es", "hedge.", DUST) == []
    stated = (
        "Los expertos dijeron que es poco probable que el polvo dañe a los adultos, pero que "
        "supone un riesgo para los bebés.\n"
    )
    assert severe_messages(a, stated, "es", "hedge.", DUST) != []


APPEAL = {
    "demandeurs": "applicants",
    "peuvent": "can",
    "faire": "appeal",
    "appel": "appeal",
    "jours": "days",
    "beaucoup": "many",
    "auraient": "reportedly",
    "reçu": "receive",
    "courrier": "letter",
}


def test_a_can_of_the_other_clause_takes_the_modal_of_its_kind() -> None:
    a = "Applicants can appeal within 21 days, but many reportedly did not receive the letter.\n"
    kept = (
        "Les demandeurs peuvent faire appel dans les 21 jours, mais beaucoup n'auraient pas "
        "reçu le courrier.\n"
    )
    assert severe_messages(a, kept, "fr", "hedge.", APPEAL) == []
    stated = (
        "Les demandeurs peuvent faire appel dans les 21 jours, mais beaucoup n'ont pas reçu "
        "le courrier.\n"
    )
    assert severe_messages(a, stated, "fr", "hedge.", APPEAL) != []


RULING = {"décision": "ruling", "menacerait": "puts", "menace": "puts", "emplois": "jobs"}


def test_a_conditional_that_reports_renders_its_hedge_whatever_its_verb_renders() -> None:
    a = "The ruling reportedly puts 600 jobs at risk.\n"
    assert severe_messages(a, "La décision menacerait 600 emplois.\n", "fr", "hedge.", RULING) == []
    assert severe_messages(a, "La décision menace 600 emplois.\n", "fr", "hedge.", RULING) != []


def test_a_word_of_a_kind_that_is_no_hedge_is_claimed_first() -> None:
    said, hedged = ((0, 6), frozenset({hedge_kinds.SAY})), ((10, 22), frozenset({hedge_kinds.SAY}))
    # "заявил, что ..., как сообщается": the "said" takes the "заявил", not the hedge
    assert hedge_kinds.claimed([said], [hedged, said], [hedged[0]]) == 0
    assert hedge_kinds.claimed([said], [hedged], [hedged[0]]) == 1
    other = ((0, 4), frozenset({"risk"}))
    assert hedge_kinds.claimed([other], [hedged], [hedged[0]]) == 0


@pytest.mark.parametrize(
    ("code", "text", "kinds"),
    [
        ("en", "The agency plans a second round.", {"expect"}),
        ("en", "The vote in May.", set()),  # the month is no "may"
        ("de", "Die Schulen könnten schließen.", {"can"}),
        ("fr", "Le président a estimé que le toit était fragile.", {"estimate", "say"}),
        ("ru", "Это несёт риск для детей.", {"risk"}),
    ],
)
def test_the_kinds_of_a_sentence(code: str, text: str, kinds: set[str]) -> None:
    found = hedge_kinds.kinds_in(text, _profile(code))
    assert set().union(*(k for _, k in found)) == kinds


SCHOOLS = {
    "bildungsamt": "office",
    "teilte": "said",
    "erklärte": "said",
    "schulen": "schools",
    "könnten": "may",
    "würden": "may",
    "fernunterricht": "remote",
    "umstellen": "switch",
}


def test_a_german_wuerde_of_reported_speech_renders_no_may() -> None:
    a = "The office said several schools may switch to remote lessons.\n"
    kept = "Das Bildungsamt teilte mit, mehrere Schulen könnten auf Fernunterricht umstellen.\n"
    assert severe_messages(a, kept, "de", "hedge.", SCHOOLS) == []
    stated = "Das Bildungsamt teilte mit, mehrere Schulen würden auf Fernunterricht umstellen.\n"
    assert severe_messages(a, stated, "de", "hedge.", SCHOOLS) != []
    # the same, with the verb of saying set after what was said
    kept = "Mehrere Schulen könnten auf Fernunterricht umstellen, erklärte das Bildungsamt.\n"
    assert severe_messages(a, kept, "de", "hedge.", SCHOOLS) == []
    stated = "Mehrere Schulen würden auf Fernunterricht umstellen, erklärte das Bildungsamt.\n"
    assert severe_messages(a, stated, "de", "hedge.", SCHOOLS) != []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Er sagte, die Schulen würden schließen.", 1),  # reported speech: a "werde"
        ("Er sagte, er wisse nicht, ob er durchhalten würde.", 0),  # a question: subjunctive
        ("Die Schulen würden schließen.", 0),  # no verb of saying before it
        # the verb of saying set after what was said, opening its clause
        ("Die Schulen würden schließen, hieß es.", 1),
        ("Die Schulen würden schließen, sagte der Sprecher.", 1),
        # a verb of saying that does not open its clause says nothing of what precedes it
        ("Die Schulen würden schließen, wenn der Sprecher es sagte.", 0),
    ],
)
def test_wuerde_is_reported_only_after_a_verb_of_saying(sentence: str, count: int) -> None:
    assert hedges._reported_futures(sentence, _profile("de")) == count


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Как сообщают местные СМИ, встреча пройдёт в пятницу.", True),
        ("Встреча, как сообщается, пройдёт в пятницу.", False),  # no source: hearsay
    ],
)
def test_a_hedge_of_hearsay_that_names_its_source_attributes(text: str, names: bool) -> None:
    profile = _profile("ru")
    span = profile.hedge_re.search(text)
    assert span is not None
    assert hedges._names_source(text, span.span(), profile) is names


TRIP = {
    "voyage": "journey",
    "pourrait": "could",
    "soumettre": "put",
    "soumettrait": "put",
    "animaux": "animals",
    "stress": "stress",
}


def test_a_conditional_beside_a_word_of_certainty_renders_no_could() -> None:
    a = "The journey could put the animals under stress.\n"
    kept = "Le voyage pourrait soumettre les animaux à un stress.\n"
    assert severe_messages(a, kept, "fr", "hedge.", TRIP) == []
    certain = "Le voyage soumettrait à coup sûr les animaux à un stress.\n"
    assert severe_messages(a, certain, "fr", "hedge.", TRIP) != []
    # the conditional alone may still hedge
    assert (
        severe_messages(a, "Le voyage soumettrait les animaux à un stress.\n", "fr", "hedge.", TRIP)
        == []
    )


RECALL = {
    "analistas": "analysts",
    "calculan": "estimated",
    "dicen": "said",
    "retirada": "recall",
    "costará": "cost",
    "millones": "million",
    "coronas": "crowns",
}


def test_a_verb_of_estimate_that_opens_its_estimate_renders_the_expectation_too() -> None:
    a = "The recall is expected to cost 4 million crowns, analysts estimated.\n"
    kept = "Los analistas calculan que la retirada costará 4 millones de coronas.\n"
    assert severe_messages(a, kept, "es", "hedge.", RECALL) == []
    stated = "Los analistas dicen que la retirada costará 4 millones de coronas.\n"
    assert severe_messages(a, stated, "es", "hedge.", RECALL) != []


VACCINE = {
    "firma": "company",
    "rechnet": "expected",
    "zulassung": "approval",
    "beantragen": "file",
    "dosen": "doses",
    "herstellen": "produce",
}


def test_a_source_set_inside_a_hedge_is_no_word_of_the_hedge() -> None:
    a = "The company said it expected to file for approval in 2027.\n"
    kept = "Die Firma rechnet nach eigenen Angaben damit, die Zulassung 2027 zu beantragen.\n"
    assert severe_messages(a, kept, "de", "hedge.", VACCINE) == []
    hedge, source = (0, 34), (8, 28)  # "rechnet ... damit" around "nach eigenen Angaben"
    said = ((0, 4), frozenset({hedge_kinds.SAY}))
    assert not hedge_kinds.overlaps(source, [hedge])
    assert hedge_kinds.claimed([said], [(source, frozenset({hedge_kinds.SAY}))], [hedge]) == 0
