"""A model-free embedder: hashed words, word pairs and character n-grams, numpy only.

Each text is embedded on its own (no corpus statistics), so a row depends only on
its text and can be cached by that text alone.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np

from driftcheck.embed.base import BaseEmbedder, Matrix
from driftcheck.patterns import CORE_STOPWORDS

DIMENSIONS = 4096
"""Default width of the hashed vectors: 16 KiB a row, few collisions for a sentence."""

_NO_SPACE_SCRIPTS = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\U00020000-\U0002ffff"
)
_TOKEN = re.compile(rf"(?P<run>[{_NO_SPACE_SCRIPTS}]+)|(?P<word>[^\W{_NO_SPACE_SCRIPTS}]+)")

_WEIGHTS = np.array([1.0, 0.15, 0.6, 0.25, 0.4, 1.0, 0.5], dtype=np.float64)
"""Weight of each kind of feature: a word, a stop word, two consecutive words, a character
3-5-gram inside a word, and 1, 2 or 3 characters of a script written without spaces."""
_WORD, _STOP, _PAIR, _CHARS, _RUN = 0, 1, 2, 3, 4


class LexicalEmbedder(BaseEmbedder):
    """Surface-similarity embeddings for when no model is wanted: fast, small, deterministic."""

    def __init__(self, dimensions: int = DIMENSIONS) -> None:
        if dimensions < 1:
            raise ValueError(f"dimensions must be positive, got {dimensions}")
        self.dimensions = dimensions

    @property
    def model_id(self) -> str:
        suffix = "" if self.dimensions == DIMENSIONS else f"-d{self.dimensions}"
        return f"lexical-v1{suffix}"

    def _encode(self, texts: list[str]) -> Matrix:
        rows = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            codes = np.array(_feature_codes(text, self.dimensions), dtype=np.int64)
            # A code packs (kind, slot, sign); equal codes are one feature seen several times.
            unique, counts = np.unique(codes, return_counts=True)
            kind, rest = np.divmod(unique, 2 * self.dimensions)
            slot, negative = np.divmod(rest, 2)
            values = _WEIGHTS[kind] * (1.0 + np.log(counts)) * (1 - 2 * negative)
            rows[row] = np.bincount(slot, weights=values, minlength=self.dimensions)
        return rows


def _feature_codes(text: str, dimensions: int) -> list[int]:
    """One code per feature occurrence in the text."""
    codes: list[int] = []
    previous: str | None = None
    for match in _TOKEN.finditer(unicodedata.normalize("NFKC", text).casefold()):
        run, word = match.group("run"), match.group("word")
        if run is not None:
            codes.extend(_run_codes(run, dimensions))
            previous = None
            continue
        codes.extend(_word_codes(word, dimensions))
        if previous is not None:
            codes.append(_code(_PAIR, f"{previous} {word}", dimensions))
        previous = word
    return codes


@lru_cache(maxsize=65536)
def _word_codes(word: str, dimensions: int) -> tuple[int, ...]:
    """The word itself and, unless it is a stop word, its character 3-5-grams."""
    if word in CORE_STOPWORDS:
        return (_code(_STOP, word, dimensions),)
    marked = f"<{word}>"
    grams = (marked[i : i + n] for n in (3, 4, 5) for i in range(len(marked) - n + 1))
    return (_code(_WORD, word, dimensions), *(_code(_CHARS, g, dimensions) for g in grams))


def _run_codes(run: str, dimensions: int) -> list[int]:
    """Characters 1, 2 and 3 at a time, for scripts that do not separate words by spaces."""
    return [
        _code(_RUN + n - 1, run[i : i + n], dimensions)
        for n in (1, 2, 3)
        for i in range(len(run) - n + 1)
    ]


def _code(kind: int, feature: str, dimensions: int) -> int:
    """Pack a feature's kind, hashed slot and sign; signs make collisions cancel on average."""
    key = f"{kind}:{feature}".encode("utf-8", "surrogatepass")
    value = int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little")
    return (kind * dimensions + value % dimensions) * 2 + (value >> 63)
