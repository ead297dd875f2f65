"""An on-disk embedding cache shared by runs and processes, and the embedder that uses it.

The cache is an optimisation only: a corrupt file is rebuilt and an unusable directory
turns caching off, each with a warning in the log, and the run goes on.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt
import platformdirs

from driftcheck.embed.base import Embedder, Matrix

logger = logging.getLogger(__name__)

FILENAME = "embeddings-v1.sqlite"
"""The cache file inside the cache directory; the suffix is the storage format's version."""

_BUSY_TIMEOUT_MS = 30_000
_CHUNK = 500  # keys per SELECT, well under SQLite's limit on query parameters
_BROKEN = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_BUSY_RETRIES = 6  # pauses of 0.05 s doubling: about 3 s in all
_BUSY_PAUSE_S = 0.05
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    sha256 BLOB NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, sha256)
) WITHOUT ROWID
"""

_SELECT = "SELECT sha256, vector FROM embeddings WHERE model = ? AND sha256 IN "

Vector = npt.NDArray[np.float32]
"""One embedding: a 1-d float32 array."""

_T = TypeVar("_T")


def default_cache_dir() -> Path:
    """The per-user cache directory, e.g. ~/.cache/driftcheck on Linux."""
    return Path(platformdirs.user_cache_dir("driftcheck"))


class EmbeddingCache:
    """Float32 vectors in SQLite, keyed by model id and the SHA-256 of the exact text."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = directory
        self.path = Path(directory if directory is not None else default_cache_dir()) / FILENAME
        self.enabled = True
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        """The directory asked for and whether it is in use; the lock stays here."""
        return {"directory": self.directory, "enabled": self.enabled}

    def __setstate__(self, state: dict[str, object]) -> None:
        """The same cache on another machine (a Ray worker): the directory given, else
        that machine's own default cache directory; with a lock of its own."""
        directory = state["directory"]
        self.__init__(directory if isinstance(directory, str | Path) else None)  # type: ignore[misc]
        self.enabled = bool(state["enabled"])

    def get_many(self, model_id: str, texts: Sequence[str]) -> dict[str, Vector]:
        """The cached vector of each text that has one; texts without one are left out."""
        by_key = {_key(text): text for text in texts}
        keys = list(by_key)

        def read(db: sqlite3.Connection) -> dict[str, Vector]:
            found: dict[str, Vector] = {}
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i : i + _CHUNK]
                query = _SELECT + "(" + ",".join("?" * len(chunk)) + ")"
                for key, blob in db.execute(query, [model_id, *chunk]):
                    if blob and len(blob) % 4 == 0:
                        found[by_key[key]] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
            return found

        return self._run(read, {}) if keys else {}

    def put_many(self, model_id: str, vectors: Mapping[str, npt.ArrayLike]) -> None:
        """Store one vector per text, replacing any already stored for that text."""
        rows = [
            (model_id, _key(text), np.asarray(vector, dtype="<f4").tobytes())
            for text, vector in vectors.items()
        ]

        def write(db: sqlite3.Connection) -> None:
            with db:
                db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)

        if rows:
            self._run(write, None)

    def _run(self, operation: Callable[[sqlite3.Connection], _T], fallback: _T) -> _T:
        """Run an operation on a fresh connection; rebuild a broken file once, else give up.

        SQLite waits for a lock up to the busy timeout, but answers "database is locked"
        at once where waiting could deadlock (two processes creating the file and both
        switching it to WAL): such an answer is retried a few times, a moment apart.
        """
        rebuilt = False
        with self._lock:
            for attempt in range(_BUSY_RETRIES + 1):
                if not self.enabled:
                    return fallback
                try:
                    with self._connect() as db:
                        return operation(db)
                except sqlite3.DatabaseError as error:
                    if _errorcode(error) in _BUSY and attempt < _BUSY_RETRIES:
                        time.sleep(_BUSY_PAUSE_S * 2**attempt)
                    elif _errorcode(error) in _BROKEN and not rebuilt:
                        self._rebuild(error)
                        rebuilt = True
                    else:
                        self._disable(error)
                except OSError as error:
                    self._disable(error)
            return fallback

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """Open the file, creating it and its table if need be, set up for sharing."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000)) as db:
            db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # once per file
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(_SCHEMA)
            yield db

    def _rebuild(self, error: sqlite3.DatabaseError) -> None:
        """Delete a damaged file so the next connection starts an empty one."""
        logger.warning("embedding cache %s is corrupt (%s); rebuilding it", self.path, error)
        try:
            for suffix in ("", "-wal", "-shm"):
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        except OSError as unlink_error:
            self._disable(unlink_error)

    def _disable(self, error: Exception) -> None:
        """Stop using the cache for the rest of this run."""
        logger.warning("embedding cache %s is unusable (%s); going on without it", self.path, error)
        self.enabled = False


class CachedEmbedder:
    """Wraps an embedder so each text is embedded once per model, across runs.

    `hits` and `misses` count distinct texts found in, and missing from, the cache.
    """

    def __init__(self, inner: Embedder, cache: EmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache
        self.hits = 0
        self.misses = 0

    @property
    def model_id(self) -> str:
        """The wrapped embedder's model id."""
        return self.inner.model_id

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Rows from the cache where present; the rest from one call to the inner embedder."""
        distinct = list(dict.fromkeys(texts))
        if not distinct:
            return np.zeros((0, 0), dtype=np.float32)
        model_id = self.model_id
        rows = self.cache.get_many(model_id, distinct)
        missing = [text for text in distinct if text not in rows]
        self.hits += len(distinct) - len(missing)
        self.misses += len(missing)
        if missing:
            fresh = dict(zip(missing, self.inner.embed(missing), strict=True))
            self.cache.put_many(model_id, fresh)
            rows.update(fresh)
        return np.vstack([rows[text] for text in texts]).astype(np.float32, copy=False)


def _key(text: str) -> bytes:
    """The SHA-256 of the exact text; lone surrogates from undecodable input are kept."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _errorcode(error: sqlite3.DatabaseError) -> int:
    """SQLite's primary result code for the error (SQLITE_BUSY, SQLITE_CORRUPT, ...)."""
    code: int = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return code
