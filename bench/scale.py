"""How `check` scales: local `--jobs 1` against Ray with 1 and 2 workers, on ~1k stories.

The corpus is generated (deterministically, from a seed) by realistic edits of the story
versions in corpus/ and bench/data/: each story is a source text made distinct by small
edits, and one re-published version of it with sentences dropped, moved, reworded,
numbers changed and a line added.

Conditions, as the issue asks ("warm model, CPU-bound stages"): no GPU, so every stage
runs on CPU; the embedding cache is off in the timed runs (`--cache off`, the default),
so every sentence is embedded by the model each run; the model is warm: an untimed
warm-up run has put its files and the Python modules in the OS page cache, and each
worker (the local process, each Ray actor) loads it once inside the timed run. Ray is
started before the clock (a local Ray with 1 or 2 CPUs: one embedding actor per CPU,
with one torch thread each, at the local run's priority, not Ray's default nice 15;
local runs let torch use both cores); its actors start inside the timed run.
`--cache warm` times the stages after embedding instead (every vector read from a
filled cache). Runs of the three set-ups are interleaved, so a change
in the machine's load touches all of them; medians and ratios come from one run.

Two times per run: the whole run, and from its first result to its last. Ray reports
each pair as it is compared, so by the first result every actor has loaded its model:
the second time is the warm-model throughput of the CPU-bound stages, without Ray's and
the actors' start-up (the local executor embeds every pair before comparing any, so
its second time is the comparisons alone and is not comparable).

    python bench/scale.py --stories 1000 --repeats 3
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from driftcheck.runner import Executor, LocalExecutor, check

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "corpus", ROOT / "bench" / "data")
_SENTENCE = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_NUMBER = re.compile(r"\b\d+\b")
_REWORDS = (
    ("said", "told reporters"),
    ("about", "around"),
    ("more than", "over"),
    ("after", "following"),
    ("because", "as"),
    ("also", "additionally"),
    ("but", "however,"),
)
_ADDED = (
    "The agency could not immediately be reached for comment.",
    "Additional reporting by staff in the regional bureau.",
    "This story has been updated with new figures.",
)


def seed_texts() -> list[str]:
    """Every story version under corpus/ and bench/data/ with at least six sentences."""
    texts = []
    for root in SOURCES:
        for path in sorted(root.rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            if len(sentences(text)) >= 6:
                texts.append(text)
    return texts


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(" ".join(text.split())) if s]


def renumbered(sentence: str, rng: random.Random) -> str:
    return _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), sentence, count=1)


def reworded(sentence: str, rng: random.Random) -> str:
    for old, new in rng.sample(_REWORDS, len(_REWORDS)):
        if f" {old} " in sentence:
            return sentence.replace(f" {old} ", f" {new} ", 1)
    return sentence


def source_version(text: str, rng: random.Random) -> list[str]:
    """A distinct source story: a seed with a few numbers and words changed, lightly cut."""
    lines = sentences(text)
    lines = [renumbered(s, rng) if rng.random() < 0.3 else s for s in lines]
    lines = [reworded(s, rng) if rng.random() < 0.2 else s for s in lines]
    if len(lines) > 12:
        start = rng.randint(0, len(lines) - 12)
        lines = lines[start : start + rng.randint(10, min(len(lines) - start, 24))]
    return lines


def republished(lines: list[str], rng: random.Random) -> list[str]:
    """A partner's version: a sentence or two dropped, one moved, some reworded, a line added."""
    out = list(lines)
    for _ in range(rng.randint(0, 2)):
        if len(out) > 4:
            out.pop(rng.randrange(1, len(out)))
    if len(out) > 3:
        out.insert(rng.randrange(1, len(out)), out.pop(rng.randrange(1, len(out))))
    out = [reworded(s, rng) if rng.random() < 0.25 else s for s in out]
    out = [renumbered(s, rng) if rng.random() < 0.1 else s for s in out]
    if rng.random() < 0.5:
        out.append(rng.choice(_ADDED))
    return out


def make_corpus(directory: Path, stories: int, seed: int) -> None:
    """`stories` story folders, each a source and one re-published version."""
    rng = random.Random(seed)  # noqa: S311 - reproducible edits, not secrets
    texts = seed_texts()
    for number in range(stories):
        lines = source_version(texts[number % len(texts)], rng)
        story = directory / f"story-{number:05d}"
        story.mkdir(parents=True)
        paragraphs = ["\n\n".join(lines), "\n\n".join(republished(lines, rng))]
        for name, body in zip(("00-wire.txt", "01-partner.txt"), paragraphs, strict=True):
            (story / name).write_text(body + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Timing:
    """A run's wall time, and when its first and last results came back."""

    total: float
    first: float
    last: float

    @property
    def warm(self) -> float:
        """From the first result to the last: the workers' models are loaded by then."""
        return self.last - self.first


def timed(corpus: Path, cache: Path | None, executor: Executor) -> Timing:
    heard: list[float] = []
    start = time.perf_counter()
    result = check(
        corpus,
        cache_dir=cache,
        use_cache=cache is not None,
        executor=executor,
        on_done=lambda _result: heard.append(time.perf_counter()),
    )
    elapsed = time.perf_counter() - start
    assert not result.errors, result.errors[0].error
    return Timing(elapsed, heard[0] - start, heard[-1] - start)


def on_ray(cpus: int, corpus: Path, cache: Path | None) -> Timing:
    """One timed run on a local Ray with `cpus` CPUs, started before the clock."""
    import ray

    from driftcheck.executors.raydata import RayExecutor

    os.environ["RAY_worker_niceness"] = "0"  # noqa: SIM112 - Ray spells it so; not nice 15
    ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False)
    try:
        return timed(corpus, cache, RayExecutor())
    finally:
        ray.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", choices=("off", "warm"), default="off")
    args = parser.parse_args()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    with tempfile.TemporaryDirectory(prefix="driftcheck-scale-") as scratch:
        corpus, filled = Path(scratch) / "corpus", Path(scratch) / "cache"
        cache = filled if args.cache == "warm" else None
        make_corpus(corpus, args.stories, args.seed)
        print(f"corpus: {args.stories} stories, 1 pair each (seed {args.seed})")
        print(f"load before: {Path('/proc/loadavg').read_text().strip()}")
        warm = timed(corpus, filled, LocalExecutor(1)).total
        print(f"untimed warm-up (model on CPU, fills a cache): {warm:.1f} s; cache {args.cache}")
        setups: dict[str, Callable[[], Timing]] = {
            "local --jobs 1": lambda: timed(corpus, cache, LocalExecutor(1)),
            "ray, 1 worker": lambda: on_ray(1, corpus, cache),
            "ray, 2 workers": lambda: on_ray(2, corpus, cache),
        }
        times: dict[str, list[Timing]] = {name: [] for name in setups}
        for repeat in range(args.repeats):
            for name, run in setups.items():
                times[name].append(run())
                got = times[name][-1]
                print(
                    f"  run {repeat + 1} {name}: {got.total:.1f} s "
                    f"(first result at {got.first:.1f} s, then {got.warm:.1f} s to the last)",
                    flush=True,
                )
        print(f"load after: {Path('/proc/loadavg').read_text().strip()}")
        report(times)


def report(times: dict[str, list[Timing]]) -> None:
    """Medians per set-up, and the ratios the issue asks for."""
    total = {name: statistics.median(t.total for t in runs) for name, runs in times.items()}
    warm = {name: statistics.median(t.warm for t in runs) for name, runs in times.items()}
    for name, median in total.items():
        runs = ", ".join(f"{t.total:.1f}" for t in times[name])
        print(f"{name:16} median {median:7.1f} s  ({runs}); first to last {warm[name]:.1f} s")
    one, two = "ray, 1 worker", "ray, 2 workers"
    print(f"ray 2 workers vs 1, whole run: {total[one] / total[two]:.2f}x faster")
    print(f"ray 2 workers vs 1, models loaded (first to last result): {warm[one] / warm[two]:.2f}x")
    local = total["local --jobs 1"]
    print(f"ray 2 workers vs local --jobs 1, whole run: {local / total[two]:.2f}x")


if __name__ == "__main__":
    main()
