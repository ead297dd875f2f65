"""Numbers in copy that identify one of a series, not a quantity (#14, h-prec21): a
building, a junction, a visa tier, a police district.

Each test shows the rule both ways: the identifier left out, and a figure beside it that
is still read.
"""

from __future__ import annotations

from tests.test_findings_figures_forms import kinds, numbers


def test_a_number_after_a_noun_of_a_series_identifies_one() -> None:
    assert kinds("Three shots were reported outside building 26.") == [("Three", "count")]
    assert kinds("A lorry crashed between junction six and junction five on the M40.") == []
    assert kinds("Russians given tier 1 investor visas will be investigated.") == []
    assert kinds("He was held at gate 41 of the airport for 14 days.") == [("14", "count")]


def test_a_period_or_a_measure_after_the_noun_is_still_a_figure() -> None:
    assert kinds("They waited at the gate 20 minutes longer.") == [("20", "count")]
    assert kinds("He rented a room 10 feet wide.") == [("10 feet", "count")]
    assert kinds("A category 4 hurricane hit the coast.") == [("4", "count")]
    assert kinds("He was held under section 41 of the Act.") == [("41", "count")]


def test_a_numeric_ordinal_before_a_unit_names_it() -> None:
    text = "Commander David Taylor is in charge of the 6th police district, with 300 officers."
    assert kinds(text) == [("300", "count")]
    assert kinds("The 6th victim was found on the 11th floor.") == [
        ("6th", "ordinal"),
        ("11th", "ordinal"),
    ]


def test_an_identifier_appearing_is_no_figure_added() -> None:
    a = "Three shots were reported at the medical center, police said."
    b = "Three shots were reported outside building 26 at the medical center, police said."
    assert numbers(a, b) == []
    c = "Three shots were reported outside building 26, police said."
    d = "Four shots were reported outside building 26, police said."
    assert numbers(c, d) == ["number changed: Three shots -> Four shots"]
