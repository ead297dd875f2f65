"""Capitalised words of common copy that name no one (#14, h-prec20): the initialisms of a
department's or a school's work, peoples, and historical adjectives."""

from __future__ import annotations

from tests.test_findings_names_copy import entities
from tests.test_findings_story import compared, of


def _names(a: str, b: str) -> list[tuple[str, str, str | None]]:
    return of(compared(a, b), "entity")


def test_the_initialism_of_a_department_or_a_school_subject_is_no_new_name() -> None:
    a = "Staff were told about the changes on Monday. The school stayed open."
    b = (
        "Staff were told by HR about the changes on Monday. "
        "The school stayed open, but the RE block was shut."
    )
    assert _names(a, b) == []


def test_an_initialism_of_a_body_is_still_a_new_name() -> None:
    a = "Staff were told about the changes on Monday. The school stayed open."
    b = "Staff were told by the FBI about the changes on Monday. The school stayed open."
    assert entities(compared(a, b), "entity.added") == ["FBI"]


def test_a_people_is_no_name_dropped() -> None:
    a = (
        "The province has long seen an insurgency by Baloch separatist groups. "
        "The attack killed six people."
    )
    b = "The province has long seen a separatist insurgency. The attack killed six people."
    assert _names(a, b) == []


def test_a_historical_adjective_is_no_new_name() -> None:
    a = "The museum holds one of the largest collections of mosaics. It reopened today."
    b = "The museum holds one of the largest collections of Roman mosaics. It reopened today."
    assert _names(a, b) == []


def test_a_person_whose_first_name_is_a_people_word_is_still_a_new_name() -> None:
    a = "The club was sold on Monday. Fans were told of the sale."
    b = "The club was sold to Roman Abramovich on Monday. Fans were told of the sale."
    assert entities(compared(a, b), "entity.added") == ["Roman Abramovich"]


def test_a_common_noun_some_styles_capitalise_is_no_new_name() -> None:
    a = "The group monitors jihadist activity. It reported the video first."
    b = "The group monitors jihadist activity on the Internet. It reported the video first."
    assert _names(a, b) == []
