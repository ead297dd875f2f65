"""The value passed between the aligner's stages, and the heaviest in-order chain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Link:
    """A-side and B-side sentences paired by one stage, with the cosine of their texts."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    stage: str
    """identical, anchor, order (the dynamic programme), moved, or grown (split/merge part)."""


def in_order(points: Sequence[tuple[int, int, int]]) -> set[int]:
    """Indices of the heaviest chain of (a, b, weight) points rising on both sides.

    Points are visited in order of a; a Fenwick tree over b ranks finds each point's best
    predecessor in O(log n), so a long story costs n log n, not n squared.
    """
    if not points:
        return set()
    order = sorted(range(len(points)), key=lambda n: (points[n][0], points[n][1]))
    ranks = {b: r for r, b in enumerate(sorted({p[1] for p in points}))}
    size = len(ranks)
    tree = [(0, -1)] * (size + 1)  # best (weight, point) among b ranks below
    best: dict[int, tuple[int, int]] = {}
    pending: list[tuple[int, tuple[int, int]]] = []
    last_a = None
    for n in order:
        a, b, weight = points[n]
        if a != last_a:  # points sharing an A sentence cannot follow each other
            for rank, entry in pending:
                r = rank + 1
                while r <= size:
                    if entry[0] > tree[r][0]:
                        tree[r] = entry
                    r += r & -r
            pending, last_a = [], a
        rank = ranks[b]
        prefix, r = (0, -1), rank
        while r > 0:
            if tree[r][0] > prefix[0]:
                prefix = tree[r]
            r -= r & -r
        best[n] = (prefix[0] + weight, prefix[1])
        pending.append((rank, (best[n][0], n)))
    end = max(best, key=lambda n: (best[n][0], -n))
    keep = set()
    while end >= 0:
        keep.add(end)
        end = best[end][1]
    return keep
