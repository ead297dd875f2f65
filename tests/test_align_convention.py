"""bench/quality.py's rewriting of moves for sets annotated without reordering."""

from __future__ import annotations

from bench.quality import unmoved
from driftcheck.types import Kind, Pairing


def test_a_moved_group_becomes_deleted_and_added() -> None:
    groups = [
        Pairing((0,), (0,), Kind.CHANGED, 0.9),
        Pairing((1,), (3,), Kind.CHANGED, 0.95, moved=True),
        Pairing((2,), (1, 2), Kind.SPLIT, 0.8),
        Pairing((3,), (), Kind.OMITTED, None),
    ]
    assert unmoved(groups) == [((0,), (0,)), ((1,), ()), ((), (3,)), ((2,), (1, 2)), ((3,), ())]


def test_in_order_groups_are_kept_as_they_are() -> None:
    groups = [Pairing((0, 1), (0,), Kind.MERGE, 0.7), Pairing((), (1,), Kind.ADDED, None)]
    assert unmoved(groups) == [((0, 1), (0,)), ((), (1,))]
