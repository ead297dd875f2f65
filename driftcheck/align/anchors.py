"""Stage 1: sentences settled before any search: identical ones, then confident anchors."""

from __future__ import annotations

from collections import Counter

from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link, in_order
from driftcheck.align.vectors import Candidate, Vectors


def identical_pairs(a_keys: list[str], b_keys: list[str]) -> dict[int, int]:
    """Pair sentences that occur exactly once on each side; repeated ones need context."""
    a_count, b_count = Counter(a_keys), Counter(b_keys)
    b_index = {key: j for j, key in enumerate(b_keys) if b_count[key] == 1}
    return {i: b_index[key] for i, key in enumerate(a_keys) if a_count[key] == 1 and key in b_index}


def anchors(vectors: Vectors, params: AlignParams) -> list[Link]:
    """Mutual best pairs at least `anchor` similar, each clearly ahead of its runner-up."""
    found = []
    for i, candidates in sorted(vectors.near["a"].items()):
        best = candidates[0]
        if best.score < params.anchor or _tied(candidates):
            continue
        back = vectors.near["b"][best.index]
        if back[0].index == i and not _tied(back):
            found.append(Link((i,), (best.index,), best.score, "anchor"))
    return found


def _tied(candidates: list[Candidate]) -> bool:
    """Two candidates equally similar: the choice is left to reading order."""
    return len(candidates) > 1 and candidates[0].score - candidates[1].score < 1e-9


def chain(links: list[Link]) -> list[Link]:
    """The settled pairs that read in the same order on both sides, in reading order."""
    points = [(link.a[0], link.b[0], 1) for link in links]
    kept = in_order(points)
    return sorted((links[n] for n in kept), key=lambda link: link.a[0])
