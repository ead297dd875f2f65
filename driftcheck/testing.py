"""Helpers for testing code that uses driftcheck, without loading a model."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

import numpy as np

from driftcheck.embed.base import BaseEmbedder, Matrix

_WORD = re.compile(r"\w+", re.UNICODE)


class FakeEmbedder(BaseEmbedder):
    """Deterministic bag-of-words embedder: texts sharing words are similar.

    `synonyms` maps a word to the word it should count as, so a test can say
    that "lasting" means "enduring" the way a real model would.
    """

    def __init__(self, dimensions: int = 512, synonyms: Mapping[str, str] | None = None) -> None:
        self.dimensions = dimensions
        self.synonyms = {k.lower(): v.lower() for k, v in (synonyms or {}).items()}
        self.calls: list[list[str]] = []

    @property
    def model_id(self) -> str:
        return f"fake-bow-{self.dimensions}"

    def _encode(self, texts: list[str]) -> Matrix:
        self.calls.append(list(texts))
        rows = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for found in _WORD.findall(text.lower()):
                word = self.synonyms.get(found, found)
                digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
                rows[row, int.from_bytes(digest, "little") % self.dimensions] += 1.0
        return rows
