"""Names on real copy (#14), eighth pass: a name and its short form are one name."""

from __future__ import annotations

import pytest

from driftcheck.findings.abbreviations import (
    department_initials,
    joined_initials,
    letters,
    long_forms,
    short_forms,
    spelled_by,
    spells,
)
from tests.test_findings_story import compared, of


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("ISIS", "Islamic State"),
        ("PMQ", "Prime Minister's Questions"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("PWSA", "Pittsburgh Water Sewer Authority"),
    ],
)
def test_a_short_form_spells_the_words_it_is_made_of(short: str, name: str) -> None:
    assert spells(short, name.split())


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("ISLAM", "Islamic State"),  # State gives no letter
        ("ISIL", "Islamic State"),  # no L after the S of State
        ("NICK", "Northern Ireland"),
        ("UN", "United States"),
        ("ECDC", "European Centre Disease Prevention Control"),  # Prevention gives none
        ("NATIONAL", "National Assembly"),  # a word gives three letters at most
    ],
)
def test_letters_that_leave_a_word_out_or_come_from_nowhere_spell_nothing(
    short: str, name: str
) -> None:
    assert not spells(short, name.split())


def test_short_forms_are_capitals_or_long_enough_title_case_words() -> None:
    assert letters("PMQs") == "PMQ"
    assert letters("Isis") == "ISIS"
    assert letters("WHO") == "WHO"
    assert letters("Li") is None  # too short in title case: a name of its own
    assert letters("McCain") is None
    assert letters("ISIS-linked") is None


def test_a_short_form_and_its_name_keep_each_other_whichever_side_has_which() -> None:
    text = "Lawmakers met at Prime Minister's Questions. The Islamic State group said so."
    long, short = long_forms(text), short_forms("PMQs were loud. Isis fighters fled.")
    assert spelled_by("PMQs", long, short)
    assert spelled_by("Isis", long, short)
    assert spelled_by("Islamic State", long, short)
    assert not spelled_by("Islam", long, short)
    assert not spelled_by("Israel", long, short)


def test_a_group_renamed_by_its_short_form_is_neither_dropped_nor_added() -> None:
    a = (
        "The bombing bore the hallmarks of the Islamic State group.\n\n"
        "Later, Okafor faced Prime Minister's Questions in the Commons.\n\n"
        "Residents were angry."
    )
    b = (
        "The bombing bore the hallmarks of the Islamic State group.\n\n"
        "Later, Okafor faced Prime Minister's Questions in the Commons.\n\n"
        "Soldiers fought Isis near the border after PMQs ended.\n\n"
        "Residents were angry."
    )
    assert of(compared(a, b), "entity.") == []
    back = [text for _, _, text in of(compared(b, a), "entity.")]
    assert back == []


def test_a_new_word_that_spells_no_name_of_the_story_is_still_added() -> None:
    a = (
        "The bombing bore the hallmarks of the Islamic State group.\n\n"
        "Officials in Northern Ireland said so.\n\n"
        "Residents were angry."
    )
    b = (
        "The bombing bore the hallmarks of the Islamic State group.\n\n"
        "Officials in Northern Ireland said so.\n\n"
        "Soldiers fought Isil and Islam Karimov's guards while Nick Okafor watched.\n\n"
        "Residents were angry."
    )
    added = [text for _, _, text in of(compared(a, b), "entity.added")]
    assert "Isil" in added
    assert "Islam Karimov" in added
    assert "Nick Okafor" in added


def test_joined_initials_read_parts_of_at_most_ten_letters() -> None:
    run = " ".join(f"{letter}x" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    found = joined_initials(f"the {run} said")
    assert {"AB", "ABCDEFGHIJ", "QRSTUVWXYZ", "YZ"} <= found
    assert max(len(initials) for initials in found) == 10


# A department named with its department word last, and its initials put it first


def test_a_departments_initials_put_the_department_first() -> None:
    assert department_initials("Iowa Natural Resources Department") >= {"DNR", "IDNR"}
    assert department_initials("Justice Department") == {"DOJ"}
    assert department_initials("Natural Resources Board") == frozenset()


def test_a_department_first_initialism_keeps_the_department_named_the_other_way() -> None:
    said = "Officials of the Iowa {} Department said the creek was clean."
    a = said.format("Natural Resources")
    b = a + " DNR staff took samples on Monday."
    assert of(compared(a, b), "entity.added") == []
    other = said.format("Transportation")
    assert of(compared(other, other + " DNR staff took samples on Monday."), "entity.added") == [
        ("entity.added", "warning", "DNR")
    ]
