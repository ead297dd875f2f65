"""Words in capitals that name no one on real copy (#14): labels, short forms of common
phrases, codes written apart, and the languages and creeds of a people."""

from __future__ import annotations

from driftcheck.findings.context import make_side
from driftcheck.findings.names import capitals, names
from driftcheck.segment import segment
from tests.test_findings_names_copy import entities
from tests.test_findings_rules import pair


def named(text: str, other: str = "") -> list[str]:
    """The names one version's text holds, read with both versions' capitals."""
    doc = segment(text)
    known = capitals(doc, segment(other)) if other else capitals(doc)
    return [e.text for e in names(make_side(doc, range(len(doc.sentences))), known)]


# A word in capitals before a colon, opening a line: a label


def test_a_word_in_capitals_before_a_colon_opening_a_sentence_is_a_label() -> None:
    text = "Police shot a man at the mall. VIDEO: Officers on lockdown after the shooting."
    assert "VIDEO" not in named(text)


def test_an_acronym_opening_a_sentence_without_a_colon_is_still_a_name() -> None:
    assert "NATO" in named("Troops moved east. NATO said the drill would last a week.")


def test_a_speaker_before_a_colon_named_elsewhere_is_still_a_name() -> None:
    text = "Reporters asked about the vote. OBAMA: We will win. They asked OBAMA again."
    assert "OBAMA" in named(text)


# An initialism of a phrase the story writes in lower case: a thing


def test_an_initialism_of_a_lower_case_phrase_in_either_version_is_no_name() -> None:
    a = "The fiscal told the FAI of a wide range of failures."
    b = "The sheriff presided over a fatal accident inquiry into the failures."
    assert "FAI" not in named(a, b)
    assert entities(pair(a, b), "entity.dropped") == []


def test_an_initialism_spelled_by_no_lower_case_phrase_is_still_a_name() -> None:
    a = "The fiscal told the FBI of a wide range of failures."
    b = "The sheriff presided over a fatal accident inquiry into the failures."
    assert "FBI" in named(a, b)
    assert entities(pair(a, b), "entity.dropped") == ["FBI"]


def test_an_initialism_is_checked_against_whole_lower_case_words_only() -> None:
    # "Fatal accident inquiry" opens with a capital: no "atal accident inquiry" spells "AAI"
    assert "AAI" in named("Fatal accident inquiry findings were sent to AAI on Monday.")


# Letters and a number written apart where the story also writes them as one: a code


def test_letters_before_a_number_the_story_also_writes_joined_are_a_code() -> None:
    text = "The debris is from MH370, he said. We are very certain these are from MH 370."
    assert "MH" not in named(text)


def test_letters_before_a_number_never_written_joined_are_still_a_name() -> None:
    assert "BBC" in named("The BBC 100 list was published on Monday.")


# Languages and creeds of a people: no name, as the people words are none


def test_a_language_or_creed_of_a_people_word_is_no_name() -> None:
    a = "The man shouted before the bomb exploded."
    b = "The man shouted in Arabic before the bomb exploded, imposing his Islam on others."
    assert entities(pair(a, b), "entity.added") == []


def test_a_place_that_starts_like_a_creed_is_still_a_name() -> None:
    a = "The man shouted before the bomb exploded."
    b = "The man shouted in Islamabad before the bomb exploded."
    assert entities(pair(a, b), "entity.added") == ["Islamabad"]


# A day of the calendar named with Day: a date, as a weekday is


def test_a_day_named_with_day_is_a_date_not_a_name() -> None:
    a = "He shot his girlfriend dead in 2013."
    b = "He shot his girlfriend dead on Valentine's Day 2013, at Independence Day."
    assert entities(pair(a, b), "entity.added") == []


def test_a_name_before_a_day_word_in_lower_case_is_still_a_name() -> None:
    a = "He shot his girlfriend dead in 2013."
    b = "He shot his girlfriend dead in Pretoria that day in 2013."
    assert entities(pair(a, b), "entity.added") == ["Pretoria"]
