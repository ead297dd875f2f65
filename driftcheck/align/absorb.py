"""Stage 5: a short piece left over between two groups joins the neighbour it belongs to.

A translation or a re-segmented copy leaves fragments ("Photo:", "Descent:", "!") that
mean little alone: they match nothing well enough to be paired, yet they belong to the
sentence next to them. Such a leftover joins the group holding its previous or next
sentence, whichever it changes least (or improves most), when the group's similarity drops
by at most `absorb` (fitted per backend). Ranked by the change, not by the similarity
reached: a label such as "Access:" belongs where it costs least, not with whichever
neighbour was the better pair already. Only in pairs that share few words (`apart`): in a
translation nearly every piece of the source is rendered somewhere, while in a revision a
short leftover is usually a real addition or deletion.
"""

from __future__ import annotations

from dataclasses import replace

from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors


def absorb(vectors: Vectors, links: list[Link], params: AlignParams, max_parts: int) -> list[Link]:
    """Join each unpaired sentence to a neighbouring group when that costs little similarity.

    Runs in rounds, so a run of fragments joins one piece at a time; in each round a group
    takes at most one piece, the offers that change their group's similarity least first.
    """
    if params.absorb < 0 or vectors.shared >= params.apart:
        return links
    links = list(links)
    for _ in range(max_parts - 1):
        offers = _offers(vectors, links, params, max_parts)
        if not offers:
            break
        changed: set[int] = set()
        taken: set[tuple[str, int]] = set()
        ranked = sorted(offers, key=lambda o: (links[o[3]].score - o[0], o[1], o[2], o[3]))
        for score, side, index, n in ranked:
            if n in changed or (side, index) in taken:
                continue
            links[n] = replace(_with(links[n], side, index), score=score, stage="grown")
            changed.add(n)
            taken.add((side, index))
    return links


def _offers(
    vectors: Vectors, links: list[Link], params: AlignParams, max_parts: int
) -> list[tuple[float, str, int, int]]:
    """(similarity after joining, side, sentence, group) for each acceptable join."""
    group_of = {
        (side, index): n
        for n, link in enumerate(links)
        if link.stage != "identical"
        for side, ids in (("a", link.a), ("b", link.b))
        for index in ids
    }
    paired: dict[str, set[int]] = {"a": set(), "b": set()}
    for link in links:
        paired["a"].update(link.a)
        paired["b"].update(link.b)
    proposals: list[tuple[str, int, int, Link]] = []
    for side in ("a", "b"):
        for index in vectors.ids[side]:
            if index in paired[side]:
                continue
            near = (group_of.get((side, index + step)) for step in (-1, 1))
            proposals.extend(
                (side, index, n, _with(links[n], side, index))
                for n in dict.fromkeys(n for n in near if n is not None)
                if len(links[n].a if side == "a" else links[n].b) < max_parts
            )
    vectors.prepare(("a", bigger.a) for *_, bigger in proposals)
    vectors.prepare(("b", bigger.b) for *_, bigger in proposals)
    offers = []
    for side, index, n, bigger in proposals:
        score = vectors.similarity(bigger.a, bigger.b)
        if score >= links[n].score - params.absorb:
            offers.append((score, side, index, n))
    return offers


def _with(link: Link, side: str, index: int) -> Link:
    if side == "a":
        return replace(link, a=tuple(sorted((*link.a, index))))
    return replace(link, b=tuple(sorted((*link.b, index))))
