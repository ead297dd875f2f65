"""One name, one finding, at its first mention: names before titles, canonical forms,
middle initials (h-prec13)."""

from __future__ import annotations

from driftcheck.findings.confidence import name_words
from driftcheck.findings.names import Entity
from driftcheck.findings.once import first_mentions
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


def test_a_name_qualifying_a_title_does_not_say_what_the_story_is_about() -> None:
    owner = Entity("name", "Norland", 0, 7, ("norland",), qualifier=True)
    subject = Entity("name", "Ann Holt", 30, 38, ("ann", "holt"))
    assert name_words([owner, subject]) == {"ann", "holt"}


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


def _dropped(text: str, index: int, start: int) -> Finding:
    return Finding(
        "entity.dropped",
        Severity.WARNING,
        f'dropped: "{text}"',
        index,
        (start, start + 4),
        a_text=text,
    )


def test_a_name_is_reported_at_its_first_mention_in_the_text() -> None:
    later_group_first = [_dropped("Rivas", 0, 300), _dropped("Rivas", 3, 20)]
    assert [f.a_span for f in first_mentions(later_group_first)] == [(20, 24)]


def test_a_name_reported_changed_is_not_also_added() -> None:
    changed = Finding(
        "entity.changed",
        Severity.WARNING,
        'changed: "Supreme Court" -> "Constitutional Court"',
        0,
        a_text="Supreme Court",
        b_text="Constitutional Court",
    )
    found = [changed, _added("Constitutional Court", 4), _added("Bogota", 5)]
    assert first_mentions(found) == [changed, found[2]]


# Short forms and credits that name nothing new


def test_an_acronym_in_brackets_after_its_name_is_no_new_name() -> None:
    names = named("Soldiers of the Eastern Union Mission in Norland (EUMINOR) killed seven.")
    assert "EUMINOR" not in names
    assert "Eastern Union Mission" in names


def test_an_acronym_in_brackets_of_other_words_is_a_name() -> None:
    assert "AP" in named("The town was quiet, a reporter for Norland (AP) said.")


def test_a_credit_job_word_run_on_into_a_sentence_is_no_name() -> None:
    names = named("The museum holds Roman mosaics. More to follow Additional reporting by AP")
    assert "Additional" not in names
    assert "AP" in names
