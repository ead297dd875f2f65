"""Evidence for a translation's beads beside the cosine: tokens that survive translation.

Numbers (each run of digits, so "4.45 Uhr" and "4 h 45" agree) and the words of four letters
or more that both versions use somewhere (in a translation: names and borrowed words) read
the same in any language pair, whatever the encoder. A bead scores 2 x Jaccard - 1 over such
tokens (1.0: all found on both sides, -1.0: none shared), 0.0 when neither side has any.
(Gale and Church's length model was measured here too and did not help beside Bertalign's
length factor: bench/RESULTS.md, h-tb.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_DIGITS = re.compile(r"\d+")


def shared_vocabulary(words: Mapping[str, Mapping[int, frozenset[str]]]) -> frozenset[str]:
    """The words both versions use somewhere (`words`: each side's words per sentence, as
    vectors.words gives them: four letters or more, case-folded)."""
    a, b = (frozenset().union(*words[side].values()) for side in ("a", "b"))
    return a & b


def surviving_tokens(text: str, words: frozenset[str], shared: frozenset[str]) -> frozenset[str]:
    """A sentence's tokens that may survive translation: its runs of digits and its words
    in the `shared` vocabulary."""
    return frozenset([f"#{digits}" for digits in _DIGITS.findall(text)]) | (words & shared)


def token_score(tokens_a: frozenset[str], tokens_b: frozenset[str]) -> float:
    """2 x Jaccard - 1 over the two sides' tokens; 0.0 when neither side has one."""
    if not (tokens_a or tokens_b):
        return 0.0
    union = tokens_a | tokens_b
    return 2 * len(tokens_a & tokens_b) / len(union) - 1
