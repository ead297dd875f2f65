"""Constructed sentences (not from the bench) for classes of negation a translation writes
in another grammar: a German separable verb of refusal whose particle closes a long
clause ("wies ... zurück"), a negated fraction that is a bound in every language ("not
even half" = less than half), a Spanish negative word that is "anything" after "antes de",
and "prevent" against "not let" as words of opposite sense."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import negated_clauses, polarity, renderings
from tests.helpers import language_profile as _profile


def _negated(text: str, code: str) -> list[str]:
    return [text[start:end] for start, end in negated_clauses.negated(text, _profile(code))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the particle closes the clause, however long its middle field
        ("Der Bürgermeister wies die Kritik am Dienstag in einem Brief an den Rat zurück.", 1),
        ("Die Gewerkschaft lehnt den Vorschlag vom Montag aus mehreren Gründen klar ab.", 1),
        (
            "Die Firma stritt die Vorwürfe der Anwohner in einer langen Erklärung ab und"
            " kündigte eine Prüfung an.",
            1,
        ),
        ("Die Regierung wies die Vorwürfe zurück.", 1),
        # "zurück" far off and not closing its clause belongs to another verb
        ("Er wies die Kinder am Abend in der Schule auf den Weg zurück nach Hause hin.", 0),
        ("Er wies darauf hin, dass die Stadt das Geld an die Bank zurückzahlen werde.", 0),
    ],
)
def test_a_separable_verb_of_refusal_closes_its_clause(text: str, count: int) -> None:
    assert len(_negated(text, "de")) == count


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", 'She said the grant "may not pay even a third of the repairs".'),
        ("en", "The offer does not cover even half of the losses."),
        ("es", "La ayuda podría no pagar ni la mitad de las reparaciones."),
        ("ru", "Помощь может не покрыть даже половины расходов."),
        ("de", "Die Hilfe werde nicht einmal die Hälfte der Kosten decken."),
    ],
)
def test_a_negated_fraction_is_a_bound(code: str, text: str) -> None:
    assert _negated(text, code) == []


def test_a_negation_of_a_whole_amount_is_still_a_negation() -> None:
    assert _negated("The offer does not cover the losses.", "en") == ["not"]
    assert _negated("Помощь не покроет расходов.", "ru") == ["не"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Consultaremos a los vecinos antes de decidir nada.", 0),
        ("El alcalde habló con todos antes de que nadie lo supiera.", 0),
        ("No consultaremos a nadie antes de decidir nada.", 1),
        ("Está más preocupado que nunca.", 0),
        ("Es la peor sequía que hemos visto nunca.", 0),
        # "y nunca" is a negation of its own, whatever comparative stands before it
        ("Nos prometieron mejores salarios y nunca los cobramos.", 1),
    ],
)
def test_a_spanish_negative_word_after_antes_de_or_que_is_anything(text: str, count: int) -> None:
    assert len(_negated(text, "es")) == count


@pytest.mark.parametrize(
    ("code", "text", "poles"),
    [
        ("en", "We will not let the hall become a hotel.", [("permission", -1)]),
        ("en", "The rules let owners sell.", []),  # "let" counts only after a "not"
        ("en", "The barrier prevented a flood.", [("permission", -1)]),
        ("de", "Wir wollen verhindern, dass der Saal ein Hotel wird.", [("permission", -1)]),
        ("fr", "Nous voulons empêcher que la salle devienne un hôtel.", [("permission", -1)]),
        ("es", "Queremos impedir que la sala se convierta en un hotel.", [("permission", -1)]),
        ("ru", "Мы хотим помешать превращению зала в гостиницу.", [("permission", -1)]),
    ],
)
def test_prevent_is_a_negated_let(code: str, text: str, poles: list[tuple[str, int]]) -> None:
    found = [(m.kind, m.sign) for m in polarity.marks(text, _profile(code))]
    assert [p for p in found if p[0] == "permission"] == poles


def test_will_not_let_rendered_as_prevent_is_no_negation_lost() -> None:
    text = "We will not let the old hall become a hotel."
    span = negated_clauses.negated(text, _profile("en"))[0]
    prevent = "Wir werden verhindern, dass der alte Saal ein Hotel wird."
    allow = "Wir werden zulassen, dass der alte Saal ein Hotel wird."
    en, de = _profile("en"), _profile("de")
    assert renderings.opposite(text, span, prevent, en, de)
    assert not renderings.opposite(text, span, allow, en, de)
