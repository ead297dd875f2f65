"""Stages 3 and 4: pair what order left over (moved passages), then grow splits and merges.

Both look only at each sentence's top-k candidates, so they cost n k, not n m.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from driftcheck.align.params import AlignParams
from driftcheck.align.stages import Link
from driftcheck.align.vectors import Vectors, pair_cost, word_overlap

_OTHER = {"a": "b", "b": "a"}
_WORD = re.compile(r"\w+")


def moved_pairs(vectors: Vectors, links: list[Link], params: AlignParams) -> list[Link]:
    """Pair unpaired sentences at least `move` similar, most similar first, out of order or not.

    As in the programme, a pair loses its `pair_cost` (very unequal lengths, too few shared
    words): a headline is rarely the same sentence as a long one elsewhere, however similar.
    A pair must also beat every other candidate of either sentence, paired or not, by
    `clear`: a sentence that resembles several others is on their topic, not one of them
    moved (a deleted sentence and an added one on the same subject stay apart).
    """
    used_a = {i for link in links for i in link.a}
    used_b = {j for link in links for j in link.b}
    offers = sorted(
        (-(c.score - pair_cost(vectors, i, c.index, params)), i, c.index, c.score)
        for i, candidates in vectors.near["a"].items()
        if i not in used_a
        for c in candidates
        if c.index not in used_b
        and _margin(vectors, i, c.index, c.score) >= params.clear
        and word_overlap(vectors, i, c.index) >= params.kept * vectors.shared
    )
    found = []
    for negative, i, j, score in offers:
        if -negative < params.move:
            break
        if i not in used_a and j not in used_b:
            found.append(Link((i,), (j,), score, "moved"))
            used_a.add(i)
            used_b.add(j)
    return found


def _margin(vectors: Vectors, i: int, j: int, score: float) -> float:
    """How far the pair (i, j) is ahead of the runner-up of i and of j (1.0: no runner-up)."""
    rivals = [c.score for c in vectors.near["a"].get(i, []) if c.index != j]
    rivals += [c.score for c in vectors.near["b"].get(j, []) if c.index != i]
    return score - max(rivals, default=score - 1.0)


@dataclass(frozen=True, slots=True)
class _Offer:
    """A leftover sentence proposed as one more part of a group."""

    gain: float
    score: float
    group: int
    side: str
    index: int


def grow(vectors: Vectors, links: list[Link], params: AlignParams, max_parts: int) -> list[Link]:
    """Add each leftover to the group whose text it completes best (splits, merges).

    A leftover is offered to the group holding its nearest sentence on the other side, when
    it is at least `part` similar to that sentence. It joins when either
    - the group's joined texts are then at least its similarity plus `grow`, and its two
      sides come at least `balance` closer in length (the concatenation explains more), or
    - it is at least `rest` similar to the longest passage of the other side that the
      group leaves unexplained, more similar to it than to that side's whole text, and the
      group's sides come at least `fill` closer in length (it says what the group's own
      side left out; texts sharing no words, such as translations, never pass this test);
    or, whatever its own similarity, when it stands next to one of the group's sentences
    and the group's joined texts are then at least `adjoin` more similar.
    Parts need not be adjacent (except by `adjoin`).
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
            links[offer.group] = replace(
                _grown(links[offer.group], offer.side, offer.index),
                score=offer.score,
                stage="grown",
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
    proposals: list[tuple[str, int, int, bool]] = []
    for side in ("a", "b"):
        other = _OTHER[side]
        for index, candidates in vectors.near[side].items():
            if index in used[side]:
                continue
            found = (group_of.get((other, c.index)) for c in candidates)
            for n in dict.fromkeys(n for n in found if n is not None):
                mine = links[n].a if side == "a" else links[n].b
                theirs = links[n].b if side == "a" else links[n].a
                if len(mine) < max_parts and len(theirs) == 1:
                    # only the nearest sentence's group may take it by concatenation
                    nearest = candidates[0]
                    by_joining = group_of.get((other, nearest.index)) == n
                    proposals.append((side, index, n, by_joining and nearest.score >= params.part))
    grown = [_grown(links[n], side, index) for side, index, n, _ in proposals]
    joining = [link for link, proposal in zip(grown, proposals, strict=True) if proposal[3]]
    adjacent = _adjacent(vectors, links, params, max_parts, used=used, group_of=group_of)
    joining += [bigger for *_, bigger in adjacent]
    rests = [unexplained(vectors, links[n], side) for side, _, n, _ in proposals]
    # one call for all: a batch run answers each call that lacks embeddings in a round of its own
    vectors.prepare_texts(
        [
            vectors.text(side, ids)
            for link in joining
            for side, ids in (("a", link.a), ("b", link.b))
            if len(ids) > 1
        ]
        + [rest for rest in rests if rest]
    )
    offers = []
    for side, index, n, bigger in adjacent:
        score = vectors.similarity(bigger.a, bigger.b)
        if score - links[n].score >= params.adjoin:
            offers.append(_Offer(score - links[n].score, score, n, side, index))
    for (side, index, n, join), bigger, rest in zip(proposals, grown, rests, strict=True):
        if join:
            score = vectors.similarity(bigger.a, bigger.b)
            gain = score - links[n].score
            balanced = _balance(vectors, bigger) - _balance(vectors, links[n])
            if gain >= params.grow and balanced >= params.balance:
                offers.append(_Offer(gain, score, n, side, index))
                continue
        if not rest or _balance(vectors, bigger) - _balance(vectors, links[n]) < params.fill:
            continue
        leftover = vectors.vector(side, (index,))
        to_rest = float(leftover @ vectors.text_vector(rest))
        theirs = links[n].b if side == "a" else links[n].a
        to_whole = float(leftover @ vectors.vector(_OTHER[side], theirs))
        if to_rest >= params.rest and to_rest > to_whole:
            vectors.prepare([("a", bigger.a), ("b", bigger.b)])
            score = vectors.similarity(bigger.a, bigger.b)
            offers.append(_Offer(to_rest - params.rest, score, n, side, index))
    return offers


def _adjacent(
    vectors: Vectors,
    links: list[Link],
    params: AlignParams,
    max_parts: int,
    *,
    used: dict[str, set[int]],
    group_of: dict[tuple[str, int], int],
) -> list[tuple[str, int, int, Link]]:
    """Leftovers next to a group's sentence, offered to it by concatenation (`adjoin`).

    The group's joined texts must then be at least `adjoin` more similar with the leftover
    than without it, however unlike the leftover is on its own: a short sentence split off
    the one the other version keeps whole ("Sorry." + "I was wrong, she said.").
    """
    if params.adjoin >= 1.0:
        return []
    proposals = []
    for side in ("a", "b"):
        for index in vectors.near[side]:
            if index in used[side]:
                continue
            for n in dict.fromkeys(group_of.get((side, k)) for k in (index - 1, index + 1)):
                if n is None:
                    continue
                link = links[n]
                mine, theirs = (link.a, link.b) if side == "a" else (link.b, link.a)
                if len(mine) < max_parts and len(theirs) == 1:
                    proposals.append((side, index, n, _grown(link, side, index)))
    return proposals


def unexplained(vectors: Vectors, link: Link, side: str) -> str:
    """The longest passage of the other side's text that `side`'s text of the group lacks.

    Words are compared case-folded and in order (difflib); unexplained runs separated by a
    single shared word count as one passage. Empty when every word is explained or none is
    (then the sides share no words, as in a translation, and there is no rest to match).
    """
    other = _OTHER[side]
    words = _WORD.findall(vectors.text(other, _ids(link, other)))
    mine = [word.casefold() for word in _WORD.findall(vectors.text(side, _ids(link, side)))]
    matcher = SequenceMatcher(None, [word.casefold() for word in words], mine, autojunk=False)
    runs: list[tuple[int, int]] = []
    for tag, start, end, _, _ in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag in ("delete", "replace") and runs and start - runs[-1][1] <= 1:
            runs[-1] = (runs[-1][0], end)
        elif tag in ("delete", "replace"):
            runs.append((start, end))
    if not runs or runs == [(0, len(words))]:
        return ""
    start, end = max(runs, key=lambda run: (run[1] - run[0], -run[0]))
    return " ".join(words[start:end])


def _ids(link: Link, side: str) -> tuple[int, ...]:
    return link.a if side == "a" else link.b


def _balance(vectors: Vectors, link: Link) -> float:
    """The shorter side's length over the longer side's, in characters (1.0: equally long)."""
    a, b = len(vectors.text("a", link.a)), len(vectors.text("b", link.b))
    return min(a, b) / max(a, b, 1)


def _grown(link: Link, side: str, index: int) -> Link:
    if side == "a":
        return replace(link, a=tuple(sorted((*link.a, index))))
    return replace(link, b=tuple(sorted((*link.b, index))))
