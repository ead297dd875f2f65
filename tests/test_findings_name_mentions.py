"""One name, one finding, at its first mention: names before titles, canonical forms,
middle initials (h-prec13)."""

from __future__ import annotations

from driftcheck.findings.story import first_mentions
from driftcheck.types import Finding, Severity
from tests.test_findings_names_copy import named
from tests.test_findings_story import compared

# A name before a title: the holder's name, or a part of the role


def test_an_owner_place_or_organisation_before_a_title_is_a_name() -> None:
    text = (
        "The attack was condemned by Norland's deputy prime minister on Friday. An Interior"
        " Ministry spokesman said the gunman acted alone."
    )
    assert "Norland" in named(text)
    assert "Interior Ministry" in named(text)


def test_a_word_making_up_a_role_before_its_title_is_no_name() -> None:
    assert "Treasury" not in named("The plan was backed by Treasury Secretary Ann Holt.")


def test_a_name_new_before_a_title_is_reported_there_first() -> None:
    a = "A gunman killed three people in the city.\n\nThe police closed the roads."
    b = (
        "A gunman killed three people in the city.\n\nNorland's deputy prime minister"
        " questioned his release.\n\nThe police closed the roads.\n\nEveryone in Norland"
        " is asking the same question, he said."
    )
    added = [f for f in compared(a, b) if f.rule == "entity.added"]
    assert [f.b_text for f in added] == ["Norland"]
    assert added[0].b_span is not None
    assert added[0].b_span[0] == b.index("Norland's")


# The same name in another canonical form


def _added(text: str, index: int) -> Finding:
    return Finding("entity.added", Severity.WARNING, f'added: "{text}"', index, b_text=text)


def test_a_name_added_as_initials_and_in_full_is_one_new_name() -> None:
    found = [_added("U.N.", 0), _added("Mosul", 1), _added("United Nations", 2)]
    assert [f.b_text for f in first_mentions(found)] == ["U.N.", "Mosul"]


def test_names_with_other_words_are_each_reported() -> None:
    found = [_added("U.N.", 0), _added("United Nations Children's Fund", 2)]
    assert len(first_mentions(found)) == 2


# Middle initials


def test_a_middle_initial_stays_inside_the_name() -> None:
    names = named("The country's president, Petro O. Poroshenko, called for an inquiry.")
    assert "Petro O. Poroshenko" in names
    assert "Poroshenko" not in names


def test_an_initial_before_more_than_a_surname_does_not_join() -> None:
    names = named("Harvard's fellows awarded the Louis M. Lyons Award to a journalist.")
    assert "Louis M. Lyons Award" not in names
