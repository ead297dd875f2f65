"""Figures on real copy (#14): the day a statement was made, a change reported once."""

from __future__ import annotations

from driftcheck.diff import word_diff
from driftcheck.findings import detect
from driftcheck.findings.context import make_side
from driftcheck.findings.figures import figures
from driftcheck.findings.once import once_per_figure
from driftcheck.findings.rules import finding
from driftcheck.segment import segment
from driftcheck.types import AlignmentGroup, Kind, Severity
from tests.test_findings_rules import pair


def severities(a: str, b: str, rule: str) -> list[Severity]:
    return [f.severity for f in pair(a, b) if f.rule == rule]


def test_the_weekday_a_statement_was_made_changed_is_info() -> None:
    a = "The sheriff announced Wednesday that the bridge would reopen."
    b = "A spokesman said by email Sunday that the bridge would reopen."
    assert severities(a, b, "number.changed") == [Severity.INFO]


def test_the_weekday_of_an_event_changed_is_still_an_error() -> None:
    a = "The leaders will meet on Friday in Geneva, the ministry said."
    b = "The leaders will meet on Saturday in Geneva, the ministry said."
    assert severities(a, b, "number.changed") == [Severity.ERROR]


def test_a_date_or_count_changed_is_still_an_error() -> None:
    a = "The mayor said on May 3 that 12 people died."
    b = "The mayor said on May 5 that 15 people died."
    assert severities(a, b, "number.changed") == [Severity.ERROR, Severity.ERROR]


A = "At least 17 people died. Officials met on Monday."
B = "At least 18 people died. The toll rose to 18 people by night. Markets rose 0.8% at noon."


def test_a_new_value_repeated_with_its_noun_is_not_added_again() -> None:
    at = B.index("18 people by")
    repeated = finding("number.added", "number added: 18 people", 1, b_span=(at, at + 2))
    changed = finding("number.changed", "17 -> 18", 0, a_span=(9, 11), b_span=(9, 11))
    assert once_per_figure([changed, repeated], A, B) == [changed]


def test_the_same_value_before_a_function_word_is_still_added() -> None:
    a, b = "Shares fell 0.9% at noon.", "Shares fell 0.8% at noon. Bonds rose 0.8% at noon."
    changed = finding("number.changed", "0.9% -> 0.8%", 0, a_span=(12, 16), b_span=(12, 16))
    at = b.index("0.8%", 20)
    added = finding("number.added", "number added: 0.8%", 1, b_span=(at, at + 4))
    assert once_per_figure([changed, added], a, b) == [changed, added]


def test_another_count_is_still_added() -> None:
    at = B.index("18 people by")
    other = finding("number.added", "number added: 18 people", 1, b_span=(at, at + 2))
    changed = finding("number.changed", "17 -> 19", 0, a_span=(9, 11), b_span=(9, 11))
    b = B.replace("At least 18", "At least 19")
    assert once_per_figure([changed, other], A, b) == [changed, other]


def added(a: str, b: str) -> list[str]:
    return [f.b_text or "" for f in pair(a, b) if f.rule == "number.added"]


def test_a_range_added_is_one_figure() -> None:
    a = "A review of the shooting is under way, officials said."
    b = "A review of the shooting typically takes four to six months, officials said."
    assert added(a, b) == ["four"]


def test_a_time_restated_in_another_zone_is_one_figure() -> None:
    a = "The base was locked down, the Navy said."
    b = "The base was locked down at 8am PT (11am ET), the Navy said."
    assert added(a, b) == ["8am"]


def test_a_sum_converted_into_another_currency_is_two_figures() -> None:
    a = "The driver was fined by the court, officials said."
    b = "The driver was fined 100 euros ($110) by the court, officials said."
    assert added(a, b) == ["100 euros", "$110"]


def test_the_end_of_a_range_changed_is_still_reported() -> None:
    a = "A review typically takes four to six months, officials said."
    b = "A review typically takes four to nine months, officials said."
    assert [f.rule for f in pair(a, b) if f.rule.startswith("number.")] == ["number.changed"]


def test_a_unit_written_onto_its_number_is_the_same_figure() -> None:
    a = "Diwaniya is about 80 miles (130 km) south of the capital, Baghdad."
    b = "Diwaniya is about 80 miles (130km) south of the capital, Baghdad, officials said."
    assert [f.rule for f in pair(a, b) if f.rule.startswith("number.")] == []
    c = "Diwaniya is about 80 miles (150km) south of the capital, Baghdad, officials said."
    assert [f.message for f in pair(a, c) if f.rule.startswith("number.")] == [
        "number changed: 130 km -> 150km"
    ]


def test_a_specific_new_value_repeated_with_another_word_is_not_added_again() -> None:
    a, b = "At least 120 others were hurt.", "At least 148 others were hurt. Of them 148 injured."
    changed = finding("number.changed", "120 -> 148", 0, a_span=(9, 12), b_span=(9, 12))
    at = b.index("148 injured")
    repeated = finding("number.added", "number added: 148", 1, b_span=(at, at + 3))
    assert once_per_figure([changed, repeated], a, b) == [changed]
    small = b.replace("148", "14")
    changed_small = finding("number.changed", "120 -> 14", 0, a_span=(9, 12), b_span=(9, 11))
    at = small.index("14 injured")
    other = finding("number.added", "number added: 14", 1, b_span=(at, at + 2))
    assert once_per_figure([changed_small, other], a, small) == [changed_small, other]


def read(text: str) -> list[str]:
    doc = segment(text)
    return [f.text for f in figures(make_side(doc, range(len(doc.sentences))))]


def test_a_number_after_a_possessive_is_a_figure_not_part_of_a_name() -> None:
    assert read("It was United's 2-1 win over West Ham.") == ["2"]
    assert read("Flight 192 landed safely in Denver.") == []


def test_a_sum_changed_pairs_with_the_sum_not_a_count_in_the_same_edit() -> None:
    a = "That was down from $351.3 billion a year earlier, officials said."
    b = "That was down from last year's six-month total of $459.4 billion, officials said."
    numbers = [f.message for f in pair(a, b) if f.rule.startswith("number.")]
    assert "number changed: $351.3 billion -> $459.4 billion" in numbers
    assert "number added: $459.4 billion" not in numbers


def test_a_month_beside_a_date_in_it_is_one_figure_added() -> None:
    a = "The deficit rose, the Treasury said."
    b = (
        "The deficit rose, the Treasury said. The rise reflected $42 billion in April payments "
        "moved into March because April 1 fell on a Saturday."
    )
    new = added(a, b)
    assert "April" not in new
    assert {"April 1", "$42 billion", "March"} <= set(new)


def test_a_changed_count_repeated_in_the_singular_is_not_added_again() -> None:
    a_text, b_text = "For the first five months it fell.", "For the first six months it fell."
    b_text += " The six-month total was lower."
    changed = finding("number.changed", "5 -> 6", 0, a_span=(14, 18), b_span=(14, 17))
    at = b_text.index("six-month")
    repeated = finding("number.added", "number added: six", 1, b_span=(at, at + 3))
    assert once_per_figure([changed, repeated], a_text, b_text) == [changed]


def test_the_weekday_of_an_event_reported_in_a_statement_is_still_an_error() -> None:
    a = "The minister said talks would resume on Monday."
    b = "The minister said talks would resume on Tuesday."
    assert severities(a, b, "number.changed") == [Severity.ERROR]
    c = "The minister told reporters on Monday that talks would resume."
    d = "The minister told reporters on Tuesday that talks would resume."
    assert severities(c, d, "number.changed") == [Severity.INFO]


def test_a_count_changed_pairs_with_a_count_of_the_same_thing_in_a_rewritten_clause() -> None:
    a = (
        "He says it was carried out by two suicide bombers and that the explosions also "
        "wounded at least 63 people."
    )
    b = (
        "The twin explosions also wounded at least 105 people, officials said, speaking on "
        "condition of anonymity."
    )
    numbers = [f.message for f in pair(a, b) if f.rule.startswith("number.")]
    assert "number changed: 63 people -> 105 people" in numbers
    assert "number removed: 63 people" not in numbers


def test_counts_of_different_things_still_pair_by_kind() -> None:
    a = "The fire destroyed 12 homes on Monday."
    b = "The fire destroyed 15 houses on Monday."
    numbers = [f.message for f in pair(a, b) if f.rule.startswith("number.")]
    assert numbers == ["number changed: 12 homes -> 15 houses"]


def edited_then_added(a_text: str, b_first: str, b_second: str) -> list[str]:
    """Number findings when A's one sentence is edited into B's first and B adds a second."""
    a, b = segment(a_text), segment(f"{b_first} {b_second}")
    groups = [
        AlignmentGroup((0,), (0,), Kind.CHANGED, 0.8, diff=word_diff(a_text, b_first)),
        AlignmentGroup((), (1,), Kind.ADDED, None),
    ]
    return [f.message for f in detect(a, b, groups) if f.rule.startswith("number.")]


def test_a_weekday_that_b_still_gives_is_not_changed_into_another_events_day() -> None:
    a = "Reus was ruled out after a 6-1 victory against Armenia on Friday."
    b = "Germany suffered a blow on Saturday when Reus was ruled out."
    later = "He was hurt in their 6-1 victory over Armenia on Friday in Mainz."
    assert edited_then_added(a, b, later) == []
    moved = "He was hurt in their 6-1 victory over Armenia in Mainz."
    assert edited_then_added(a, b, moved) == ["number changed: Friday -> Saturday"]
