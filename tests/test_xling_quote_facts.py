"""Facts changed inside a quote (driftcheck issue #10): a negation flipped inside a quote
already reported as changed is evidence in that quote finding's message, not a second
finding; a flip no quote finding covers stays negation.flipped."""

from __future__ import annotations

from driftcheck.findings.xling import _inside_quotes
from driftcheck.types import Finding, Severity

QUOTE = Finding(
    "quote.altered",
    Severity.WARNING,
    "quote softened: B's quote says \"könnten\", which A's quote does not",
    group=2,
    a_span=(100, 160),
    b_span=(110, 180),
)
FLIP = Finding(
    "negation.flipped",
    Severity.ERROR,
    'negation gone in B: A says "not"',
    group=2,
    a_span=(120, 123),
    b_span=(130, 140),
)


def test_a_flip_inside_a_changed_quote_is_evidence_in_the_quote_finding() -> None:
    found = _inside_quotes([QUOTE, FLIP])
    assert [f.rule for f in found] == ["quote.altered"]
    assert found[0].message == f"{QUOTE.message}; also {FLIP.message}"
    assert found[0].b_span == QUOTE.b_span


def test_a_flip_outside_every_quote_finding_stays_a_negation_finding() -> None:
    outside = Finding(
        "negation.flipped", Severity.ERROR, "negation gone", 2, (300, 303), (310, 320)
    )
    found = _inside_quotes([QUOTE, outside])
    assert [f.rule for f in found] == ["quote.altered", "negation.flipped"]
    assert found[0].message == QUOTE.message


def test_a_flip_with_no_quote_finding_stays_a_negation_finding() -> None:
    assert _inside_quotes([FLIP]) == [FLIP]


def test_a_hedge_inside_a_changed_quote_is_left_out_without_a_second_message() -> None:
    hedge = Finding("hedge.added", Severity.WARNING, "hedge added", 2, None, (150, 157))
    assert _inside_quotes([QUOTE, hedge]) == [QUOTE]


CUT = Finding(
    "quote.shortened",
    Severity.WARNING,
    'quote cut short: "We need teachers" is 28% of the length',
    group=12,
    a_span=(1658, 1778),
    b_span=(1822, 1858),
)


def test_a_figure_lost_with_the_words_of_a_cut_quote_is_evidence_in_the_cut() -> None:
    removed = Finding("number.removed", Severity.ERROR, "number removed: 32", 12, (1729, 1731))
    found = _inside_quotes([CUT, removed])
    assert [f.rule for f in found] == ["quote.shortened"]
    assert found[0].message == f"{CUT.message}; also number removed: 32"
    assert found[0].severity is CUT.severity


def test_a_figure_removed_outside_the_cut_quote_stays_a_number_finding() -> None:
    removed = Finding("number.removed", Severity.ERROR, "number removed: 32", 12, (1600, 1602))
    assert _inside_quotes([CUT, removed]) == [CUT, removed]


def test_a_figure_removed_inside_a_reworded_quote_stays_a_number_finding() -> None:
    removed = Finding("number.removed", Severity.ERROR, "number removed: 40", 2, (120, 122))
    assert [f.rule for f in _inside_quotes([QUOTE, removed])] == [
        "quote.altered",
        "number.removed",
    ]
