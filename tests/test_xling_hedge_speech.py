"""Constructed sentences (not from the bench) for hedges carried by the grammar of reported
speech: the future of reported speech ("said the repair would cost", "a précisé que son
équipe contrôlerait", "dijo que decidiría") is a "would", no hedge; two hedges of one
clause need two words of the translation; and the translation's approximators render the
original's first."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, hedge_moods, hedges
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("en", "He said the repair would cost about 3.2 million euros.", 1),
        ("en", "The repair would cost more than planned.", 0),  # no one's speech: may hedge
        ("fr", "Elle a précisé que son équipe contrôlerait l'usine.", 1),
        ("fr", "Il a dit qu'il fermerait l'usine.", 1),
        ("fr", "Elle a précisé que son équipe pourrait contrôler l'usine.", 0),  # a hedge
        ("fr", "Un projet que le ministère serait en train d'étudier.", 0),  # relative "que"
        ("fr", "Son ministère préparerait une loi.", 0),  # the conditional that reports
        ("es", "Dijo que la junta decidiría el lunes.", 1),
        # after a comma, a main clause of its own: its conditional reports
        ("es", "Dijo que el puerto seguirá cerrado, y las navieras estarían desviando buques.", 0),
        # a conjunction and "que" go on with what was said: still a "would"
        (
            "fr",
            "Il a dit que l'agence allait revoir ses vols, mais qu'elle ne les modifierait pas.",
            1,
        ),
        ("es", "Dijo que el puerto seguirá cerrado, y que las navieras desviarían buques.", 1),
        # ... but only after a verb of saying
        ("fr", "L'agence va réexaminer ses vols, mais qu'elle ne les modifierait pas.", 0),
    ],
)
def test_the_future_of_reported_speech(code: str, text: str, count: int) -> None:
    assert hedge_moods.speech_futures(text, _profile(code)) == count


AUDIT = {
    "inspectrice": "inspector",
    "précisé": "said",
    "équipe": "team",
    "contrôlerait": "audit",
    "contrôler": "audit",
    "usine": "plant",
    "pourrait": "could",
    "ordonner": "order",
    "fermeture": "closure",
    "probablement": "likely",
}


def test_a_conditional_of_reported_speech_renders_the_would_not_the_likely() -> None:
    a = "The inspector said her team would likely audit the plant and could order its closure.\n"
    kept = (
        "L'inspectrice a précisé que son équipe contrôlerait probablement l'usine et pourrait "
        "ordonner sa fermeture.\n"
    )
    assert severe_messages(a, kept, "fr", "hedge.", AUDIT) == []
    stated = (
        "L'inspectrice a précisé que son équipe contrôlerait l'usine et pourrait ordonner sa "
        "fermeture.\n"
    )
    assert severe_messages(a, stated, "fr", "hedge.", AUDIT) != []


def test_two_hedges_of_one_clause_are_two_for_the_translation() -> None:
    # one hedged clause on each side, but two hedges in A's: the clause count is equal
    a = "The inspector said her team would likely audit the plant and could order its closure.\n"
    b = (
        "L'inspectrice a précisé que son équipe contrôlerait l'usine et pourrait ordonner sa "
        "fermeture.\n"
    )
    profiles = (_profile("en"), _profile("fr"))
    assert len(facts.hedged(a, profiles[0])) == len(facts.hedged(b, profiles[1])) == 1
    assert severe_messages(a, b, "fr", "hedge.dropped", AUDIT) != []


REPAIR = {
    "dijo": "said",
    "reparación": "repair",
    "costará": "cost",
    "unos": "about",
    "millones": "million",
    "prevé": "expected",
    "dure": "take",
    "semanas": "weeks",
}


def test_a_would_of_reported_speech_needs_no_word_of_its_own() -> None:
    # "would cost" -> "costará": a plain future renders the "would" of reported speech,
    # and "se prevé" the "expected to"
    a = (
        "He said the repair would cost about 3.2 million euros and was expected to take "
        "six weeks.\n"
    )
    b = (
        "Dijo que la reparación costará unos 3,2 millones de euros y se prevé que dure "
        "seis semanas.\n"
    )
    assert severe_messages(a, b, "es", "hedge.", REPAIR) == []


SHIPS = {
    "сообщила": "said",
    "около": "about",
    "судов": "ships",
    "отгрузки": "shipments",
    "оценкам": "estimated",
    "млн": "million",
    "долларов": "dollars",
    "могут": "could",
    "отложены": "postponed",
    "будут": "will",
    "компания": "company",
}


def test_an_approximator_renders_the_original_approximator_first() -> None:
    # "около 30" renders "about 30": it is no rendering of the "could"
    a = (
        "The company said about 30 ships were idle and that shipments worth an estimated "
        "45 million dollars could be postponed.\n"
    )
    kept = (
        "Компания сообщила, что около 30 судов стоят, а отгрузки на 45 млн долларов по "
        "оценкам могут быть отложены.\n"
    )
    assert severe_messages(a, kept, "ru", "hedge.", SHIPS) == []
    stated = (
        "Компания сообщила, что около 30 судов стоят, а отгрузки на 45 млн долларов по "
        "оценкам будут отложены.\n"
    )
    assert severe_messages(a, stated, "ru", "hedge.", SHIPS) != []


HIRING = {
    "porte-parole": "spokeswoman",
    "affirmé": "said",
    "communes": "municipalities",
    "apprêteraient": "preparing",
    "apprêtent": "preparing",
    "geler": "freeze",
    "recrutements": "hiring",
}


def test_a_conditional_after_que_reports_where_the_original_has_no_would() -> None:
    # no "would" in A for the conditional to render: it renders the "reportedly"
    a = "The spokeswoman said several municipalities were reportedly preparing to freeze hiring.\n"
    kept = (
        "La porte-parole a affirmé que plusieurs communes s'apprêteraient à geler les "
        "recrutements.\n"
    )
    assert severe_messages(a, kept, "fr", "hedge.", HIRING) == []
    stated = (
        "La porte-parole a affirmé que plusieurs communes s'apprêtent à geler les recrutements.\n"
    )
    assert severe_messages(a, stated, "fr", "hedge.", HIRING) != []


OFFER = {
    "offre": "offer",
    "inférieure": "lower",
    "environ": "about",
    "millions": "million",
    "annoncé": "said",
    "contesterait": "challenge",
    "attribution": "award",
    "serait": "was",
}


def test_a_conditional_renders_the_would_of_its_sentence_first() -> None:
    # "contesterait" renders "said it would challenge", in the other clause of A's sentence
    a = (
        "Vostrel, whose offer was reportedly about 55 million euros lower, said it would "
        "challenge the award.\n"
    )
    stated = (
        "Vostrel, dont l'offre était inférieure d'environ 55 millions d'euros, a annoncé "
        "qu'elle contesterait l'attribution.\n"
    )
    assert severe_messages(a, stated, "fr", "hedge.", OFFER) != []
    kept = stated.replace("était", "serait")
    assert severe_messages(a, kept, "fr", "hedge.", OFFER) == []


SUMMER = {
    "porte-parole": "spokesman",
    "agence": "agency",
    "réexaminer": "review",
    "couverture": "cover",
    "modifie": "change",
    "modifierait": "change",
    "été": "summer",
    "probable": "unlikely",
}


def test_a_conditional_that_goes_on_with_what_was_said_renders_no_unlikely() -> None:
    a = (
        "A spokesman said the agency would review its cover but was unlikely to change it "
        "before the summer.\n"
    )
    kept = (
        "Un porte-parole a déclaré que l'agence allait réexaminer sa couverture, mais qu'il "
        "était peu probable qu'elle la modifie avant l'été.\n"
    )
    assert severe_messages(a, kept, "fr", "hedge.", SUMMER) == []
    stated = (
        "Un porte-parole a déclaré que l'agence allait réexaminer sa couverture, mais qu'elle "
        "la modifierait avant l'été.\n"
    )
    assert severe_messages(a, stated, "fr", "hedge.", SUMMER) != []


@pytest.mark.parametrize(
    ("code", "text", "reports"),
    [
        # the conditional of an indirect question is the future of what was asked
        ("fr", "Les élus sont divisés, et le maire n'a pas dit comment il voterait.", False),
        ("fr", "Les élus seraient divisés, et le maire n'a pas dit comment il voterait.", True),
        ("fr", "Les élus sont divisés, et le maire voterait contre.", True),  # it reports
        ("es", "Los concejales están divididos, y el alcalde no dijo cómo votaría.", False),
        ("es", "Los concejales estarían divididos, y el alcalde no dijo cómo votaría.", True),
        ("es", "Los concejales están divididos, y el alcalde votaría en contra.", True),
    ],
)
def test_a_conditional_in_an_indirect_question_reports_nothing(
    code: str, text: str, reports: bool
) -> None:
    profile = _profile(code)
    assert (hedges._reports(text, profile) or hedges._moods(text, profile) > 0) is reports


VOTE = {
    "élus": "councillors",
    "parti": "party",
    "divisés": "divided",
    "maire": "mayor",
    "voterait": "vote",
    "dit": "said",
}


def test_a_reportedly_is_not_kept_by_the_conditional_of_a_question() -> None:
    a = (
        "Councillors from the party reportedly remain divided, and the mayor has not said "
        "how he will vote.\n"
    )
    kept = (
        "Les élus du parti seraient toujours divisés, et le maire n'a pas dit comment il "
        "voterait.\n"
    )
    assert severe_messages(a, kept, "fr", "hedge.", VOTE) == []
    stated = (
        "Les élus du parti sont toujours divisés, et le maire n'a pas dit comment il voterait.\n"
    )
    assert severe_messages(a, stated, "fr", "hedge.", VOTE) != []


VOTO = {
    "concejales": "councillors",
    "partido": "party",
    "divididos": "divided",
    "alcalde": "mayor",
    "votaría": "vote",
    "dijo": "said",
}


def test_a_spanish_reportedly_is_not_kept_by_the_conditional_of_a_question() -> None:
    a = (
        "Councillors from the party reportedly remain divided, and the mayor has not said "
        "how he will vote.\n"
    )
    kept = (
        "Los concejales del partido estarían todavía divididos, y el alcalde no dijo cómo "
        "votaría.\n"
    )
    assert severe_messages(a, kept, "es", "hedge.", VOTO) == []
    stated = (
        "Los concejales del partido están todavía divididos, y el alcalde no dijo cómo votaría.\n"
    )
    assert severe_messages(a, stated, "es", "hedge.", VOTO) != []
