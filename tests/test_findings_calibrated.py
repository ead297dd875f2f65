"""Real copy (#14), ninth pass: decades and fractions in words are figures; a changed source,
and a source added to a sentence the aligner is sure of, are reported at info (their warnings
were right 5 in 12 and 7 in 16 on the real-copy bench's development splits)."""

from __future__ import annotations

from driftcheck.findings.attribution import CALIBRATED
from driftcheck.findings.figure_values import FIGURE, read_value
from driftcheck.types import Confidence, Severity
from tests.test_findings_rules import pair


def decades(text: str) -> list[tuple[str, object]]:
    """(kind, value) of each figure read in a text."""
    found: list[tuple[str, object]] = []
    for match in FIGURE.finditer(text):
        value = read_value(match, "en")
        if value is not None:
            found.append((value.kind, value.value))
    return found


def test_a_decade_in_digits_or_words_is_a_figure() -> None:
    assert decades("A man in his 40s was held.") == [("decade", 40)]
    assert decades("The space race of the 1960s.") == [("decade", 1960)]
    assert decades("A woman in her forties and a man in his Sixties.") == [
        ("decade", 40),
        ("decade", 60),
    ]
    assert decades("It was built in 1960.") == [("year", 1960)]


def test_a_fraction_in_words_is_a_figure_and_a_third_man_is_not() -> None:
    assert decades("about a third of the country") == [("fraction", "1/3")]
    assert decades("The other three-quarters is owned") == [("fraction", "3/4")]
    assert decades("nearly one-third of them") == [("fraction", "1/3")]
    assert decades("A third man was held.") == [("ordinal", 3)]


def test_an_age_given_in_b_is_a_figure_added_and_the_same_decade_in_words_is_none() -> None:
    added = pair("A man was arrested on Monday.", "A man in his 40s was arrested on Monday.")
    assert [f.rule for f in added if f.rule.startswith("number.")] == ["number.added"]
    same = pair("A woman in her 40s was found.", "A woman in her forties was found.")
    assert [f.rule for f in same if f.rule.startswith("number.")] == []
    other = pair("A woman in her 40s was found.", "A woman in her 50s was found.")
    assert [f.rule for f in other if f.rule.startswith("number.")] == ["number.changed"]


def test_a_changed_source_is_info_and_a_dropped_one_still_warns() -> None:
    assert CALIBRATED is Severity.INFO
    a = "The bridge will close for repairs in March, the transport ministry said."
    changed = pair(a, "The bridge will close for repairs in March, the city council said.")
    assert [(f.rule, f.severity) for f in changed if f.rule.startswith("attribution.")] == [
        ("attribution.changed", Severity.INFO)
    ]
    dropped = pair(a, "The bridge will close for repairs in March.")
    assert [(f.rule, f.severity) for f in dropped if f.rule.startswith("attribution.")] == [
        ("attribution.dropped", Severity.WARNING)
    ]


def test_a_source_added_to_a_kept_sentence_is_info_and_to_a_rewritten_one_warns() -> None:
    a = "The bridge will close for repairs in March."
    b = "The bridge will close for repairs in March, the transport ministry said."
    sure = [
        (f.rule, f.severity) for f in pair(a, b, confidence=Confidence("anchor", 0.5, low=False))
    ]
    assert ("attribution.added", Severity.INFO) in sure
    unsure = [
        (f.rule, f.severity) for f in pair(a, b, confidence=Confidence("anchor", 0.5, low=True))
    ]
    assert ("attribution.added", Severity.WARNING) in unsure
