"""Constructed sentences (not from the bench) for negations a translator writes with a word
of lack, a prefix or a litotes: "has no basis" = "entbehrt jeder Grundlage" (a word of
"every" after a word of lack says "any"), "short of sheets" = "faute de draps en quantité
suffisante", "did not go far enough" = "se queda corto", "non-lethal traps" = "pièges non
létaux", "opportunistic hunters" = "охотники, не упускающие ни одной возможности"."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import carried, negated_clauses, polarity
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


def _poles(text: str, code: str) -> list[tuple[str, int]]:
    return sorted((m.kind, m.sign) for m in polarity.marks(text, _profile(code)))


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        # "every" after a word of lack or a "without" is "any": no one, nothing
        ("de", "Die Klage entbehrt jeder Grundlage.", [("anyone", -1), ("enough", -1)]),
        # ... but not elsewhere, nor a word further off
        ("de", "Jeder Landwirt war da.", [("anyone", 1)]),
        ("de", "Es fehlt Geld, und jeder weiß es.", [("anyone", 1), ("enough", -1)]),
        # for lack of, short of: words of lack
        ("fr", "Il a reporté les opérations faute de draps.", [("enough", -1)]),
        ("fr", "L'hôpital était à court de draps.", [("enough", -1)]),
        # to fall short
        ("es", "Consideró que el plan se queda corto.", [("enough", -1)]),
        ("es", "Los fondos se quedaron cortos.", [("enough", -1)]),
        ("es", "Se quedará en casa.", [("stay", 1)]),  # to stay, not to fall short
    ],
)
def test_a_word_of_lack_takes_its_pole(code: str, text: str, poles: list[tuple[str, int]]) -> None:
    assert _poles(text, code) == sorted(poles)


BASIS = {"klage": "challenge", "grundlage": "basis", "sagte": "said", "chef": "chief"}


def test_no_basis_written_as_lacking_every_basis_is_no_flip() -> None:
    a = "The chief said the challenge has no basis in law.\n"
    faithful = "Der Chef sagte, die Klage entbehre jeder rechtlichen Grundlage.\n"
    assert severe_messages(a, faithful, "de", "negation.", BASIS) == []


SHEETS = {
    "hôpital": "hospital",
    "draps": "sheets",
    "reporté": "postponed",
    "opérations": "operations",
}


def test_short_of_written_as_for_lack_of_enough_is_no_flip() -> None:
    a = "The hospital postponed operations because it had run short of sheets.\n"
    faithful = "L'hôpital a reporté des opérations, faute de draps en quantité suffisante.\n"
    drifted = "L'hôpital a reporté des opérations, alors qu'il n'a pas manqué de draps.\n"
    assert severe_messages(a, faithful, "fr", "negation.", SHEETS) == []
    found = severe_messages(a, drifted, "fr", "negation.", SHEETS)
    assert any(m.startswith(polarity.POLARITY) for m in found)


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # "non", "no" before an adjective of relation is the prefix "non-"
        ("fr", "L'agence posera 400 pièges non létaux.", 0),
        ("fr", "Une organisation non gouvernementale a porté plainte.", 0),
        ("es", "La agencia colocará 400 trampas no letales.", 0),
        ("es", "Una organización no gubernamental denunció el caso.", 0),
        # ... not before another adjective, a function word or a verb
        ("fr", "Il a plaidé non coupable.", 1),
        ("fr", "Il a dit non aux expulsions.", 1),
        ("es", "Dijo no al plan.", 1),
        ("es", "El contrato no es legal.", 1),
        # a chance not missed is seized (litotes), in every language
        ("ru", "Это охотники, не упускающие ни одной возможности.", 0),
        ("en", "They are hunters that never miss a chance.", 0),
        ("en", "They are hunters that miss no opportunity.", 0),
        ("fr", "Ce sont des chasseurs qui ne ratent aucune occasion.", 0),
        ("es", "Son cazadores que no desaprovechan ninguna oportunidad.", 0),
        ("de", "Es sind Jäger, die keine Gelegenheit verpassen.", 1),  # verb last: a negation
        ("de", "Sie verpassen keine Gelegenheit.", 0),
        # ... but missing something else is missing it
        ("en", "We did not miss the deadline.", 1),
        ("ru", "Он не пропустил ни одного заседания.", 1),
        ("de", "Das Wetter ließ den Rettern keine Chance.", 1),
    ],
)
def test_a_prefix_or_a_litotes_is_no_negated_clause(code: str, text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


def test_not_at_risk_written_as_out_of_danger_is_no_flip() -> None:
    words = {"совет": "council", "заявил": "said", "места": "jobs", "рабочие": "jobs"}
    a = "The council said no jobs were at risk.\n"
    faithful = "Совет заявил, что рабочие места вне опасности.\n"
    drifted = "Совет заявил, что рабочие места в опасности.\n"
    assert severe_messages(a, faithful, "ru", "negation.", words) == []
    assert severe_messages(a, drifted, "ru", "negation.", words) != []


def test_did_not_leave_written_as_stayed_is_no_flip() -> None:
    words = {"boote": "boats", "hafen": "port", "samstag": "saturday", "mehrere": "several"}
    a = "Several boats did not leave port on Saturday.\n"
    faithful = "Mehrere Boote blieben am Samstag im Hafen.\n"
    drifted = "Mehrere Boote verließen am Samstag den Hafen.\n"
    assert severe_messages(a, faithful, "de", "negation.", words) == []
    assert severe_messages(a, drifted, "de", "negation.", words) != []


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        # "небольшой" is small, no negation folded in; "недопустимо" is not acceptable
        ("Это небольшой город.", None),
        ("Это недопустимо.", "недопустимо"),
    ],
)
def test_a_word_of_litotes_carries_no_negation(text: str, carrier: str | None) -> None:
    assert carried.carrier(text, _profile("ru"), "It is not acceptable.", _profile("en")) == carrier


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        ("en", "The boats did not leave port.", [("stay", 1)]),
        ("en", "Many recruits were leaving within two years.", []),  # a job, no place
        ("en", "The group would not drop its demand.", [("keep", 1)]),
        ("en", "The group dropped its demand.", [("keep", -1)]),
        ("en", "Prices dropped by 4 percent.", [("rise", -1)]),  # a level, no demand given up
        ("de", "Die Gruppe werde an ihrer Forderung festhalten.", [("keep", 1)]),
    ],
)
def test_a_demand_given_up_or_held_on_to(
    code: str, text: str, poles: list[tuple[str, int]]
) -> None:
    assert _poles(text, code) == sorted(poles)


WORKS = {"empresa": "company", "trabajos": "work", "tamaño": "size", "realizado": "carried"}


def test_never_turned_into_already_is_a_flip() -> None:
    a = "The contract went to a company that had never carried out work of that size.\n"
    faithful = "El contrato fue a una empresa que nunca había realizado trabajos de ese tamaño.\n"
    not_yet = (
        "El contrato fue a una empresa que todavía no había realizado trabajos de ese tamaño.\n"
    )
    drifted = "El contrato fue a una empresa que ya había realizado trabajos de ese tamaño.\n"
    assert severe_messages(a, faithful, "es", "negation.", WORKS) == []
    assert severe_messages(a, not_yet, "es", "negation.", WORKS) == []
    found = severe_messages(a, drifted, "es", "negation.", WORKS)
    assert any(m.startswith(polarity.POLARITY) for m in found)


SIGNS = {"признаки": "signs", "тревожные": "warning", "были": "were", "сказала": "said"}


def test_missed_written_as_not_noticed_is_no_flip() -> None:
    a = 'She said: "The warning signs were there, and they were missed."\n'
    faithful = "Она сказала: «Тревожные признаки были, но их не заметили».\n"
    assert severe_messages(a, faithful, "ru", "negation.", SIGNS) == []
    a = 'She said: "The warning signs were there, and nobody noticed them."\n'
    drifted = "Она сказала: «Тревожные признаки были, и их заметили».\n"
    assert severe_messages(a, drifted, "ru", "negation.", SIGNS) != []


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        ("en", "The signs were missed.", [("notice", -1)]),
        ("en", "Nobody noticed the signs.", [("anyone", -1), ("notice", -1)]),
        ("ru", "Сигналы никто не заметил.", [("anyone", -1), ("notice", -1)]),
        ("ru", "Это заметно.", []),  # noticeably: no verb of noticing
        ("de", "Das ist bemerkenswert.", []),
        ("es", "Advirtió a los vecinos.", []),  # warned, not noticed
    ],
)
def test_a_verb_of_noticing_takes_its_pole(
    code: str, text: str, poles: list[tuple[str, int]]
) -> None:
    assert _poles(text, code) == sorted(poles)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Когда его не станет, он исчезнет навсегда.", 0),  # once it is gone
        ("Год назад его не стало.", 0),  # he died
        ("Министр не станет комментировать решение.", 1),  # will not comment
    ],
)
def test_to_be_gone_is_no_negation(text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile("ru"))) == count
