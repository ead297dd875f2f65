"""A sentence a translator split off a clause: the pair's own clauses that translate another
clause of the sentence are no rival translation of the split one (xling.splits)."""

from __future__ import annotations

import numpy as np

from driftcheck.findings.xling import splits

LONELY = [1.0, 0.0, 0.0, 0.0]  # "Dies könnte zu einer Geldbuße führen."
FIRST = [0.0, 1.0, 0.0, 0.0]  # "The office said it may open an inquiry"
SECOND = [0.6, 0.0, 0.8, 0.0]  # "which could lead to a fine"
PAIR = [0.0, 0.8, 0.0, 0.6]  # "Das Amt erklärte, es werde möglicherweise prüfen"


def _note(clause_of_pair: list[float], pair: list[float] = PAIR) -> str | None:
    """The note for the lonely sentence, the pair's one clause being `clause_of_pair`."""
    rows = np.array(
        [LONELY, FIRST, pair, clause_of_pair, SECOND, pair, clause_of_pair], dtype=np.float32
    )
    candidates = [("The office said it may open an inquiry", 2, 0), ("which could lead", 2, 0)]
    return splits._clause_note(candidates, rows)


def test_a_clause_of_the_pair_that_translates_another_clause_is_no_rival() -> None:
    # the pair's clause reads 0.65 to the split clause (a hedge word of both), above the
    # lonely sentence's 0.6, but it is the first clause's translation (0.5 to it)
    note = _note([0.0, 0.5, 0.8125, 0.3])
    assert note is not None
    assert "which could lead" in note


def test_a_clause_of_the_pair_that_translates_the_split_clause_is_its_translation() -> None:
    assert _note([0.0, 0.1, 1.05, 0.0]) is None


def test_a_rival_set_aside_needs_a_clear_lead_over_the_rest() -> None:
    # the whole pair reads 0.55 to the split clause: 0.6 is no clear lead once the pair's
    # clause is set aside (an omitted sentence whose content the pair partly has)
    assert _note([0.0, 0.5, 0.8125, 0.3], pair=[0.0, 0.8, 0.6875, 0.0]) is None
