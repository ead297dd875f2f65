"""Fixtures: the real bundled model (loaded once per session) in a private cache."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from driftcheck.embed import Embedder, load_embedder
from driftcheck.pipeline import Comparer

TEST_CACHE_HOME = Path(tempfile.mkdtemp(prefix="driftcheck-test-cache-"))
"""Where every run of the CLI in tests keeps its cache: never the user's."""


def pytest_configure() -> None:
    """Point the cache elsewhere before any fixture runs, module- and session-scoped included."""
    os.environ["XDG_CACHE_HOME"] = str(TEST_CACHE_HOME)


def pytest_unconfigure() -> None:
    shutil.rmtree(TEST_CACHE_HOME, ignore_errors=True)


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
