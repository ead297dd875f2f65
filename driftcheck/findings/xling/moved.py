"""Whether a negation the story's count balances moved between units, judged by meaning.

A story that keeps its count of negated clauses while one unit loses one and another
gains one has either a clause the aligner put in the neighbouring unit (nothing changed)
or two changes of its own: a drift and a translator's idiom elsewhere ("was down" = "no
funcionaba"). The count cannot tell the two apart; the sentences can. A negated
sentence that moved reads closer to the sentence that balances it (the neighbouring
unit's negated sentence, or the other way's flip) than to its own group's other side;
one that changed in place reads closer to its own group's other side, which translates it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder


def moved(embedder: Embedder | None, own: str, counterpart: str, others: Sequence[str]) -> bool:
    """True when one of `others` (the other side's sentences that balance the count) reads
    closer to `own` than `counterpart` (its group's other side) does, or when there is no
    telling: no embedder, or a group with nothing on the other side."""
    if embedder is None or not counterpart:
        return bool(others)
    if not others:
        return False
    rows = embedder.embed([own, counterpart, *others])
    here = float(rows[1] @ rows[0])
    return any(float(row @ rows[0]) > here for row in rows[2:])
