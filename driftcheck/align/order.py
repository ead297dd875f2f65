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

from driftcheck.align.decide import features, probability
from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors, pair_cost

BAND = 12
"""Cells either side of a gap's diagonal beyond its length difference (reorders within)."""
MAX_CELLS = 2_000_000
"""A gap needing more cells is left to the global matching of stage 3."""
_SAME = 1e-6
"""Cosines this close are equal (rounding): a joined copy of one sentence adds nothing."""
_STEPS = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1))
_LATER = 1e-12
"""Added to a linking step's gain per sentence of its position (its last A index plus its
last B index): of two paths that gain exactly as much (two copies of one sentence, placed
as firmly), the one whose links come later wins, whichever version is A, so swapping A and
B mirrors the alignment (the seed's ANI copy repeats its lede after the dateline, and the
later copy is the one its paired neighbours follow). Far below `_SAME` and any real
difference of cosines; far above the rounding of a sum."""


@dataclass(frozen=True, slots=True)
class Gap:
    """Unsettled A and B sentences between two consecutive settled pairs."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    before: tuple[int, int] = (-1, -1)
    """The settled pair before the gap, or (-1, -1): the start of the story."""
    after: tuple[int, int] = (-2, -2)
    """The settled pair after the gap, or (len(A), len(B)): the end of the story."""
    ends_story: bool = False


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
            found.append(Gap(a, b, (a0, b0), (a1, b1), (a1, b1) == (n_a, n_b)))
    return found


def joined_neighbours(
    vectors: Vectors, gap: Gap, params: AlignParams
) -> list[tuple[str, Sequence[int]]]:
    """The pairs of neighbours a step may join, to embed in one batch.

    A step joins two sentences only when each is at least `part` similar to the same
    sentence on the other side, so only such pairs need an embedding; with `lift` on, a
    1-2 or 2-1 step may join a part less similar than that, so pairs of which one sentence
    is `part` similar to a sentence nearby are embedded too.
    """
    p, q = len(gap.a), len(gap.b)
    band = diagonal_band(p, q)
    close: list[set[int]] = []
    for r in range(p):
        start, end = _window(band, r, p, q)
        ones = _singles(vectors, gap, r, start, end)
        close.append({start + k for k, value in enumerate(ones) if value >= params.part})
    lifted = params.lift < 1.0
    found: list[tuple[str, Sequence[int]]] = [
        ("a", (gap.a[r], gap.a[r + 1]))
        for r in range(p - 1)
        if close[r] & close[r + 1] or (lifted and close[r] | close[r + 1])
    ]
    pairs_b = {c for near in close for c in near if c + 1 in near}
    if lifted:
        pairs_b |= {d for near in close for c in near for d in (c - 1, c) if 0 <= d < q - 1}
    return found + [("b", (gap.b[c], gap.b[c + 1])) for c in sorted(pairs_b)]


def diagonal_band(p: int, q: int) -> Callable[[int], tuple[int, int]]:
    """The columns (B prefix lengths) the programme visits on row r: the diagonal +- width."""
    width = abs(p - q) + BAND

    def band(r: int) -> tuple[int, int]:
        centre = r * q / p
        return max(0, math.floor(centre) - width), min(q, math.ceil(centre) + width)

    return band


def _window(band: Callable[[int], tuple[int, int]], r: int, p: int, q: int) -> tuple[int, int]:
    """The B sentences A row r is compared with: its band and the next two rows'."""
    return max(0, band(r)[0] - 2), min(q, band(min(r + 2, p))[1] + 2)


def _singles(vectors: Vectors, gap: Gap, r: int, start: int, end: int) -> list[float]:
    """Cosines of A row r with B sentences start..end-1; identical texts are 1.0."""
    ones: list[float] = vectors.block((gap.a[r],), gap.b[start:end])[0].tolist()
    for c in range(start, end):  # even when the embedder has no vector for them
        if vectors.keys[0][gap.a[r]] == vectors.keys[1][gap.b[c]]:
            ones[c - start] = 1.0
    return ones


def fits(gap: Gap) -> bool:
    """Whether the gap's band is small enough for the programme."""
    p, q = len(gap.a), len(gap.b)
    width = abs(p - q) + BAND
    return p * min(q + 1, 2 * width + 1) <= MAX_CELLS


def align_gap(vectors: Vectors, gap: Gap, params: AlignParams) -> list[Link]:
    """The best in-order path through one gap, as links (joined neighbours prepared)."""
    rows = _RowScores(vectors, gap, params, diagonal_band(len(gap.a), len(gap.b)))

    def gain(r: int, c: int, dr: int, dc: int, context: float) -> float:
        return rows.gain(r - dr, c - dc, dr, dc) + context if dr and dc else 0.0

    return best_path(vectors, gap, _STEPS, gain)


StepGain = Callable[[int, int, int, int, float], float | None]
"""A step's gain into cell (r, c) by (dr, dc), given its context tie-break; None: no such step."""


def best_path(
    vectors: Vectors, gap: Gap, steps: Sequence[tuple[int, int]], gain: StepGain
) -> list[Link]:
    """The in-order path through a gap's band whose steps gain most in all, as links.

    A linking step's gain receives its context (`context_weight`, scaled to a tie-break),
    so that of two equal steps the one next to another pair wins, and of two paths equal
    even so, the later (`_LATER`).
    """
    p, q = len(gap.a), len(gap.b)
    band = diagonal_band(p, q)
    value: dict[tuple[int, int], float] = {(0, 0): 0.0}
    step: dict[tuple[int, int], tuple[int, int]] = {}
    for r in range(p + 1):
        lo, hi = band(r)
        for c in range(lo, hi + 1):
            if r == c == 0:
                continue
            best, best_step = -math.inf, (0, 0)
            for dr, dc in steps:
                before = value.get((r - dr, c - dc))
                if before is None:
                    continue
                context = (
                    _SAME * context_weight(step, gap, (r - dr, c - dc), (r, c))
                    if dr and dc
                    else 0.0
                )
                got = gain(r, c, dr, dc, context)
                if got is not None and dr and dc:
                    got += _LATER * (gap.a[r - 1] + gap.b[c - 1])
                if got is not None and before + got > best:
                    best, best_step = before + got, (dr, dc)
            if best > -math.inf:
                value[r, c] = best
                step[r, c] = best_step
    return trace_links(vectors, gap, step)


def trace_links(
    vectors: Vectors, gap: Gap, step: dict[tuple[int, int], tuple[int, int]]
) -> list[Link]:
    """The links of the path a programme chose, read back from its last cell's steps."""
    links = []
    r, c = len(gap.a), len(gap.b)
    while (r, c) != (0, 0):
        dr, dc = step[r, c]
        if dr and dc:
            a_ids, b_ids = gap.a[r - dr : r], gap.b[c - dc : c]
            links.append(Link(a_ids, b_ids, vectors.similarity(a_ids, b_ids), "order"))
        r, c = r - dr, c - dc
    return links[::-1]


def context_weight(
    step: dict[tuple[int, int], tuple[int, int]],
    gap: Gap,
    start: tuple[int, int],
    end: tuple[int, int],
) -> int:
    """How firmly its neighbours place a link from cell `start` to cell `end`, 0 to 4.

    Before and after it: 2 where the neighbouring sentences of both versions are paired
    with each other (the previous link in the gap, or the settled pair around it); 1 where
    both versions start or end there. So the first of two equal copies of a lede pairs
    with the lede, unless the second copy sits among paired neighbours.
    """
    (r, c), (r_end, c_end) = start, end
    first, last = (gap.a[r], gap.b[c]), (gap.a[r_end - 1], gap.b[c_end - 1])
    weight = 0
    if start != (0, 0) and all(step.get(start, (0, 0))):
        weight += 2
    elif (first[0] - 1, first[1] - 1) == gap.before:
        weight += 1 if gap.before == (-1, -1) else 2
    if (last[0] + 1, last[1] + 1) == gap.after:
        weight += 1 if gap.ends_story else 2
    return weight


def retold(vectors: Vectors, params: AlignParams) -> bool:
    """Whether the versions are two tellings of one story, not a revision of one text.

    They share less than `retold` of their words, yet at least `kin` of their sentences
    have a counterpart `link` similar on the other side (unrelated stories share few
    words too, but next to no sentences).
    """
    if vectors.shared >= params.retold:
        return False
    told, near = vectors.counterparts(params.link)  # read once per story, not per gap
    return bool(near) and told >= params.kin * near


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
        self.calibrated = params.loose if retold(vectors, params) else params.calibrated
        self.b_rows = vectors.rows["b"][[vectors.position["b"][j] for j in gap.b]]
        self.joined_b = np.zeros((max(len(gap.b) - 1, 0), self.b_rows.shape[1]), np.float32)
        self.have_b = [vectors.has_joined("b", pair) for pair in itertools.pairwise(gap.b)]
        for c, pair in enumerate(itertools.pairwise(gap.b)):
            if self.have_b[c]:
                self.joined_b[c] = vectors.vector("b", pair)
        self.row = lru_cache(maxsize=4)(self._row)
        self.len_a = [len(vectors.texts["a"][i]) for i in gap.a]
        self.len_b = [len(vectors.texts["b"][j]) for j in gap.b]

    def _row(self, r: int) -> tuple[int, list[float], list[float], list[float], list[float]]:
        """Cosines of A row r (alone, and joined with r+1) with nearby B sentences and pairs."""
        gap, vectors = self.gap, self.vectors
        start, end = _window(self.band, r, len(gap.a), len(gap.b))
        single = vectors.vector("a", (gap.a[r],))
        ones = _singles(vectors, gap, r, start, end)
        to_pairs = (self.joined_b[start:end] @ single).tolist()
        from_pair: list[float] = []
        both: list[float] = []
        if r + 1 < len(gap.a) and vectors.has_joined("a", (gap.a[r], gap.a[r + 1])):
            joined = vectors.vector("a", (gap.a[r], gap.a[r + 1]))
            from_pair = (self.b_rows[start:end] @ joined).tolist()
            both = (self.joined_b[start:end] @ joined).tolist()
        return start, ones, to_pairs, from_pair, both

    def decide(self, r: int, c: int, plain: float, off_diagonal: float) -> float:
        """A 1-1 gain with the calibrated decision (decide.py) beside the cosine's `plain`.

        The model may link a pair the cosine refuses (its probability above `calibrated`,
        or `loose` in a retelling), and may refuse one the cosine links by less than `sure`
        (its probability under `veto`): the same sentence revised, or another one on the
        same topic.
        """
        if plain >= self.params.sure or (plain >= 0 and not self.params.veto):
            return plain
        values = features(self.vectors, self.gap.a, self.gap.b, r, c)
        chance = probability(self.params, values)
        if plain >= 0:
            return plain if chance >= self.params.veto else chance - self.params.veto
        return max(plain, chance - self.calibrated - off_diagonal)

    def gain(self, r: int, c: int, dr: int, dc: int) -> float:
        """The score of linking A rows r..r+dr-1 with B rows c..c+dc-1 (-inf when barred)."""
        start, ones, to_pairs, from_pair, both = self.row(r)
        k = c - start
        if (dr, dc) == (1, 1):
            # among equally good pairs, the one nearest the gap's diagonal: A-B mirrors B-A
            off_diagonal = _SAME * abs(r / len(self.gap.a) - c / len(self.gap.b))
            cost = pair_cost(self.vectors, self.gap.a[r], self.gap.b[c], self.params)
            plain = ones[k] - self.params.link - cost - off_diagonal
            return self.decide(r, c, plain, off_diagonal) if self.params.calibrated else plain
        if dc == 2 and not self.have_b[c]:
            return -math.inf  # its parts are not all similar enough: never embedded
        if dr == 2 and not from_pair:
            return -math.inf
        if (dr, dc) == (1, 2):
            joined, parts = to_pairs[k], [ones[k], ones[k + 1]]
        else:
            nxt_start, nxt = self.row(r + 1)[:2]
            n = c - nxt_start
            if (dr, dc) == (2, 1):
                joined, parts = from_pair[k], [ones[k], nxt[n]]
            else:
                joined, parts = both[k], [ones[k], ones[k + 1], nxt[n], nxt[n + 1]]
        if joined <= max(parts) + _SAME:
            return -math.inf  # the joined text must explain more than any part
        if min(parts) < self.params.part and (
            len(parts) > 2 or joined < max(parts) + self.params.lift
        ):
            return -math.inf  # each part similar alone, unless a 1-2 or 2-1 clearly wins joined
        return (dr + dc) / 2 * (joined - self.params.join)
