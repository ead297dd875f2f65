"""Pairing a figure with its twin on the other side when one side states the value more often.

A drift that changes one of two equal figures ("from 2017 to 2023, ... April 2024" ->
"... abril de 2023, ... entre 2017 y 2023") leaves a value stated twice on one side and
once on the other. Which of the two pairs with the one decides where the change is
reported: taking the first twin points the reader at the figure the translator kept and
leaves the changed one unreported. A translator keeps the order of a paragraph's facts,
so each figure pairs with the twin at the same place in the order of the side's figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from driftcheck.findings.context import GroupView

Span = tuple[int, int]
Item = tuple[object, tuple[GroupView, Span]]


def pair_off(a_items: list[Item], b_items: list[Item]) -> None:
    """Remove the items of equal value from both lists, one for one; where one side has
    more of a value, the twins closest in place (see the module docstring) pair."""
    a_places, b_places = _places(a_items, "a"), _places(b_items, "b")
    a_gone: set[int] = set()
    b_gone: set[int] = set()
    for value in _values(a_items):
        mine = [n for n, item in enumerate(a_items) if item[0] == value]
        theirs = [n for n, item in enumerate(b_items) if item[0] == value]
        mine.sort(key=lambda n: a_places[n])
        theirs.sort(key=lambda n: b_places[n])
        pairs = closest_in_order([a_places[n] for n in mine], [b_places[n] for n in theirs])
        for x, y in pairs:
            a_gone.add(mine[x])
            b_gone.add(theirs[y])
    a_items[:] = [item for n, item in enumerate(a_items) if n not in a_gone]
    b_items[:] = [item for n, item in enumerate(b_items) if n not in b_gone]


def _values(items: Sequence[Item]) -> list[object]:
    """The distinct values, in the order they first come."""
    seen: list[object] = []
    for value, _ in items:
        if value not in seen:
            seen.append(value)
    return seen


def _places(items: Sequence[Item], side: str) -> list[float]:
    """Each item's place among the side's figures in reading order, from 0 to 1 (the middle
    of its share: one figure of two is at 0.25 or 0.75)."""
    offsets = [(view.a if side == "a" else view.b).span(*span)[0] for _, (view, span) in items]
    order = sorted(range(len(items)), key=lambda n: offsets[n])
    places = [0.0] * len(items)
    for rank, n in enumerate(order):
        places[n] = (rank + 0.5) / len(items)
    return places


def closest_in_order(xs: Sequence[float], ys: Sequence[float]) -> list[tuple[int, int]]:
    """Pairs (x index, y index) of as many places as the shorter list has, keeping both
    orders, with the least total distance between paired places (both lists sorted)."""
    if len(xs) > len(ys):
        return [(x, y) for y, x in closest_in_order(ys, xs)]
    m, n = len(xs), len(ys)
    if m == 0:
        return []
    inf = float("inf")
    # cost[i][j]: the first i of xs paired within the first j of ys
    cost = [[0.0] * (n + 1)] + [[inf] * (n + 1) for _ in range(m)]
    for i in range(1, m + 1):
        for j in range(i, n + 1):
            cost[i][j] = min(cost[i][j - 1], cost[i - 1][j - 1] + abs(xs[i - 1] - ys[j - 1]))
    pairs = []
    i, j = m, n
    while i > 0:
        if j > i and cost[i][j] == cost[i][j - 1]:
            j -= 1
            continue
        pairs.append((i - 1, j - 1))
        i, j = i - 1, j - 1
    return pairs[::-1]
