"""Stages 3 and 4: pair what order left over (moved passages), then grow splits and merges.

Both look only at each sentence's top-k candidates, so they cost n k, not n m.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors

_OTHER = {"a": "b", "b": "a"}


def moved_pairs(vectors: Vectors, links: list[Link], params: AlignParams) -> list[Link]:
    """Pair unpaired sentences at least `move` similar, most similar first, out of order or not."""
    used_a = {i for link in links for i in link.a}
    used_b = {j for link in links for j in link.b}
    offers = sorted(
        (-c.score, i, c.index)
        for i, candidates in vectors.near["a"].items()
        if i not in used_a
        for c in candidates
        if c.index not in used_b and c.score >= params.move
    )
    found = []
    for negative, i, j in offers:
        if i not in used_a and j not in used_b:
            found.append(Link((i,), (j,), -negative, "moved"))
            used_a.add(i)
            used_b.add(j)
    return found


@dataclass(frozen=True, slots=True)
class _Offer:
    """A leftover sentence proposed as one more part of a group."""

    gain: float
    score: float
    group: int
    side: str
    index: int


def grow(vectors: Vectors, links: list[Link], params: AlignParams, max_parts: int) -> list[Link]:
    """Add each leftover to the group whose joined text it completes best (splits, merges).

    A leftover is offered to the group holding its nearest sentence on the other side; it
    joins when it is at least `part` similar to that sentence, the group's joined texts are
    then at least its similarity plus `grow`, and its two sides come at least `balance`
    closer in length. Parts need not be adjacent.
    """
    links = list(links)
    for _ in range(max_parts - 1):
        offers = _offers(vectors, links, params, max_parts)
        if not offers:
            break
        changed: set[int] = set()
        taken: set[tuple[str, int]] = set()
        for offer in sorted(offers, key=lambda o: (-o.gain, o.group, o.side, o.index)):
            if offer.group in changed or (offer.side, offer.index) in taken:
                continue
            link = links[offer.group]
            if offer.side == "a":
                links[offer.group] = replace(
                    link, a=tuple(sorted((*link.a, offer.index))), score=offer.score, stage="grown"
                )
            else:
                links[offer.group] = replace(
                    link, b=tuple(sorted((*link.b, offer.index))), score=offer.score, stage="grown"
                )
            changed.add(offer.group)
            taken.add((offer.side, offer.index))
    return links


def _offers(
    vectors: Vectors, links: list[Link], params: AlignParams, max_parts: int
) -> list[_Offer]:
    used = {"a": {i for link in links for i in link.a}, "b": {j for link in links for j in link.b}}
    group_of = {
        ("a", i): n for n, link in enumerate(links) if link.stage != "identical" for i in link.a
    } | {("b", j): n for n, link in enumerate(links) if link.stage != "identical" for j in link.b}
    proposals: list[tuple[str, int, int, float]] = []
    for side in ("a", "b"):
        other = _OTHER[side]
        for index, candidates in vectors.near[side].items():
            nearest = candidates[0]  # a leftover may only join the group it is nearest to
            n = group_of.get((other, nearest.index))
            if index in used[side] or n is None or nearest.score < params.part:
                continue
            mine = links[n].a if side == "a" else links[n].b
            theirs = links[n].b if side == "a" else links[n].a
            if len(mine) < max_parts and len(theirs) == 1:
                proposals.append((side, index, n, nearest.score))
    grown = [_grown(links[n], side, index) for side, index, n, _ in proposals]
    vectors.prepare(("a", link.a) for link in grown)
    vectors.prepare(("b", link.b) for link in grown)
    offers = []
    for (side, index, n, _), bigger in zip(proposals, grown, strict=True):
        score = vectors.similarity(bigger.a, bigger.b)
        gain = score - links[n].score
        balanced = _balance(vectors, bigger) - _balance(vectors, links[n])
        if gain >= params.grow and balanced >= params.balance:
            offers.append(_Offer(gain, score, n, side, index))
    return offers


def _balance(vectors: Vectors, link: Link) -> float:
    """The shorter side's length over the longer side's, in characters (1.0: equally long)."""
    a, b = len(vectors.text("a", link.a)), len(vectors.text("b", link.b))
    return min(a, b) / max(a, b, 1)


def _grown(link: Link, side: str, index: int) -> Link:
    if side == "a":
        return replace(link, a=tuple(sorted((*link.a, index))))
    return replace(link, b=tuple(sorted((*link.b, index))))
