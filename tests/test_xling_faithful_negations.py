"""Constructed sentences (not from the bench) for negations and hedges a translator writes
another way: a negation the other side also writes is no rendering of "only then"; a lack
for "short of" or "not spend"; "not X but Y" for "instead of"; a "nor" that carries a
negation on ("tampoco a mí"); a French "pas de" with no "ne"; a negation after a noun,
which negates the verb after it; a hedge in a condition; the "may" of permission."""

from __future__ import annotations

import pytest

from driftcheck.findings.context import GroupView
from driftcheck.findings.xling import facts, negated_clauses, polarity, renderings
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages

UNTIL = {
    "bewohner": "residents",
    "dürfen": "allowed",
    "zurückkehren": "return",
    "freitag": "friday",
    "früher": "until",
}


def _unrendered(a: str, b: str, code: str) -> tuple[int, int]:
    """How many negated clauses each side has once those the other side renders without a
    negation word are taken out (the count xling.rules compares)."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=UNTIL), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    views = [GroupView(n, g, report.a, report.b) for n, g in enumerate(report.alignments)]
    profiles = (_profile("en"), _profile(code))
    a_items = [(v, span) for v in views for span in negated_clauses.negated(v.a.text, profiles[0])]
    b_items = [(v, span) for v in views for span in negated_clauses.negated(v.b.text, profiles[1])]
    return (
        len(renderings.unrendered(a_items, "a", profiles)),
        len(renderings.unrendered(b_items, "b", profiles)),
    )


def test_a_negation_the_other_side_writes_too_is_no_rendering_of_only_then() -> None:
    """B writes "erst" and a "nicht" of its own: A's "not ... until" is that negation, not
    one B renders by "erst" alone (taking it out left B's "nicht" as a negation added)."""
    a = "Residents will not be allowed to return until Friday.\n"
    assert _unrendered(
        a, "Die Bewohner dürfen erst am Freitag zurückkehren, nicht früher.\n", "de"
    ) == (1, 1)
    assert _unrendered(a, "Die Bewohner dürfen erst am Freitag zurückkehren.\n", "de") == (0, 0)


def test_only_then_still_renders_a_negation_the_other_side_does_not_write() -> None:
    a = "Residents will not be allowed to return until Friday.\n"
    faithful = "Die Bewohner dürfen erst am Freitag zurückkehren.\n"
    assert severe_messages(a, faithful, "de", "negation.", UNTIL) == []
    drifted = "Die Bewohner dürfen am Freitag zurückkehren.\n"
    assert severe_messages(a, drifted, "de", "negation.", UNTIL) != []


SEAFARERS = {
    "нам": "we",
    "не": "not",
    "хватает": "short",
    "моряков": "seafarers",
    "достаточно": "enough",
}


@pytest.mark.parametrize(
    ("code", "text", "sign"),
    [
        ("en", "Right now we are 40 seafarers short.", -1),
        ("en", "We have enough seafarers.", 1),
        ("de", "Uns fehlen 40 Seeleute.", -1),
        ("fr", "Il nous manque 40 marins.", -1),
        ("es", "Nos faltan 40 marineros.", -1),
        ("ru", "Сейчас нам не хватает 40 моряков.", -1),
        ("ru", "Моряков у нас достаточно.", 1),
    ],
)
def test_a_lack_is_the_negative_pole_of_enough(code: str, text: str, sign: int) -> None:
    assert [(m.kind, m.sign) for m in polarity.marks(text, _profile(code))] == [("enough", sign)]


def test_a_lack_written_with_a_negation_renders_short_of() -> None:
    a = "Right now we are 40 seafarers short.\n"
    assert (
        severe_messages(a, "Сейчас нам не хватает 40 моряков.\n", "ru", "negation.", SEAFARERS)
        == []
    )
    drifted = "We have enough seafarers.\n"
    assert (
        severe_messages(
            drifted, "Сейчас нам не хватает 40 моряков.\n", "ru", "negation.", SEAFARERS
        )
        != []
    )


def test_a_verb_of_lack_renders_a_negation_of_spending() -> None:
    en, de = _profile("en"), _profile("de")
    a = "Every euro we spend on tarmac is a euro we do not spend on nurses."
    span = negated_clauses.negated(a, en)[0]
    lacks = "Jeder Euro, den wir für Asphalt ausgeben, fehlt uns für Pflegekräfte."
    assert renderings.lacked(a, span, lacks, en, de)
    assert not renderings.lacked(a, span, "Jeder Euro geht an Pflegekräfte.", en, de)


def test_a_lack_the_other_side_writes_with_a_negation_renders_no_second_negation() -> None:
    """ "не хватает" is a negated clause of its own side: it answers "no longer cover", and
    cannot also stand for the "did not choose" a drifted translation dropped."""
    en, ru = _profile("en"), _profile("ru")
    a = "Our drivers earn wages that no longer cover the rent. We did not choose this strike."
    spans = negated_clauses.negated(a, en)
    b = "Водители получают зарплату, которой уже не хватает на аренду. Мы выбрали эту забастовку."
    assert [renderings.lacked(a, span, b, en, ru) for span in spans] == [False, False]
    assert renderings.lacked(a, spans[1], "У парка нехватка водителей.", en, ru)


def test_not_this_but_that_renders_instead_of() -> None:
    en, ru = _profile("en"), _profile("ru")
    b = "На острова паромы будут ходить не ежедневно, а лишь три раза в неделю."
    span = negated_clauses.negated(b, ru)[0]
    a = "The islands will be served only three times a week instead of every day."
    assert renderings.contrasted(b, span, a, ru, en)
    assert not renderings.contrasted(b, span, "The islands will be served every day.", ru, en)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "A nadie le gustan estas tarifas, tampoco a mí."),
        ("fr", "Personne n'aime ces tarifs, moi non plus."),
        ("de", "Niemand mag diese Gebühren, ich auch nicht."),
        ("ru", "Никто не любит эти сборы, я тоже не люблю."),
    ],
)
def test_a_word_of_nor_carries_the_negation_before_it_on(code: str, text: str) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == 1


def test_a_french_no_without_ne_is_a_negation() -> None:
    fr = _profile("fr")
    assert (
        len(
            negated_clauses.negated(
                "Sans abeilles, pas de récolte, et sans récolte, pas d'exploitations.", fr
            )
        )
        == 2
    )
    assert negated_clauses.negated("Il a payé pas moins de 20 euros.", fr) == []
    assert (
        negated_clauses.negated("La décision pousse le stock au-delà du point de non-retour.", fr)
        == []
    )
    assert (
        negated_clauses.negated("Ses pesticides étaient utilisés sans danger depuis 20 ans.", fr)
        == []
    )
    assert len(negated_clauses.negated("Elle a demandé sans obtenir de réponse.", fr)) == 1


def test_stopped_short_of_is_a_negation() -> None:
    assert (
        len(
            negated_clauses.negated(
                "He stopped short of promising to reverse the cuts.", _profile("en")
            )
        )
        == 1
    )


def test_disagree_is_the_negative_pole_of_agree() -> None:
    en, ru = _profile("en"), _profile("ru")
    assert [(m.kind, m.sign) for m in polarity.marks("It strongly disagreed.", en)] == [
        ("assent", -1)
    ]
    b = "Компания заявила, что категорически не согласна с выводами."
    span = negated_clauses.negated(b, ru)[0]
    assert renderings.opposite(
        b, span, "The company said it strongly disagreed with the findings.", ru, en
    )
    assert not renderings.opposite(b, span, "The company said it agreed with the findings.", ru, en)


@pytest.mark.parametrize(
    ("code", "text", "sign"),
    [
        ("fr", "Cette interdiction ne nous laisse aucune solution.", -1),
        ("es", "La prohibición no se aplica a los apicultores.", -1),
        ("ru", "Запрет не касается пчеловодов.", -1),
        ("de", "Das Verbot gilt nicht für Imker.", -1),
        ("de", "Der Minister bestritt die Zahlen nicht.", 1),
    ],
)
def test_a_negation_after_a_noun_negates_the_verb_after_it(code: str, text: str, sign: int) -> None:
    assert [
        m.sign for m in polarity.marks(text, _profile(code)) if m.kind in {"permission", "assent"}
    ] == [sign]


STAFF = {
    "compagnie": "company",
    "espère": "hopes",
    "rétablir": "restore",
    "service": "service",
    "parvient": "could",
    "recruter": "recruit",
    "personnel": "staff",
    "printemps": "spring",
    "rétablira": "restore",
}


def test_a_hedge_in_a_condition_hedges_no_statement() -> None:
    a = "The company hopes to restore the service in spring if it could recruit.\n"
    b = "La compagnie espère rétablir le service au printemps si elle parvient à recruter.\n"
    assert severe_messages(a, b, "fr", "hedge.", STAFF) == []
    hedged = "The company could restore the service in spring.\n"
    assert (
        severe_messages(
            hedged, "La compagnie rétablira le service au printemps.\n", "fr", "hedge.", STAFF
        )
        != []
    )


CHARGES = {
    "krankenhäuser": "hospitals",
    "dürften": "free",
    "gebühren": "charges",
    "festlegen": "set",
}


def test_the_may_of_permission_renders_free_to() -> None:
    a = "Hospitals were free to set their own charges.\n"
    b = "Krankenhäuser dürften ihre Gebühren selbst festlegen.\n"
    assert severe_messages(a, b, "de", "hedge.", CHARGES) == []
    plain = "Hospitals set their own charges.\n"
    assert severe_messages(plain, b, "de", "hedge.", CHARGES) != []


RETURN = {"vecinos": "residents", "podrán": "allowed", "regresar": "return", "no": "not"}


def test_a_phrase_of_permission_keeps_a_modal_not_an_outright_hedge() -> None:
    a = "Residents would not be allowed to return.\n"
    assert severe_messages(a, "Los vecinos no podrán regresar.\n", "es", "hedge.", RETURN) == []
    drifted = "Los vecinos probablemente no podrán regresar.\n"
    assert severe_messages(a, drifted, "es", "hedge.", RETURN) != []


def test_must_not_renders_the_may_of_a_ban() -> None:
    ru = _profile("ru")
    assert facts.hedge_words("После 15 декабря продавать новые препараты будет нельзя.", ru) == 1


def test_a_word_the_other_side_negates_itself_renders_no_negation() -> None:
    """ "no aceptaremos" writes the negation of "will not accept": it is no opposite word
    that carries it, so a "not against" dropped next to it is still one negation lost."""
    en, es = _profile("en"), _profile("es")
    a = "We are not against the port, but we will not accept the destruction of the bay."
    span = negated_clauses.negated(a, en)[1]
    drifted = "Estamos en contra del puerto, pero no aceptaremos la destrucción de la bahía."
    assert not renderings.opposite(a, span, drifted, en, es)
    assert renderings.opposite(a, span, "Rechazaremos la destrucción de la bahía.", en, es)


def test_a_negation_word_of_the_other_side_renders_no_negation() -> None:
    """ "bestreitet" is a negation word of its own: it is the negation of "denies", not a
    word that carries it, so a "did not speak" dropped beside it is still lost."""
    en, de = _profile("en"), _profile("de")
    a = "Marsecki, who denies all the charges, did not speak to reporters."
    span = negated_clauses.negated(a, en)[0]
    assert not renderings.opposite(
        a, span, "Marsecki, der alle Vorwürfe bestreitet, schwieg.", en, de
    )
    b = "Das Ministerium hat es versäumt, die Fischer anzuhören."
    failed = "The ministry failed to consult the fishermen."
    assert renderings.opposite(failed, negated_clauses.negated(failed, en)[0], b, en, de)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "He said there was no shortage of insulin."),
        ("es", "Aseguró que no falta insulina."),
        ("fr", "Il n'y a aucune pénurie d'insuline."),
        ("de", "Es gebe keinen Mangel an Insulin."),
    ],
)
def test_no_before_a_word_of_lack_says_enough(code: str, text: str) -> None:
    found = [m.sign for m in polarity.marks(text, _profile(code)) if m.kind == "enough"]
    assert found == [1]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Emergency services would have been stretched by a second event."),
        ("de", "Die Rettungsdienste wären mit einem zweiten Ereignis überfordert gewesen."),
        ("fr", "Les secours n'auraient pas pu faire face à un deuxième événement."),
        ("es", "Los servicios de emergencia no habrían dado abasto."),
        ("ru", "Экстренные службы не справились бы со вторым мероприятием."),
    ],
)
def test_overwhelmed_is_the_negative_pole_of_cope(code: str, text: str) -> None:
    assert [(m.kind, m.sign) for m in polarity.marks(text, _profile(code))] == [("cope", -1)]
