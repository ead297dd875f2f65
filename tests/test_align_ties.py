"""Two copies of one sentence that the in-order programme could pair equally well: the later
copy is linked whichever version is A, so swapping the versions mirrors the alignment (the
seed story repeats its lede sentence; with the real model the two copies' cosines are equal
to the last bit on some CPUs and not on others)."""

from __future__ import annotations

from driftcheck.align.order import _STEPS, Gap, best_path


class _Cosines:
    """Vectors' one method the read-back asks for."""

    def similarity(self, a: tuple[int, ...], b: tuple[int, ...]) -> float:
        return 0.9 if a and b else 0.0


def _links(gap: Gap, cosine: dict[tuple[int, int], float]) -> set[tuple[int, int]]:
    def gain(r: int, c: int, dr: int, dc: int, context: float) -> float | None:
        if not (dr and dc):
            return 0.0
        if (dr, dc) != (1, 1):
            return None
        return cosine.get((gap.a[r - 1], gap.b[c - 1]), 0.0) + context

    links = best_path(_Cosines(), gap, _STEPS, gain)  # type: ignore[arg-type]
    return {(link.a[0], link.b[0]) for link in links}


def test_the_later_of_two_equal_copies_is_linked_either_way_round() -> None:
    # A 5 and A 7 are one sentence twice; B 5 renders it, B 6 renders A 8
    cosine = {(5, 5): 0.87, (7, 5): 0.87, (8, 6): 0.8, (6, 5): 0.1}
    forward = _links(Gap(a=(5, 6, 7, 8), b=(5, 6), before=(1, 1), after=(20, 20)), cosine)
    swapped = {(b, a): value for (a, b), value in cosine.items()}
    backward = _links(Gap(a=(5, 6), b=(5, 6, 7, 8), before=(1, 1), after=(20, 20)), swapped)
    assert forward == {(a, b) for b, a in backward}
    assert forward == {(7, 5), (8, 6)}


def test_a_better_placed_copy_still_wins() -> None:
    # the earlier copy is the closer one: position breaks only exact ties
    cosine = {(5, 5): 0.88, (7, 5): 0.87, (8, 6): 0.8}
    forward = _links(Gap(a=(5, 6, 7, 8), b=(5, 6), before=(1, 1), after=(20, 20)), cosine)
    assert forward == {(5, 5), (8, 6)}
