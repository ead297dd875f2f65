"""Attribution on real copy (#14), eighth pass: a source that already acts in A's sentence."""

from __future__ import annotations

from tests.test_findings_attribution_copy import attribution_rules


def test_a_source_acting_in_the_statement_before_adds_no_attribution() -> None:
    a = "Authorities are treating the attack on the mosque as a criminal act."
    b = "Authorities say they are treating the attack on the mosque as a criminal act."
    assert attribution_rules(a, b) == []
    a = "The Islamic State took responsibility for the attack on the club the next day."
    b = "The Islamic State claimed responsibility for the attack on the club the next day."
    assert attribution_rules(a, b) == []


def test_a_source_named_more_closely_or_new_is_still_added() -> None:
    a = "Police are not looking for anyone else over the death."
    b = "A police spokesman said they were not looking for anyone else over the death."
    assert attribution_rules(a, b) == ["attribution.added"]
    a = "Authorities are treating the attack on the mosque as a criminal act."
    b = "Witnesses say authorities are treating the attack on the mosque as a criminal act."
    assert attribution_rules(a, b) == ["attribution.added"]
