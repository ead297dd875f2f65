"""A demand is its subject's statement (constructed sentences, not from the bench): "the
opposition Liberal Forum called for an inquiry" given to another body is an attribution
changed, read from the speakers' kinds, though the body's name, which a translator
translates, is checked as no person's name (see xling.people)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("en", "The Liberal Forum called for an independent inquiry.", "The Liberal Forum"),
        ("en", "The union urged the government to act.", "The union"),
        ("de", "Der Verband forderte eine unabhängige Untersuchung.", "Der Verband"),
        ("fr", "L'association a réclamé une enquête indépendante.", "L'association"),
        ("es", "La asociación pidió una investigación independiente.", "La asociación"),
        ("ru", "Ассоциация фельдшеров призвала провести расследование.", "Ассоциация фельдшеров"),
    ],
)
def test_who_calls_for_something_is_a_speaker(code: str, text: str, speaker: str) -> None:
    assert _speakers(text, code) == [speaker]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # "called" with no "for" names ("called the plan a gift") and is read as before
        ("en", "Nobody called the hotline."),
        # "потребовалось" is "it took", no demand
        ("ru", "На ремонт моста потребовалось три года."),
    ],
)
def test_words_like_a_demand_are_none(code: str, text: str) -> None:
    assert _speakers(text, code) == []


DEMAND_EN = "The opposition Liberal Forum called for an independent inquiry into the deaths.\n"
DEMAND = {
    "de": (
        "Das oppositionelle Liberale Forum forderte eine unabhängige Untersuchung der"
        " Todesfälle.\n",
        "Das oppositionelle Liberale Forum",
        "Der Sanitäterverband",
    ),
    "fr": (
        "Le Forum libéral, dans l'opposition, a réclamé une enquête indépendante sur les décès.\n",
        "Le Forum libéral, dans l'opposition,",
        "L'Association des ambulanciers",
    ),
    "es": (
        "El opositor Foro Liberal pidió una investigación independiente de las muertes.\n",
        "El opositor Foro Liberal",
        "La Asociación de Paramédicos",
    ),
    "ru": (
        "Оппозиционная партия «Либеральный форум» призвала провести независимое расследование"
        " смертей.\n",
        "Оппозиционная партия «Либеральный форум»",
        "Ассоциация фельдшеров",
    ),
}
INQUIRY = {
    "independent": "independent", "unabhängige": "independent", "indépendante": "independent",
    "independiente": "independent", "независимое": "independent", "inquiry": "inquiry",
    "untersuchung": "inquiry", "enquête": "inquiry", "investigación": "inquiry",
    "расследование": "inquiry", "deaths": "deaths", "todesfälle": "deaths", "décès": "deaths",
    "muertes": "deaths", "смертей": "deaths",
}  # fmt: skip


@pytest.mark.parametrize("code", sorted(DEMAND))
def test_a_demand_given_to_another_body_is_an_attribution_changed(code: str) -> None:
    faithful, body, other = DEMAND[code]
    comparer = Comparer(embedder=FakeEmbedder(synonyms=INQUIRY), use_cache=False)
    kept = comparer.compare(DEMAND_EN, faithful, a_language="en", b_language=code)
    # the body's name is translated: no name dropped, no source changed
    assert [f.rule for f in kept.findings if f.rule.startswith(("attribution", "entity"))] == []
    drifted = faithful.replace(body, other)
    changed = comparer.compare(DEMAND_EN, drifted, a_language="en", b_language=code)
    assert [f.message for f in changed.findings if f.rule == "attribution.changed"], (
        changed.findings
    )


STRIKE_EN = "Trade unions have called a general strike for Monday.\n"
STRIKE_RU = "Профсоюзы призвали к всеобщей забастовке в понедельник.\n"
STRIKE = {"strike": "strike", "забастовке": "strike", "monday": "monday", "понедельник": "monday"}


def test_unions_named_in_the_plural_are_the_union_a_demand_gives() -> None:
    # a translator renders "called a strike" as a call for one ("призвали к забастовке"):
    # the unions A names are the union B gives the call to, no other party
    comparer = Comparer(embedder=FakeEmbedder(synonyms=STRIKE), use_cache=False)
    report = comparer.compare(STRIKE_EN, STRIKE_RU, a_language="en", b_language="ru")
    assert [f.message for f in report.findings if f.rule == "attribution.changed"] == []
