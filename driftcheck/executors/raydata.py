"""Compare a corpus's pairs on a Ray cluster with Ray Data (the `driftcheck[ray]` extra).

The driver only reads every version (so files need only be on the machine running
`driftcheck check`). On CPUs, pairs stream to an actor pool (`map_batches`) whose actors
load the model once and, per batch of pairs, resolve languages, segment, embed the
batch's distinct texts in one call and compare. Where the cluster has GPUs, the stages
are split so the GPU actors only embed: segmentation (map), embedding (`map_batches`,
one GPU per actor), alignment, diff and findings (map). Results are reported as they
arrive and put back in the pairs' order, so every report is the same as the local
executor's. A pair whose comparison needs texts no one embedded yet goes round again,
as in `driftcheck.batch`. A pair whose task fails or whose worker is killed becomes
that pair's error row.

`RayExecutor.map` runs any per-item function (`pair`'s reading and fingerprinting) as
plain Ray tasks, a chunk of items each; an item whose task raises or whose worker dies
becomes the task's `lost(item, reason)` value (see `Recoverable`), never a lost run.
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from driftcheck.corpus import PairResult, PairSpec
from driftcheck.errors import DriftcheckError, UsageError
from driftcheck.executors.stages import (
    EmbedActor,
    Outcome,
    Pending,
    Queued,
    compare_row,
    row,
    segment_row,
)
from driftcheck.executors.stages import value as row_value
from driftcheck.pipeline import Comparer
from driftcheck.runner import OnDone, Reader

_MAX_ROUNDS = 12
"""Comparisons of one pair at most: each stage of the cross-language rules that asks for
embeddings it lacks (alignment, splits, speakers, hedges, quotes) costs one."""
_PAIRS_PER_BATCH = {"cpu": 16, "gpu": 64}  # pairs per embedding call: more texts for a GPU
_BATCHES_PER_BLOCK = 2  # small blocks: results stream back and the actors finish together
_ITEMS_PER_TASK = 64  # map: items per Ray task, at most (fewer when there are few items)
_RETRIES = 2  # a task or actor is retried this often after its worker died, then given up
_LOST = (
    "internal error: the Ray task comparing this pair failed (its worker died: out of "
    "memory?); the other pairs were compared"
)

T = TypeVar("T")
R = TypeVar("R")


@runtime_checkable
class Recoverable(Protocol):
    """A per-item task that also says what an item whose task failed becomes."""

    def __call__(self, item: Any, /) -> Any:
        """The item's result."""
        ...

    def lost(self, item: Any, reason: str, /) -> Any:
        """The result standing for `item` when its task raised or its worker died."""
        ...


@dataclass(frozen=True, slots=True)
class RayExecutor:
    """A Ray cluster at `address` ("auto": the one `ray start` runs here), or a local Ray.

    Without an address, Ray starts on this machine with `num_cpus` CPUs (default: all);
    embedding actors are one per CPU, or one per GPU when the cluster has GPUs and the
    comparer's device is not `cpu`.
    """

    address: str | None = None
    num_cpus: int | None = None
    split: bool | None = None
    """Compare in a map stage of its own (the default where GPU actors embed), or on the
    embedding actors, which then embed what alignment asks for at once (the default on
    CPUs: no second round with freshly started actors, and no vectors to ship)."""

    def run(
        self, specs: Sequence[PairSpec], comparer: Comparer, read: Reader, on_done: OnDone | None
    ) -> list[PairResult]:
        """Compare every pair on the cluster; one result per spec, in the specs' order."""
        results: dict[int, PairResult] = {}
        pending: dict[int, Queued | Pending] = {
            q.index: q for q in _read_all(specs, read, results, on_done)
        }
        _ = comparer.embedder  # a bad model name fails here, in one line, before Ray starts
        with self._connected():
            _check_gpus(comparer.device)

            def done(index: int, result: PairResult) -> None:
                results[index] = _finished(result, on_done)

            for _round in range(_MAX_ROUNDS):
                if not pending:
                    break
                outcomes = _run_round(list(pending.items()), comparer, self.split, done)
                for index in pending:
                    if index not in outcomes and index not in results:
                        done(index, PairResult(specs[index], error=_LOST))
                pending = {i: o for i, o in outcomes.items() if isinstance(o, Pending)}
            for index in pending:
                message = "internal error: alignment kept asking for new embeddings"
                done(index, PairResult(specs[index], error=message))
        return [results[index] for index in range(len(specs))]

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """`[task(item) for item in items]` as Ray tasks; results in the items' order.

        A chunk whose task fails (Ray retried it twice) is run again in halves until the
        failing item is alone; that item becomes `task.lost(item, reason)` when the task
        is `Recoverable`, else the run stops with a `DriftcheckError`.
        """
        if not items:
            return []
        with self._connected():
            import ray

            resources = ray.cluster_resources()  # type: ignore[no-untyped-call]  # Ray's typing
            cpus = max(1, int(resources.get("CPU", 1)))
            size = max(1, min(_ITEMS_PER_TASK, -(-len(items) // (4 * cpus))))
            remote: Any = ray.remote(max_retries=_RETRIES)(_apply)
            shared = ray.put(task)
            results: dict[int, R] = {}
            waiting = [range(at, min(at + size, len(items))) for at in range(0, len(items), size)]
            while waiting:
                futures = [
                    (chunk, remote.remote(shared, [items[i] for i in chunk])) for chunk in waiting
                ]
                waiting = []
                for chunk, future in futures:
                    try:
                        done: list[R] = ray.get(future)
                        results.update(zip(chunk, done, strict=True))
                    except ray.exceptions.RayError as exc:
                        if len(chunk) > 1:
                            half = len(chunk) // 2
                            waiting += [chunk[:half], chunk[half:]]
                        else:
                            results[chunk[0]] = _lost(task, items[chunk[0]], exc)
        return [results[index] for index in range(len(items))]

    @contextlib.contextmanager
    def _connected(self) -> Iterator[None]:
        """Use the Ray the caller started, else join `address` (or start one) until done."""
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage report leaves here
        import ray
        import ray.data

        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.max_errored_blocks = -1  # a lost pair is retried alone below, then reported
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        if ray.is_initialized():
            yield
            return
        if self.address is None:  # Ray's default of nice 15 would lose to --executor local
            os.environ.setdefault("RAY_worker_niceness", "0")
        try:
            ray.init(
                address=self.address,
                num_cpus=None if self.address else self.num_cpus,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.ERROR,
            )
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at {self.address}" if self.address else "a local Ray"
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UsageError(f"cannot start or join {where}: {detail}") from exc
        try:
            yield
        finally:
            ray.shutdown()


def _apply(task: Callable[[T], R], chunk: list[T]) -> list[R]:
    """One Ray task's work: `task` over a chunk of items."""
    return [task(item) for item in chunk]


def _lost(task: Callable[[T], R], item: T, error: Exception) -> R:
    """What an item whose Ray task failed becomes: `task.lost(...)`, or a stopped run."""
    cause = getattr(error, "cause", None)  # an exception the task raised, else Ray's own
    if isinstance(cause, Exception):
        why = f"{type(cause).__name__}: {cause}".strip().splitlines()[0]
        reason = f"internal error: its task raised {why}"
    else:
        reason = "internal error: its Ray task failed (its worker died: out of memory?)"
    if isinstance(task, Recoverable):
        stands_for: R = task.lost(item, reason)
        return stands_for
    raise DriftcheckError(f"{reason}; the run was stopped")


def _check_gpus(device: str) -> None:
    """`--device cuda` on a cluster without GPUs is a usage error, not a row per pair."""
    import ray

    gpus = ray.cluster_resources().get("GPU", 0)  # type: ignore[no-untyped-call]  # Ray's typing
    if device == "cuda" and not gpus:
        raise UsageError("--device cuda: the Ray cluster has no GPUs (use --device auto or cpu)")


def _read_all(
    specs: Sequence[PairSpec],
    read: Reader,
    results: dict[int, PairResult],
    on_done: OnDone | None,
) -> list[Queued]:
    """Every readable pair, queued; an unreadable one becomes its error row in `results`."""
    queued: list[Queued] = []
    texts: dict[Path, str] = {}
    for index, spec in enumerate(specs):
        try:
            for path in (spec.source, spec.target):
                if path not in texts:
                    texts[path] = read(path)
            queued.append(Queued(index, spec, texts[spec.source], texts[spec.target]))
        except DriftcheckError as exc:
            results[index] = _finished(PairResult(spec, error=str(exc)), on_done)
    return queued


def _run_round(
    pending: list[tuple[int, Queued | Pending]],
    comparer: Comparer,
    split: bool | None,
    done: Callable[[int, PairResult], None],
) -> dict[int, Outcome]:
    """One pass of the pipeline; pairs lost with a failed task are run again in halves.

    A block whose task failed is dropped with every pair in it, so the lost pairs go
    round again split in two until the one whose task keeps failing is alone: that pair
    alone gets no outcome (and so its error row). `done` hears each result as it comes.
    """
    outcomes = _pipeline(pending, comparer, split, done)
    lost = [(index, item) for index, item in pending if index not in outcomes]
    if len(lost) > 1:
        half = len(lost) // 2
        for part in (lost[:half], lost[half:]):
            outcomes.update(_run_round(part, comparer, split, done))
    return outcomes


def _pipeline(
    pending: list[tuple[int, Queued | Pending]],
    comparer: Comparer,
    split: bool | None,
    done: Callable[[int, PairResult], None],
) -> dict[int, Outcome]:
    """Pairs through the actor pool (and the map stages when split), collected by index."""
    import ray
    import ray.data

    resources = ray.cluster_resources()  # type: ignore[no-untyped-call]  # Ray's own typing
    gpus = int(resources.get("GPU", 0)) if comparer.device != "cpu" else 0
    actors = gpus or max(1, int(resources.get("CPU", 1)))
    split = bool(gpus) if split is None else split
    # Comparing on the actors, each holds a CPU, so Ray spreads them over the nodes.
    # Split, actors reserve no CPU: the map stages' tasks must always find one (an actor
    # pool holding every CPU starves them and the pipeline stalls).
    per_actor: dict[str, Any] = (
        {"num_cpus": 0, **({"num_gpus": 1} if gpus else {})} if split else {"num_cpus": 1}
    )
    items = [row(index, item) for index, item in pending]
    per_batch = _PAIRS_PER_BATCH["gpu" if gpus else "cpu"]
    blocks = max(4 * actors, -(-len(items) // (per_batch * _BATCHES_PER_BLOCK)))
    pool = ray.data.ActorPoolStrategy(size=min(actors, -(-len(items) // per_batch)))
    with warnings.catch_warnings():
        # Ray 2.60 has no named parameter for bounded actor restarts yet (its default is
        # to restart forever, so a pair that kills its worker would never be given up).
        warnings.simplefilter("ignore", category=DeprecationWarning)
        dataset: ray.data.Dataset = ray.data.from_items(
            items, override_num_blocks=min(len(items), blocks)
        )
        if split:
            dataset = dataset.map(partial(segment_row, comparer=comparer))
        dataset = dataset.map_batches(
            EmbedActor,
            fn_constructor_kwargs={"comparer": comparer, "compare": not split},
            batch_size=per_batch,
            batch_format="numpy",
            compute=pool,
            max_restarts=_RETRIES,
            max_task_retries=_RETRIES,
            **per_actor,
        )
        if split:
            dataset = dataset.map(partial(compare_row, comparer=comparer))
    outcomes: dict[int, Outcome] = {}
    for data in dataset.iter_rows():
        index, outcome = int(data["index"]), row_value(data)
        if index in outcomes:  # a retried task's second copy
            continue
        outcomes[index] = outcome
        if isinstance(outcome, PairResult):
            done(index, outcome)
    return outcomes


def _finished(result: PairResult, on_done: OnDone | None) -> PairResult:
    if on_done is not None:
        on_done(result)
    return result
