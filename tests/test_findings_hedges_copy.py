"""Hedges on real copy (#14): an agentless report ("it is reported") is a hedge, not a source."""

from __future__ import annotations

from tests.test_findings_rules import rules


def test_an_agentless_report_dropped_is_a_hedge_dropped() -> None:
    a = "The right could become enshrined within law, it is reported."
    b = "The right could become enshrined within law."
    found = rules(a, b)
    assert "hedge.dropped" in found
    assert "attribution.dropped" not in found


def test_a_named_source_dropped_is_still_an_attribution_dropped() -> None:
    a = "The right could become enshrined within law, the Times reported."
    b = "The right could become enshrined within law."
    found = rules(a, b)
    assert "attribution.dropped" in found
    assert "hedge.dropped" not in found


def test_a_passive_said_to_added_is_a_hedge_added() -> None:
    a = "The victim was in a serious but stable condition in hospital."
    b = "The victim is said to be in a serious but stable condition in hospital."
    found = rules(a, b)
    assert "hedge.added" in found
    assert "attribution.added" not in found


def test_the_suspects_are_people_not_a_hedge() -> None:
    a = "They are at a police station in West Yorkshire for questioning."
    b = "The suspects are at a police station in West Yorkshire for questioning."
    assert "hedge.added" not in rules(a, b)


def test_suspect_as_a_verb_is_still_a_hedge() -> None:
    a = "Police say a gas leak caused the blast at the factory."
    b = "Police suspect a gas leak caused the blast at the factory."
    assert "hedge.added" in rules(a, b)
