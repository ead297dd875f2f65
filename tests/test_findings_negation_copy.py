"""Negations on real copy (#14): a word negated by its prefix is a negation in form."""

from __future__ import annotations

from tests.test_findings_rules import rules


def test_not_in_place_of_a_prefixed_negative_flips_nothing() -> None:
    a = "Officers said that the death is currently being treated as unexplained."
    b = "Officers said the death was not being treated as suspicious."
    assert "negation.flipped" not in rules(a, b)
    assert "negation.flipped" not in rules(b, a)  # "not" gone, "unexplained" come


def test_not_added_beside_a_plain_word_is_still_a_flip() -> None:
    a = "Officers said that the death is currently being treated as explained."
    b = "Officers said the death was not being treated as explained."
    assert "negation.flipped" in rules(a, b)
    c = "Officers said the victim was not being treated as a suspect in the united case."
    d = "Officers said the victim was being treated as a suspect in the united case."
    assert "negation.flipped" in rules(c, d)  # "united" is no negated word
