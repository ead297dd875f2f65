"""Constructed sentences (not from the bench) for negations and hedges a translator writes
another way: a negation the other side also writes is no rendering of "only then"; a lack
for "short of" or "not spend"; "not X but Y" for "instead of"; a "nor" that carries a
negation on ("tampoco a mí"); a French "pas de" with no "ne"; a negation after a noun,
which negates the verb after it; a hedge in a condition; the "may" of permission."""

from __future__ import annotations

from driftcheck.findings.context import GroupView
from driftcheck.findings.xling import facts, renderings
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages

UNTIL = {
    "bewohner": "residents",
    "dürfen": "allowed",
    "zurückkehren": "return",
    "freitag": "friday",
    "früher": "until",
}


def _unrendered(a: str, b: str, code: str) -> tuple[int, int]:
    """How many negated clauses each side has once those the other side renders without a
    negation word are taken out (the count xling.rules compares)."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=UNTIL), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    views = [GroupView(n, g, report.a, report.b) for n, g in enumerate(report.alignments)]
    profiles = (_profile("en"), _profile(code))
    a_items = [(v, span) for v in views for span in facts.negated(v.a.text, profiles[0])]
    b_items = [(v, span) for v in views for span in facts.negated(v.b.text, profiles[1])]
    return (
        len(renderings.unrendered(a_items, "a", profiles)),
        len(renderings.unrendered(b_items, "b", profiles)),
    )


def test_a_negation_the_other_side_writes_too_is_no_rendering_of_only_then() -> None:
    """B writes "erst" and a "nicht" of its own: A's "not ... until" is that negation, not
    one B renders by "erst" alone (taking it out left B's "nicht" as a negation added)."""
    a = "Residents will not be allowed to return until Friday.\n"
    assert _unrendered(
        a, "Die Bewohner dürfen erst am Freitag zurückkehren, nicht früher.\n", "de"
    ) == (1, 1)
    assert _unrendered(a, "Die Bewohner dürfen erst am Freitag zurückkehren.\n", "de") == (0, 0)


def test_only_then_still_renders_a_negation_the_other_side_does_not_write() -> None:
    a = "Residents will not be allowed to return until Friday.\n"
    faithful = "Die Bewohner dürfen erst am Freitag zurückkehren.\n"
    assert severe_messages(a, faithful, "de", "negation.", UNTIL) == []
    drifted = "Die Bewohner dürfen am Freitag zurückkehren.\n"
    assert severe_messages(a, drifted, "de", "negation.", UNTIL) != []
