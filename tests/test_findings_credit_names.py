"""Names in a credit line: page furniture, but the reporters and places it names are the
story's own (names.credit_line)."""

from __future__ import annotations

from driftcheck.findings.names import credit_line
from tests.test_findings_names_copy import named
from tests.test_findings_story import compared, of

_STORY = "Floods closed the main road into Tarsk on Monday.\n\nCrews worked through the night."


def test_a_credit_line_is_told_from_a_sentence_about_reporting() -> None:
    assert credit_line("(Reporting by Ann Voss; Editing by Bo Lindqvist)")
    assert credit_line("editing by Ann Voss)")
    assert credit_line("___ Karl Vetter in Obrenna contributed to this report.")
    assert not credit_line("He was reporting by phone from the coast.")
    assert not credit_line("Ann Voss contributed to the fund.")


def test_a_credit_line_names_its_people_and_places_not_its_jobs() -> None:
    line = "(Reporting by Ann Voss and Peder Holm in Obrenna; Writing by Bo Lindqvist)"
    assert named(line) == ["Ann Voss", "Peder Holm", "Obrenna", "Bo Lindqvist"]


def test_a_title_case_line_that_is_no_credit_still_names_nothing() -> None:
    assert named("Storm Warnings Issued Across Northern Coast Tonight") == []


def test_a_reporter_added_to_the_credit_line_is_a_name_added() -> None:
    a = _STORY + "\n\n(Reporting by Ann Voss; Editing by Bo Lindqvist)"
    b = _STORY + "\n\n(Reporting by Ann Voss and Peder Holm; Editing by Bo Lindqvist)"
    assert of(compared(a, b), "entity.") == [("entity.added", "warning", "Peder Holm")]


def test_a_credit_line_added_whole_brings_its_names() -> None:
    b = _STORY + "\n\nKarl Vetter in Obrenna contributed to this report."
    assert of(compared(_STORY, b), "entity.") == [
        ("entity.added", "warning", "Karl Vetter"),
        ("entity.added", "warning", "Obrenna"),
    ]
    a = _STORY + "\n\n(Editing by Bo Lindqvist)"
    assert of(compared(a, _STORY), "entity.") == [("entity.dropped", "warning", "Bo Lindqvist")]
