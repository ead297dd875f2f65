"""An attribution cut or added with the quote it credits is part of that quote's change (#14):
the quote finding warns, the attribution stays as info."""

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


def _rules(a: str, b: str) -> list[tuple[str, str]]:
    found = of(compared(a, b), "")
    return [(rule, severity) for rule, severity, _ in found if rule.startswith(("quote", "attr"))]


def test_a_quote_told_as_narration_warns_once_as_a_quote_dropped() -> None:
    assert _rules(_A, _B) == [("quote.dropped", "warning"), ("attribution.dropped", "info")]


def test_a_new_quote_with_its_credit_warns_once_as_a_quote_added() -> None:
    assert [rule for rule, severity in _rules(_B, _A) if severity != "info"] == ["quote.added"]


def test_a_credit_cut_from_a_statement_outside_quotation_marks_still_warns() -> None:
    a = _A.replace("''He", "He").replace(",'' the", ", the")
    assert _rules(a, _B) == [("attribution.dropped", "warning")]
