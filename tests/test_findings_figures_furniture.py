"""Figures on real copy (#14): numbers in news copy that state no quantity of the story.

Each test shows the rule both ways: the number is not read, and a figure beside it is.
"""

from __future__ import annotations

from tests.test_findings_figures_forms import kinds, rewritten


def test_a_correction_note_restates_no_news() -> None:
    text = "Wolf says two cars are out. --- Corrects to show that 20 cars derailed, not 15."
    assert kinds(text) == [("two", "count")]
    text = "An earlier version of this story misstated the toll as 15. The toll is 20."
    assert kinds(text) == [("20", "count")]
    assert kinds("The correction came after 15 days.") == [("15", "count")]


def test_a_correction_note_cut_is_no_figure_omitted() -> None:
    kept = "Federal officials say 20 tanker cars left the tracks."
    note = "--- Corrects to show that 20 cars derailed, not 15."
    assert rewritten(kept, note, "Crews pulled three tankers from the water.") == [
        "number added: three tankers"
    ]


def test_a_phone_number_dialled_is_no_quantity() -> None:
    assert kinds("She called 911 about an assault.") == []
    assert kinds("Callers can dial 999 or text 61016.") == []
    assert kinds("Police said 911 calls rose 12 percent.") == [
        ("911", "count"),
        ("12 percent", "percent"),
    ]
    assert kinds("The team called 15 witnesses.") == [("15", "count")]


def test_a_street_block_is_an_address_not_a_quantity() -> None:
    assert kinds("Police were called to the 4700 block of Minnesota Avenue NE.") == []
    assert kinds("The fire destroyed 12 blocks of homes.") == [("12", "count")]


def test_a_page_age_by_the_byline_is_no_figure() -> None:
    text = "Race delayed by rain By JENNA FRYER 47 minutes ago https://apnews.com/3708 The race"
    assert kinds(text) == []
    assert kinds("Updated 2 hrs ago. The fire burned for 3 hours.") == [("3", "count")]
    assert kinds("He was freed two hours ago, police said.") == [("two", "count")]


def test_tags_between_two_share_bars_hold_no_figure() -> None:
    text = (
        "Share on Facebook Share on Twitter Close Manifestos 2017 General election 2017 Labour"
        " Green party Share on Facebook Share on WhatsApp"
    )
    assert kinds(text) == []
    text = "Share on Facebook Share on Messenger Close Are you one of the 3 million voters"
    assert kinds(text) == [("3 million", "count")]
    assert kinds("Share prices fell 3%. Share on Facebook.") == [("3%", "percent")]
