"""Constructed sentences (not from the bench) for a negation written as its opposite word:
"denied" -> "admitted", "did not rule out" -> "ruled out", "not yet" -> "already",
"nobody" -> "several" (xling.polarity); and a hedge written as a construction of hearsay
("habrían acordado", "soll ... zugesagt haben": facts.hedged)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, polarity
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


def _poles(text: str, code: str) -> list[tuple[str, int]]:
    return [(m.kind, m.sign) for m in polarity.marks(text, _profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        ("en", "The mayor denied the claims.", [("assent", -1)]),
        ("en", "The mayor did not deny the claims.", [("assent", 1)]),
        ("es", "El alcalde no negó las acusaciones.", [("assent", 1)]),
        ("fr", "Le maire a reconnu les faits.", [("assent", 1)]),
        ("fr", "Le maire n'exclut pas une grève.", [("assent", 1)]),  # ne ... pas turns it
        ("de", "Einen Streik schließt der Verband nicht aus.", [("assent", 1)]),
        ("ru", "Мэр не признал вину.", [("assent", -1)]),
        ("en", "It refused to rule out strikes.", [("assent", -1), ("assent", 1)]),
        # a negation that belongs to another verb does not turn the word round; it turns
        # its own ("not let" = prevent)
        (
            "en",
            "We will not let this reform fail in parliament.",
            [("success", -1), ("permission", -1)],
        ),
        # a negation before a time limit says "only after": "not allowed until"
        ("en", "Residents will not be allowed to return until Friday.", [("permission", 1)]),
        # "no" negates its noun: "no evidence that would allow" does not turn "allow"
        (
            "fr",
            "Il n'a fourni aucun élément qui permettrait de conclure.",
            [("anyone", -1), ("permission", 1)],
        ),
        # after "until" a negation only marks the limit: "until it confirmed" = "tant
        # qu'il n'aurait pas confirmé"; neither side's word counts
        ("fr", "Ils ne la lèveront pas tant que CSR n'aura pas confirmé.", []),
        ("en", "The firm had not received any complaints.", [("anyone", -1)]),
        # nobody, never, not yet carry their pole whatever else negates the clause
        ("fr", "Personne n'a été blessé.", [("anyone", -1)]),
        ("ru", "Никто не пострадал.", [("anyone", -1)]),
        ("de", "Das Gutachten liegt noch nicht vor.", [("already", -1)]),
        ("de", "Das Gutachten liegt bereits vor.", [("already", 1)]),
    ],
)
def test_a_word_of_a_polarity_class_takes_the_pole_its_clause_gives_it(
    code: str, text: str, poles: list[tuple[str, int]]
) -> None:
    assert sorted(_poles(text, code)) == sorted(poles)


WORDS = {
    "bürgermeister": "mayor",
    "vorwürfe": "accusations",
    "räumte": "admitted",
    "bestritt": "denied",
    "montag": "monday",
}


def test_a_denial_turned_into_an_admission_is_a_flip() -> None:
    a = "The mayor denied the accusations on Monday.\n"
    faithful = "Der Bürgermeister bestritt die Vorwürfe am Montag.\n"
    drifted = "Der Bürgermeister räumte die Vorwürfe am Montag ein.\n"
    assert severe_messages(a, faithful, "de", "negation.", WORDS) == []
    found = severe_messages(a, drifted, "de", "negation.", WORDS)
    assert any(m.startswith(polarity.POLARITY) for m in found)


RULE_WORDS = {
    "gouvernement": "government",
    "exclu": "ruled",
    "exclut": "ruled",
    "grève": "strike",
    "lundi": "monday",
}


def test_not_ruling_out_turned_into_ruling_out_is_a_flip() -> None:
    a = "The government did not rule out a strike on Monday.\n"
    faithful = "Le gouvernement n'a pas exclu une grève lundi.\n"
    drifted = "Le gouvernement a exclu une grève lundi.\n"
    assert severe_messages(a, faithful, "fr", "negation.", RULE_WORDS) == []
    found = severe_messages(a, drifted, "fr", "negation.", RULE_WORDS)
    assert any(m.startswith(polarity.POLARITY) for m in found)


def test_opposite_words_with_the_same_count_of_negations_are_an_idiom() -> None:
    # "failed to find" = "no logró encontrar": the count of negations is kept, and the
    # opposite word under a negation is the same sense
    a = "The company failed to find a buyer on Monday.\n"
    b = "La empresa no logró encontrar un comprador el lunes.\n"
    words = {"empresa": "company", "comprador": "buyer", "lunes": "monday", "logró": "find"}
    assert severe_messages(a, b, "es", "negation.", words) == []


def test_no_complaints_turned_into_several_is_a_flip() -> None:
    a = "The bakery had not received any complaints before Monday.\n"
    words = {"boulangerie": "bakery", "plaintes": "complaints", "lundi": "monday"}
    faithful = "La boulangerie n'avait reçu aucune plainte avant lundi.\n"
    drifted = "La boulangerie avait reçu plusieurs plaintes avant lundi.\n"
    assert severe_messages(a, faithful, "fr", "negation.", words) == []
    found = severe_messages(a, drifted, "fr", "negation.", words)
    assert any(m.startswith(polarity.POLARITY) for m in found)


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # a construction of hearsay in a main clause hedges: "reportedly agreed", "allegedly"
        ("es", "Sindicatos y empresarios habrían acordado una subida el jueves.", 1),
        ("de", "Die Regierung soll 230 Millionen Euro zugesagt haben.", 1),
        # after "que", "dass": reported speech or a hypothesis, not a hedge
        ("es", "El ministro dijo que sería un acuerdo justo.", 0),
        ("de", "Er sagte, dass die Regierung das Geld zugesagt haben soll.", 0),
        ("de", "Die Regierung soll das Geld bis Freitag auszahlen.", 0),  # an obligation
        # a date expected, not stated
        ("en", "A decision is expected by mid-July.", 1),
        ("en", "The result was as expected.", 0),
    ],
)
def test_a_construction_of_hearsay_in_a_main_clause_is_a_hedge(
    code: str, text: str, count: int
) -> None:
    assert len(facts.hedged(text, _profile(code))) == count
