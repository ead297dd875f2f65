"""Names on real copy (#14), fifth pass: capitals that a time or a spaced dash explains."""

from __future__ import annotations

from tests.test_findings_names_copy import named


def test_a_time_zone_after_a_clock_time_is_no_name() -> None:
    assert named("Crews were called at 18:00 BST on Friday to Elm Street.") == ["Elm Street"]
    assert "GMT" not in named("The vote closes at 1830 GMT in Brussels.")
    assert "ET" not in named("The firm said at 11am ET that Okafor would speak.")


def test_the_same_letters_without_a_clock_time_may_still_be_a_name() -> None:
    assert "BST" in named("The BST group said its shares rose on Friday.")
    assert "EST" in named("Staff at EST said the plant was closed.")
