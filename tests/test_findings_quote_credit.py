"""An attribution cut or added with the quote it credits is part of that quote's change (#14)."""

from __future__ import annotations

from tests.test_findings_story import compared, of

_A = (
    "Reus was injured in the friendly against Armenia. ''He suffered a partial tear of his"
    " anterior ligament above his left ankle,'' the federation said in a statement. He will"
    " miss the World Cup."
)
_B = (
    "Reus was injured in the friendly against Armenia. He suffered a partial tear of the"
    " anterior ligament above his left ankle. He will miss the World Cup."
)


def _rules(a: str, b: str) -> list[str]:
    return [rule for rule, _, _ in of(compared(a, b), "") if rule.startswith(("quote", "attr"))]


def test_a_quote_told_as_narration_is_one_quote_dropped_not_also_its_credit() -> None:
    assert _rules(_A, _B) == ["quote.dropped"]


def test_a_new_quote_with_its_credit_is_one_quote_added() -> None:
    assert _rules(_B, _A) == ["quote.added"]


def test_a_credit_cut_from_a_statement_outside_quotation_marks_is_still_dropped() -> None:
    a = _A.replace("''He", "He").replace(",'' the", ", the")
    assert _rules(a, _B) == ["attribution.dropped"]
