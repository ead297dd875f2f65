"""Constructed sentences (not from the bench) for a negation the other side keeps in a word
of its own: a word of refusal or lack, or a negation word in a clause the count takes as
carried on (xling.carried, weighed with the embedder's margin); a negation after the word
it scopes over; a stop with no object; a bound with its verb between; "et non au"."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import carried, meaning, negated_clauses, polarity
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


@pytest.mark.parametrize(
    ("code", "other", "own", "word"),
    [
        # a word of refusal governs what the other side negates
        (
            "fr",
            "Le groupe s'est dit prêt à discuter, mais a exclu de renoncer à son projet.",
            "The group said it was ready to talk but would not drop its plan.",
            "exclu",
        ),
        # a negation word in a clause carried on from the one before ("auch ... nicht")
        (
            "de",
            "Das hat nie funktioniert, und es wird auch jetzt nicht funktionieren.",
            "That never worked, and it will not work now.",
            "nicht",
        ),
        # the negated side has a word of the same class: "a ban" is "ein Verbot"
        (
            "de",
            "Die Mehrheit befürwortet ein Verbot.",
            "The majority does not favour a ban.",
            None,
        ),
        # a negation folded into a Russian prefix ("not being honest" = "неискренен")
        (
            "ru",
            "Кто утверждает обратное, тот неискренен.",
            "Anyone who says otherwise is not being honest.",
            "неискренен",
        ),
        # ... and into a German one, written small ("nur ungern" = not willingly)
        (
            "de",
            "Sie werden das nur ungern hinnehmen.",
            "They will not take this quietly.",
            "ungern",
        ),
        # ... but not where "не" opens a word that negates nothing ("urgent")
        (
            "ru",
            "Кто утверждает обратное, тот выполняет неотложную работу.",
            "Anyone who says otherwise is not doing urgent work.",
            None,
        ),
        # nothing negative on the other side
        (
            "fr",
            "Le groupe a décidé de renoncer à son projet.",
            "The group would not drop its plan.",
            None,
        ),
    ],
)
def test_a_word_the_count_leaves_out_carries_the_negation(
    code: str, other: str, own: str, word: str | None
) -> None:
    assert carried.carrier(other, _profile(code), own, _profile("en")) == word


MAST = {
    "groupe": "group",
    "prêt": "ready",
    "discuter": "talk",
    "renoncer": "drop",
    "projet": "plan",
}
MAST_A = "The group said it was ready to talk but would not drop its plan.\n"
MAST_B = "Le groupe s'est dit prêt à discuter, mais a exclu de renoncer à son projet.\n"


def test_a_carried_negation_is_no_flip_within_the_wider_margin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(meaning, "CARRIED_MARGIN", -1.0)  # every probe reads within it
    assert severe_messages(MAST_A, MAST_B, "fr", "negation.", MAST) == []


def test_a_carried_negation_is_a_flip_beyond_the_wider_margin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The word is evidence, not proof: where the probe reads the flip by more than the
    margin, it stands (here every probe does)."""
    monkeypatch.setattr(meaning, "CARRIED_MARGIN", 1.0)
    monkeypatch.setattr(meaning, "KEPT_MARGIN", 1.0)
    monkeypatch.setattr(meaning, "FLIP_MARGIN", 1.0)
    assert severe_messages(MAST_A, MAST_B, "fr", "negation.", MAST) != []


def test_a_flip_with_nothing_negative_on_the_other_side_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(meaning, "CARRIED_MARGIN", -1.0)
    monkeypatch.setattr(meaning, "KEPT_MARGIN", 1.0)
    monkeypatch.setattr(meaning, "FLIP_MARGIN", 1.0)
    drifted = "Le groupe s'est dit prêt à discuter, et a décidé de renoncer à son projet.\n"
    assert severe_messages(MAST_A, drifted, "fr", "negation.", MAST) != []


def _negated_marks(text: str, code: str) -> list[tuple[str, bool]]:
    return [(text[m.span[0] : m.span[1]], m.negated) for m in polarity.marks(text, _profile(code))]


def test_a_negation_after_the_word_in_its_own_predicate_negates_its_clause() -> None:
    """ "are not refusing work out of spite" = "отказываются от заказов не из вредности":
    the Russian "не" moved to what it sets apart is still the clause's, so the two are no
    flip; after "и" it negates a verb of its own."""
    assert _negated_marks("Они отказываются от заказов не из вредности.", "ru") == [
        ("отказываются", True)
    ]
    assert _negated_marks("Они отказываются от заказов и не отвечают.", "ru") == [
        ("отказываются", False)
    ]
    a = "Our members are not refusing work out of spite.\n"
    b = "Наши члены отказываются от заказов не из вредности.\n"
    words = {"наши": "our", "члены": "members", "заказов": "work", "вредности": "spite"}
    assert severe_messages(a, b, "ru", "negation.", words) == []


@pytest.mark.parametrize(
    ("code", "text", "negated"),
    [
        ("en", "We will not stop until the contract is brought back.", False),
        ("en", "We will not stop.", False),
        ("en", "They will not stop the strike.", True),
        ("en", "The bus could not carry more than 400 people an hour.", False),
        ("en", "The bus could not carry passengers.", True),
        ("es", "El autobús no podrá transportar a más de 400 personas por hora.", False),
        ("es", "El autobús no podrá transportar pasajeros.", True),
        ("fr", "Le bus ne pourra pas transporter plus de 400 personnes.", False),
        ("ru", "Автобус не сможет перевозить более 400 человек в час.", False),
        ("ru", "Автобус не сможет перевозить пассажиров.", True),
        ("fr", "La pénurie tient au manque de personnel, et non au manque de locaux.", True),
        ("fr", "Les heures non payées s'accumulent.", False),
    ],
)
def test_grammar_of_negated_clauses(code: str, text: str, negated: bool) -> None:
    """A stop with no object goes on ("nicht aufhören"); a negation before a comparative
    and a figure is a bound ("no more than"); "non" before "au" sets one thing against
    another, not a participle's prefix."""
    assert bool(negated_clauses.negated(text, _profile(code))) is negated


OPPOSED = {
    "mitglieder": "members",
    "unterstützten": "backed",
    "plan": "plan",
    "drittel": "third",
}


def test_opposing_is_a_word_of_refusal_in_every_language() -> None:
    """ "opposed it" = "ihn ablehnte": the German word of refusal counts as a negation, the
    English one renders it."""
    a = "Most members backed the plan, while a third opposed it.\n"
    b = "Die meisten Mitglieder unterstützten den Plan, während ein Drittel ihn ablehnte.\n"
    assert severe_messages(a, b, "de", "negation.", OPPOSED) == []
    assert [m.kind for m in polarity.marks(a, _profile("en"))] == ["assent"]
    assert polarity.marks("as opposed to last year", _profile("en")) == []
