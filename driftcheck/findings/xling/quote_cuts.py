"""Where a quote may be cut: its clauses for the cut probe of xling.quotes, split at a
conjunction ("and", "but") where each part is long enough to be dropped on its own.

A rule that judged a whole sentence of a quote cut when B said it nowhere (session 14,
h-xl22) was taken back: on a split written blind (dev12 of bench/xling) it raised two
warnings on faithful translations and two false findings on drifted ones for no drift.
"""

from __future__ import annotations

import itertools
import re

from driftcheck.findings.xling import facts

Span = tuple[int, int]

CONJOINED_WORDS = 3
"""A clause splits at a conjunction ("and were told it was a glitch") only where each part
has this many words: "ignored again and again" is one clause (dev..dev11 of bench/xling:
with two-word parts an idiom's "and again" reads as cut, 0.12 over the probe's gain)."""


def clauses(text: str, conjunctions: re.Pattern[str] | None, min_words: int) -> list[Span]:
    """The clauses of a quote for the cut probe: xling.facts.clauses of `min_words` words or
    more, each split at a conjunction (and, but: the profile's `conjunctions`) that joins
    parts of CONJOINED_WORDS words or more, where a translator may drop the second
    ("Drivers flagged this months ago and were told it was a software glitch")."""
    found: list[Span] = []
    for start, end in facts.clauses(text):
        if len(text[start:end].split()) < min_words:
            continue
        cuts = [] if conjunctions is None else list(conjunctions.finditer(text, start, end))
        bounds = [start, *(m.start() for m in cuts if text[m.start() - 1].isspace()), end]
        parts = list(itertools.pairwise(bounds))
        if len(parts) > 1 and all(len(text[s:e].split()) >= CONJOINED_WORDS for s, e in parts):
            found += [(s, e) for s, e in parts]
        else:
            found.append((start, end))
    return found
