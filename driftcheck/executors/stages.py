"""The stages of a corpus run on Ray Data, as plain functions over rows (no Ray import).

A row is `{"index": pair number, "payload": pickled stage value}`: pickling keeps the
values exact (texts, spans, float32 vectors) whatever Ray's block format does with them.
A pair starts as `Queued` (its texts, read by the driver) and is resolved on the
cluster (languages, model, segmentation), so the driver does no per-pair work beyond
reading. Each stage turns any failure of a pair into that pair's error row, as `batch`
does, and passes a pair that already has its result on unchanged.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from driftcheck.align import texts_to_embed
from driftcheck.batch import PrefetchedEmbedder, _attempt, _Task, task_for
from driftcheck.corpus import PairResult, PairSpec
from driftcheck.embed.base import Embedder, Matrix
from driftcheck.errors import DriftcheckError
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.threads import one_thread_each

Row = dict[str, Any]
"""One pair between stages: its index and its pickled stage value."""
Batch = dict[str, Any]
"""Rows as columns (Ray Data's numpy batch format): `index` and `payload` arrays."""


@dataclass(frozen=True, slots=True)
class Queued:
    """A pair as the driver read it: its languages and model are not resolved yet."""

    index: int
    spec: PairSpec
    a_text: str
    b_text: str


@dataclass(frozen=True, slots=True)
class Pending:
    """A pair to compare in this round; `extra` are texts an earlier round found missing."""

    task: _Task
    extra: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


Outcome = PairResult | Pending
"""What comparing a pair gave: its result, or the pair again with the texts it still
needs embedded as `extra`."""


@dataclass(frozen=True, slots=True)
class Embedded:
    """A pair with the vector of every text it needs, as (text, row) pairs."""

    task: _Task
    vectors: tuple[tuple[str, Matrix], ...]
    error: str | None = None
    extra: tuple[str, ...] = ()


def row(index: int, value: object) -> Row:
    """A row holding `value` for pair `index`."""
    return {"index": index, "payload": pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)}


def value(data: Row) -> Any:
    """The stage value a row holds (written by `row`, in this run: trusted)."""
    return pickle.loads(data["payload"])  # noqa: S301 - rows are made by this run's stages


def segment_row(data: Row, comparer: Comparer) -> Row:
    """Segmentation as a map stage of its own (where GPU actors embed)."""
    return row(data["index"], prepared(value(data), comparer))


def prepared(item: Queued | Pending | PairResult, comparer: Comparer) -> Pending | PairResult:
    """The pair resolved (languages, model) with the texts the aligner will embed first,
    plus any asked for before; a pair that cannot be resolved is its error row."""
    if isinstance(item, PairResult):
        return item
    if isinstance(item, Queued):
        try:
            task = task_for(item.index, item.spec, item.a_text, item.b_text, comparer=comparer)
        except DriftcheckError as exc:
            return PairResult(item.spec, error=str(exc))
        except Exception as exc:
            return PairResult(item.spec, error=f"internal error: {type(exc).__name__}: {exc}")
        item = Pending(task)
    task = item.task
    try:
        lines = comparer.options.lines
        a = segment(task.a_text, language=task.languages[0].code, lines=lines).sentences
        b = segment(task.b_text, language=task.languages[1].code, lines=lines).sentences
        texts = texts_to_embed(a, b, comparer.options)
    except Exception:  # the comparison fails the same way later and says why
        texts = []
    return Pending(task, item.extra, tuple(dict.fromkeys([*texts, *item.extra])))


class EmbedActor:
    """Embedding on a Ray actor: the model loads once per actor, on first use.

    Each call embeds the distinct texts of a batch of pairs in one batched call (through
    this node's cache when caching is on) and hands each pair its own vectors; with
    `compare`, it also resolves and segments queued pairs itself and compares each pair,
    embedding any further text alignment asks for with its own model (no second round,
    no second model load, no stage in between).
    """

    def __init__(self, comparer: Comparer, *, compare: bool = False) -> None:
        one_thread_each()  # an actor is one CPU's worth of work
        self.comparer = comparer
        self.compare = compare

    def __call__(self, batch: Batch) -> Batch:
        """Vectors (or, with `compare`, results) for every pair of `batch`.

        Pairs are embedded with the model their languages call for (see batch.task_for),
        one batched call per model; a failure to embed is each of its pairs' error.
        """
        items = [_resolved(value({"payload": p}), self.comparer) for p in batch["payload"]]
        pendings = [item for item in items if isinstance(item, Pending)]
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
        out: list[object] = []
        for item in items:
            if not isinstance(item, Pending):
                out.append(item)
                continue
            rows_of = found[item.task.model_id]
            vectors = tuple((t, rows_of[t]) for t in item.texts if t in rows_of)
            embedded = Embedded(item.task, vectors, errors.get(item.task.model_id), item.extra)
            out.append(self._compared(embedded, rows_of) if self.compare else embedded)
        return _as_batch(batch["index"], out)

    def _embedder(self, task: _Task) -> Embedder:
        """This actor's model for the pair's languages, loaded once."""
        return self.comparer.embedder_for(*task.languages)

    def _compared(self, embedded: Embedded, vectors: dict[str, Matrix]) -> Outcome:
        """The pair's result, with this actor's model on hand for texts not embedded yet."""
        task = embedded.task
        if embedded.error is not None:
            return PairResult(task.spec, error=embedded.error)
        topped_up = ToppedUpEmbedder(self._embedder(task), vectors)
        return _outcome(_attempt(_comparer(self.comparer, topped_up), task), embedded)


def compare_row(data: Row, comparer: Comparer) -> Row:
    """Alignment, word diffs and findings for one pair, from its own vectors."""
    embedded: Embedded | PairResult = value(data)
    if isinstance(embedded, PairResult):
        return data
    task = embedded.task
    outcome: Outcome
    if embedded.error is not None:
        outcome = PairResult(task.spec, error=embedded.error)
    else:
        prefetched = PrefetchedEmbedder(task.model_id, dict(embedded.vectors))
        outcome = _outcome(_attempt(_comparer(comparer, prefetched), task), embedded)
    return row(data["index"], outcome)


def _resolved(item: Queued | Pending | PairResult, comparer: Comparer) -> Pending | PairResult:
    """A queued pair resolved and segmented here; one already prepared as it is."""
    return prepared(item, comparer) if isinstance(item, Queued) else item


def _outcome(attempt: PairResult | list[str], embedded: Embedded) -> Outcome:
    """A result as it is; missing texts as the pair again, to embed them next round."""
    if isinstance(attempt, PairResult):
        return attempt
    return Pending(embedded.task, (*embedded.extra, *attempt))


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
