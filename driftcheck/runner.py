"""The corpus run as a library call: find the pairs, run them on an executor, judge the run.

`driftcheck.check("corpus/")` is what `driftcheck check corpus/` does, minus the
rendering: it returns a `CorpusResult` whose `exit_code` the command exits with. Running
the pairs is behind one small interface, `Executor`, so they can run elsewhere (a pool
of processes today; a cluster next) without the rest of the run changing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from driftcheck.config import Config
from driftcheck.corpus import CorpusResult, PairResult, PairSpec, discover, sorted_results
from driftcheck.errors import UsageError
from driftcheck.types import FrozenMap

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder
    from driftcheck.pipeline import Comparer

Reader = Callable[[Path], str]
"""Reads one version file into text (size limit and encoding applied)."""
OnDone = Callable[[PairResult], None]
"""Called once per pair as soon as its result is known, in no particular order."""
T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs a batch of comparisons: one result per spec, in the specs' order.

    A pair that cannot be read or compared must come back as an error row
    (`PairResult(spec, error=...)`), never as an exception, so one bad story cannot stop
    the run; `on_done` is called once per pair when its result is known.
    """

    def run(
        self, specs: Sequence[PairSpec], comparer: Comparer, read: Reader, on_done: OnDone | None
    ) -> list[PairResult]:
        """Compare every pair of `specs` with `comparer`, reading versions with `read`."""
        ...


@dataclass(frozen=True, slots=True)
class LocalExecutor:
    """This machine: embeddings batched in this process, comparisons in `jobs` processes."""

    jobs: int = 1

    def run(
        self, specs: Sequence[PairSpec], comparer: Comparer, read: Reader, on_done: OnDone | None
    ) -> list[PairResult]:
        """Compare every pair here (see `driftcheck.batch`)."""
        from driftcheck.batch import compare_all

        return compare_all(specs, comparer, read, jobs=self.jobs, on_done=on_done)

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """`task` over `items` in this process, or in `jobs` processes; results in order."""
        if self.jobs <= 1 or len(items) < 2:
            return [task(item) for item in items]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        chunk = max(1, len(items) // (self.jobs * 8))
        with ProcessPoolExecutor(max_workers=self.jobs, mp_context=context) as pool:
            return list(pool.map(task, items, chunksize=chunk))


def check(
    corpus: str | Path,
    *,
    config: Config | None = None,
    jobs: int = 1,
    executor: Executor | None = None,
    baseline: str | Path | None = None,
    write_baseline: str | Path | None = None,
    embedder: Embedder | None = None,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    device: str = "auto",
    encoding: str | None = None,
    languages: tuple[str | None, str | None] = (None, None),
    on_start: Callable[[int], None] | None = None,
    on_done: OnDone | None = None,
) -> CorpusResult:
    """Compare every version pair of a corpus and judge the run by `config`'s policy.

    `baseline` counts only findings not in that baseline file (and leaves the others out
    of the drift score); `write_baseline` records every current finding. `executor`
    defaults to `LocalExecutor(jobs)`; `device` (auto, cpu, cuda) is where the model runs.
    `on_start` gets the number of pairs to compare.
    `languages` are A's and B's languages where the corpus does not give a version's own
    (None: detected). `warnings` of the result name pairs an English-only model read in
    two languages.
    """
    from driftcheck.pipeline import Comparer
    from driftcheck.textio import read_version

    config = config or Config()
    root = Path(corpus)
    specs, broken = discover(root, allow_outside=config.allow_outside_paths)
    if not specs and not broken:  # a wrong path must not pass a CI job that checked nothing
        raise UsageError(
            f"{root}: no version pairs found (a story is a folder with two or more .txt "
            "versions, or a story.toml; or pass a manifest.csv or manifest.jsonl)"
        )
    specs = [_with_languages(spec, languages) for spec in specs]
    comparer = Comparer(
        embedder=embedder, cache_dir=cache_dir, use_cache=use_cache, config=config, device=device
    )

    def read(path: Path) -> str:
        return read_version(str(path), encoding=encoding, max_mb=config.max_size)

    if on_start is not None:
        on_start(len(specs))
    compared = (executor or LocalExecutor(jobs)).run(specs, comparer, read, on_done)
    results = sorted_results([*compared, *broken])
    if write_baseline is not None:
        from driftcheck.baseline import write_baseline as record

        record(Path(write_baseline), results)
    if baseline is not None:
        from driftcheck.baseline import apply_baseline, read_baseline

        results = tuple(apply_baseline(results, read_baseline(Path(baseline))))
    return CorpusResult(
        root=root,
        results=tuple(_judged(r, config, baselined=baseline is not None) for r in results),
        fail_on=config.fail_on,
        baseline=None if baseline is None else Path(baseline),
        settings=FrozenMap(_settings(config)),
        expect=config.expect,
        warnings=tuple(
            warning
            for r in results
            if r.report is not None and (warning := comparer.warning(r.report)) is not None
        ),
    )


def _with_languages(spec: PairSpec, languages: tuple[str | None, str | None]) -> PairSpec:
    """The spec with the run's languages where the corpus gives none for a version."""
    return replace(
        spec,
        source_language=spec.source_language or languages[0],
        language=spec.language or languages[1],
    )


def _judged(result: PairResult, config: Config, *, baselined: bool) -> PairResult:
    """The pair with its thresholds checked; against a baseline, its score from new findings."""
    report = result.report
    if report is None:
        return result
    if baselined:
        from driftcheck.findings import drift_score

        report = replace(report, drift_score=drift_score(result.findings, report.summary))
        report = replace(report, failures=config.policy.failures(report, result.findings))
    return replace(result, report=report, breaches=config.policy.breaches(report))


def _settings(config: Config) -> dict[str, object]:
    """The settings a run's documents name besides fail-on."""
    return {
        "expect": config.expect,
        "max_omitted": config.max_omitted,
        "max_drift": config.max_drift,
    }
