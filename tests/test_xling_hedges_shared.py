"""Constructed stories (not from the bench) for how hedges and negations are counted across
languages: one word of a translation renders one hedge, an approximator renders only an
approximator, a future states what "expected to" hedged, a fear renders a possibility,
a negation the story keeps elsewhere does not hide a flip its whole sentence shows, nor does
one a neighbouring paragraph adds by idiom."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, moved
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Severity
from tests.helpers import language_profile as _profile


def _severe(a: str, b: str, code: str, rule: str, words: dict[str, str]) -> list[str]:
    """The warning and error messages of one rule; `words` are the fake embedder's
    synonyms, so that a translation aligns with its original."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        f.message
        for f in report.findings
        if f.rule == rule and f.severity.rank >= Severity.WARNING.rank
    ]


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("fr", "Les magasins ont manqué de lait frais.", 0),  # fresh, no conditional
        ("fr", "Le retrait des troupes a commencé.", 0),
        ("fr", "Il a dit qu'il ferait appel.", 1),
        ("fr", "Elle soumettrait les animaux à un stress.", 1),
        ("es", "La planta cerrará en mayo.", 0),  # the plant, not "planea"
        ("es", "La empresa planea cerrar en mayo.", 1),
        ("es", "La empresa tiene planes de cerrar en mayo.", 1),
        ("es", "Lo dicen dos personas conocedoras de sus planes.", 0),  # the plans, no hedge
        ("de", "Der Wasserstand wird am Donnerstag den Höchststand erreichen.", 0),
        ("de", "Die Anlage werde geschlossen, sagte er.", 1),
    ],
)
def test_words_that_may_hedge_are_verbs_not_their_lookalikes(
    code: str, text: str, count: int
) -> None:
    assert facts.hedge_words(text, _profile(code)) == count


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Les pluies font craindre une rupture de la digue."),
        ("es", "Las lluvias hacen temer que ceda el dique."),
        ("ru", "Дожди вызвали опасения за дамбу."),
        ("de", "Die Regenfälle nähren Befürchtungen eines Dammbruchs."),
    ],
)
def test_a_fear_renders_a_possibility(code: str, text: str) -> None:
    # "raising fears that the dam could give way": the fear carries the "could"
    assert facts.hedge_words(text, _profile(code)) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Meteorologen hatten vor Temperaturen von bis zu 36 Grad gewarnt.", 1),
        ("Händler warnten vor Verzögerungen bei der Ernte.", 1),
        # a warning that says what it warns of in a clause of its own renders nothing: its
        # clause keeps its modal or drops it ("warnten, die Ernte verzögere sich")
        ("Händler warnten, die Ernte verzögere sich.", 0),
        ("Der Dienst hatte vor 20 Jahren gewarnt, die Ernte verzögere sich.", 0),
    ],
)
def test_a_german_warning_of_a_thing_renders_a_possibility(text: str, count: int) -> None:
    # "forecasters warned that temperatures could reach 36": the warning carries the "could"
    assert facts.hedge_words(text, _profile("de"), figures=False) == count


def test_a_risk_before_an_elided_de_is_a_hedge() -> None:
    assert len(facts.hedged("Les coûts risquent d'augmenter.", _profile("fr"))) == 1


def test_an_approximator_is_left_out_when_asked() -> None:
    german = _profile("de")
    text = "Reedereien leiten Schiffe rund 120 Kilometer nach Norden um."
    assert facts.hedge_words(text, german) == 1
    assert facts.hedge_words(text, german, figures=False) == 0


TURNOUT = "Turnout is expected to stay low, and the result may hinge on a few thousand votes.\n"
TURNOUT_WORDS = {
    "beteiligung": "turnout",
    "niedrig": "low",
    "bleiben": "stay",
    "bleibt": "stay",
    "ergebnis": "result",
    "wenigen": "few",
    "tausend": "thousand",
    "stimmen": "votes",
    "hängen": "hinge",
}


def test_two_hedges_need_two_words_in_the_sentence_that_renders_them() -> None:
    kept = "Die Beteiligung dürfte niedrig bleiben, und das Ergebnis könnte an wenigen tausend Stimmen hängen.\n"  # noqa: E501
    dropped = "Die Beteiligung bleibt niedrig, und das Ergebnis könnte an wenigen tausend Stimmen hängen.\n"  # noqa: E501
    assert _severe(TURNOUT, kept, "de", "hedge.dropped", TURNOUT_WORDS) == []
    assert _severe(TURNOUT, dropped, "de", "hedge.dropped", TURNOUT_WORDS) != []


def test_a_future_states_what_expected_to_hedged() -> None:
    a = "Turnout is expected to stay low.\n"
    assert (
        _severe(
            a, "Die Beteiligung dürfte niedrig bleiben.\n", "de", "hedge.dropped", TURNOUT_WORDS
        )
        == []
    )
    stated = "Die Beteiligung wird niedrig bleiben.\n"
    assert _severe(a, stated, "de", "hedge.dropped", TURNOUT_WORDS) != []


SHIPS = "Shipping lines have reportedly begun diverting ships to the smaller port, about 120 kilometres north.\n"  # noqa: E501
SHIP_WORDS = {
    "reedereien": "shipping",
    "schiffe": "ships",
    "kleineren": "smaller",
    "hafen": "port",
    "kilometer": "kilometres",
    "nördlich": "north",
    "leiten": "diverting",
}


def test_an_approximator_does_not_render_a_hedge_of_its_sentence() -> None:
    kept = "Reedereien leiten Berichten zufolge Schiffe in den kleineren Hafen rund 120 Kilometer nördlich um.\n"  # noqa: E501
    dropped = "Reedereien leiten Schiffe in den kleineren Hafen rund 120 Kilometer nördlich um.\n"
    assert _severe(SHIPS, kept, "de", "hedge.dropped", SHIP_WORDS) == []
    assert _severe(SHIPS, dropped, "de", "hedge.dropped", SHIP_WORDS) != []


STORY = (
    "The minister did not sign the order on Monday.\n\n"
    "The port reopened on Tuesday after the storm.\n\n"
    "The union stayed away from the talks on Friday.\n"
)
STORY_WORDS = {
    "minister": "minister",
    "unterzeichnete": "sign",
    "unterschrieb": "sign",
    "anordnung": "order",
    "montag": "monday",
    "hafen": "port",
    "öffnete": "reopened",
    "dienstag": "tuesday",
    "sturm": "storm",
    "gewerkschaft": "union",
    "gesprächen": "talks",
    "freitag": "friday",
    "nicht": "away",  # "nahm nicht teil" renders "stayed away"
}


def test_a_negation_the_story_keeps_elsewhere_does_not_hide_a_flip() -> None:
    flipped = (
        "Der Minister unterzeichnete die Anordnung am Montag.\n\n"
        "Der Hafen öffnete am Dienstag nach dem Sturm.\n\n"
        "Die Gewerkschaft nahm am Freitag nicht an den Gesprächen teil.\n"
    )
    assert _severe(STORY, flipped, "de", "negation.flipped", STORY_WORDS) != []


def test_a_negation_a_neighbouring_paragraph_adds_by_idiom_does_not_hide_a_flip() -> None:
    # the same count in the story, a negation one paragraph on; but that paragraph's
    # negated sentence translates its own paragraph ("stayed away" = "nahm nicht teil"),
    # and the minister's sentence reads closest to its own translation: a flip, not a
    # clause the aligner moved
    a = "The minister did not sign the order on Monday.\n\nThe union stayed away from the talks on Friday.\n"  # noqa: E501
    shifted = (
        "Der Minister unterzeichnete die Anordnung am Montag.\n\n"
        "Die Gewerkschaft nahm am Freitag nicht an den Gesprächen teil.\n"
    )
    assert _severe(a, shifted, "de", "negation.flipped", STORY_WORDS) != []


def test_a_negated_sentence_that_reads_closer_to_a_neighbours_moved_there() -> None:
    embedder = FakeEmbedder(synonyms=STORY_WORDS)
    own = "The minister did not sign the order on Monday."
    here = "Der Minister sprach am Montag."
    there = "Die Anordnung unterzeichnete der Minister nicht."
    assert moved.moved(embedder, own, here, [there])
    assert not moved.moved(
        embedder,
        own,
        "Der Minister unterzeichnete die Anordnung am Montag.",
        ["Die Gewerkschaft nahm am Freitag nicht an den Gesprächen teil."],
    )
    assert not moved.moved(embedder, own, here, [])  # nothing balances the count
    assert moved.moved(None, own, here, [there])  # no telling without an embedder
    assert moved.moved(embedder, own, "", [there])  # nor with nothing on the other side


def test_unofficial_data_is_a_hedge_in_russian() -> None:
    # "according to unofficial data", as "по имеющимся данным" (according to available data)
    text = "Явка, по неофициальным данным, составила 79 процентов."
    assert len(facts.hedged(text, _profile("ru"))) == 1


HEAT_EN = "Forecasters warned that temperatures could reach 36 degrees on Sunday.\n"
HEAT_WORDS = {
    "meteorologen": "forecasters", "temperaturen": "temperatures", "grad": "degrees",
    "sonntag": "sunday", "warnten": "warned", "erreichen": "reach", "am": "on",
}  # fmt: skip


def test_a_warning_of_a_thing_keeps_the_could_and_a_flat_statement_drops_it() -> None:
    kept = "Meteorologen warnten vor Temperaturen von bis zu 36 Grad am Sonntag.\n"
    assert _severe(HEAT_EN, kept, "de", "hedge.dropped", HEAT_WORDS) == []
    flat = "Meteorologen warnten, die Temperaturen erreichen am Sonntag 36 Grad.\n"
    assert _severe(HEAT_EN, flat, "de", "hedge.dropped", HEAT_WORDS)
