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

First, a piece with no letter or digit that only closes ("!", "?!", "...", "»") is the end of
the sentence before it, cut off by the segmentation: it goes to that sentence's group,
wherever the earlier stages put it (they read it by its vector, which says nothing).
"""

from __future__ import annotations

import re
from dataclasses import replace

from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors

_CLOSING = re.compile(r"[\s.!?…»›)\]}\"”’']+")
"""A piece made of closing marks only: sentence ends, closing quotes and brackets."""


def absorb(vectors: Vectors, links: list[Link], params: AlignParams, max_parts: int) -> list[Link]:
    """Join each unpaired sentence to a neighbouring group when that costs little similarity.

    Runs in rounds, so a run of fragments joins one piece at a time; in each round a group
    takes at most one piece, the offers that change their group's similarity least first.
    """
    if params.absorb < 0 or vectors.shared >= params.apart:
        return links
    links = closing_marks(vectors, links)
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


def closing_marks(vectors: Vectors, links: list[Link]) -> list[Link]:
    """Move each piece made of closing marks only into the group of the sentence before it.

    A piece whose previous sentence is unpaired, or settled as identical, stays where it is;
    a group the move leaves with no sentence on one side is dropped (its other side is then
    a leftover, as any other).
    """
    links = list(links)
    changed: set[int] = set()
    for side in ("a", "b"):
        texts = vectors.texts[side]
        for index in sorted(texts):
            if index - 1 not in texts or not _CLOSING.fullmatch(texts[index]):
                continue
            group_of = {k: n for n, link in enumerate(links) for k in _ids(link, side)}
            target, source = group_of.get(index - 1), group_of.get(index)
            if target is None or target == source or links[target].stage == "identical":
                continue
            if source is not None:
                links[source] = _without(links[source], side, index)
                changed.add(source)
            links[target] = _with(links[target], side, index)
            changed.add(target)
    if not changed:
        return links
    moved = [n for n in sorted(changed) if links[n].a and links[n].b]
    vectors.prepare((side, _ids(links[n], side)) for n in moved for side in ("a", "b"))
    for n in moved:
        links[n] = replace(
            links[n], score=vectors.similarity(links[n].a, links[n].b), stage="grown"
        )
    return [link for link in links if link.a and link.b]


def _ids(link: Link, side: str) -> tuple[int, ...]:
    return link.a if side == "a" else link.b


def _without(link: Link, side: str, index: int) -> Link:
    kept = tuple(k for k in _ids(link, side) if k != index)
    return replace(link, a=kept) if side == "a" else replace(link, b=kept)


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
            near = (
                group_of.get((side, _neighbour(vectors, paired, side, index, step)))
                for step in (-1, 1)
            )
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


def _neighbour(
    vectors: Vectors, paired: dict[str, set[int]], side: str, index: int, step: int
) -> int:
    """The sentence before (step -1) or after (step 1) `index`; for a piece that begins in
    lower case (the rest of a sentence), the nearest paired one before it, over leftovers
    between (a caption or a page break that cut the sentence in two)."""
    k = index + step
    if step < 0 and vectors.texts[side][index][:1].islower():
        while k in vectors.texts[side] and k not in paired[side]:
            k += step
    return k


def _with(link: Link, side: str, index: int) -> Link:
    if side == "a":
        return replace(link, a=tuple(sorted((*link.a, index))))
    return replace(link, b=tuple(sorted((*link.b, index))))
