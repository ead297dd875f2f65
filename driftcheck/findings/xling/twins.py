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
from decimal import Decimal
from itertools import permutations

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


def changed_in_place(a_items: list[Item], b_items: list[Item]) -> list[tuple[Item, Item]]:
    """Figures left without a twin that the same aligned sentences hold on both sides, paired
    as changes ("7.5-6.5" -> "8,5-5,5" is two changes, not two figures removed and two
    added); the pairs leave both lists.

    A changed figure keeps most of its digits (240,000 -> 24 000, 2024 -> 2022) while a
    translator may reorder the sentence's figures, so the pairs are those whose digits differ
    least, then those closest in the order of the sentences' figures.
    """
    pairs: list[tuple[Item, Item]] = []
    for group in dict.fromkeys(view.index for _, (view, _) in a_items):
        mine = [item for item in a_items if item[1][0].index == group]
        theirs = [item for item in b_items if item[1][0].index == group]
        if theirs and max(len(mine), len(theirs)) <= _MOST:
            pairs += _closest(mine, theirs)
    paired_a = [id(a) for a, _ in pairs]
    paired_b = [id(b) for _, b in pairs]
    a_items[:] = [item for item in a_items if id(item) not in paired_a]
    b_items[:] = [item for item in b_items if id(item) not in paired_b]
    return pairs


_MOST = 6
"""More figures than this left in one sentence are not paired (too many ways to pair)."""


def _closest(mine: list[Item], theirs: list[Item]) -> list[tuple[Item, Item]]:
    """The pairing of as many items as the shorter list has with the fewest digits changed,
    then the least distance in place."""
    a_places, b_places = _places(mine, "a"), _places(theirs, "b")
    short, long_ = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)

    def cost(chosen: tuple[int, ...]) -> tuple[int, float]:
        pairs = [(n, m) if short is mine else (m, n) for n, m in enumerate(chosen)]
        return (
            sum(_digits_apart(mine[x][0], theirs[y][0]) for x, y in pairs),
            sum(abs(a_places[x] - b_places[y]) for x, y in pairs),
        )

    best = min(permutations(range(len(long_)), len(short)), key=cost)
    pairs = [(n, m) if short is mine else (m, n) for n, m in enumerate(best)]
    return [(mine[x], theirs[y]) for x, y in sorted(pairs)]


def _digits_apart(a: object, b: object) -> int:
    """How many digits to change, add or drop to write one figure as the other (0 for
    values that are not numbers: weekdays and months differ only in place)."""
    if not isinstance(a, Decimal) or not isinstance(b, Decimal):
        return 0
    x, y = _digits(a), _digits(b)
    row = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        previous, row[0] = row[0], i
        for j, cy in enumerate(y, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (cx != cy))
    return row[-1]


def _digits(value: Decimal) -> str:
    """The digits of a figure as written ("7.5" -> "75", 240000 -> "240000")."""
    text = format(abs(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", "")
