"""Stage 2: an order-preserving dynamic programme in each gap between settled pairs.

Steps are 1-1, 1-2, 2-1, 2-2 (neighbours joined and embedded as one text, as Vecalign and
Bertalign do), 1-0 and 0-1. A linking step scores (cosine - threshold) per sentence it
covers; leaving a sentence out scores 0, so the best path links only what is similar
enough. The programme runs in a band around each gap's diagonal, as wide as the gap's
length difference plus `BAND`, so its cost grows with the gap, not with its square.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors

BAND = 12
"""Cells either side of a gap's diagonal beyond its length difference (reorders within)."""
MAX_CELLS = 2_000_000
"""A gap needing more cells is left to the global matching of stage 3."""
_SAME = 1e-6
"""Cosines this close are equal (rounding): a joined copy of one sentence adds nothing."""
_STEPS = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1))


@dataclass(frozen=True, slots=True)
class Gap:
    """Unsettled A and B sentences between two consecutive settled pairs."""

    a: tuple[int, ...]
    b: tuple[int, ...]


def gaps(
    chain: Sequence[Link], settled_a: set[int], settled_b: set[int], n_a: int, n_b: int
) -> list[Gap]:
    """The gaps before, between and after the chained pairs."""
    bounds = [(-1, -1), *((link.a[0], link.b[0]) for link in chain), (n_a, n_b)]
    found = []
    for (a0, b0), (a1, b1) in itertools.pairwise(bounds):
        a = tuple(i for i in range(a0 + 1, a1) if i not in settled_a)
        b = tuple(j for j in range(b0 + 1, b1) if j not in settled_b)
        if a and b:
            found.append(Gap(a, b))
    return found


def joined_neighbours(gap: Gap) -> list[tuple[str, Sequence[int]]]:
    """The pairs of neighbours a gap's steps may join, to embed in one batch."""
    found: list[tuple[str, Sequence[int]]] = [("a", pair) for pair in itertools.pairwise(gap.a)]
    return found + [("b", pair) for pair in itertools.pairwise(gap.b)]


def fits(gap: Gap) -> bool:
    """Whether the gap's band is small enough for the programme."""
    p, q = len(gap.a), len(gap.b)
    width = abs(p - q) + BAND
    return p * min(q + 1, 2 * width + 1) <= MAX_CELLS


def align_gap(vectors: Vectors, gap: Gap, params: AlignParams) -> list[Link]:
    """The best in-order path through one gap, as links (joined neighbours prepared)."""
    p, q = len(gap.a), len(gap.b)
    width = abs(p - q) + BAND

    def band(r: int) -> tuple[int, int]:
        centre = r * q / p
        return max(0, math.floor(centre) - width), min(q, math.ceil(centre) + width)

    rows = _RowScores(vectors, gap, params, band)
    value: dict[tuple[int, int], float] = {(0, 0): 0.0}
    step: dict[tuple[int, int], tuple[int, int]] = {}
    for r in range(p + 1):
        lo, hi = band(r)
        for c in range(lo, hi + 1):
            if r == c == 0:
                continue
            best, best_step = -math.inf, (0, 0)
            for dr, dc in _STEPS:
                before = value.get((r - dr, c - dc))
                if before is None:
                    continue
                gain = rows.gain(r - dr, c - dc, dr, dc) if dr and dc else 0.0
                if before + gain > best:
                    best, best_step = before + gain, (dr, dc)
            if best > -math.inf:
                value[r, c] = best
                step[r, c] = best_step
    links = []
    r, c = p, q
    while (r, c) != (0, 0):
        dr, dc = step[r, c]
        if dr and dc:
            a_ids, b_ids = gap.a[r - dr : r], gap.b[c - dc : c]
            links.append(Link(a_ids, b_ids, vectors.similarity(a_ids, b_ids), "order"))
        r, c = r - dr, c - dc
    return links[::-1]


class _RowScores:
    """Step gains for one gap, computed one A row at a time over that row's band."""

    def __init__(
        self,
        vectors: Vectors,
        gap: Gap,
        params: AlignParams,
        band: Callable[[int], tuple[int, int]],
    ) -> None:
        self.vectors, self.gap, self.params, self.band = vectors, gap, params, band
        self.b_rows = vectors.rows["b"][[vectors.position["b"][j] for j in gap.b]]
        self.joined_b = (
            np.stack([vectors.vector("b", pair) for pair in itertools.pairwise(gap.b)])
            if len(gap.b) > 1
            else np.zeros((0, self.b_rows.shape[1]), np.float32)
        )
        self.row = lru_cache(maxsize=4)(self._row)

    def _row(self, r: int) -> tuple[int, list[float], list[float], list[float], list[float]]:
        """Cosines of A row r (alone, and joined with r+1) with nearby B sentences and pairs."""
        gap, vectors = self.gap, self.vectors
        q = len(gap.b)
        start = max(0, self.band(r)[0] - 2)
        end = min(q, self.band(min(r + 2, len(gap.a)))[1] + 2)
        single = vectors.vector("a", (gap.a[r],))
        ones = (self.b_rows[start:end] @ single).tolist()
        for c in range(start, end):  # identical texts are 1.0 even without a vector
            if vectors.keys[0][gap.a[r]] == vectors.keys[1][gap.b[c]]:
                ones[c - start] = 1.0
        to_pairs = (self.joined_b[start:end] @ single).tolist()
        from_pair: list[float] = []
        both: list[float] = []
        if r + 1 < len(gap.a):
            joined = vectors.vector("a", (gap.a[r], gap.a[r + 1]))
            from_pair = (self.b_rows[start:end] @ joined).tolist()
            both = (self.joined_b[start:end] @ joined).tolist()
        return start, ones, to_pairs, from_pair, both

    def gain(self, r: int, c: int, dr: int, dc: int) -> float:
        """The score of linking A rows r..r+dr-1 with B rows c..c+dc-1 (-inf when barred)."""
        start, ones, to_pairs, from_pair, both = self.row(r)
        k = c - start
        if (dr, dc) == (1, 1):
            return ones[k] - self.params.link
        if (dr, dc) == (1, 2):
            joined, parts = to_pairs[k], [ones[k], ones[k + 1]]
        else:
            nxt_start, nxt = self.row(r + 1)[:2]
            n = c - nxt_start
            if (dr, dc) == (2, 1):
                joined, parts = from_pair[k], [ones[k], nxt[n]]
            else:
                joined, parts = both[k], [ones[k], ones[k + 1], nxt[n], nxt[n + 1]]
        if joined <= max(parts) + _SAME or min(parts) < self.params.part:
            return -math.inf  # the joined text must explain more than any part, each a part
        return (dr + dc) / 2 * (joined - self.params.join)
