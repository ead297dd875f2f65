"""Which quote of B translates which quote of A in a unit, and how close each pair reads.

xling.quotes judges each pair; xling.quote_story measures the story's pairs together, as
the reference a pair's own similarity is weighed against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Span, Unit

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

MIN_WORDS = 3
"""A quote of fewer words (a term in quotation marks) is not judged by meaning."""


@dataclass(frozen=True, slots=True)
class Paired:
    """A unit's quotes (A's of MIN_WORDS or more), their texts, the (A, B) pairs and the
    similarity of each pair (none without an embedder)."""

    a_quotes: list[tuple[GroupView, Span]]
    b_quotes: list[tuple[GroupView, Span]]
    a_texts: list[str]
    b_texts: list[str]
    pairs: list[tuple[int, int]]
    similarities: tuple[float, ...]


def paired(unit: Unit, profiles: tuple[Profile, Profile], embedder: Embedder | None) -> Paired:
    """The unit's quotes of each side, paired by meaning (see `pair_quotes`), with each
    pair's similarity."""
    a_quotes = [
        (view, span)
        for view, side in unit.sides("a")
        for span in facts.quotes(side.text, profiles[0])
    ]
    b_quotes = [
        (view, span)
        for view, side in unit.sides("b")
        for span in facts.quotes(side.text, profiles[1])
    ]
    a_quotes = [q for q in a_quotes if len(q[0].a.text[slice(*q[1])].split()) >= MIN_WORDS]
    a_texts = [view.a.text[slice(*span)] for view, span in a_quotes]
    b_texts = [view.b.text[slice(*span)] for view, span in b_quotes]
    pairs = pair_quotes(a_texts, b_texts, embedder)
    measured = (
        tuple(similarities(embedder, [(a_texts[n], b_texts[m]) for n, m in pairs]))
        if embedder is not None
        else ()
    )
    return Paired(a_quotes, b_quotes, a_texts, b_texts, pairs, measured)


def similarities(embedder: Embedder, pairs: Sequence[tuple[str, str]]) -> list[float]:
    """The similarity of each pair of texts."""
    if not pairs:
        return []
    rows = embedder.embed([text for pair in pairs for text in pair])
    return [float(rows[2 * n] @ rows[2 * n + 1]) for n in range(len(pairs))]


def pair_quotes(
    a_texts: list[str], b_texts: list[str], embedder: Embedder | None
) -> list[tuple[int, int]]:
    """(A quote, B quote) pairs, the most similar first, each quote in one pair at most.

    Without an embedder the quotes pair in reading order. An A quote left over (B has
    fewer quotes) is the one least like any B quote.
    """
    if embedder is None or not a_texts or not b_texts:
        return [(n, n) for n in range(min(len(a_texts), len(b_texts)))]
    rows = embedder.embed([*a_texts, *b_texts])
    sims = rows[: len(a_texts)] @ rows[len(a_texts) :].T
    order = sorted(
        ((float(sims[n, m]), n, m) for n in range(len(a_texts)) for m in range(len(b_texts))),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    pairs: list[tuple[int, int]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, n, m in order:
        if n not in used_a and m not in used_b:
            pairs.append((n, m))
            used_a.add(n)
            used_b.add(m)
    return sorted(pairs)
