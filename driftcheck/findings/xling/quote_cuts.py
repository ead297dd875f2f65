"""A quote of several sentences whose translation says fewer of them: a sentence cut from it.

A translator may join two sentences of a quote into one, or carry the second into a
sentence of its own that alignment put in another group; a drift drops it. What tells
them apart is whether the sentence is said anywhere in B: a sentence cut from the quote
has no counterpart in B's quote (B's quote does not read further from A's without it)
and none elsewhere in B.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from driftcheck.findings.xling import facts, meaning

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

Span = tuple[int, int]

SAID_ELSEWHERE = 0.5
"""A sentence of A's quote this similar to a sentence of B outside B's quote is said
there (dev..dev11 of bench/xling: the one faithful quote whose second sentence B put in
a group of its own matches it at 0.63; the sentences cut from quotes match nothing in B
above 0.41)."""
KEPT_GAIN = -0.02
"""B's quote says the sentence when A's quote without it reads further from B by more
than this (a translator's join: both sentences in one); cut sentences lie from -0.012
up, over dev..dev11."""
MIN_WORDS = 2
"""A sentence of fewer words ("No.") is not one whose loss the probe can see."""

CONJOINED_WORDS = 3
"""A clause splits at a conjunction ("and were told it was a glitch") only where each part
has this many words: "ignored again and again" is one clause (dev..dev11 of bench/xling:
with two-word parts an idiom's "and again" reads as cut, 0.12 over the probe's gain)."""

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=\S)")


def sentences(text: str) -> list[Span]:
    """The sentences of a quote's text of MIN_WORDS words or more, as spans."""
    spans, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if len(text[s:e].split()) >= MIN_WORDS]


def cut_sentence(
    embedder: Embedder, a_text: str, b_text: str, elsewhere: Sequence[str]
) -> tuple[str, float] | None:
    """(sentence, its best similarity to B outside the quote) for a sentence of A's quote
    that B's quote, which has fewer sentences, does not say and B says nowhere else
    (`elsewhere`: B's sentences outside the quote's group); None otherwise.

    The sentence is the one whose removal brings B's quote closest (the probe of
    xling.meaning, on sentences).
    """
    spans = sentences(a_text)
    if len(spans) < 2 or len(sentences(b_text)) >= len(spans):
        return None
    rows = embedder.embed([b_text, a_text, *(meaning.without(a_text, [span]) for span in spans)])
    whole = float(rows[0] @ rows[1])
    gains = [float(rows[0] @ row) - whole for row in rows[2:]]
    best = max(range(len(spans)), key=gains.__getitem__)
    if gains[best] < KEPT_GAIN:
        return None
    sentence = a_text[slice(*spans[best])].strip()
    if not elsewhere:
        return sentence, 0.0
    found = embedder.embed([sentence, *elsewhere])
    said = float((found[1:] @ found[0]).max())
    return None if said >= SAID_ELSEWHERE else (sentence, said)


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
