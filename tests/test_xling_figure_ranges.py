"""A range or a score changed at both ends is one change (xling.ranges): the reader fixes
one fact, "between 120 and 150" -> "entre 1.200 y 1.500". Sentences written for these tests."""

from __future__ import annotations

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Severity


def _numbers(a: str, b: str, code: str) -> list[tuple[str, str]]:
    """(rule, message) of each warning/error number finding."""
    report = Comparer(embedder=FakeEmbedder(), use_cache=False).compare(
        a, b, a_language="en", b_language=code
    )
    return [
        (f.rule, f.message)
        for f in report.findings
        if f.rule.startswith("number.") and f.severity.rank >= Severity.WARNING.rank
    ]


@pytest.mark.parametrize(
    ("a", "code", "b", "shown"),
    [
        (
            "Ms Lund won the final 7.5-6.5 on Sunday.\n",
            "de",
            "Frau Lund gewann das Finale am Sonntag mit 8,5 zu 5,5.\n",
            "7.5-6.5 -> 8,5 zu 5,5",
        ),
        (
            "Between 120 and 150 jobs could be lost, Ms Lund said.\n",
            "es",
            "Podrían perderse entre 1.200 y 1.500 empleos, dijo Lund.\n",
            "120 and 150 -> 1.200 y 1.500",
        ),
        (
            "The repairs will cost 20 to 30 million euros, Ms Lund said.\n",
            "fr",
            "Les réparations coûteront 25 à 35 millions d'euros, a déclaré Mme Lund.\n",
            "20 to 30 million -> 25 à 35 millions",
        ),
    ],
)
def test_a_range_changed_at_both_ends_is_one_change(a: str, code: str, b: str, shown: str) -> None:
    found = _numbers(a, b, code)
    assert [rule for rule, _ in found] == ["number.changed"]
    assert shown in found[0][1]


def test_a_range_changed_at_one_end_is_that_end_changed() -> None:
    found = _numbers(
        "Between 120 and 150 jobs could be lost, Ms Lund said.\n",
        "Podrían perderse entre 120 y 180 empleos, dijo Lund.\n",
        "es",
    )
    assert found == [("number.changed", "number changed: 150 -> 180")]


def test_two_figures_changed_apart_are_two_changes() -> None:
    found = _numbers(
        "Ms Lund scored 7.5 points in the final and 6.5 in the semi-final.\n",
        "Frau Lund holte im Finale 8,5 Punkte und im Halbfinale 5,5.\n",
        "de",
    )
    assert len(found) == 2
