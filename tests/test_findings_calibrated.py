"""Real copy (#14), ninth pass: decades are figures, and a changed source is reported at info
(its warnings were right 5 times in 12 on the real-copy bench's development splits)."""

from __future__ import annotations

from driftcheck.findings.attribution import RENAMED
from driftcheck.findings.figure_values import FIGURE, read_value
from driftcheck.types import Severity
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


def test_an_age_given_in_b_is_a_figure_added_and_the_same_decade_in_words_is_none() -> None:
    added = pair("A man was arrested on Monday.", "A man in his 40s was arrested on Monday.")
    assert [f.rule for f in added if f.rule.startswith("number.")] == ["number.added"]
    same = pair("A woman in her 40s was found.", "A woman in her forties was found.")
    assert [f.rule for f in same if f.rule.startswith("number.")] == []
    other = pair("A woman in her 40s was found.", "A woman in her 50s was found.")
    assert [f.rule for f in other if f.rule.startswith("number.")] == ["number.changed"]


def test_a_changed_source_is_info_and_a_dropped_one_still_warns() -> None:
    assert RENAMED is Severity.INFO
    a = "The bridge will close for repairs in March, the transport ministry said."
    changed = pair(a, "The bridge will close for repairs in March, the city council said.")
    assert [(f.rule, f.severity) for f in changed if f.rule.startswith("attribution.")] == [
        ("attribution.changed", Severity.INFO)
    ]
    dropped = pair(a, "The bridge will close for repairs in March.")
    assert [(f.rule, f.severity) for f in dropped if f.rule.startswith("attribution.")] == [
        ("attribution.dropped", Severity.WARNING)
    ]
