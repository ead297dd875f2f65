"""A quote pair weighed against the story's other quote pairs (xling.quote_story):
constructed numbers and sentences, no bench story."""

from __future__ import annotations

from typing import Any

import pytest

from driftcheck.findings.xling import _folded, quote_story
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Severity


def test_a_pair_far_under_the_story_s_other_quotes_stands_apart() -> None:
    # the story's other quotes read 0.80 and 0.78: one at 0.40 was altered
    assert quote_story.apart(0.40, (0.80, 0.40, 0.78))


def test_a_story_translated_by_sense_does_not_set_its_quotes_apart() -> None:
    # every quote of the story reads far: one a little further is the translator's way
    assert not quote_story.apart(0.47, (0.47, 0.62, 0.66))


def test_a_pair_alone_in_its_story_is_judged_by_its_sentence() -> None:
    assert quote_story.apart(0.47, (0.47,))
    assert quote_story.apart(0.47, ())


def test_the_gap_is_taken_from_the_median_of_the_others() -> None:
    below = 0.70 - quote_story.STORY_GAP - 0.01
    above = 0.70 - quote_story.STORY_GAP + 0.01
    assert quote_story.apart(below, (0.70, below, 0.30, 0.90))
    assert not quote_story.apart(above, (0.70, above, 0.30, 0.90))


def test_story_similarities_measure_each_quote_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    a = (
        'The mayor spoke on Monday. "We will rebuild the bridge this year," she said.\n\n'
        'The union answered. "Nobody asked the workers about it," its leader said.\n'
    )
    b = (
        "Die Bürgermeisterin sprach am Montag. „Wir werden die Brücke dieses Jahr neu "
        "bauen“, sagte sie.\n\nDie Gewerkschaft antwortete. „Niemand hat die Arbeiter "
        "dazu gefragt“, sagte ihr Vorsitzender.\n"
    )
    measured: list[tuple[float, ...]] = []
    measure = quote_story.story_similarities

    def recorded(*args: Any) -> tuple[float, ...]:
        measured.append(measure(*args))
        return measured[-1]

    monkeypatch.setattr(quote_story, "story_similarities", recorded)
    Comparer(embedder=FakeEmbedder(), use_cache=False).compare(a, b)
    assert len(measured) == 1
    assert len(measured[0]) == 2  # one per quote pair, across paragraphs


def _finding(rule: str, severity: Severity, message: str) -> Finding:
    return Finding(rule, severity, message, 0, (0, 10), (0, 10), "a", "b")


def test_a_quote_held_at_info_stands_with_a_flip_folded_into_it() -> None:
    held = _finding("quote.altered", Severity.INFO, f"quote far ({quote_story.ALIKE})")
    flip = _finding("negation.flipped", Severity.ERROR, "negation gone in B")
    assert _folded(held, [flip]).severity is Severity.ERROR
    assert "negation gone in B" in _folded(held, [flip]).message


def test_a_quote_finding_keeps_its_severity_when_evidence_folds_into_it() -> None:
    altered = _finding("quote.altered", Severity.WARNING, "quote softened")
    flip = _finding("negation.flipped", Severity.ERROR, "negation gone in B")
    assert _folded(altered, [flip]).severity is Severity.WARNING
