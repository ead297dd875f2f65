"""A quote kept part by part (xling.quote_parts), with the real multilingual model, on
constructed quotes (not from the bench stories): a figure of speech rendered by its sense
keeps each part's counterpart; a part left out or said otherwise does not."""

from __future__ import annotations

import pytest

from driftcheck.embed.base import Embedder
from driftcheck.findings.profiles import Profile, profile_for
from driftcheck.findings.xling import quote_parts, quotes
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder

FEAST = "a feast for the tourists and a desert for the people who live here"
PLAN = "We gave the plan every chance, but it has simply run out of road"


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Comparer("use-multilingual", use_cache=False).embedder


def _profiles(lang: str) -> tuple[Profile, Profile]:
    a, b = profile_for("en"), profile_for(lang)
    assert a is not None
    assert b is not None
    return a, b


@pytest.mark.model
def test_each_part_of_a_figure_of_speech_pairs_with_its_own(embedder: Embedder) -> None:
    b = "un festin pour les touristes et un désert pour ceux qui vivent ici"
    parts = quote_parts.paired_parts(embedder, (FEAST, b), _profiles("fr"))
    assert parts is not None
    assert len(parts) == 2


@pytest.mark.model
def test_a_quote_with_a_part_left_out_is_not_said_part_by_part(embedder: Embedder) -> None:
    b = "ein Festmahl für die Touristen"
    assert quote_parts.paired_parts(embedder, (FEAST, b), _profiles("de")) is None


@pytest.mark.model
def test_an_idiom_rendered_by_its_sense_keeps_the_quote_and_a_part_said_otherwise_does_not(
    embedder: Embedder,
) -> None:
    idiom = "Wir haben dem Plan jede Chance gegeben, aber er ist schlicht am Ende"
    assert quote_parts.kept(embedder, (PLAN, idiom), _profiles("de"), quotes.SHORT_FLOOR)
    hedged = "Wir haben dem Plan jede Chance gegeben, aber vielleicht braucht er noch etwas Zeit"
    assert not quote_parts.kept(embedder, (PLAN, hedged), _profiles("de"), quotes.SHORT_FLOOR)


def test_parts_in_another_order_are_not_paired_part_by_part() -> None:
    a = "the harbour will open in May, and nobody here will pay for the bridge"
    b = "nobody here will pay for the bridge, and the harbour will open in May"
    found = quote_parts.paired_parts(FakeEmbedder(), (a, b), _profiles("en"))
    assert found is None


def test_a_quote_of_one_part_says_nothing_part_by_part() -> None:
    a = "We will rebuild the bridge before the spring"
    found = quote_parts.paired_parts(FakeEmbedder(), (a, a), _profiles("en"))
    assert found is None
    assert not quote_parts.kept(FakeEmbedder(), (a, a), _profiles("en"), 0.0)


# a quote of two sentences in a language that drops the subject and the copula's
# pronoun: under 60% of the length its pair's ratio predicts, with 70% of the content words
PATTERN = "This is no longer an unusual winter. It is the rule"
EXPECTED = (len(PATTERN) * 1.4, 0.7)


@pytest.mark.model
def test_a_quote_said_in_fewer_words_sentence_by_sentence_is_not_cut(embedder: Embedder) -> None:
    terse = "Ya no es un invierno inusual. Es la regla"
    found = quotes._cut_short(embedder, (PATTERN, terse), EXPECTED, 0.6, _profiles("es"))
    assert found is None


@pytest.mark.model
def test_a_quote_short_by_a_sentence_is_cut(embedder: Embedder) -> None:
    cut = "Ya no es un invierno inusual"
    found = quotes._cut_short(embedder, (PATTERN, cut), EXPECTED, 0.6, _profiles("es"))
    assert found is not None
