"""Compare many pairs with one model: embed everything up front, then align in parallel.

The main process reads and segments every version, embeds all sentences the aligner
will need in one batched, cached, de-duplicated call, and hands the vectors to the
workers. Workers never load a model: when a comparison needs a text nobody embedded yet
(the unexplained rest of a pair, which grows splits and merges), the worker says so, the
main process embeds all such texts of the round in one batch, and those comparisons run
again. Results do not depend on `jobs`.

Ctrl-C is the main process's alone: workers ignore SIGINT (it reaches the whole process
group), and the main process stops them at once and says so in one line.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from driftcheck.align import texts_to_embed
from driftcheck.corpus import PairResult, PairSpec
from driftcheck.embed.base import Embedder, Matrix
from driftcheck.errors import DriftcheckError
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.types import Language, Report

_MAX_ROUNDS = 12
"""Comparisons of one pair at most: each stage of the cross-language rules that asks for
embeddings it lacks (alignment, splits, speakers, hedges, quotes) costs one."""
_WORKER_DIED = (
    "internal error: the process comparing this pair died (killed by the system: "
    "out of memory?); the other pairs were compared"
)


class MissingEmbeddings(Exception):  # noqa: N818 - a signal, not an error
    """A comparison needs vectors for texts that were not embedded up front."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__(f"{len(texts)} texts not embedded yet")
        self.texts = texts


class PrefetchedEmbedder:
    """Answers from vectors computed in advance; asks for more instead of loading a model."""

    def __init__(self, model_id: str, rows: dict[str, Matrix]) -> None:
        self._model_id = model_id
        self.rows = rows

    @property
    def model_id(self) -> str:
        """The id of the model the vectors came from."""
        return self._model_id

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Rows for `texts`; raises MissingEmbeddings listing any text it does not have."""
        missing = [text for text in dict.fromkeys(texts) if text not in self.rows]
        if missing:
            raise MissingEmbeddings(missing)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        stacked: Matrix = np.stack([self.rows[text] for text in texts])
        return stacked


@dataclass(frozen=True, slots=True)
class _Task:
    index: int
    spec: PairSpec
    a_text: str
    b_text: str
    languages: tuple[Language, Language]
    model_id: str


_workers: dict[str, Comparer] = {}


def compare_all(
    specs: Sequence[PairSpec],
    comparer: Comparer,
    read: Callable[[Path], str],
    *,
    jobs: int = 1,
    on_done: Callable[[PairResult], None] | None = None,
    languages: tuple[str | None, str | None] = (None, None),
) -> list[PairResult]:
    """Compare every pair; unreadable or failing pairs become error rows, the rest go on.

    A version's language is the corpus's, else `languages` (A's, B's), else detected; each
    pair is embedded with the backend its languages call for (see Comparer.embedder_for).
    """
    results: dict[int, PairResult] = {}
    tasks: list[_Task] = []
    texts: dict[Path, str] = {}
    embedders: dict[str, Embedder] = {}
    for index, spec in enumerate(specs):
        try:
            for path in (spec.source, spec.target):
                if path not in texts:
                    texts[path] = read(path)
        except DriftcheckError as exc:
            results[index] = _finished(PairResult(spec, error=str(exc)), on_done)
            continue
        task = task_for(
            index,
            spec,
            texts[spec.source],
            texts[spec.target],
            comparer=comparer,
            languages=languages,
        )
        embedders.setdefault(task.model_id, comparer.embedder_for(*task.languages))
        tasks.append(task)
    rows = {
        model_id: _embed(embedder, _needed([t for t in tasks if t.model_id == model_id], comparer))
        for model_id, embedder in sorted(embedders.items())
    }
    pending = tasks
    for _ in range(_MAX_ROUNDS):
        if not pending:
            break
        missing: dict[str, list[str]] = {}
        retry = []
        for task, outcome in _run_round(pending, comparer, rows, jobs):
            if isinstance(outcome, list):
                missing.setdefault(task.model_id, []).extend(outcome)
                retry.append(task)
            else:
                results[task.index] = _finished(outcome, on_done)
        for model_id, texts_needed in sorted(missing.items()):
            rows[model_id].update(_embed(embedders[model_id], texts_needed))
        pending = retry
    for task in pending:
        message = "internal error: alignment kept asking for new embeddings"
        results[task.index] = _finished(PairResult(task.spec, error=message), on_done)
    return [results[index] for index in range(len(specs))]


def task_for(
    index: int,
    spec: PairSpec,
    a_text: str,
    b_text: str,
    *,
    comparer: Comparer,
    languages: tuple[str | None, str | None] = (None, None),
) -> _Task:
    """Pair `index` ready to compare: its texts, both languages and the model it needs.

    A version's language is the corpus's, else `languages`, else detected. A model that
    cannot load stops the run (it would fail every pair the same way).
    """
    pair = comparer.languages(
        a_text, b_text, spec.source_language or languages[0], spec.language or languages[1]
    )
    return _Task(index, spec, a_text, b_text, pair, comparer.embedder_for(*pair).model_id)


def _needed(tasks: Sequence[_Task], comparer: Comparer) -> list[str]:
    """Every sentence text the aligner will embed first, across these pairs.

    A pair that fails here is left out: its own comparison fails the same way later and
    becomes its error row, so one bad story cannot stop the others.
    """
    needed: list[str] = []
    for task in tasks:
        try:
            lines = comparer.options.lines
            a = segment(task.a_text, language=task.languages[0].code, lines=lines).sentences
            b = segment(task.b_text, language=task.languages[1].code, lines=lines).sentences
            needed += texts_to_embed(a, b, comparer.options)
        except Exception:  # noqa: S112 - reported by _attempt, per pair
            continue
    return needed


def _embed(embedder: Embedder, texts: Sequence[str]) -> dict[str, Matrix]:
    distinct = list(dict.fromkeys(texts))
    if not distinct:
        return {}
    return dict(zip(distinct, embedder.embed(distinct), strict=True))


def _run_round(
    tasks: Sequence[_Task], comparer: Comparer, rows: dict[str, dict[str, Matrix]], jobs: int
) -> list[tuple[_Task, PairResult | list[str]]]:
    """One pass over the pending pairs, in this process or in `jobs` forked workers."""
    local = {
        model_id: _prefetched(comparer, model_id, vectors) for model_id, vectors in rows.items()
    }
    if jobs <= 1 or len(tasks) <= 1:
        return [(task, _attempt(local[task.model_id], task)) for task in tasks]
    _workers.update(local)  # forked workers inherit the comparers and their vectors
    answered: list[tuple[_Task, PairResult | list[str]]] = []
    try:
        for task, pooled in zip(tasks, _in_pool(tasks, jobs), strict=True):
            # the pool broke: run the pair alone, to tell the one that kills a worker
            [outcome] = [pooled] if pooled is not None else _in_pool([task], 1)
            died = PairResult(task.spec, error=_WORKER_DIED)
            answered.append((task, died if outcome is None else outcome))
    finally:
        _workers.clear()
    return answered


def _in_pool(tasks: Sequence[_Task], jobs: int) -> list[PairResult | list[str] | None]:
    """Each task's outcome from forked workers; None where a worker died before answering.

    A worker killed by the system (out of memory, a crash in native code) breaks the
    whole pool, so every unanswered task comes back None and is retried on its own.
    """
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_started)
    try:
        # workers fork during submit: with SIGINT blocked they cannot take a Ctrl-C before
        # they ignore it; the main process gets it when unblocked
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            futures = [pool.submit(_attempt_in_worker, task) for task in tasks]
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        answers = [_answer(future) for future in futures]
    except BaseException:  # Ctrl-C: stop the workers now rather than wait for their pairs
        _stop(pool)
        raise
    pool.shutdown()
    return answers


def _worker_started() -> None:
    """A worker compares one pair at a time: one thread each, and Ctrl-C is the parent's."""
    from driftcheck.threads import one_thread_each

    one_thread_each()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers at once and reap them, so none is left running."""
    processes = list((pool._processes or {}).values())  # private: no public way before 3.14
    # private, as above (typeshed calls it a _ThreadWakeup; it is the manager thread)
    manager: threading.Thread | None = pool._executor_manager_thread  # type: ignore[assignment]
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()
    # With its workers gone the pool's manager thread ends at once; wait for it, or the
    # interpreter's exit hook can race it to the pipe it closes and print a traceback
    # ("OSError: Bad file descriptor", a CPython 3.11 race) under "interrupted".
    if manager is not None:
        manager.join(timeout=5)


def _answer(future: Future[PairResult | list[str]]) -> PairResult | list[str] | None:
    try:
        return future.result()
    except BrokenProcessPool:
        return None


def _prefetched(comparer: Comparer, model_id: str, rows: dict[str, Matrix]) -> Comparer:
    return Comparer(
        embedder=PrefetchedEmbedder(model_id, rows),
        options=comparer.options,
        language=comparer.language,
        config=comparer.config,
    )


def _attempt_in_worker(task: _Task) -> PairResult | list[str]:
    return _attempt(_workers[task.model_id], task)


def _attempt(comparer: Comparer, task: _Task) -> PairResult | list[str]:
    """The pair's result, or the texts it still needs embedded."""
    spec = task.spec
    try:
        report = _compare(comparer, task)
    except MissingEmbeddings as missing:
        return missing.texts
    except DriftcheckError as exc:
        return PairResult(spec, error=str(exc))
    except Exception as exc:
        return PairResult(spec, error=f"internal error: {type(exc).__name__}: {exc}")
    return PairResult(spec, report=report, findings=report.findings)


def _compare(comparer: Comparer, task: _Task) -> Report:
    return comparer.compare(
        task.a_text,
        task.b_text,
        a_path=str(task.spec.source),
        b_path=str(task.spec.target),
        a_language=task.languages[0],
        b_language=task.languages[1],
    )


def _finished(result: PairResult, on_done: Callable[[PairResult], None] | None) -> PairResult:
    if on_done is not None:
        on_done(result)
    return result
