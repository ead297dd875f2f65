"""A quotation whose first sentence is reworded and the next cut is one quote changed (#14)."""

from __future__ import annotations

from tests.test_findings_story import compared, of

_A = (
    "The club tweeted on Tuesday. ''Herrera sustained a fractured rib against West Ham on"
    " Saturday. We will continue to monitor his progress over the next few weeks.'' He was"
    " taken off in the 74th minute."
)
_B = (
    "The club tweeted on Tuesday. ''Herrera sustained a fractured rib against West Ham United"
    " at the weekend.'' He was taken off in the 74th minute."
)


def _quotes(a: str, b: str) -> list[str]:
    return [rule for rule, _, _ in of(compared(a, b), "quote")]


def test_a_sentence_cut_from_a_quotation_reported_altered_is_not_also_dropped() -> None:
    assert _quotes(_A, _B) == ["quote.altered"]


def test_a_quotation_of_its_own_cut_is_still_dropped() -> None:
    a = _A.replace("Saturday. We", "Saturday.'' He added: ''We")
    assert _quotes(a, _B) == ["quote.altered", "quote.dropped"]
