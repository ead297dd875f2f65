"""The on-disk embedding cache: round trips, hits, damaged files, sharing, unwritable places."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import driftcheck
from driftcheck.embed import CachedEmbedder, EmbeddingCache
from driftcheck.embed.cache import FILENAME, default_cache_dir
from driftcheck.testing import FakeEmbedder

ROOT = Path(driftcheck.__file__).resolve().parents[1]
TEXTS = ["Leaders met in Xian.", "Xi touts friendship.", "Prices rose.", "东京发生地震。"]


def vector(seed: int, size: int = 8) -> np.ndarray:
    return np.random.default_rng(seed).random(size, dtype=np.float32)


def test_round_trip_keeps_exact_float32_values(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    stored = {text: vector(i) for i, text in enumerate(TEXTS)}
    cache.put_many("model-a", stored)
    found = EmbeddingCache(tmp_path).get_many("model-a", [*TEXTS, "not stored"])
    assert found.keys() == stored.keys()
    for text, row in stored.items():
        assert found[text].dtype == np.float32
        np.testing.assert_array_equal(found[text], row)
    assert cache.path == tmp_path / FILENAME


def test_entries_are_per_model_and_per_exact_text(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    cache.put_many("model-a", {"Text": vector(1)})
    assert cache.get_many("model-b", ["Text"]) == {}
    assert cache.get_many("model-a", ["text", "Text ", "Text"]).keys() == {"Text"}


def test_text_that_is_not_valid_unicode_is_still_cached(tmp_path: Path) -> None:
    text = "broken \udcff byte"
    cache = EmbeddingCache(tmp_path)
    cache.put_many("m", {text: vector(2)})
    np.testing.assert_array_equal(cache.get_many("m", [text])[text], vector(2))


def test_put_replaces_an_entry(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    cache.put_many("m", {"a": vector(1)})
    cache.put_many("m", {"a": vector(2)})
    np.testing.assert_array_equal(cache.get_many("m", ["a"])["a"], vector(2))


def test_many_keys_are_looked_up_in_chunks(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    texts = [f"sentence {i}" for i in range(1234)]
    cache.put_many("m", {text: vector(i, 4) for i, text in enumerate(texts)})
    assert len(cache.get_many("m", texts)) == 1234


def test_default_directory_is_the_user_cache_dir() -> None:
    assert EmbeddingCache().path == default_cache_dir() / FILENAME
    assert default_cache_dir().name == "driftcheck"


def test_cache_file_uses_write_ahead_logging(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    cache.put_many("m", {"a": vector(1)})
    db = sqlite3.connect(cache.path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        db.close()


# The embedder that uses the cache


def test_cached_embedder_returns_what_the_inner_embedder_returns(tmp_path: Path) -> None:
    texts = [*TEXTS, TEXTS[0]]
    cached = CachedEmbedder(FakeEmbedder(), EmbeddingCache(tmp_path))
    first = cached.embed(texts)
    second = cached.embed(texts)
    np.testing.assert_array_equal(first, FakeEmbedder().embed(texts))
    np.testing.assert_array_equal(second, first)
    assert first.dtype == np.float32
    assert cached.model_id == FakeEmbedder().model_id


def test_cache_hits_do_not_call_the_inner_embedder(tmp_path: Path) -> None:
    CachedEmbedder(FakeEmbedder(), EmbeddingCache(tmp_path)).embed(TEXTS)
    inner = FakeEmbedder()
    cached = CachedEmbedder(inner, EmbeddingCache(tmp_path))
    cached.embed(list(reversed(TEXTS)))
    assert inner.calls == []
    assert (cached.hits, cached.misses) == (4, 0)


def test_only_misses_are_embedded_in_one_call(tmp_path: Path) -> None:
    inner = FakeEmbedder()
    cached = CachedEmbedder(inner, EmbeddingCache(tmp_path))
    cached.embed(TEXTS[:2])
    rows = cached.embed(["new one", TEXTS[0], "new two", "new one", TEXTS[1]])
    assert inner.calls == [TEXTS[:2], ["new one", "new two"]]
    assert (cached.hits, cached.misses) == (2, 4)
    np.testing.assert_array_equal(rows[0], rows[3])
    np.testing.assert_array_equal(rows[1], FakeEmbedder().embed([TEXTS[0]])[0])


def test_embedding_nothing_calls_nothing(tmp_path: Path) -> None:
    inner = FakeEmbedder()
    assert CachedEmbedder(inner, EmbeddingCache(tmp_path)).embed([]).shape == (0, 0)
    assert inner.calls == []


# Damaged files and places the cache cannot be written


def corrupt_by_overwriting(path: Path) -> None:
    path.write_bytes(np.random.default_rng(0).bytes(path.stat().st_size))


def corrupt_by_truncating(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 3)


@pytest.mark.parametrize("damage", [corrupt_by_overwriting, corrupt_by_truncating])
def test_damaged_cache_is_logged_rebuilt_and_the_run_goes_on(
    tmp_path: Path, damage: Callable[[Path], None], caplog: pytest.LogCaptureFixture
) -> None:
    texts = [f"sentence number {i}" for i in range(300)]
    CachedEmbedder(FakeEmbedder(dimensions=256), EmbeddingCache(tmp_path)).embed(texts)
    damage(tmp_path / FILENAME)

    inner = FakeEmbedder(dimensions=256)
    cached = CachedEmbedder(inner, EmbeddingCache(tmp_path))
    with caplog.at_level(logging.WARNING, logger="driftcheck.embed.cache"):
        rows = cached.embed(texts)
    np.testing.assert_array_equal(rows, FakeEmbedder(dimensions=256).embed(texts))
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "is corrupt" in caplog.records[0].getMessage()
    assert cached.cache.enabled

    again = FakeEmbedder(dimensions=256)
    CachedEmbedder(again, EmbeddingCache(tmp_path)).embed(texts)
    assert again.calls == []


def test_cache_directory_that_cannot_be_created_turns_caching_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    inner = FakeEmbedder()
    cached = CachedEmbedder(inner, EmbeddingCache(blocker / "cache"))
    with caplog.at_level(logging.WARNING, logger="driftcheck.embed.cache"):
        first = cached.embed(TEXTS)
        second = cached.embed(TEXTS)
    np.testing.assert_array_equal(first, second)
    assert len(inner.calls) == 2
    assert not cached.cache.enabled
    assert len(caplog.records) == 1
    assert "going on without it" in caplog.records[0].getMessage()


def _locked_for(calls: int, real: Callable[..., Any]) -> Callable[..., Any]:
    """EmbeddingCache._connect, answering "database is locked" at once `calls` times."""
    left = [calls]

    @contextmanager
    def connect(self: EmbeddingCache) -> Iterator[sqlite3.Connection]:
        if left[0] > 0:
            left[0] -= 1
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = sqlite3.SQLITE_BUSY
            raise error
        with real(self) as db:
            yield db

    return connect


@pytest.mark.parametrize(("locked", "kept"), [(3, True), (99, False)])
def test_a_lock_sqlite_will_not_wait_for_is_retried_then_given_up(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    locked: int,
    kept: bool,
) -> None:
    """Where waiting could deadlock SQLite says "locked" at once; a moment later it may not."""
    pauses: list[float] = []
    monkeypatch.setattr("driftcheck.embed.cache.time.sleep", pauses.append)
    monkeypatch.setattr(EmbeddingCache, "_connect", _locked_for(locked, EmbeddingCache._connect))
    cache = EmbeddingCache(tmp_path)
    with caplog.at_level(logging.WARNING, logger="driftcheck.embed.cache"):
        cache.put_many("m", {"a": vector(1)})
    assert cache.enabled is kept
    assert len(pauses) == min(locked, 6)
    assert pauses == sorted(pauses)
    if kept:
        assert caplog.records == []
        np.testing.assert_array_equal(cache.get_many("m", ["a"])["a"], vector(1))
    else:
        assert "database is locked" in caplog.records[-1].getMessage()


# Two processes sharing one cache

WRITER = """
import sys, time
from pathlib import Path
import numpy as np
from driftcheck.embed.cache import EmbeddingCache

directory, name, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
while not go.exists():
    time.sleep(0.005)
cache = EmbeddingCache(directory)
for batch in range(40):
    own = {f"{name} {batch} {i}": np.full(8, batch, np.float32) for i in range(25)}
    cache.put_many("m", own)
    cache.put_many("m", {f"shared {i}": np.ones(8, np.float32) for i in range(25)})
    assert len(cache.get_many("m", list(own))) == 25
assert cache.enabled
"""


def test_two_processes_can_write_one_cache_at_once(tmp_path: Path) -> None:
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), name, str(go)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    go.touch()
    finished = [(writer.communicate(timeout=120)[1], writer.returncode) for writer in writers]
    assert finished == [("", 0), ("", 0)]
    texts = [
        f"{name} {b} {i}" for name in ("first", "second") for b in range(40) for i in range(25)
    ]
    found = EmbeddingCache(tmp_path).get_many("m", [*texts, *(f"shared {i}" for i in range(25))])
    assert len(found) == 2 * 40 * 25 + 25
