"""A figure changed into the value of another figure of its paragraph, written for these tests
(not from the bench stories): the side that now states the value twice pairs the other
side's one with the twin in the same place in the order of its figures, so the finding
points at the changed figure, not at the one the translator kept."""

from __future__ import annotations

import pytest

from driftcheck import Comparer
from driftcheck.findings.xling.twins import closest_in_order
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Severity


def _changed(a: str, b: str, code: str) -> list[tuple[str, str, int]]:
    """(message, B's text, B's offset) of each warning/error number finding."""
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        (f.message, f.b_text or "", f.b_span[0] if f.b_span else -1)
        for f in report.findings
        if f.rule.startswith("number.") and f.severity.rank >= Severity.WARNING.rank
    ]


YEARS_A = (
    "Ms Varga led the club from 2011 until she resigned in May 2019, and its debts grew"
    " between 2015 and 2018.\n"
)


@pytest.mark.parametrize(
    ("a", "code", "b", "changed"),
    [
        (
            YEARS_A,
            "de",
            "Frau Varga führte den Verein von 2011 bis zu ihrem Rücktritt im Mai 2018, und"
            " seine Schulden wuchsen zwischen 2015 und 2018.\n",
            "Mai 2018",
        ),
        (
            "Voting opened on Monday and closed on Thursday, though late ballots came in"
            " on Friday.\n",
            "fr",
            "Le vote a commencé lundi et s'est terminé vendredi, même si des bulletins"
            " tardifs sont arrivés vendredi.\n",
            "terminé vendredi",
        ),
        (
            "The first walkout was on May 16 and the strike ends at 6 a.m. on Saturday.\n",
            "es",
            "El primer paro fue el 6 de mayo y la huelga termina a las 6:00 del sábado.\n",
            "el 6 de mayo",
        ),
    ],
)
def test_the_changed_one_of_two_equal_figures_is_the_one_reported(
    a: str, code: str, b: str, changed: str
) -> None:
    found = _changed(a, b, code)
    assert len(found) == 1
    at = b.index(changed) + changed.index(found[0][1])
    assert found[0][2] == at, found


@pytest.mark.parametrize(
    ("b", "code"),
    [
        (
            "Frau Varga führte den Verein von 2011 bis zu ihrem Rücktritt im Mai 2019, und"
            " seine Schulden wuchsen zwischen 2015 und 2018.\n",
            "de",
        ),
        (
            "Frau Varga leitete den Verein von 2011 an. Im Mai 2019 trat sie zurück; die"
            " Schulden wuchsen zwischen 2015 und 2018.\n",
            "de",
        ),
    ],
)
def test_a_faithful_order_of_the_same_figures_is_quiet(b: str, code: str) -> None:
    assert _changed(YEARS_A, b, code) == []


@pytest.mark.parametrize(
    ("xs", "ys", "pairs"),
    [
        ([0.9], [0.1, 0.8], [(0, 1)]),
        ([0.1], [0.2, 0.8], [(0, 0)]),
        ([0.5], [0.25, 0.75], [(0, 0)]),  # a tie keeps the first twin, as before
        ([0.2, 0.8], [0.1, 0.5, 0.9], [(0, 0), (1, 2)]),
        ([0.1, 0.5, 0.9], [0.8], [(2, 0)]),
        ([0.3, 0.6], [0.3, 0.6], [(0, 0), (1, 1)]),
        ([], [0.5], []),
    ],
)
def test_twins_pair_in_order_by_least_distance(
    xs: list[float], ys: list[float], pairs: list[tuple[int, int]]
) -> None:
    assert closest_in_order(xs, ys) == pairs


def _rules(a: str, b: str, code: str, words: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(rule, message) of each warning/error number finding; `words` are the fake
    embedder's synonyms."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        (f.rule, f.message)
        for f in report.findings
        if f.rule.startswith("number.") and f.severity.rank >= Severity.WARNING.rank
    ]


@pytest.mark.parametrize(
    ("a", "code", "b", "changes"),
    [
        (
            "Ms Lund scored 7.5 points in the final and 6.5 in the semi-final.\n",
            "de",
            "Frau Lund holte im Finale 8,5 Punkte und im Halbfinale 5,5.\n",
            ["7.5 -> 8,5", "6.5 -> 5,5"],
        ),
        (  # the translator put the years first: the pairs are by digits, not by place
            "A third of the region's 240,000 hives died in the winters of 2023 and 2024.\n",
            "ru",
            "Зимой 2022 и 2023 годов погибла треть из 24 000 ульев региона.\n",
            ["240,000 -> 24 000", "2024 -> 2022"],
        ),
    ],
)
def test_figures_changed_in_one_sentence_are_each_a_change(
    a: str, code: str, b: str, changes: list[str]
) -> None:
    found = _rules(a, b, code)
    assert [rule for rule, _ in found] == ["number.changed"] * len(changes)
    assert sorted(message.split(": ", 1)[1] for _, message in found) == sorted(changes)


def test_a_change_pairs_with_the_figure_of_its_own_sentence() -> None:
    found = _rules(
        "The Varga mill employs 120 people. The Varga mill opened in 1990.\n",
        "L'usine Varga emploie 120 personnes, dont 15 apprentis. L'usine Varga a ouvert en 1991.\n",
        "fr",
        {"usine": "mill", "emploie": "employs", "personnes": "people", "ouvert": "opened"},
    )
    assert sorted(found) == [
        ("number.added", "number added: 15"),
        ("number.changed", "number changed: 1990 -> 1991"),
    ]
