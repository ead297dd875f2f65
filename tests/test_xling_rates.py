"""A figure's period is part of its unit (driftcheck issue #10), in sentences written for
these tests (not from the bench stories): "a week" made "pro Monat" is a changed figure
though the value is kept; a period kept in another wording, or given on one side only, is
no change."""

from __future__ import annotations

import pytest

from driftcheck import Comparer
from driftcheck.findings.profiles import Profile, profile_for
from driftcheck.findings.xling.rates import periods
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Severity

A = "The detour will cost hauliers up to 240,000 euros a week in fuel and wages, the group said.\n"


def _profile(code: str) -> Profile:
    profile = profile_for(code)
    assert profile is not None
    return profile


def _rates(a: str, b: str, code: str) -> list[str]:
    """The messages of warning/error number findings."""
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        f.message
        for f in report.findings
        if f.rule.startswith("number.") and f.severity.rank >= Severity.WARNING.rank
    ]


@pytest.mark.parametrize(
    ("code", "b"),
    [
        (
            "de",
            "Die Umleitung koste Spediteure bis zu 240.000 Euro pro Monat an Treibstoff und"
            " Löhnen, teilte der Verband mit.\n",
        ),
        (
            "fr",
            "Le détour coûtera aux transporteurs jusqu'à 240 000 euros par an en carburant et"
            " en salaires, a indiqué le groupe.\n",
        ),
        (
            "es",
            "El desvío costará a los transportistas hasta 240.000 euros al día en combustible"
            " y salarios, dijo el grupo.\n",
        ),
        (
            "ru",
            "Объезд будет обходиться перевозчикам в сумму до 240 000 евро в месяц на топливо"
            " и зарплаты, сообщила группа.\n",
        ),
    ],
)
def test_a_figure_given_another_period_is_a_changed_figure(code: str, b: str) -> None:
    found = _rates(A, b, code)
    assert len(found) == 1
    assert found[0].startswith("rate changed: 240,000 per week -> ")


@pytest.mark.parametrize(
    ("code", "b"),
    [
        (
            "de",
            "Die Umleitung koste Spediteure wöchentlich bis zu 240.000 Euro an Treibstoff und"
            " Löhnen, teilte der Verband mit.\n",
        ),
        (
            "es",
            "El desvío costará a los transportistas hasta 240.000 euros por semana en"
            " combustible y salarios, dijo el grupo.\n",
        ),
        (
            "fr",
            "Le détour coûtera aux transporteurs jusqu'à 240 000 euros en carburant et en"
            " salaires, a indiqué le groupe.\n",
        ),
    ],
)
def test_a_period_kept_in_other_words_or_left_implied_is_no_change(code: str, b: str) -> None:
    assert _rates(A, b, code) == []


def test_a_span_of_time_that_is_a_length_is_no_period() -> None:
    text = "Some 40 people left within a week, and 12 more a week later."
    figures = [(text.index("40"), text.index("40") + 2), (text.index("12"), text.index("12") + 2)]
    assert periods(text, _profile("en"), figures) == {}


def test_a_rate_word_before_a_figure_is_said_of_that_figure() -> None:
    text = "Die Anlage soll bis 2030 jährlich rund 410.000 Tonnen liefern."
    figures = [
        (text.index("2030"), text.index("2030") + 4),
        (text.index("410"), text.index("410") + 7),
    ]
    found = periods(text, _profile("de"), figures)
    assert found == {figures[1]: "year"}
