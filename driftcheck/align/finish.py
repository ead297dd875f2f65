"""Last stage: name each group's kind, mark moves, record confidence, order for reading."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link, in_order
from driftcheck.align.vectors import Vectors
from driftcheck.types import Confidence, Kind, Pairing, Rival

_RIVALS = 3


def finish(
    links: Sequence[Link],
    a_keys: list[str],
    b_keys: list[str],
    vectors: Vectors,
    params: AlignParams,
) -> tuple[Pairing, ...]:
    """Every sentence in exactly one group: the links, then omitted and added sentences."""
    paired = sorted(links, key=lambda link: (min(link.a), min(link.b)))
    kept = in_order([(min(link.a), min(link.b), len(link.a) + len(link.b)) for link in paired])
    result: list[Pairing] = [
        Pairing(
            a=link.a,
            b=link.b,
            kind=_kind(link, a_keys, b_keys),
            similarity=round(min(1.0, link.score), 6),
            moved=n not in kept,
            confidence=_confidence(link, vectors, params),
        )
        for n, link in enumerate(paired)
    ]
    in_a = {i for link in paired for i in link.a}
    in_b = {j for link in paired for j in link.b}
    result += [
        Pairing((i,), (), Kind.OMITTED, None, confidence=_unpaired("a", i, vectors, params))
        for i in range(len(a_keys))
        if i not in in_a
    ]
    result += [
        Pairing((), (j,), Kind.ADDED, None, confidence=_unpaired("b", j, vectors, params))
        for j in range(len(b_keys))
        if j not in in_b
    ]
    return tuple(sorted(result, key=_reading_order(result)))


def _kind(link: Link, a_keys: list[str], b_keys: list[str]) -> Kind:
    if len(link.b) > 1:
        return Kind.SPLIT
    if len(link.a) > 1:
        return Kind.MERGE
    return Kind.UNCHANGED if a_keys[link.a[0]] == b_keys[link.b[0]] else Kind.CHANGED


def _rivals(vectors: Vectors, side: str, ids: Sequence[int], exclude: set[int]) -> list[Rival]:
    other = "b" if side == "a" else "a"
    best: dict[int, float] = {}
    for index in ids:
        for candidate in vectors.near[side].get(index, []):
            if candidate.index not in exclude:
                best[candidate.index] = max(best.get(candidate.index, -1.0), candidate.score)
    return [Rival(other, index, score) for index, score in best.items()]


def _confidence(link: Link, vectors: Vectors, params: AlignParams) -> Confidence:
    if link.stage == "identical":
        return Confidence("identical", None)
    rivals = _rivals(vectors, "a", link.a, set(link.b)) + _rivals(vectors, "b", link.b, set(link.a))
    rivals.sort(key=lambda r: (-r.similarity, r.side, r.index))
    threshold = {
        "anchor": params.anchor,
        "moved": params.move,
        "grown": params.part,
        "order": params.link if len(link.a) + len(link.b) == 2 else params.join,
    }[link.stage]
    margin = link.score - rivals[0].similarity if rivals else None
    low = link.score - threshold < params.doubt or (margin is not None and margin < params.doubt)
    return Confidence(link.stage, threshold, tuple(rivals[:_RIVALS]), margin, low)


def _unpaired(side: str, index: int, vectors: Vectors, params: AlignParams) -> Confidence:
    rivals = sorted(
        _rivals(vectors, side, (index,), set()), key=lambda r: (-r.similarity, r.side, r.index)
    )
    return Confidence("unpaired", params.link, tuple(rivals[:_RIVALS]))


def _reading_order(groups: list[Pairing]) -> Callable[[Pairing], tuple[int, int]]:
    """A's order; an added sentence follows the group holding the B sentence before it."""
    position_of_b: dict[int, int] = {}
    for group in groups:
        if group.a:
            position_of_b.update((j, 2 * min(group.a)) for j in group.b)
    anchor = -1
    for j in sorted(j for g in groups for j in g.b):
        if j in position_of_b:
            anchor = position_of_b[j]
        else:
            position_of_b[j] = anchor + 1

    def key(group: Pairing) -> tuple[int, int]:
        if group.a:
            return 2 * min(group.a), min(group.b, default=-1)
        return position_of_b[group.b[0]], group.b[0]

    return key
