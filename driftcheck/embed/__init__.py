"""Embedding backends and their on-disk cache; importing this does not import torch."""

from __future__ import annotations

from pathlib import Path

from driftcheck.embed.base import BaseEmbedder, Embedder, Matrix
from driftcheck.embed.cache import CachedEmbedder, EmbeddingCache
from driftcheck.embed.lexical import LexicalEmbedder
from driftcheck.embed.multilingual import MULTILINGUAL_MODEL, MultilingualEmbedder
from driftcheck.embed.transformer import SentenceTransformerEmbedder

__all__ = [
    "MULTILINGUAL_MODEL",
    "BaseEmbedder",
    "CachedEmbedder",
    "Embedder",
    "EmbeddingCache",
    "LexicalEmbedder",
    "Matrix",
    "MultilingualEmbedder",
    "SentenceTransformerEmbedder",
    "load_embedder",
]


def load_embedder(
    model: str | None = None,
    *,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    device: str = "auto",
) -> Embedder:
    """The embedder a run asks for: the bundled model, lexical, use-multilingual, a name or path.

    Model embeddings go through the on-disk cache unless `use_cache` is False; lexical
    ones never do, since computing them is about as fast as reading them back.
    `device` (auto, cpu, cuda) is where a sentence-transformers model runs.
    """
    if model == "lexical":
        return LexicalEmbedder()
    embedder: Embedder
    if model == MULTILINGUAL_MODEL:
        embedder = MultilingualEmbedder()
    else:
        embedder = SentenceTransformerEmbedder(
            None if model in (None, "default") else model, device=device
        )
    if not use_cache:
        return embedder
    return CachedEmbedder(embedder, EmbeddingCache(cache_dir))
