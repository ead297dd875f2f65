"""Constructed sentences (not from the bench) for how far a negation reaches and how the
negations of two versions pair: a negative verb turns round only the verb it governs; a
negation both clauses have says the same however many words stand before the word it
negates; a word the other side negates itself renders no negation; a "ne" cut from its
"pas" by a quotation mark is one negation; the story's count leaves out, as each unit's
does, the negations the other side renders without a negation word."""

from __future__ import annotations

import pytest

from driftcheck.findings.context import GroupView
from driftcheck.findings.xling import negated_clauses, polarity, renderings
from driftcheck.findings.xling.units import units
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


def _poles(text: str, code: str) -> list[tuple[str, int]]:
    return sorted((m.kind, m.sign) for m in polarity.marks(text, _profile(code)))


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        # a preposition between: the outage is no verb "failed" takes
        ("en", "Some calls failed during the outage.", [("success", -1), ("work", -1)]),
        ("en", "The union refused to rule out a strike.", [("assent", -1), ("assent", 1)]),
        ("es", "El sindicato se negó a aceptar el acuerdo.", [("assent", -1), ("assent", -1)]),
        ("ru", "Мэр отказался признать вину.", [("assent", -1), ("assent", -1)]),
    ],
)
def test_a_negative_verb_turns_round_only_the_verb_it_governs(
    code: str, text: str, poles: list[tuple[str, int]]
) -> None:
    assert _poles(text, code) == poles


ENOUGH = {"книга": "book", "класс": "classroom", "факты": "facts", "проверили": "check"}


def test_a_negation_both_clauses_have_is_no_flip_however_far_it_stands() -> None:
    """English puts an article and an adverb between "not" and "enough", Russian only
    nouns: the negation reaches "достаточно" by the count of words and not "enough", but
    both clauses negate the same verb."""
    a = "The book never reached a classroom, but we did not check the facts closely enough.\n"
    faithful = "Книга никогда не попала в класс, но мы не проверили факты достаточно тщательно.\n"
    assert severe_messages(a, faithful, "ru", "negation.", ENOUGH) == []
    drifted = "Книга никогда не попала в класс, но мы проверили факты недостаточно тщательно.\n"
    found = severe_messages(a, drifted, "ru", "negation.", ENOUGH)
    assert any(m.startswith(polarity.POLARITY) for m in found)


DENIED = {"acusado": "accused", "negó": "denied", "cargos": "charges", "juicio": "trial"}


def test_a_negative_word_is_no_negation_that_stands_further_off() -> None:
    """ "denied" is a negation word itself: its clause negates nothing else, so "no negó"
    (did not deny) is a flip, not the same negation reaching further."""
    a = "The accused denied all the charges during the trial.\n"
    drifted = "El acusado no negó los cargos durante el juicio.\n"
    found = severe_messages(a, drifted, "es", "negation.", DENIED)
    assert any(m.startswith(polarity.POLARITY) for m in found)


FURTHER = {
    "exclu": "ruled",
    "coupures": "cuts",
    "jeudi": "thursday",
    "demandé": "asked",
    "lave": "washing",
}


def test_a_negation_after_the_word_is_no_negation_standing_further_off() -> None:
    """The "ne pas" of "et a demandé de ne pas faire tourner" negates the verb after it,
    not the "exclu" before it: "could not be ruled out" -> "a exclu" stays a flip."""
    a = (
        "Voltara said further cuts could not be ruled out on Thursday and asked consumers "
        "not to run washing machines.\n"
    )
    drifted = (
        "Voltara a exclu de nouvelles coupures jeudi et a demandé de ne pas faire tourner "
        "de lave-linge.\n"
    )
    found = severe_messages(a, drifted, "fr", "negation.", FURTHER)
    assert any(m.startswith(polarity.POLARITY) for m in found)


def _opposite(a: str, b: str, code: str, nth: int = 0) -> bool:
    en, other = _profile("en"), _profile(code)
    span = negated_clauses.negated(a, en)[nth]
    return renderings.opposite(a, span, b, en, other)


def test_a_word_the_other_side_negates_itself_renders_no_negation() -> None:
    """ "could not rule out" = "no pudo descartar": the Spanish "no" writes that negation,
    so the "admitió" of another clause renders nothing (it once stood for it, and the
    dropped "not disconnected" went unseen)."""
    a = "The utility said it had not cut off any household, but could not rule out fees."
    b = "La compañía admitió que cortó el agua a un hogar, pero no pudo descartar recargos."
    assert not _opposite(a, b, "es", nth=1)
    assert _opposite(a, "La compañía admitió que podría haber recargos.", "es", nth=1)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("L'hôpital n'avait « pas d'autre choix que de garder le stock ».", 1),
        ("L'hôpital n'a pas gardé le stock, « pas question ».", 1),
        ("Il n'est pas venu. « Pas de chance », a-t-il dit.", 2),
    ],
)
def test_a_ne_cut_from_its_pas_by_a_quotation_mark_is_one_negation(text: str, count: int) -> None:
    assert len(negated_clauses.negated(text, _profile("fr"))) == count


def _shifts(a: str, b: str, code: str) -> list[int]:
    """Per unit, how many more negated clauses B has than A once renderings are left out."""
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    views = [GroupView(n, g, report.a, report.b) for n, g in enumerate(report.alignments)]
    profiles = (_profile("en"), _profile(code))
    return [renderings.shift(unit, profiles) for unit in units(views, report.a, report.b)]


def test_a_negation_rendered_as_only_then_does_not_count_in_the_story() -> None:
    """ "withdrawn only on September 29" = "no se retiró hasta el 29 de septiembre": the
    story's count, which decides whether a negation dropped elsewhere was balanced, leaves
    the rendering out as the unit's count does."""
    a = "The MeterLogic update was withdrawn only on September 29.\n"
    b = "La actualización MeterLogic no se retiró hasta el 29 de septiembre.\n"
    assert _shifts(a, b, "es") == [0]
    assert _shifts(a, "La actualización MeterLogic no se retiró el 29 de septiembre.\n", "es") == [
        1
    ]


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # a stop negated is going on (litotes): no negation, as "keeps asking" has none
        ("en", "We will not stop searching until everyone is found.", 0),
        ("es", "El ministerio no deja de pedir a los donantes que acudan.", 0),
        ("fr", "Le ministère ne cesse de demander aux donneurs de venir.", 0),
        ("fr", "Il n'arrête pas de demander des fonds.", 0),
        ("de", "Wir hören nicht auf zu suchen.", 0),
        ("ru", "Министерство не перестаёт просить доноров.", 0),
        # a bound: "n'augmenteront pas plus que l'inflation" = "rise by no more than"
        ("fr", "Les péages n'augmenteront pas plus que l'inflation.", 0),
        # "отрицательный" is the adjective "negative" (Rh-negative), not a denial
        ("ru", "Запасы крови с отрицательным резусом упали.", 0),
        ("ru", "Министерство отрицает свою вину.", 1),
        # litotes: "не раз" is "more than once", which no language writes with a negation
        ("ru", "Шкипер не раз шёл на неоправданный риск.", 0),
        ("ru", "Министерство не однажды просило доноров о помощи.", 0),
        ("ru", "Шкипер ни разу не шёл на риск.", 1),  # not once: never
        # a stop negated with a noun stops nothing: the negation stands
        ("en", "The court did not stop the works.", 1),
        ("es", "No dejó de lado el plan.", 1),
        ("fr", "Il n'a pas arrêté le projet.", 1),
        # a negation of a whole is a part: "undercounted" = "nicht vollständig erfasst"
        ("de", "Das Amt habe die Studierenden nicht vollständig erfasst.", 0),
        ("en", "The bureau did not fully count the students.", 0),
        ("ru", "Бюро не полностью учло студентов.", 0),
        ("de", "Das Amt habe die Studierenden nicht erfasst.", 1),
        # every form of a verb of refusal is a negation, as "refuse to" is
        ("de", "Mehrere Fakultäten lehnen dies für Laborkurse jedoch ab.", 1),
        ("de", "Sie sagte, dass die Fakultäten es ablehnen.", 1),
        ("de", "Die Behörde verweigerte die Auskunft.", 1),
        ("de", "Die Gäste lehnen sich zurück.", 0),  # lean back
        # "solange ... nicht" is "until", as "tant que ... ne pas" is
        ("de", "Solange wir es nicht wissen, verlässt kein Laib das Land.", 1),
    ],
)
def test_a_negated_stop_and_a_negated_whole_negate_no_clause(
    code: str, text: str, count: int
) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


SAFE = {"service": "ward", "sûr": "unsafe", "disent": "say", "maintenant": "now"}


def test_a_negation_folded_into_a_prefix_is_rendered_by_a_negation() -> None:
    a = "Now they say the ward is unsafe.\n"
    faithful = "Maintenant ils disent que le service n'est pas sûr.\n"
    assert severe_messages(a, faithful, "fr", "negation.", SAFE) == []
    a_safe = "Now they say the ward is safe.\n"
    assert severe_messages(a_safe, faithful, "fr", "negation.", SAFE) != []


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("They say it is unsafe.", True),
        ("Holders were left unsure whether they had won.", True),
        ("The union met under the bridge until noon.", False),
        ("The outcome is unclear.", False),  # a negation word the count already has
    ],
)
def test_a_word_with_a_negative_prefix_folds_a_negation(text: str, folded: bool) -> None:
    assert renderings.folded(text, _profile("en")) is folded
