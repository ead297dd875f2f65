"""Constructed sentences (not from the bench) for how negated clauses are counted alike in
languages that punctuate their clauses differently: a conjunction joins a negated clause of
its own where English writes no comma; a word cited in quotation marks negates nothing;
French negates a noun set against another with "pas" alone, and writes the negative prefix
of a participle (unpaid, unbezahlt) as "non" before it; "ni" joins the nouns of a "sin" or
"sans"; a negative determiner repeated over two nouns ("keiner Beschilderung und keiner
Eintrittskarte") is one negation; and a clause without its negation reads as its
affirmative (nobody -> somebody)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import meaning, negated_clauses
from tests.helpers import language_profile as _profile


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # English joins two negated clauses with "but" and no comma; German sets them off
        (
            "en",
            "The inspectorate did not dispute the complaints but said there had been no movement.",
            2,
        ),
        (
            "de",
            "Die Aufsicht bestritt sie nicht, erklärte aber, es habe keine Bewegung gegeben.",
            2,
        ),
        ("en", "There was no water and no power for two days.", 2),
        ("fr", "Il n'y avait pas d'eau et il n'y avait pas de courant.", 2),
        # one negation before the conjunction, none after: one negated clause
        ("en", "The inspectorate did not dispute the complaints and said it would reply.", 1),
        ("en", "Nobody was hurt and the fire was put out.", 1),
    ],
)
def test_a_conjunction_joins_a_negated_clause_of_its_own(code: str, text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("en", 'Answers were copied with the "yes" and "no" boxes reversed.', 0),
        ("de", "Angaben wurden mit vertauschten „Ja“- und „Nein“-Feldern übertragen.", 0),
        ("fr", "Les cases « oui » et « non » ont été inversées.", 0),
        ("ru", "Ответы «да» и «нет» перепутали.", 0),
        # an answer said, with its comma, is a negation; so is a quoted clause of several words
        ("en", '"No," he said.', 1),
        ("en", '"We will not pay," he said.', 1),
        # an answer in quotation marks after a verb of saying is a refusal ("they said no")
        ("ru", "Мы попросили людей платить больше, и они сказали „нет“.", 1),
        ("ru", "Мы попросили людей платить больше, и они сказали «нет».", 1),
        ("de", "Wir haben gefragt, und sie haben Nein gesagt.", 1),
        ("de", "Wir haben gefragt, und sie sagten „Nein“.", 1),
        ("ru", "Мы попросили людей платить больше, и они поставили „нет“.", 0),
    ],
)
def test_a_negation_word_cited_in_quotation_marks_negates_nothing(
    code: str, text: str, count: int
) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Nous demandons des mesures ciblées, pas une interdiction.", 1),
        ("Le texte vaut pour les villes, mais pas pour les villages.", 1),
        ("Il ne veut pas une interdiction.", 1),  # "pas" completes "ne": one negation
        ("Elle ne sait pas une chose.", 1),
        # "pas" after a word of its clause is no negation of its own ("un pas", a step)
        ("Il a fait un pas vers la sortie.", 0),
    ],
)
def test_pas_alone_negates_a_noun_set_against_another_in_french(text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile("fr"))) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ils font 14 heures supplémentaires non payées par mois.", 0),  # unpaid
        ("Des revenus non déclarés ont été trouvés.", 0),
        ("Il a plaidé non coupable.", 1),  # before an adjective, "non" is "not": not guilty
        ("Le prix, TVA non comprise, augmente.", 0),
        ("Les heures ne sont pas payées.", 1),
        ("Moi non plus.", 1),  # nor: a negation, not a prefix
        ("Il parle aux élus et non aux usagers.", 1),
    ],
)
def test_non_before_a_participle_is_the_negative_prefix_in_french(text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile("fr"))) == count


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("es", "Las tiendas se quedaron sin leche fresca ni pan el martes.", 0),
        ("fr", "Les magasins sont restés sans lait ni pain mardi.", 0),
        # a "ni" of its own, or one that goes on from a negation of the clause, negates
        ("es", "Ni el ministro ni el alcalde hablaron.", 1),
        ("es", "No salen sin agua ni comida.", 1),
        ("fr", "Il n'a vu ni lait ni pain.", 1),
        # "sans" before a verb is a negated action: it counts ("without paying or warning")
        ("fr", "Ils sont partis sans payer ni prévenir.", 1),
    ],
)
def test_ni_joins_the_nouns_of_a_without(code: str, text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("code", "text", "affirmative"),
    [
        ("en", "Nobody was hurt.", "Somebody was hurt."),
        ("en", "The set cannot be moved.", "The set can be moved."),
        ("en", "They didn't pay.", "They did pay."),
        ("en", "They did not pay.", "They did pay."),  # a word not listed is left out
        ("de", "Niemand wurde verletzt.", "Jemand wurde verletzt."),
        ("es", "Nadie resultó herido.", "Alguien resultó herido."),
        ("ru", "У нас нет доказательств.", "У нас есть доказательств."),
    ],
)
def test_a_clause_without_its_negation_reads_as_the_affirmative(
    code: str, text: str, affirmative: str
) -> None:
    profile = _profile(code)
    marks = [
        mark
        for negated in negated_clauses.negated(text, profile)
        for mark in negated_clauses.negation_marks(text, negated, profile)
    ]
    assert meaning.without(text, marks, profile.affirmatives) == affirmative


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # each negation of a clause a conjunction joins is taken out alone
        (
            "The diocese has never sold land and does not plan to sell it now.",
            [
                "The diocese has sold land and does not plan to sell it now.",
                "The diocese has never sold land and does plan to sell it now.",
            ],
        ),
        # one negation: the whole clause is its stretch
        ("We did not eat and drink.", ["We did eat and drink."]),
    ],
)
def test_a_negation_of_a_conjunct_is_taken_out_alone(text: str, kept: list[str]) -> None:
    profile = _profile("en")
    found = [
        meaning.without(
            text, negated_clauses.negation_marks(text, negated, profile), profile.affirmatives
        )
        for negated in negated_clauses.negated(text, profile)
    ]
    assert found == kept


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # the same negative determiner before two nouns joined by "and": one negation, as
        # "will not appear on any signage or tickets" says it once
        (
            "de",
            "Der Name werde auf keiner Beschilderung und keiner Eintrittskarte mehr erscheinen.",
            1,
        ),
        ("es", "Ningún tren y ningún autobús circulará el lunes.", 1),
        # ... but not where the second noun has a negated verb of its own
        ("fr", "Aucune violence n'a été signalée et aucune interpellation n'a eu lieu.", 2),
        # ... nor a repeated "not" or a short "no", which open a clause as often
        ("de", "Wir sind nicht gegen Lithium und nicht gegen Arbeitsplätze.", 2),
        ("en", "He had no money and no one helped him.", 2),
    ],
)
def test_a_negative_determiner_repeated_over_two_nouns_is_one_negation(
    code: str, text: str, count: int
) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count
