"""A calibrated 1-1 decision for the programme: the same sentence revised, or another one.

A logistic model over a few features of the pair gives the probability that two sentences
are one sentence, revised; the programme (order.py) may link a 1-1 pair for the probability
above `calibrated` where its cosine stays under `link` (a paraphrase that sits where the
order puts it). Fitted per backend by bench/fit_align.py --calibrate on the dev sets
(AlignParams.w_*); off when `calibrated` is 0.
"""

from __future__ import annotations

import math

from driftcheck.align.params import AlignParams
from driftcheck.align.vectors import Vectors, word_overlap

FEATURES = ("cosine", "margin", "length", "position", "neighbours", "lexical")
"""What the model reads, in the order of AlignParams' w_* weights (then w_bias)."""


def features(
    vectors: Vectors, a: tuple[int, ...], b: tuple[int, ...], r: int, c: int
) -> list[float]:
    """The features of pairing A sentence a[r] with B sentence b[c], between neighbours a, b.

    cosine; margin: how far it is ahead of the best other candidate of either sentence
    (against 0 when neither has another: a lone pair is not a sure one); length: shorter
    over longer, in characters; position: how far apart the two sit in the gap between the
    settled pairs around them, each as a share of its side of the gap (0 to 1; 0 for the
    only sentence of each side: the order leaves no other option); neighbours: the mean
    cosine of the sentences before and after each (a revised sentence keeps its
    neighbours; 0.5 without any); lexical: how far the pair's word overlap falls short of
    the versions' (see vectors.pair_cost).
    """
    i, j = a[r], b[c]
    cosine = vectors.cos(i, j)
    rivals = [x.score for x in vectors.near["a"].get(i, []) if x.index != j]
    rivals += [x.score for x in vectors.near["b"].get(j, []) if x.index != i]
    margin = cosine - max(rivals, default=0.0)
    size_a, size_b = len(vectors.texts["a"][i]), len(vectors.texts["b"][j])
    length = min(size_a, size_b) / max(size_a, size_b, 1)
    position = abs((r + 0.5) / len(a) - (c + 0.5) / len(b))
    near = [
        vectors.cos(a[r + step], b[c + step])
        for step in (-1, 1)
        if 0 <= r + step < len(a) and 0 <= c + step < len(b)
    ]
    neighbours = sum(near) / len(near) if near else 0.5
    lexical = max(0.0, vectors.shared - word_overlap(vectors, i, j))
    return [cosine, margin, length, position, neighbours, lexical]


def weights(params: AlignParams) -> list[float]:
    """The model's weights, one per feature, then the intercept."""
    return [getattr(params, f"w_{name}") for name in FEATURES] + [params.w_bias]


def probability(params: AlignParams, values: list[float]) -> float:
    """The modelled probability that the pair is one sentence, revised."""
    w = weights(params)
    z = w[-1] + sum(weight * value for weight, value in zip(w, values, strict=False))
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))
