"""Constructed sentences (not from the bench) for a negation a translator renders without a
negation word (xling.renderings): "not ... until" as "only then" (erst, лишь), a negated
word as its opposite word ("will not lose" = "сохранят"), and a noun named by an absence
("a motion of no confidence")."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import negated_clauses, polarity, renderings
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages

UNTIL = {
    "bewohner": "residents",
    "dürfen": "allowed",
    "zurückkehren": "return",
    "freitag": "friday",
    "жители": "residents",
    "смогут": "allowed",
    "вернуться": "return",
    "пятницу": "friday",
}


@pytest.mark.parametrize(
    ("code", "faithful"),
    [
        ("de", "Die Bewohner dürfen erst am Freitag zurückkehren.\n"),
        ("ru", "Жители смогут вернуться лишь в пятницу.\n"),
    ],
)
def test_a_negation_until_a_time_rendered_as_only_then_is_kept(code: str, faithful: str) -> None:
    a = "Residents will not be allowed to return until Friday.\n"
    assert severe_messages(a, faithful, code, "negation.", UNTIL) == []


def test_a_negation_until_a_time_dropped_without_only_then_is_a_flip() -> None:
    a = "Residents will not be allowed to return until Friday.\n"
    drifted = "Die Bewohner dürfen am Freitag zurückkehren.\n"
    assert severe_messages(a, drifted, "de", "negation.", UNTIL) != []


def test_only_then_renders_only_a_negation_bounded_in_time() -> None:
    """The word "erst" in B does not render a negation with no time bound in A."""
    a = "Residents will not be allowed to return on Friday.\n"
    b = "Die Bewohner dürfen erst am Freitag zurückkehren.\n"
    assert severe_messages(a, b, "de", "negation.", UNTIL) != []


JOBS = {
    "сотрудников": "employees",
    "сохранят": "keep",
    "работу": "jobs",
    "empleados": "employees",
    "perderán": "lose",
    "empleo": "jobs",
    "mitarbeiter": "employees",
    "versäumt": "failed",
    "angehört": "consulted",
}


def test_a_negated_word_rendered_by_its_opposite_word_is_kept() -> None:
    a = "The 64 employees will not lose their jobs.\n"
    faithful = "64 сотрудников сохранят работу.\n"
    assert severe_messages(a, faithful, "ru", "negation.", JOBS) == []


def test_a_negated_word_turned_into_the_word_itself_is_a_flip() -> None:
    a = "The 64 employees will not lose their jobs.\n"
    drifted = "Los 64 empleados perderán su empleo.\n"
    found = severe_messages(a, drifted, "es", "negation.", JOBS)
    assert any(m.startswith(polarity.POLARITY) for m in found)


def _opposite(a: str, b: str, code: str) -> bool:
    en, other = _profile("en"), _profile(code)
    span = negated_clauses.negated(a, en)[0]
    return renderings.opposite(a, span, b, en, other)


def test_a_verb_that_carries_the_negation_renders_failed_to() -> None:
    a = "The court ruled that the ministry had failed to consult the fishermen."
    assert _opposite(a, "Das Ministerium habe es versäumt, die Fischer anzuhören.", "de")
    assert not _opposite(a, "Das Ministerium habe die Fischer angehört.", "de")


def test_only_a_word_the_negation_is_on_renders_it() -> None:
    """The word "confirmed" is no rendering of the "no decision" of the same clause."""
    a = "Prosecutors confirmed a complaint but said no decision had been made."
    b = "La fiscalía confirmó una denuncia y señaló que ya se ha decidido."
    assert not _opposite(a, b, "es")


def test_lose_turns_no_word_after_it() -> None:
    """The verb "lose" takes a noun, not a verb: "rather lose a month than lose the satellite"."""
    text = "We would rather lose a month than lose the satellite."
    assert [m.sign for m in polarity.marks(text, _profile("en"))] == [-1, -1]


def test_only_then_needs_the_negation_bounded_in_time() -> None:
    en, de = _profile("en"), _profile("de")
    bounded = "The ruling cannot be appealed before March 1."
    plain = "The ruling cannot be appealed."
    b = "Gegen das Urteil kann erst ab dem 1. März Berufung eingelegt werden."
    assert renderings.only_then(bounded, negated_clauses.negated(bounded, en)[0], b, en, de)
    assert not renderings.only_then(plain, negated_clauses.negated(plain, en)[0], b, en, de)


@pytest.mark.parametrize(
    ("code", "poles"),
    [
        ("en", "The workers will keep their jobs."),
        ("de", "Die Mitarbeiter behalten ihre Arbeit."),
        ("fr", "Les salariés conserveront leur emploi."),
        ("es", "Los empleados conservarán su empleo."),
        ("ru", "Сотрудники сохранят работу."),
    ],
)
def test_keep_is_the_positive_pole_of_lose_in_every_profile(code: str, poles: str) -> None:
    assert [(m.kind, m.sign) for m in polarity.marks(poles, _profile(code))] == [("keep", 1)]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The party will table a motion of no confidence on Monday.", False),
        ("The stock could be pushed past the point of no return.", False),
        ("The party has no confidence in the minister.", True),
    ],
)
def test_a_noun_named_by_an_absence_negates_no_clause(text: str, negated: bool) -> None:
    assert bool(negated_clauses.negated(text, _profile("en"))) is negated


def test_give_way_is_rendered_by_not_hold() -> None:
    """The extra negation is B's here: "может не выдержать" says "could give way"."""
    en, ru = _profile("en"), _profile("ru")
    b = "Есть опасения, что плотина может не выдержать."
    span = negated_clauses.negated(b, ru)[0]
    assert renderings.opposite(b, span, "There are fears the dam could give way.", ru, en)
    assert not renderings.opposite(b, span, "There are fears the dam could hold.", ru, en)


def test_a_negation_that_contrasts_renders_instead_of() -> None:
    en, ru = _profile("en"), _profile("ru")
    b = "Совету следует искать деньги у правительства, а не у тех, кто ездит на работу."
    span = negated_clauses.negated(b, ru)[0]
    a = "The council should seek money from the government instead of from commuters."
    assert renderings.contrasted(b, span, a, ru, en)
    assert not renderings.contrasted(b, span, "The council should seek money.", ru, en)


@pytest.mark.parametrize(
    ("code", "negated"),
    [
        ("ru", "После сбоя два дня не работали банкоматы и платежи."),
        ("de", "Nach der Störung funktionierten die Geldautomaten zwei Tage nicht."),
        ("fr", "Après l'incident, les distributeurs ne fonctionnaient pas pendant deux jours."),
        ("es", "Tras el incidente, los cajeros no funcionaban durante dos días."),
    ],
)
def test_out_of_action_is_rendered_by_not_work(code: str, negated: str) -> None:
    """A verb that puts a thing out of action ("knocked out") is the negation of "work"."""
    other = _profile(code)
    span = negated_clauses.negated(negated, other)[0]
    disabled = "An attack knocked out its cash machines and payments for two days."
    working = "After the attack its cash machines and payments worked for two days."
    assert renderings.opposite(negated, span, disabled, other, _profile("en"))
    assert not renderings.opposite(negated, span, working, other, _profile("en"))


@pytest.mark.parametrize(
    ("code", "disabled"),
    [
        ("de", "Der Angriff hat die Geldautomaten lahmgelegt."),
        ("fr", "L'attaque a paralysé les distributeurs."),
        ("es", "El ataque paralizó los cajeros."),
        ("ru", "Атака вывела из строя банкоматы."),
    ],
)
def test_not_work_is_rendered_by_out_of_action(code: str, disabled: str) -> None:
    en = _profile("en")
    a = "After the attack the cash machines did not work."
    span = negated_clauses.negated(a, en)[0]
    assert renderings.opposite(a, span, disabled, en, _profile(code))


def test_the_noun_work_is_no_pole() -> None:
    assert polarity.marks("Crews could not stop work on the site.", _profile("en")) == []
