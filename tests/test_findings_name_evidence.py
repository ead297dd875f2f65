"""A name finding whose evidence is weak goes to info, saying why (findings.name_evidence)."""

from __future__ import annotations

from driftcheck.findings.name_evidence import INTERCEPT, THRESHOLD, WEIGHTS, score
from tests.test_findings_story import compared, of

_A = "Floods closed the main road into Tarsk on Monday.\n\nCrews worked through the night."


def _names(b: str, a: str = _A) -> list[tuple[str, str, str | None]]:
    return of(compared(a, b), "entity.")


def test_the_score_is_the_intercept_plus_the_weights_present() -> None:
    assert score(frozenset()) == INTERCEPT
    assert (
        score(frozenset({"added", "acronym"})) == INTERCEPT + WEIGHTS["added"] + WEIGHTS["acronym"]
    )
    assert score(frozenset()) < THRESHOLD  # no feature: the finding stands


def test_a_lone_acronym_met_once_inside_a_quotation_is_lowered_to_info() -> None:
    b = _A + "\n\n''The pumps at RX failed first,'' a resident said."
    assert _names(b) == [("entity.added", "info", "RX")]
    message = next(f.message for f in compared(_A, b) if f.rule == "entity.added")
    assert "weak evidence" in message
    assert "inside a quotation" in message


def test_the_same_acronym_outside_a_quotation_or_a_quoted_full_name_stands() -> None:
    outside = _A + "\n\nThe pumps at RX failed first, a resident said."
    assert _names(outside) == [("entity.added", "warning", "RX")]
    full = _A + "\n\n''The pumps at Rexley Works failed first,'' a resident said."
    assert _names(full) == [("entity.added", "warning", "Rexley Works")]


def test_a_name_whose_words_the_other_version_names_is_lowered_to_info() -> None:
    a = _A + "\n\nThe Harbour Ministry said it would help."
    b = a + "\n\nThe Water Ministry sent pumps to Tarsk."
    assert _names(b, a) == [("entity.added", "info", "Water Ministry")]


def test_a_new_name_of_several_words_unlike_any_name_of_a_stands() -> None:
    b = _A + "\n\nThe Water Board sent pumps to Tarsk."
    assert _names(b) == [("entity.added", "warning", "Water Board")]
