"""The bar under which xling.quotes calls a quote pair altered (quotes.altered_bar): a fixed
gap under the pair's reference, and a floor; constructed numbers, no bench story."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import quotes

STATEMENT = "We are not trying to push anyone out of the square"
PHRASE = "a storm in a teacup"


def test_a_quote_a_quarter_under_its_sentence_is_not_altered() -> None:
    # an idiom read by the model as further than its sentence, by under MEANING_GAP
    assert quotes.altered_bar(0.71, STATEMENT) <= 0.47


def test_a_quote_far_under_its_sentence_and_the_floor_is_altered() -> None:
    assert quotes.altered_bar(0.85, STATEMENT) > 0.44
    assert quotes.altered_bar(0.85, STATEMENT) == pytest.approx(quotes.MEANING_FLOOR)


def test_the_gap_sets_the_bar_where_the_pair_reads_far_as_a_whole() -> None:
    assert quotes.altered_bar(0.65, STATEMENT) == pytest.approx(0.65 - quotes.MEANING_GAP)


def test_a_phrase_is_judged_by_the_lower_floor() -> None:
    assert quotes.altered_bar(0.9, PHRASE) == pytest.approx(quotes.SHORT_FLOOR)
