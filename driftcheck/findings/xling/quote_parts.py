"""A quote kept part by part: both sides say it in as many parts (clauses, or the two sides
of an "and" or "but"), and each part of A's quote reads closest to its own part of B's, in
the same order, and B's part closest to it.

Evidence against a meaning alarm on the whole quote: a translator who renders a figure
of speech by its sense leaves each part with its counterpart, and the USE model often
reads such a quote of two clauses further as a whole than either clause (a faithful
Russian quote of two metaphors on dev27 of bench/xling: 0.48 whole, 0.59 for each part);
a quote softened or cut has one part far from any of B's, or one part fewer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import quote_cuts

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

PART_WORDS = 2
"""A clause of fewer words ("he said", "yes") is no part of its own."""


def _parts(text: str, profile: Profile) -> list[str]:
    conjunctions: re.Pattern[str] | None = profile.conjunctions_re if profile.conjunctions else None
    return [text[start:end] for start, end in quote_cuts.clauses(text, conjunctions, PART_WORDS)]


def paired_parts(
    embedder: Embedder | None,
    texts: tuple[str, str],
    profiles: tuple[Profile, Profile],
) -> list[float] | None:
    """The similarity of each part of A's quote with its part of B's, in reading order,
    when the two quotes have as many parts (two or more) and each part's most similar part
    on the other side is its own counterpart; None otherwise (a part with no counterpart
    of its own, or a quote of one part, says nothing part by part)."""
    a_parts = _parts(texts[0], profiles[0])
    b_parts = _parts(texts[1], profiles[1])
    if embedder is None or len(a_parts) < 2 or len(a_parts) != len(b_parts):
        return None
    rows = embedder.embed([*a_parts, *b_parts])
    sims = rows[: len(a_parts)] @ rows[len(a_parts) :].T
    count = len(a_parts)
    for n in range(count):
        if int(sims[n].argmax()) != n or int(sims[:, n].argmax()) != n:
            return None
    return [float(sims[n, n]) for n in range(count)]


def kept(
    embedder: Embedder | None,
    texts: tuple[str, str],
    profiles: tuple[Profile, Profile],
    bar: float,
) -> bool:
    """True when B's quote says A's part by part (`paired_parts`) and no part is under
    `bar`, the similarity the whole quote is judged by: the distance is spread over the
    quote (an idiom rendered by its sense), not one part changed or left out ("We gave the
    plan every chance, but it has simply run out of road" -> "Wir haben dem Plan jede
    Chance gegeben, aber er ist schlicht am Ende": 0.90 and 0.53, each part far closer to
    its own than to the other). xling.quotes asks it of a quote the similarity would call
    altered, at that bar, and of a clause the cut probe names as missing, at the bar of a
    part that says something else altogether (SHORT_FLOOR)."""
    parts = paired_parts(embedder, texts, profiles)
    return parts is not None and min(parts) >= bar
