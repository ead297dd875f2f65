"""Both versions are one publication's copy: its quoting style holds for both (#14)."""

from __future__ import annotations

from driftcheck.findings.quote_marks import find_quotes
from driftcheck.segment import segment
from tests.test_findings_story import compared, of

_A = "He was last seen in black trainers with a 'Nike swoosh' on the tongue. Police are searching."
_B = "He has been found ''safe and well'', according to police. Police thanked the public."


def test_single_marks_are_a_term_where_the_other_version_quotes_in_double_marks() -> None:
    assert find_quotes(segment(_A), segment(_B)) == ()
    assert of(compared(_A, _B), "quote.dropped") == []


def test_single_marks_are_speech_where_no_version_quotes_in_double_marks() -> None:
    assert len(find_quotes(segment(_A))) == 1
    assert len(find_quotes(segment(_A), segment(_B.replace("''", "")))) == 1


def test_a_quote_restyled_in_single_marks_is_still_a_quote() -> None:
    a = "The regime's statement called the rebels “terrorists and criminals.”"
    b = "The regime's statement called the rebels ‘terrorists and criminals’."
    assert len(find_quotes(segment(b), segment(a))) == 1
