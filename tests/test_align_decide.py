"""The calibrated 1-1 decision (decide.py) and the candidates it is fitted on, fake embedder."""

from __future__ import annotations

from dataclasses import replace

import pytest

from driftcheck.align import AlignOptions, AlignParams, align, candidate_pairs
from driftcheck.align.decide import FEATURES, features, probability
from driftcheck.align.vectors import Vectors, shared_words
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from tests.helpers import describe

PARAMS = AlignParams(anchor=0.95, link=0.5, join=0.5, move=0.95, part=0.3, rest=1.01)
A = [
    "The council met on Monday evening in the town hall.",
    "Members voted to raise parking fees in the centre by a tenth.",
    "The mayor said the money would repair roads.",
]
B = [
    "The council met on Monday evening at the town hall.",
    "Members decided to lift parking charges in the centre by ten percent.",
    "Opponents of the plan gathered outside the building.",
]


def vectors_of(a: list[str], b: list[str]) -> Vectors:
    return Vectors(dict(enumerate(a)), dict(enumerate(b)), (a, b), FakeEmbedder(), 8)


def test_features_of_a_pair_in_place() -> None:
    vectors = vectors_of(A, B)
    values = dict(zip(FEATURES, features(vectors, (0, 1, 2), (0, 1, 2), 1, 1), strict=True))
    assert values["cosine"] == pytest.approx(vectors.cos(1, 1))
    assert values["position"] == 0.0  # second of three on both sides
    assert values["neighbours"] == pytest.approx((vectors.cos(0, 0) + vectors.cos(2, 2)) / 2)
    assert 0.0 < values["length"] <= 1.0
    rivals = [vectors.cos(1, 0), vectors.cos(1, 2), vectors.cos(0, 1), vectors.cos(2, 1)]
    assert values["margin"] == pytest.approx(vectors.cos(1, 1) - max(rivals))


def test_position_is_measured_inside_the_gap_not_the_story() -> None:
    vectors = vectors_of(A, B)

    def position(a: tuple[int, ...], b: tuple[int, ...], r: int, c: int) -> float:
        return dict(zip(FEATURES, features(vectors, a, b, r, c), strict=True))["position"]

    # first of three against last of three: far apart in the gap
    assert position((0, 1, 2), (0, 1, 2), 0, 2) == pytest.approx(2 / 3)
    # the only sentence left on each side between settled pairs: the order allows nothing
    # else, wherever the two sit in their stories
    assert position((0,), (2,), 0, 0) == 0.0


def test_probability_is_a_logistic_of_the_weighted_features() -> None:
    params = replace(AlignParams(), w_cosine=4.0, w_bias=-2.0)
    assert probability(params, [0.5, 0, 0, 0, 0, 0]) == pytest.approx(0.5)
    assert probability(params, [1.0, 0, 0, 0, 0, 0]) > 0.85


def test_a_calibrated_decision_links_what_the_cosine_refuses_and_vetoes_weak_links() -> None:
    a, b = segment(" ".join(A)).sentences, segment(" ".join(B)).sentences

    def run(params: AlignParams) -> list[str]:
        return [describe(g) for g in align(a, b, FakeEmbedder(), AlignOptions(params=params))]

    # by cosine, the last pair (0.40) stays apart: a deletion and an addition
    plain = ["changed 1>1", "changed 2>2", "added ->3", "omitted 3>-"]
    assert run(PARAMS) == plain
    # a model that trusts neighbours links it: the pair before it is linked
    trusting = replace(PARAMS, calibrated=0.5, w_neighbours=20.0, w_bias=-5.0)
    assert run(trusting) == ["changed 1>1", "changed 2>2", "changed 3>3"]
    # a model that never links adds nothing, and takes nothing away without a veto
    never = replace(PARAMS, calibrated=0.5, w_bias=-10.0)
    assert run(never) == plain
    # with a veto, it refuses the pairs the cosine links by less than `sure`...
    added, omitted = ["added ->1", "added ->2", "added ->3"], ["omitted 1>-", "omitted 2>-"]
    assert sorted(run(replace(never, veto=0.3, sure=1.0))) == [*added, *omitted, "omitted 3>-"]
    # ...and keeps those the cosine is sure of
    assert run(replace(never, veto=0.3, sure=-1.0)) == plain


def test_candidate_pairs_are_the_cells_the_programme_weighs() -> None:
    a, b = segment(" ".join(A)).sentences, segment(" ".join(B)).sentences
    found = candidate_pairs(a, b, FakeEmbedder(), AlignOptions(params=PARAMS))
    assert {(i, j) for i, j, _ in found} >= {(1, 1), (2, 2)}
    assert all(len(values) == len(FEATURES) for *_, values in found)


def test_a_retelling_links_at_the_looser_probability() -> None:
    a, b = segment(" ".join(A)).sentences, segment(" ".join(B)).sentences
    assert 0.4 < shared_words(A, B) < 0.5

    def run(params: AlignParams) -> list[str]:
        return [describe(g) for g in align(a, b, FakeEmbedder(), AlignOptions(params=params))]

    # the model gives the last pair (cosine 0.40) a probability near 0.42: under 0.5
    doubtful = replace(PARAMS, calibrated=0.5, w_neighbours=20.0, w_bias=-12.0)
    plain = ["changed 1>1", "changed 2>2", "added ->3", "omitted 3>-"]
    assert run(doubtful) == plain
    # versions sharing fewer words than `retold` are two tellings: `loose` decides there
    retold = ["changed 1>1", "changed 2>2", "changed 3>3"]
    assert run(replace(doubtful, retold=0.5, loose=0.3)) == retold
    # versions sharing more (a revision) keep `calibrated`
    assert run(replace(doubtful, retold=0.4, loose=0.3)) == plain
