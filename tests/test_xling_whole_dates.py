"""A date moved as a whole is one change (driftcheck issue #10), in sentences written for
these tests (not from the bench stories): a weekday and the day of the month changed
together are one finding over the whole date; a day changed away from any weekday stays
its own finding."""

from __future__ import annotations

from driftcheck import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Severity

A = "The crane fell on Wednesday, March 11, and 14 workers were hurt, the port said.\n"


def _figures(b: str, code: str) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(A, b, a_language="en", b_language=code)
    return [
        f
        for f in report.findings
        if f.rule.startswith("number.") and f.severity.rank >= Severity.WARNING.rank
    ]


def test_a_weekday_and_its_day_changed_together_are_one_finding() -> None:
    b = "Le grue est tombée le mardi 10 mars et 14 ouvriers ont été blessés, a indiqué le port.\n"
    found = _figures(b, "fr")
    assert [f.message for f in found] == [
        "weekday changed: Wednesday -> mardi; day changed: 11 -> 10"
    ]
    assert found[0].b_text == "mardi 10"


def test_a_day_changed_apart_from_the_weekday_stays_a_finding_of_its_own() -> None:
    b = "Le grue est tombée le mardi 11 mars et 15 ouvriers ont été blessés, a indiqué le port.\n"
    messages = sorted(f.message for f in _figures(b, "fr"))
    assert messages == ["number changed: 14 -> 15", "weekday changed: Wednesday -> mardi"]
