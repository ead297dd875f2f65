"""Stage 2, Bertalign's second step: beads of up to four sentences along the anchor path.

In each gap between settled pairs, an order-preserving dynamic programme chooses beads
1-1, 1-2, 2-1, 2-2, 1-3, 3-1 (neighbours joined and embedded as one text, once per gap),
1-0 and 0-1, as Bertalign does (Liu and Zhu, 2022, corelib.second_pass_align):
- a bead scores the cosine of its two joined texts, minus `margin` times the mean cosine of
  each side's text with the sentences just before and after the other side's (a text that
  is as similar to its neighbours is not a match, only on the topic);
- times log2(1 + shorter / longer length), lengths in characters, B's scaled by the
  versions' length ratio (a translation into French runs longer than its German source);
- plus `tokens` times how well the numbers and names of its two sides agree (evidence.py);
  every shape scores alike: a 1-1 bead pays no `pair_cost`, whose word-overlap cost is a
  revision's (a translation shares no words to keep, so it only tilted the programme to
  merges);
- leaving a sentence out scores `skip` (negative: a cost, fitted per backend).
The gaps lie between consecutive anchors (and identical sentences), so the programme runs
in the rectangles along the anchor path, each in the band around its diagonal (order.py),
where Bertalign runs a window of fixed width around its first step's 1-1 path. Only pairs
sharing few words (translations, see `AlignParams.beads`) take this stage: in revisions,
whose deletions and additions are real, it links too much (bench/RESULTS.md).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from driftcheck.align.evidence import surviving_tokens, token_score
from driftcheck.align.order import Gap, best_path, diagonal_band
from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors
from driftcheck.embed.base import Matrix

STEPS = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1))
"""Bead shapes (A sentences, B sentences); the linking ones join at most three a side."""
LONGEST = 3
_SAME = 1e-6
"""Ties: the bead among paired neighbours, then the one nearest the diagonal, wins."""


def joined_runs(gap: Gap) -> list[tuple[str, Sequence[int]]]:
    """Every run of two and three consecutive gap sentences a bead may join, to embed once."""
    runs: list[tuple[str, Sequence[int]]] = []
    for side, ids in (("a", gap.a), ("b", gap.b)):
        for size in range(2, LONGEST + 1):
            runs += [(side, ids[k : k + size]) for k in range(len(ids) - size + 1)]
    return runs


def char_ratio(vectors: Vectors) -> float:
    """A's characters over B's, over the sentences being paired (Bertalign's char_ratio)."""
    a = sum(len(text) for text in vectors.texts["a"].values())
    b = sum(len(text) for text in vectors.texts["b"].values())
    return a / b if a and b else 1.0


@dataclass(frozen=True, slots=True)
class _Side:
    """One side of a gap: vectors and lengths of runs ending at each sentence."""

    runs: tuple[Matrix, ...]
    """runs[k][r]: the vector of the k+1 sentences ending at row r (zeros where none)."""
    lengths: tuple[tuple[float, ...], ...]
    neighbours: Matrix
    """Single-sentence vectors with the sentence before the gap first and after it last
    (zeros where there is none or it has no vector)."""
    tokens: tuple[tuple[frozenset[str], ...], ...]
    """tokens[k][r]: the tokens that survive translation (evidence.surviving_tokens) of the
    k+1 sentences ending at row r (empty where there are none, or the weight is 0)."""


def _side(
    vectors: Vectors,
    side: str,
    ids: tuple[int, ...],
    outside: tuple[int, int],
    shared: frozenset[str] | None,
) -> _Side:
    dim = vectors.rows[side].shape[1]
    runs, lengths = [], []
    for size in range(1, LONGEST + 1):
        matrix = np.zeros((len(ids), dim), np.float32)
        sizes = [0.0] * len(ids)
        for end in range(size - 1, len(ids)):
            part = ids[end - size + 1 : end + 1]
            if size == 1 or vectors.has_joined(side, part):
                matrix[end] = vectors.vector(side, part)
                sizes[end] = float(len(vectors.text(side, part)))
        runs.append(matrix)
        lengths.append(tuple(sizes))
    before, after = outside
    edges = [
        vectors.vector(side, (n,)) if n >= 0 and vectors.has(side, n) else np.zeros(dim, np.float32)
        for n in (before, after)
    ]
    neighbours = np.vstack([edges[0], runs[0], edges[1]])
    ones = [
        surviving_tokens(vectors.texts[side][i], vectors.words[side][i], shared)
        if shared is not None
        else frozenset()
        for i in ids
    ]
    tokens = tuple(
        tuple(frozenset().union(*ones[max(0, end - size + 1) : end + 1]) for end in range(len(ids)))
        for size in range(1, LONGEST + 1)
    )
    return _Side(tuple(runs), tuple(lengths), neighbours, tokens)


def _neighbour_mean(sims: Sequence[float]) -> float:
    """Bertalign's neighbour similarity: the mean of the two, or the one that exists."""
    left, right = sims
    total = left + right
    return total / 2 if left and right else total


class _Beads:
    """Bead scores for one gap, one A row (end of bead) at a time over its window."""

    def __init__(
        self,
        vectors: Vectors,
        gap: Gap,
        params: AlignParams,
        ratio: float,
        band: Callable[[int], tuple[int, int]],
    ) -> None:
        self.vectors, self.gap, self.params, self.ratio = vectors, gap, params, ratio
        self.band = band
        after_a, after_b = gap.after
        shared = vectors.vocabulary if params.tokens else None
        self.a = _side(vectors, "a", gap.a, (gap.before[0], after_a), shared)
        self.b = _side(vectors, "b", gap.b, (gap.before[1], after_b), shared)

    def row(self, r: int) -> dict[tuple[int, int], dict[int, float]]:
        """Scores of the linking beads ending at cell (r, c), by shape, for c in the window."""
        lo, hi = self.band(r)
        found: dict[tuple[int, int], dict[int, float]] = {}
        for x, y in STEPS:
            if not (x and y) or r < x:
                continue
            text_a = self.a.runs[x - 1][r - 1]
            tokens_a = self.a.tokens[x - 1][r - 1]
            length_a = self.a.lengths[x - 1][r - 1]
            if not length_a:
                continue
            cols = [c for c in range(max(lo, y), hi + 1) if self.b.lengths[y - 1][c - 1]]
            if not cols:
                continue
            texts_b = self.b.runs[y - 1][[c - 1 for c in cols]]
            cos = (texts_b @ text_a).tolist()
            # neighbours: B sentences before and after the B run (row c - y, c + 1 there)
            near_b = self.b.neighbours @ text_a
            near_a = texts_b @ self.a.neighbours[[r - x, r + 1]].T
            scores = {}
            for n, c in enumerate(cols):
                value = cos[n]
                if x == y == 1 and self._same(r - 1, c - 1):
                    value = 1.0
                if self.params.margin:
                    to_b = _neighbour_mean((float(near_b[c - y]), float(near_b[c + 1])))
                    to_a = _neighbour_mean((float(near_a[n][0]), float(near_a[n][1])))
                    value -= self.params.margin * (to_a + to_b) / 2
                length_b = self.b.lengths[y - 1][c - 1] * self.ratio
                value *= math.log2(1 + min(length_a, length_b) / max(length_a, length_b))
                if self.params.tokens:
                    tokens_b = self.b.tokens[y - 1][c - 1]
                    value += self.params.tokens * token_score(tokens_a, tokens_b)
                scores[c] = value
            found[x, y] = scores
        return found

    def _same(self, r: int, c: int) -> bool:
        keys = self.vectors.keys
        return keys[0][self.gap.a[r]] == keys[1][self.gap.b[c]]


def align_beads(
    vectors: Vectors,
    gap: Gap,
    params: AlignParams,
    ratio: float = 1.0,
) -> list[Link]:
    """The best in-order beads through one gap (its runs prepared with `joined_runs`)."""
    p, q = len(gap.a), len(gap.b)
    row = lru_cache(maxsize=1)(_Beads(vectors, gap, params, ratio, diagonal_band(p, q)).row)

    def gain(r: int, c: int, dr: int, dc: int, context: float) -> float | None:
        if not (dr and dc):
            return params.skip
        score = row(r).get((dr, dc), {}).get(c)
        return None if score is None else score + context - _SAME * abs(r / p - c / q)

    return best_path(vectors, gap, STEPS, gain)
