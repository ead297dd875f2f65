"""Hedges that qualify no statement (constructed sentences, not from the bench): a modal in
what a clause asks, sets or aims at ("examining whether the lake could be drained", "so that
it could file a claim") needs no hedge in the translation, and the active "expected to" after
its subject is the subject's own plan, as "expects to" is; a hedge of the statement itself
is still needed."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import hedge_moods
from tests.helpers import language_profile, severe_messages

EN = language_profile("en")


@pytest.mark.parametrize(
    ("clause", "moot"),
    [
        # the "could" is asked; the "reportedly" hedges the statement
        ("Engineers are reportedly examining whether the lake could be drained", 1),
        ("the cooperative asked members to report damage so that it could file a claim", 1),
        ("payouts could take up to eight weeks", 0),
        ("the dam could fail if the rain goes on", 0),  # the condition comes after
        # a word that only may hedge in a condition still counts: B's condition renders it
        ("the target was probably out of reach if installations slowed as expected", 0),
    ],
)
def test_hedges_in_what_a_clause_asks_or_aims_at(clause: str, moot: int) -> None:
    assert hedge_moods.moot(clause, EN) == moot


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "so that it could file"),
        ("en", "in order that they might"),
        ("de", "damit sie einreichen kann"),
        ("fr", "afin de pouvoir déposer"),
        ("fr", "pour qu'elle puisse"),
        ("es", "para que pueda presentar"),
        ("ru", "чтобы подать"),
    ],
)
def test_each_language_opens_a_purpose(code: str, text: str) -> None:
    profile = language_profile(code)
    assert profile.purpose_re.search(text) is not None


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("350 bakeries had run out of flour or expected to do so within a week", False),
        ("The company said it expected to file for approval in March", False),
        ("The vote is expected to be close", True),
        ("a move expected to affect 60,000 passengers", True),
        ("Prices were expected to rise", True),
    ],
)
def test_an_active_expected_to_is_the_subject_s_plan(text: str, hedged: bool) -> None:
    assert (EN.hedge_re.search(text) is not None) is hedged


PURPOSE_EN = (
    "The cooperative asked members to report damage by June 19 so that it could file a joint "
    "claim for state assistance.\n"
)
PURPOSE_WORDS = {
    "cooperativa": "cooperative",
    "кооператив": "cooperative",
    "pidió": "asked",
    "попросил": "asked",
    "socios": "members",
    "членов": "members",
    "daños": "damage",
    "ущербе": "damage",
    "junio": "june",
    "июня": "june",
    "presentar": "file",
    "подать": "file",
    "solicitud": "claim",
    "заявку": "claim",
    "conjunta": "joint",
    "коллективную": "joint",
    "ayuda": "assistance",
    "помощь": "assistance",
    "estatal": "state",
    "государственную": "state",
}
PURPOSE = {
    "es": (
        "La cooperativa pidió a sus socios que comuniquen los daños antes del 19 de junio "
        "para poder presentar una solicitud conjunta de ayuda estatal.\n"
    ),
    "ru": (
        "Кооператив попросил своих членов сообщить об ущербе до 19 июня, чтобы подать "
        "коллективную заявку на государственную помощь.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(PURPOSE))
def test_a_modal_of_purpose_needs_no_hedge(code: str) -> None:
    assert severe_messages(PURPOSE_EN, PURPOSE[code], code, "hedge.", PURPOSE_WORDS) == []


STATED_EN = "Claims director Sabine Durcombe said payouts could take up to eight weeks.\n"
STATED_WORDS = {
    "сказала": "said",
    "выплаты": "payouts",
    "займут": "take",
    "могут": "could",
    "занять": "take",
    "недель": "weeks",
    "восьми": "eight",
}


def test_a_hedge_of_the_statement_dropped_is_still_caught() -> None:
    dropped = "Сабина Дюркомб сказала, что выплаты займут до восьми недель.\n"
    kept = "Сабина Дюркомб сказала, что выплаты могут занять до восьми недель.\n"
    assert severe_messages(STATED_EN, kept, "ru", "hedge.", STATED_WORDS) == []
    assert severe_messages(STATED_EN, dropped, "ru", "hedge.", STATED_WORDS) != []


ASKED_EN = (
    "Engineers are reportedly examining whether the lake could be drained through a "
    "channel cut into the ice.\n"
)
ASKED_WORDS = {
    "ingénieurs": "engineers",
    "étudieraient": "examining",
    "étudient": "examining",
    "vidanger": "drained",
    "lac": "lake",
    "chenal": "channel",
    "creusé": "cut",
    "glace": "ice",
}


def test_a_modal_in_an_indirect_question_needs_no_hedge_of_its_own() -> None:
    reported = (
        "Des ingénieurs étudieraient la possibilité de vidanger le lac par un chenal creusé "
        "dans la glace.\n"
    )
    stated = (
        "Des ingénieurs étudient la possibilité de vidanger le lac par un chenal creusé "
        "dans la glace.\n"
    )
    assert severe_messages(ASKED_EN, reported, "fr", "hedge.", ASKED_WORDS) == []
    assert severe_messages(ASKED_EN, stated, "fr", "hedge.", ASKED_WORDS) != []
