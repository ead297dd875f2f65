"""The stages of a corpus run on Ray Data, as plain functions over rows (no Ray import).

A row is `{"index": pair number, "payload": pickled stage value}`: pickling keeps the
values exact (texts, spans, float32 vectors) whatever Ray's block format does with them.
Each stage turns any failure of a pair into that pair's error row, as `batch` does.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from driftcheck.align import texts_to_embed
from driftcheck.batch import PrefetchedEmbedder, _attempt, _Task
from driftcheck.corpus import PairResult
from driftcheck.embed.base import Embedder, Matrix
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment

Row = dict[str, Any]
"""One pair between stages: its index and its pickled stage value."""
Batch = dict[str, Any]
"""Rows as columns (Ray Data's numpy batch format): `index` and `payload` arrays."""
Outcome = PairResult | list[str]
"""What comparing a pair gave: its result, or the texts it still needs embedded."""


@dataclass(frozen=True, slots=True)
class Pending:
    """A pair to compare in this round; `extra` are texts an earlier round found missing."""

    task: _Task
    extra: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Embedded:
    """A pair with the vector of every text it needs, as (text, row) pairs."""

    task: _Task
    vectors: tuple[tuple[str, Matrix], ...]
    error: str | None = None


def row(index: int, value: object) -> Row:
    """A row holding `value` for pair `index`."""
    return {"index": index, "payload": pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)}


def value(data: Row) -> Any:
    """The stage value a row holds (written by `row`, in this run: trusted)."""
    return pickle.loads(data["payload"])  # noqa: S301 - rows are made by this run's stages


def segment_row(data: Row, comparer: Comparer) -> Row:
    """Segmentation: the texts the aligner will embed first, plus any asked for before."""
    pending: Pending = value(data)
    task = pending.task
    try:
        lines = comparer.options.lines
        a = segment(task.a_text, language=task.languages[0].code, lines=lines).sentences
        b = segment(task.b_text, language=task.languages[1].code, lines=lines).sentences
        texts = texts_to_embed(a, b, comparer.options)
    except Exception:  # the comparison fails the same way later and says why
        texts = []
    needed = tuple(dict.fromkeys([*texts, *pending.extra]))
    return row(data["index"], Pending(task, pending.extra, needed))


class EmbedActor:
    """Embedding on a Ray actor: the model loads once per actor, on first use.

    Each call embeds the distinct texts of a batch of pairs in one batched call (through
    this node's cache when caching is on) and hands each pair its own vectors; with
    `compare`, it also compares each pair, embedding any further text alignment asks for
    with its own model (no second round, no second model load).
    """

    def __init__(self, comparer: Comparer, *, compare: bool = False) -> None:
        os.environ["OMP_NUM_THREADS"] = "1"  # before torch loads: one CPU's worth per actor
        self.comparer = comparer
        self.compare = compare

    def __call__(self, batch: Batch) -> Batch:
        """Vectors for every pair of `batch`; a failure to embed is each pair's error.

        Pairs are embedded with the model their languages call for (see batch.task_for),
        one batched call per model.
        """
        pendings: list[Pending] = [value({"payload": p}) for p in batch["payload"]]
        found: dict[str, dict[str, Matrix]] = {}
        errors: dict[str, str] = {}
        for model_id in sorted({p.task.model_id for p in pendings}):
            of_model = [p for p in pendings if p.task.model_id == model_id]
            distinct = list(dict.fromkeys(t for pending in of_model for t in pending.texts))
            try:
                embedder = self._embedder(of_model[0].task)
                rows = embedder.embed(distinct) if distinct else ()
                found[model_id] = dict(zip(distinct, rows, strict=True))
            except Exception as exc:  # becomes the error row of each pair
                errors[model_id] = f"cannot embed: {type(exc).__name__}: {exc}"
                found[model_id] = {}
        out = [
            Embedded(
                p.task,
                tuple(
                    (t, found[p.task.model_id][t]) for t in p.texts if t in found[p.task.model_id]
                ),
                errors.get(p.task.model_id),
            )
            for p in pendings
        ]
        if self.compare:
            return _as_batch(batch["index"], [self._compared(e, found) for e in out])
        return _as_batch(batch["index"], out)

    def _embedder(self, task: _Task) -> Embedder:
        """This actor's model for the pair's languages, loaded once."""
        return self.comparer.embedder_for(*task.languages)

    def _compared(self, embedded: Embedded, found: dict[str, dict[str, Matrix]]) -> Outcome:
        """The pair's result, with this actor's model on hand for texts not embedded yet."""
        task = embedded.task
        if embedded.error is not None:
            return PairResult(task.spec, error=embedded.error)
        topped_up = ToppedUpEmbedder(self._embedder(task), found[task.model_id])
        return _attempt(_comparer(self.comparer, topped_up), task)


def compare_row(data: Row, comparer: Comparer) -> Row:
    """Alignment, word diffs and findings for one pair, from its own vectors."""
    embedded: Embedded = value(data)
    task = embedded.task
    outcome: Outcome
    if embedded.error is not None:
        outcome = PairResult(task.spec, error=embedded.error)
    else:
        prefetched = PrefetchedEmbedder(task.model_id, dict(embedded.vectors))
        outcome = _attempt(_comparer(comparer, prefetched), task)
    return row(data["index"], outcome)


class ToppedUpEmbedder:
    """Vectors already computed for a batch, and the actor's model for any other text."""

    def __init__(self, inner: Embedder, rows: dict[str, Matrix]) -> None:
        self.inner = inner
        self.rows = rows

    @property
    def model_id(self) -> str:
        """The model the vectors come from."""
        return self.inner.model_id

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Rows for `texts`, embedding (and keeping) those not seen yet in one call."""
        missing = [text for text in dict.fromkeys(texts) if text not in self.rows]
        if missing:
            self.rows.update(zip(missing, self.inner.embed(missing), strict=True))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        stacked: Matrix = np.stack([self.rows[text] for text in texts])
        return stacked


def _comparer(comparer: Comparer, embedder: Embedder) -> Comparer:
    """`comparer`'s settings with another embedder."""
    return Comparer(
        embedder=embedder,
        options=comparer.options,
        language=comparer.language,
        config=comparer.config,
    )


def _as_batch(indexes: Sequence[int], values: Sequence[object]) -> Batch:
    payloads = np.empty(len(values), dtype=object)
    payloads[:] = [row(0, v)["payload"] for v in values]
    return {"index": np.asarray(indexes, dtype=np.int64), "payload": payloads}
