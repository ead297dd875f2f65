"""Names on real copy (#14, h-prec17): where a run of capitals ends, and a surname that a
later mention uses after a title."""

from __future__ import annotations

from tests.test_findings_names_copy import entities, named
from tests.test_findings_rules import pair

# A publication timestamp ends a name run: a byline's weekday is no part of the name


def test_a_byline_before_a_publication_timestamp_is_the_name_without_the_weekday() -> None:
    text = "Rescuers searched all night. Ann Rowe Fri 18 Aug 2017 06.48 BST The search went on."
    assert "Ann Rowe" in named(text)
    assert not any("Fri" in name for name in named(text))


def test_a_section_word_before_a_timestamp_is_kept_by_its_lower_case_use() -> None:
    a = "Readers wrote in. Read more of our letters here. Signed by Ann Rowe and Bo Lind."
    b = (
        "Readers wrote in, write signatories including Ann Rowe and Bo Lind Letters"
        " Wed 30 Aug 2017 19.01 BST Read more of our letters here."
    )
    assert entities(pair(a, b), "entity.added") == []


def test_a_weekday_that_opens_no_timestamp_still_ends_nothing() -> None:
    assert "Theresa May" in named("The talks were led by Theresa May on Monday.")


# A surname after a title or a courtesy title is a name used alone


def test_a_family_name_first_is_kept_by_the_title_and_surname_form() -> None:
    a = "Xi Jinping said the plan was final."
    for b in ("President Xi said the plan was final on Monday.", "Mr Xi said it on Monday."):
        assert entities(pair(a, b), "entity.dropped") == []
        assert entities(pair(b, a), "entity.added") == []


def test_a_title_before_another_word_keeps_no_name_starting_with_a_different_word() -> None:
    a = "Xi Jinping said the plan was final."
    b = "President Li said the plan was final on Monday."
    assert entities(pair(a, b), "entity.changed") == ["Xi Jinping"]


def test_a_surname_inside_a_longer_name_after_a_title_is_still_no_name_alone() -> None:
    a = "Xi Jinping said the plan was final."
    b = "President Xi Peng said the plan was final on Monday."
    assert "Xi Jinping" in " ".join(
        entities(pair(a, b), "entity.dropped") + entities(pair(a, b), "entity.changed")
    )


# A name given as another name of the name before it: that name in another form


def test_an_alias_added_to_a_kept_name_is_no_new_name() -> None:
    a = "Jets hit the Islamic State, also known as ISIS, on Monday."
    b = "Jets hit the Islamic State, also known as ISIS or ISIL, on Monday night."
    assert entities(pair(a, b), "entity.added") == []
    assert entities(pair(b, a), "entity.dropped") == []


def test_a_new_name_and_its_aliases_are_one_new_name() -> None:
    a = "Jets hit the rebels on Monday."
    b = "Jets hit the Islamic State, also known as ISIS or ISIL, on Monday night."
    assert entities(pair(a, b), "entity.added") == ["Islamic State"]


def test_a_name_after_known_as_without_a_comma_names_what_comes_before() -> None:
    a = "Drought hit the region below the Sahara Desert on Monday."
    b = "Drought hit the region below the Sahara Desert known as the Sahel on Monday."
    assert entities(pair(a, b), "entity.added") == ["Sahel"]


def test_a_name_joined_by_and_is_no_alias() -> None:
    a = "Jets hit the Islamic State on Monday."
    b = "Jets hit the Islamic State and ISIL on Monday night."
    assert entities(pair(a, b), "entity.added") == ["ISIL"]


# Units and scales named after a person are parts of figures


def test_a_temperature_unit_added_with_its_figure_is_no_new_name() -> None:
    a = "Temperatures hit 40C on Monday."
    b = "Temperatures hit 40 degrees Celsius (104 Fahrenheit) on Monday."
    assert entities(pair(a, b), "entity.added") == []


def test_a_scale_named_after_a_person_is_no_name() -> None:
    assert named("The quake measured 6.1 on the Richter scale.") == []


def test_the_person_a_unit_or_scale_is_named_after_is_still_a_name() -> None:
    assert named("Anders Celsius and Charles Richter were scientists.") == [
        "Anders Celsius",
        "Charles Richter",
    ]
    assert "Richter" in named("The quake was strong, Richter said.")
