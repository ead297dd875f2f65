"""Integration tests with the real bundled model, loaded once for the session (conftest)."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import numpy as np
import pytest

import driftcheck
from driftcheck.embed import (
    CachedEmbedder,
    Embedder,
    EmbeddingCache,
    SentenceTransformerEmbedder,
)
from driftcheck.embed.transformer import ALLOW_DOWNLOAD_ENV
from driftcheck.errors import ModelError
from tests.helpers import run_python

pytestmark = pytest.mark.model

ROOT = Path(driftcheck.__file__).resolve().parents[1]
HEAVY = ("torch", "transformers", "sentence_transformers")
TEXTS = [
    "Xi touts enduring friendship with Central Asia.",
    "Xi touts lasting friendship with Central Asia.",
    "Heavy rain flooded the airport overnight.",
]


@pytest.fixture
def model(real_embedder: Embedder) -> SentenceTransformerEmbedder:
    """The session's bundled model without its cache, so every call reaches the model."""
    assert isinstance(real_embedder, CachedEmbedder)
    assert isinstance(real_embedder.inner, SentenceTransformerEmbedder)
    return real_embedder.inner


def test_loading_restores_transformers_logging(model: SentenceTransformerEmbedder) -> None:
    from transformers.utils import logging as hf_logging

    model.embed(["load the model if no test has yet"])
    if "TRANSFORMERS_VERBOSITY" not in os.environ:
        assert hf_logging.get_verbosity() == logging.WARNING
    if "HF_HUB_DISABLE_PROGRESS_BARS" not in os.environ:
        assert hf_logging.is_progress_bar_enabled()


def test_embeddings_are_normalised_384_wide_rows(model: SentenceTransformerEmbedder) -> None:
    rows = model.embed(TEXTS)
    assert rows.shape == (3, 384)
    assert rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, rtol=1e-5)


def test_paraphrase_is_closer_than_unrelated(model: SentenceTransformerEmbedder) -> None:
    rows = model.embed(["enduring friendship", "lasting friendship", TEXTS[2]])
    assert rows[0] @ rows[1] > 0.8
    assert rows[0] @ rows[1] > rows[0] @ rows[2] + 0.5


def test_batches_give_the_same_rows(model: SentenceTransformerEmbedder) -> None:
    np.testing.assert_allclose(model.embed(TEXTS)[1], model.embed([TEXTS[1]])[0], atol=1e-5)


def test_cached_texts_do_not_load_the_model(
    model: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    expected = CachedEmbedder(model, EmbeddingCache(tmp_path)).embed(TEXTS)
    fresh = CachedEmbedder(SentenceTransformerEmbedder(), EmbeddingCache(tmp_path))
    np.testing.assert_array_equal(fresh.embed(TEXTS), expected)
    assert isinstance(fresh.inner, SentenceTransformerEmbedder)
    assert not fresh.inner.loaded
    assert (fresh.hits, fresh.misses) == (3, 0)


def test_cached_run_does_not_import_torch(
    model: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    expected = CachedEmbedder(model, EmbeddingCache(tmp_path)).embed(TEXTS)
    code = (
        "import sys, hashlib\n"
        "from driftcheck.embed import load_embedder\n"
        "rows = load_embedder(cache_dir=sys.argv[1]).embed(sys.argv[2:])\n"
        "print(hashlib.sha256(rows.tobytes()).hexdigest())\n"
        f"print(sorted(set({HEAVY!r}) & set(sys.modules)))\n"
    )
    digest, heavy = run_python(code, str(tmp_path), *TEXTS).stdout.splitlines()
    assert heavy == "[]"
    assert digest == hashlib.sha256(expected.tobytes()).hexdigest()


def test_directory_with_a_broken_config_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json")
    with pytest.raises(ModelError, match=r"^cannot load model") as error:
        SentenceTransformerEmbedder(str(tmp_path)).embed(["x"])
    assert "\n" not in str(error.value)


def test_hub_name_loads_offline_from_the_cache_and_quietly(tmp_path: Path) -> None:
    commit = "0" * 40
    repo = tmp_path / "hub" / "models--example--minilm"
    (repo / "snapshots").mkdir(parents=True)
    (repo / "snapshots" / commit).symlink_to(SentenceTransformerEmbedder().source.location)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    code = (
        "import sys\n"
        "from driftcheck.embed import SentenceTransformerEmbedder\n"
        "embedder = SentenceTransformerEmbedder('example/minilm')\n"
        "print(embedder.model_id, embedder.embed(['enduring friendship']).shape)\n"
    )
    env = {"HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HUB_OFFLINE": "", ALLOW_DOWNLOAD_ENV: ""}
    result = run_python(code, env=env)
    assert result.stdout.splitlines() == ["hub:example/minilm (1, 384)"]
    assert result.stderr == ""
