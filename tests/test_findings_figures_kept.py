"""A changed figure whose old and new values both stay where the story states them (#14,
h-prec21): the aligner paired two sentences holding different facts, no value changed.

Each test shows the rule both ways: the crossed pairing is not reported, and a swap or a
value the story loses still is.
"""

from __future__ import annotations

from driftcheck.findings import detect
from driftcheck.segment import segment
from driftcheck.types import AlignmentGroup, Kind


def crossed(a_text: str, b_text: str) -> list[str]:
    """Number findings when A's first sentence is paired with B's first, A's second is
    omitted and B's second added."""
    a, b = segment(a_text), segment(b_text)
    groups = [
        AlignmentGroup((0,), (0,), Kind.CHANGED, 0.5),
        AlignmentGroup((1,), (), Kind.OMITTED, None),
        AlignmentGroup((), (1,), Kind.ADDED, None),
    ]
    return [f.message for f in detect(a, b, groups) if f.rule.startswith("number.")]


def swapped(a_text: str, b_text: str) -> list[str]:
    """Number findings when A's first sentence is paired with B's first and A's second with
    B's second."""
    a, b = segment(a_text), segment(b_text)
    groups = [AlignmentGroup((n,), (n,), Kind.CHANGED, 0.5) for n in (0, 1)]
    return [f.message for f in detect(a, b, groups) if f.rule.startswith("number.")]


def test_two_facts_each_kept_in_the_other_sentence_are_no_change() -> None:
    a = "A bidder gave the final offer of $119,922,500. The old record went for $106.5m."
    b = "The old record went for $106.5 million. The final price was $119,922,500."
    assert crossed(a, b) == []
    e = "A bidder gave the final offer of $119,922,500. The old record went for $106.5m."
    f = "The old record went for $106.5 million. The final price was $120 million."
    assert crossed(e, f) == [
        "number changed: $119,922,500 -> $106.5 million",
        "number added: $120 million",
    ]
    c = "JustGiving has received 2,500 donations. Some 80 refugees wait in Calais."
    d = "Some 80 refugees wait in Calais. JustGiving has received 2,500 donations."
    assert crossed(c, d) == []


def test_two_values_swapped_between_two_facts_are_two_changes() -> None:
    a = "Tesco shares rose 2.8% on Monday. Petrofac fell 2.3% after the report."
    b = "Tesco shares rose 2.3% on Monday. Petrofac fell 2.8% after the report."
    assert swapped(a, b) == ["number changed: 2.8% -> 2.3%", "number changed: 2.3% -> 2.8%"]


def test_a_value_the_story_states_less_often_is_changed() -> None:
    a = "The FTSE fell 0.5% at noon. The CAC fell 0.5% and the Dax 0.8%."
    b = "The FTSE fell 0.8% at noon. The CAC fell 0.5% and the Dax 0.8%."
    assert swapped(a, b) == ["number changed: 0.5% -> 0.8%"]
