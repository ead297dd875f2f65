"""Long names of bodies and agreements (#14, h-prec20): "on", "the" and "of" inside them."""

from __future__ import annotations

from tests.test_findings_names_copy import entities, named
from tests.test_findings_rules import pair


def test_an_agreement_named_with_on_the_and_of_is_one_name() -> None:
    text = "He said Japan would not sign the Treaty on the Prohibition of Nuclear Weapons."
    assert named(text) == ["Japan", "Treaty on the Prohibition of Nuclear Weapons"]


def test_a_body_named_with_on_is_one_name() -> None:
    assert "Committee on Foreign Relations" in named("He told the Committee on Foreign Relations.")


def test_of_the_after_a_joining_word_continues_the_name() -> None:
    text = "Pilgrims filled the Church of the Holy Sepulchre and the Bank of the West closed."
    assert named(text) == ["Church of the Holy Sepulchre", "Bank of the West"]


def test_on_the_after_a_word_that_names_no_body_ends_the_name() -> None:
    assert named("He met Ann Lee on the Westminster Bridge.") == ["Ann Lee", "Westminster Bridge"]


def test_a_person_of_a_place_is_still_two_names() -> None:
    assert named("The report was written by Ann Lee of Leeds on Monday.") == ["Ann Lee", "Leeds"]


def test_an_agreement_added_by_its_long_name_is_one_new_name() -> None:
    a = "Japan did not sign the nuclear weapons ban, officials said."
    b = "Japan did not sign the Treaty on the Prohibition of Nuclear Weapons, officials said."
    assert entities(pair(a, b), "entity.added") == ["Treaty on the Prohibition of Nuclear Weapons"]


def test_on_before_a_date_ends_the_name() -> None:
    assert named("He said the European Commission on Tuesday proposed a law.") == [
        "European Commission"
    ]
    assert named("He said the Senate Committee on March 3 voted.") == ["Senate Committee"]


def test_a_body_named_before_a_weekday_is_still_kept() -> None:
    a = "The European Commission proposed a law on energy prices, officials said."
    b = "The European Commission on Tuesday proposed a law on energy prices, officials said."
    assert entities(pair(a, b), "entity.added") == []


def test_on_before_a_place_ends_the_name() -> None:
    text = "He said the Security Council on Syria met. The Council on the Iran deal met."
    assert named(text) == ["Security Council", "Syria", "Council", "Iran"]
