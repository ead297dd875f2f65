"""Constructed sentences (not from the bench) for rules of a language's grammar that a
faithful translation follows: a German "nicht" closes the clause of the verb it negates, an
English "-away" is transliterated "-ауэй", "not ... unless" is "only if", and the noun of an
unconfirmed report is what a Romance conditional renders."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, polarity, renderings, spelling
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


def _poles(text: str, code: str) -> list[tuple[str, int]]:
    return [(m.kind, m.sign) for m in polarity.marks(text, _profile(code))]


@pytest.mark.parametrize(
    ("text", "poles"),
    [
        ("Der Verband bestritt die Zahlen nicht.", [("assent", 1)]),
        ("Die Stadt lehnte den Antrag am Montag nicht ab.", [("assent", 1)]),
        ("Der Verband bestritt die Zahlen.", [("assent", -1)]),
        # a "nicht" of another clause negates that clause's verb
        ("Der Verband bestritt, dass die Zahlen nicht stimmen.", [("assent", -1)]),
        # a "nicht" that does not close the clause negates the word after it
        ("Der Verband bestritt die Zahlen nicht nur am Montag heftig.", [("assent", -1)]),
    ],
)
def test_a_german_nicht_that_closes_its_clause_negates_the_verb(
    text: str, poles: list[tuple[str, int]]
) -> None:
    assert _poles(text, "de") == poles


DISPUTE_WORDS = {"verband": "federation", "zahlen": "figures", "bestritt": "dispute"}


def test_not_disputing_rendered_with_a_closing_nicht_is_no_flip() -> None:
    a = "The federation did not dispute the figures.\n"
    faithful = "Der Verband bestritt die Zahlen nicht.\n"
    assert severe_messages(a, faithful, "de", "negation.", DISPUTE_WORDS) == []


@pytest.mark.parametrize(
    ("english", "russian"),
    [("Callaway", "Каллауэй"), ("Hathaway", "Хэтэуэй"), ("Greenaway", "Гринауэй")],
)
def test_an_english_away_is_transliterated_as_heard(english: str, russian: str) -> None:
    assert spelling.name_key(english) == spelling.name_key(russian)


def test_the_away_rule_leaves_other_names_apart() -> None:
    assert spelling.name_key("Calloway") == spelling.name_key("Калоуэй")
    assert spelling.name_key("Callaway") != spelling.name_key("Каллахан")


def _only_then(a: str, other: str, code: str) -> bool:
    span = next(_profile("en").negation_re.finditer(a)).span()
    return renderings.only_then(a, span, other, _profile("en"), _profile(code))


@pytest.mark.parametrize(
    ("code", "other"),
    [
        ("de", "Die Lieferungen werde man erst wieder aufnehmen, wenn die Preise stiegen."),
        ("de", "Die Lieferungen werde man nur dann aufnehmen, wenn die Preise stiegen."),
        ("es", "Solo reanudará las entregas si los precios suben."),
        ("ru", "Поставки возобновят лишь в том случае, если цены вырастут."),
    ],
)
def test_not_unless_is_rendered_as_only_if(code: str, other: str) -> None:
    a = "It would not resume deliveries unless prices rose."
    assert _only_then(a, other, code)


def test_a_negation_without_a_condition_is_not_only_if() -> None:
    a = "It would not resume deliveries, and prices rose."
    assert not _only_then(a, "Die Lieferungen werde man erst wieder aufnehmen.", "de")


@pytest.mark.parametrize(
    "text",
    [
        "The company did not comment on reports that the system had failed.",
        "Rumours that the minister would resign spread on Monday.",
        "He rejected allegations of fraud.",
    ],
)
def test_the_noun_of_an_unconfirmed_report_may_hedge(text: str) -> None:
    assert facts.softly_hedged(text, _profile("en"))
    assert not facts.hedged(text, _profile("en"))


REPORT_WORDS = {
    "empresa": "company",
    "comentó": "comment",
    "informaciones": "reports",
    "sistema": "system",
    "fallado": "failed",
}


def test_a_romance_conditional_renders_the_content_of_a_report() -> None:
    a = "The company did not comment on reports that the system had failed.\n"
    b = "La empresa no comentó las informaciones según las cuales habría fallado el sistema.\n"
    assert severe_messages(a, b, "es", "hedge.", REPORT_WORDS) == []
    flat = "The company did not comment after the system failed.\n"
    assert severe_messages(flat, b, "es", "hedge.", REPORT_WORDS)


def _speakers(text: str, code: str) -> list[str]:
    from driftcheck.findings.xling import speaker_words

    return [" ".join(w.text for w in s.words) for s in speaker_words.speakers(text, _profile(code))]


def test_a_reporting_phrase_that_is_a_hedge_names_no_speaker() -> None:
    text = "Die Stadt plant Berichten zufolge neue Gebühren, wie zwei vertraute Personen sagten."
    assert _speakers(text, "de") == ["wie zwei vertraute Personen"]
    named = "Die Stadt plant Angaben der Polizei zufolge neue Gebühren."
    assert any("Polizei" in s for s in _speakers(named, "de"))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "zwei mit der Angelegenheit vertraute Personen"),
        ("es", "dos personas familiarizadas con el asunto"),
        ("es", "dos personas conocedoras del asunto"),
    ],
)
def test_people_familiar_with_the_matter_are_insiders(code: str, text: str) -> None:
    assert "insiders" in facts.sources(text, _profile(code))


@pytest.mark.parametrize(
    "text",
    [
        "wenn sich die Schäden nicht auf andere Weise verhindern lassen",
        "Das lässt sich nicht sagen.",
    ],
)
def test_a_german_modal_passive_may_hedge(text: str) -> None:
    assert facts.hedge_words(text, _profile("de")) == 1


def test_a_reflexive_verb_without_lassen_is_no_hedge() -> None:
    assert facts.hedge_words("Die Lastwagen stauten sich auf der Brücke.", _profile("de")) == 0
