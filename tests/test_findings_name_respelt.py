"""A name respelt within one group is one changed name, not one dropped and one added (#14)."""

from __future__ import annotations

from driftcheck.findings.respelt import respelt
from tests.test_findings_names_copy import entities
from tests.test_findings_rules import pair
from tests.test_findings_story import compared, of


def test_a_name_respelt_in_a_reworded_sentence_is_one_changed_name() -> None:
    found = pair(
        "The man is accused of planning the bombing of the St Petersberg metro in April.",
        "The man accused of planning the St Petersburg metro bombing says he was misled.",
    )
    assert entities(found, "entity.changed") == ["St Petersberg"]
    assert entities(found, "entity.dropped") == []
    assert entities(found, "entity.added") == []


def test_short_names_a_letter_apart_are_too_short_to_tell() -> None:
    found = pair(
        "Police said the driver, Tom Kerr, was taken to hospital in the city on Monday.",
        "Police later said the driver of the car, Tom Karr, was treated in hospital.",
    )
    assert entities(found, "entity.changed") == []
    assert entities(found, "entity.dropped") == ["Tom Kerr"]


def test_two_names_of_a_group_that_share_only_their_first_letter_are_two() -> None:
    found = pair(
        "Mr Hammond met the mayor of Carlisle in his office to talk about the floods.",
        "Mr Hammond met the mayor of Coventry at a meeting on the floods last week.",
    )
    assert entities(found, "entity.changed") == []
    assert entities(found, "entity.dropped") == ["Carlisle"]
    assert entities(found, "entity.added") == ["Coventry"]


def test_a_name_respelt_in_a_new_sentence_of_the_story_is_one_changed_name() -> None:
    a = (
        "Crews worked through the night at the station. "
        "The bombing of the St Petersberg metro killed 14 people in April."
    )
    b = (
        "Crews worked through the night at the station. "
        "Officials now say a suicide attacker set off the St Petersburg blast underground."
    )
    found = [(rule, text) for rule, _, text in of(compared(a, b), "entity")]
    assert found == [("entity.changed", "St Petersberg")]


def test_respelt_is_one_word_changed_by_a_letter_or_two() -> None:
    assert respelt("St Petersberg", "St Petersburg")
    assert not respelt("St Petersberg", "St Petersburg Metro")  # another name
    assert not respelt("Kenwood Hospital", "Kenwood Clinic")  # another word
    assert not respelt("Tom Kerr", "Tom Karr")  # too short to tell
