"""Constructed sentences (not from the bench) for a relative clause set off by commas: its
negation belongs to its noun, so it and the clause of that noun around it count as one
negated clause, as English writes "a bank that cannot pay is no bank" in one clause."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import negated_clauses
from tests.helpers import language_profile as _profile


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # the relative clause and the clause its noun opens count once
        ("de", "Ein Hafen, der keine Schiffe abfertigen kann, ist kein Hafen.", 1),
        ("ru", "Завод, который не может работать, - это не завод.", 1),
        ("fr", "Une école, qui n'a pas d'élèves, n'est pas une école.", 1),
        ("es", "Un puerto, que no recibe barcos, no es un puerto.", 1),
        ("en", "The port, which cannot load ships, is not a port.", 1),
        ("en", "A port that cannot load ships is not a port.", 1),
        # one negation, in the relative clause or in the clause of its noun, still counts
        ("de", "Ein Hafen, der keine Schiffe abfertigen kann, wird geschlossen.", 1),
        ("de", "Ein Hafen, der Schiffe abfertigt, ist nicht geschlossen.", 1),
        ("ru", "Завод, который не работает, закроют.", 1),
        # a conjunction after the relative clause opens a clause of its own
        ("de", "Er traf den Minister, der nicht kam, und sie sagte nichts.", 2),
        ("ru", "Он встретил министра, который не пришел, но она ничего не сказала.", 2),
        # a "die" after a clause that ends in no noun is an article: no relative clause
        ("de", "Er sagte nicht, die Bank habe keine Zahlungen geleistet.", 2),
        # a relative clause that ends its sentence interrupts no clause: it counts alone
        ("en", "He did not say it, and heat pumps, whose grants are not cut, stay.", 2),
        ("en", "He did not say it and named heat pumps, whose grants are not cut.", 2),
        ("es", "No lo dijo y citó las bombas de calor, cuyas ayudas no se ven afectadas.", 2),
        ("ru", "Он не назвал насосы, на которые субсидии не урежут.", 2),
        # a new sentence is a clause of its own
        ("de", "Ein Hafen, der nicht arbeitet. Die Stadt zahlt nicht.", 2),
        ("fr", "Le port, qui ne travaille pas. La ville ne paie pas.", 2),
    ],
)
def test_a_relative_clause_counts_with_the_clause_of_its_noun(
    code: str, text: str, count: int
) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # a conjunction in the rest of the clause of the noun joins a clause of its own
        ("en", "A former guard, who was not on duty, warned them but got no reply.", 2),
        ("de", "Ein Wächter, der nicht genannt sein wollte, warnte, aber hörte nichts.", 2),
        ("de", "Ein Wächter, der nicht genannt sein wollte, warnte und hörte nichts.", 2),
        ("en", "A former guard, who was not on duty, got no reply.", 1),
    ],
)
def test_a_conjunction_after_a_relative_clause_joins_a_clause_of_its_own(
    code: str, text: str, count: int
) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count
