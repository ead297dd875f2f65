"""Fixtures: the real bundled model (loaded once per session) in a private cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from driftcheck.embed import Embedder, load_embedder
from driftcheck.pipeline import Comparer


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the user's cache: every run of the CLI in tests uses a temporary one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="session")
def real_embedder(model_cache: Path) -> Embedder:
    """The bundled all-MiniLM-L6-v2, as users run it, with an on-disk cache."""
    return load_embedder(None, cache_dir=model_cache)


@pytest.fixture(scope="session")
def real_comparer(real_embedder: Embedder) -> Comparer:
    return Comparer(embedder=real_embedder)
