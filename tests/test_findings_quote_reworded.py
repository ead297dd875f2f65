"""A quote reworded in a rewritten sentence is one altered quote, not one dropped and one
added (#14)."""

from __future__ import annotations

from driftcheck.findings.reworded import reworded_quotes, shared_run
from driftcheck.types import Finding, Severity

_OLD = "I did not realise what I was doing. I was given orders and I only followed them"
_NEW = "I did not realise that I was helping with this act. I was being given instructions"


def _dropped(text: str) -> Finding:
    return Finding("quote.dropped", Severity.WARNING, "dropped", 0, (10, 20), None, text)


def _added(text: str, group: int = 3) -> Finding:
    return Finding("quote.added", Severity.WARNING, "added", group, None, (30, 40), None, text)


def test_a_quote_reworded_keeping_its_opening_is_one_altered_quote() -> None:
    (found,) = reworded_quotes([_dropped(_OLD), _added(_NEW)])
    assert (found.rule, found.severity, found.a_text, found.b_text) == (
        "quote.altered",
        Severity.ERROR,
        _OLD,
        _NEW,
    )
    assert (found.group, found.a_span, found.b_span) == (0, (10, 20), (30, 40))


def test_a_new_quote_that_opens_otherwise_is_still_added() -> None:
    found = [_dropped(_OLD), _added("Nobody told me what I was doing")]
    assert reworded_quotes(found) == found


def test_two_new_quotes_opening_as_alike_leave_the_quote_dropped() -> None:
    found = [_dropped(_OLD), _added(_NEW), _added("I did not realise how late it was", 4)]
    assert reworded_quotes(found) == found


def test_two_quotes_sharing_a_phrase_in_their_middles_are_two() -> None:
    old = "A bus was destroyed. We cannot give the exact figure of casualties."
    assert shared_run(old, "We do not know the exact figure of casualties") == 1
    assert shared_run(old, "we cannot give the exact toll") == 5
