"""Names on real copy (#14), fifth pass: capitals that a time or a spaced dash explains."""

from __future__ import annotations

from tests.test_findings_names_copy import named
from tests.test_findings_story import compared, of


def test_a_time_zone_after_a_clock_time_is_no_name() -> None:
    assert named("Crews were called at 18:00 BST on Friday to Elm Street.") == ["Elm Street"]
    assert "GMT" not in named("The vote closes at 1830 GMT in Brussels.")
    assert "ET" not in named("The firm said at 11am ET that Okafor would speak.")


def test_the_same_letters_without_a_clock_time_may_still_be_a_name() -> None:
    assert "BST" in named("The BST group said its shares rose on Friday.")
    assert "EST" in named("Staff at EST said the plant was closed.")


def test_a_word_opening_a_dated_timeline_entry_or_caption_is_no_name() -> None:
    text = (
        "Police reopened the case. 17 Sept 2015 - Detectives arrest three men in Swindon. "
        "Nov. 12, 2014 Stranded workers wait on the roof of the tower in Leeds."
    )
    found = named(text)
    assert "Detectives" not in found
    assert "Stranded" not in found
    assert "Swindon" in found
    assert "Leeds" in found


def test_a_name_after_a_dated_entry_seen_elsewhere_is_still_a_name() -> None:
    text = "17 Sept 2015 - Okafor was arrested. Police said Okafor was released on bail."
    assert "Okafor" in named(text)
    assert "Boston Marathon" in named("She won the 2015 Boston Marathon in record time.")


def test_peoples_churches_and_historical_adjectives_are_not_names_added() -> None:
    a = "The council approved the budget.\n\nResidents were angry."
    b = (
        "The council approved the budget.\n\n"
        "Kurds, Anglicans and a Turk who grew up in a Soviet town joined the protest.\n\n"
        "Residents were angry."
    )
    assert of(compared(a, b), "entity.") == []


def test_a_place_or_church_named_with_such_a_word_is_still_a_name() -> None:
    a = "The council approved the budget.\n\nResidents were angry."
    b = (
        "The council approved the budget.\n\n"
        "Okafor flew in from Turkey to speak at the Anglican Church of Kenya.\n\n"
        "Residents were angry."
    )
    added = [text for _, _, text in of(compared(a, b), "entity.added")]
    assert "Turkey" in added
    assert "Anglican Church" in added
