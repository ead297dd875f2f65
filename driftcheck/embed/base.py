"""The embedding contract: texts in, one L2-normalised float32 row per text out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]
"""Rows are L2-normalised embeddings, so a dot product is a cosine similarity."""


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into normalised vectors, named for the on-disk cache."""

    @property
    def model_id(self) -> str:
        """A stable name for the model and its version; part of the cache key."""
        ...

    def embed(self, texts: Sequence[str]) -> Matrix:
        """One normalised float32 row per text, in order."""
        ...


class BaseEmbedder(ABC):
    """Batches, de-duplicates and normalises; subclasses implement `_encode` only."""

    batch_size = 64
    chunk_size = 64
    """Texts per `_encode` call; texts are sorted by length first so batches pad little."""

    @property
    @abstractmethod
    def model_id(self) -> str:
        """A stable name for the model and its version; part of the cache key."""

    @abstractmethod
    def _encode(self, texts: list[str]) -> Matrix:
        """Embed distinct texts (at most `chunk_size` of them); normalisation is done for you."""

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Embed each distinct text once, in batches, and return rows in input order."""
        distinct = sorted(dict.fromkeys(texts), key=len)
        if not distinct:
            return np.zeros((0, 0), dtype=np.float32)
        chunks = [
            self._encode(distinct[i : i + self.chunk_size])
            for i in range(0, len(distinct), self.chunk_size)
        ]
        rows = normalise(np.vstack(chunks))
        position = {text: i for i, text in enumerate(distinct)}
        ordered: Matrix = rows[[position[text] for text in texts]]
        return ordered


def normalise(matrix: npt.ArrayLike) -> Matrix:
    """Scale each row to unit length (zero rows stay zero) as float32."""
    rows = np.asarray(matrix, dtype=np.float32)
    if rows.ndim != 2:
        raise ValueError(f"expected a 2-d matrix, got shape {rows.shape}")
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    scaled: Matrix = (rows / norms).astype(np.float32, copy=False)
    return scaled
