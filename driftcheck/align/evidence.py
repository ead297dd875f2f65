"""Evidence for a translation's beads beside the cosine: lengths and tokens that survive it.

Two signals that hold for a translation in any language pair, whatever the encoder:
- **Length** (Gale and Church, 1993): the characters of a passage and of its translation are
  roughly proportional. With B's lengths scaled by the versions' character ratio, the
  difference of a bead's two lengths, over the square root of their mean times a variance,
  is about standard normal; a bead scores the log of the two-sided probability of a
  difference at least that large (0.0 for equal lengths, more negative the further apart).
  The variance is Gale and Church's published 6.8 (characters, several language pairs).
- **Tokens that survive translation**: numbers (each run of digits, so "4.45 Uhr" and "4 h
  45" agree) and the words of four letters or more that both versions use somewhere (in a
  translation: names and borrowed words). A bead scores 2 x Jaccard - 1 over such tokens
  (1.0: all found on both sides, -1.0: none shared), 0.0 when neither side has any.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

VARIANCE = 6.8
"""Gale and Church's variance of the length difference per character (their Table 3 fit)."""
FLOOR = math.log(1e-6)
"""The least a bead's length can score: one very uneven bead is unlikely, not impossible."""
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{4,}")


def length_score(length_a: float, length_b: float, variance: float = VARIANCE) -> float:
    """Log two-sided probability of the lengths' difference (B already scaled to A's)."""
    mean = (length_a + length_b) / 2
    if mean <= 0:
        return 0.0
    delta = abs(length_b - length_a) / math.sqrt(variance * mean)
    tail = math.erfc(delta / math.sqrt(2))
    return max(FLOOR, math.log(tail)) if tail > 0 else FLOOR


def sentence_tokens(
    texts: Mapping[str, Mapping[int, str]],
) -> dict[str, dict[int, frozenset[str]]]:
    """Each sentence's tokens that may survive translation (see the module's docstring)."""
    vocab = {side: _words(sentences.values()) for side, sentences in texts.items()}
    shared = vocab["a"] & vocab["b"]
    return {
        side: {
            index: frozenset(
                [f"#{digits}" for digits in _DIGITS.findall(text)]
                + [word for word in _words((text,)) if word in shared]
            )
            for index, text in sentences.items()
        }
        for side, sentences in texts.items()
    }


def token_score(tokens_a: frozenset[str], tokens_b: frozenset[str]) -> float:
    """2 x Jaccard - 1 over the two sides' tokens; 0.0 when neither side has one."""
    union = tokens_a | tokens_b
    if not union:
        return 0.0
    return 2 * len(tokens_a & tokens_b) / len(union) - 1


def _words(texts: Iterable[str]) -> set[str]:
    return {word.casefold() for text in texts for word in _WORD.findall(text)}
