"""Alignment quality: driftcheck and three baselines on the gold pairs and the dev sets.

    python bench/quality.py [--model default|use-multilingual|lexical|PATH] [--sets ...]
        [--pairs DIR] [--benchdata DIR] [--timing] [--json OUT] [--verbose]

`gold` is bench/data's pairs: links are the (A sentence, B sentence) pairs of every group with
both sides, so a split A3 -> B4, B7 counts as links (3, 4) and (3, 7); omitted and added compare
the sentences each system leaves on one side only; micro-averaged over all pairs.
`argrewrite`, `aesop` and `textberg` are the dev halves in ../shared/benchdata (see
bench/realdata.py), scored by that folder's own score.py and beadscore.py. The baselines link
at the backend's fitted `link` threshold. `--timing` also measures seconds per 1,000 sentences
(uncached embedding plus alignment) on the dev sets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console
from rich.table import Table

from bench.baselines import align_difflib, align_monotonic, align_mutual_best, similarity
from bench.gold import Counts, GoldPair, Group, ResolvedGold, Scores, load_pairs, resolve, score
from bench.realdata import (
    SETS,
    MissingDataError,
    SetScore,
    SpanPair,
    benchdata_root,
    evaluate_set,
    load_set,
    score_groups,
)
from driftcheck import Comparer
from driftcheck.align import align
from driftcheck.align.params import params_for
from driftcheck.embed import load_embedder
from driftcheck.embed.base import Embedder
from driftcheck.executors.stages import ToppedUpEmbedder
from driftcheck.segment import segment
from driftcheck.types import Pairing

DATA = Path(__file__).resolve().parent / "data"
SYSTEMS = ("driftcheck", "difflib", "mutual-best", "monotonic-dp")
CONVENTIONS = {"argrewrite": "driftcheck, moves as deleted + added"}
"""Sets whose annotators record a moved sentence as deleted and added (ArgRewrite's
guidelines: no reordering), with the name of the extra row scored that way."""
TIMED_SENTENCES = 2000
"""--timing stops after the pair that reaches this many sentences (a few minutes on CPU)."""


class MemoEmbedder(ToppedUpEmbedder):
    """Wraps an embedder so every system in a run sees the same vector for the same text."""

    def __init__(self, inner: Embedder) -> None:
        super().__init__(inner, {})


@dataclass(frozen=True, slots=True)
class PairResult:
    """One pair's gold and each system's scores on it."""

    name: str
    gold: ResolvedGold
    scores: dict[str, Scores]


def predict(
    pair: GoldPair, embedder: Embedder, threshold: float
) -> tuple[list[str], list[str], dict[str, list[Group]]]:
    """Segment a pair once and run every baseline on the same embeddings."""
    a = [s.text for s in segment(pair.a_text).sentences]
    b = [s.text for s in segment(pair.b_text).sentences]
    rows = embedder.embed(a + b)
    sim = similarity(rows[: len(a)], rows[len(a) :])
    return (
        a,
        b,
        {
            "difflib": align_difflib(a, b),
            "mutual-best": align_mutual_best(sim, threshold),
            "monotonic-dp": align_monotonic(a, b, sim, embedder, threshold=threshold),
        },
    )


def evaluate(
    pairs: Sequence[GoldPair],
    embedder: Embedder,
    threshold: float,
    warn: Callable[[str], None],
) -> list[PairResult]:
    """Score every system on every pair whose gold maps cleanly; report the rest through `warn`."""
    comparer = Comparer(embedder=embedder)
    results = []
    for pair in pairs:
        a, b, predictions = predict(pair, embedder, threshold)
        gold = resolve(pair, a, b)
        for note in gold.notes:
            warn(f"note: {note}")
        for error in gold.errors:
            warn(f"error: {error}")
        if gold.errors:
            warn(f"error: {pair.name} skipped, its gold does not map onto the segmentation")
            continue
        scores = {name: score(groups, gold) for name, groups in predictions.items()}
        try:
            scores["driftcheck"] = score_driftcheck(comparer, pair, gold, (a, b), warn=warn)
        except Exception as error:  # one failing pair must not end the benchmark
            warn(f"error: driftcheck failed on {pair.name}: {type(error).__name__}: {error}")
        results.append(PairResult(pair.name, gold, scores))
    return results


def score_driftcheck(
    comparer: Comparer,
    pair: GoldPair,
    gold: ResolvedGold,
    sentences: tuple[list[str], list[str]],
    *,
    warn: Callable[[str], None],
) -> Scores:
    """Run driftcheck's own pipeline on a pair and score its groups."""
    report = comparer.compare(pair.a_text, pair.b_text)
    report_a = [s.text for s in report.a.sentences]
    report_b = [s.text for s in report.b.sentences]
    if (report_a, report_b) != sentences:
        warn(f"note: {pair.name}: driftcheck segmented differently; gold mapped again")
        gold = resolve(pair, report_a, report_b)
        if gold.errors:
            raise ValueError("; ".join(gold.errors))
    return score([(group.a, group.b) for group in report.alignments], gold)


def unmoved(groups: Sequence[Pairing]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The groups as (A, B) index groups, each moved group as its two one-sided halves.

    driftcheck reports a sentence that changed place as moved; a set annotated without
    reordering calls the same sentence deleted and added. The report says which groups
    moved, so this is the same alignment written in that set's convention.
    """
    found: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for group in groups:
        if group.moved and group.a and group.b:
            found += [(group.a, ()), ((), group.b)]
        else:
            found.append((group.a, group.b))
    return found


def convention_score(root: Path, pairs: Sequence[SpanPair], embedder: Embedder) -> dict[str, float]:
    """driftcheck on a set annotated without reordering, its moves scored as that set's."""
    total = SetScore([])
    for pair in pairs:
        groups = align(pair.a, pair.b, embedder)
        spans = [
            (
                [(pair.a[i].start, pair.a[i].end) for i in a],
                [(pair.b[j].start, pair.b[j].end) for j in b],
            )
            for a, b in unmoved(groups)
        ]
        score_groups(root, pair, spans, total)
    return total.summary(root)


def gold_summary(results: Sequence[PairResult]) -> dict[str, int]:
    """How many pairs, scored sentences, links, omitted and added sentences the gold holds."""
    groups = [group for result in results for group in result.gold.groups]
    return {
        "pairs": len(results),
        "a_sentences": sum(len(r.gold.scored_a) for r in results),
        "b_sentences": sum(len(r.gold.scored_b) for r in results),
        "links": sum(len(ga) * len(gb) for ga, gb in groups),
        "omitted": sum(len(ga) for ga, gb in groups if not gb),
        "added": sum(len(gb) for ga, gb in groups if not ga),
    }


def table(title: str, scores: dict[str, Scores], pairs: dict[str, int] | None = None) -> Table:
    """One row per system: link P/R/F1, recall of split and merge links (n:m), omitted/added F1."""
    grid = Table(title=title, title_justify="left")
    grid.add_column("system", no_wrap=True)
    if pairs is not None:
        grid.add_column("pairs", justify="right")
    for column in ("link P", "link R", "link F1", "n:m R", "omitted F1", "added F1"):
        grid.add_column(column, justify="right")
    for name, s in scores.items():
        values = (
            s.links.precision,
            s.links.recall,
            s.links.f1,
            s.split_merge.recall,
            s.omitted.f1,
            s.added.f1,
        )
        done = [] if pairs is None else [str(pairs[name])]
        grid.add_row(name, *done, *(f"{value:.3f}" for value in values))
    return grid


def totals(results: Sequence[PairResult]) -> dict[str, Scores]:
    """Micro-averaged scores: counts summed over the pairs a system completed, then ratios."""
    summed: dict[str, Scores] = {}
    for name in SYSTEMS:
        done = [result.scores[name] for result in results if name in result.scores]
        summed[name] = sum(done, Scores())
    return summed


def completed(results: Sequence[PairResult]) -> dict[str, int]:
    """How many pairs each system scored (a system that fails on a pair is not scored on it)."""
    return {name: sum(name in r.scores for r in results) for name in SYSTEMS}


def _counts_json(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
    }


def _scores_json(scores: Scores) -> dict[str, Any]:
    return {
        "links": _counts_json(scores.links),
        "split_merge_recall": round(scores.split_merge.recall, 4),
        "omitted": _counts_json(scores.omitted),
        "added": _counts_json(scores.added),
    }


def to_json(results: Sequence[PairResult], model: str, threshold: float) -> dict[str, Any]:
    """Everything measured, for --json."""
    return {
        "model": model,
        "baseline_threshold": threshold,
        "gold": gold_summary(results),
        "pairs_scored": completed(results),
        "micro": {name: _scores_json(s) for name, s in totals(results).items()},
        "pairs": {r.name: {name: _scores_json(s) for name, s in r.scores.items()} for r in results},
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--model", default="default", help="default, use-multilingual, lexical, or a model path"
    )
    parser.add_argument(
        "--sets", nargs="+", default=["gold", *SETS], choices=["gold", *SETS], help="what to score"
    )
    parser.add_argument("--pairs", type=Path, default=DATA, help="folder of gold pairs")
    parser.add_argument("--benchdata", type=Path, help="the dev sets (default ../shared/benchdata)")
    parser.add_argument("--json", type=Path, help="write all scores to this JSON file")
    parser.add_argument(
        "--threshold",
        type=float,
        help="similarity the baselines need to link two sentences (default: the fitted link)",
    )
    parser.add_argument("--timing", action="store_true", help="seconds per 1,000 sentences")
    parser.add_argument("--verbose", action="store_true", help="also print a table per pair")
    return parser.parse_args(argv)


def real_table(name: str, scores: dict[str, dict[str, float]]) -> Table:
    """One row per system on a dev set: the set's own metrics."""
    grid = Table(title=name, title_justify="left")
    grid.add_column("system", no_wrap=True)
    columns = ["link_p", "link_r", "link_f1", "unpaired_f1", "split_merge_recall"]
    if any("bead_strict_f1" in s for s in scores.values()):
        columns += ["bead_strict_f1", "bead_lax_f1"]
    for column in columns:
        grid.add_column(column.replace("_", " "), justify="right")
    for system, values in scores.items():
        grid.add_row(system, *(f"{values[c]:.3f}" for c in columns))
    return grid


def timing(model: str, pairs: Sequence[tuple[list[Any], list[Any]]]) -> dict[str, float]:
    """Seconds per 1,000 sentences: embedding (no cache) and alignment, model load apart."""
    embedder = load_embedder(None if model == "default" else model, use_cache=False)
    started = time.perf_counter()
    embedder.embed(["The model loads on its first text."])
    loaded = time.perf_counter()
    sentences = 0
    for a, b in pairs:
        align(a, b, embedder)
        sentences += len(a) + len(b)
        if sentences >= TIMED_SENTENCES:
            break
    done = time.perf_counter()
    return {
        "sentences": sentences,
        "model_load_s": round(loaded - started, 2),
        "seconds_per_1000": round((done - loaded) * 1000 / max(sentences, 1), 3),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit 1 when some gold does not map onto the segmentation."""
    args = parse_args(argv)
    console = Console()
    errors: list[str] = []

    def warn(message: str) -> None:
        if message.startswith("error"):
            errors.append(message)
        console.print(message, style="yellow", highlight=False, markup=False)

    embedder = MemoEmbedder(load_embedder(None if args.model == "default" else args.model))
    threshold = args.threshold if args.threshold is not None else params_for(embedder.model_id).link
    report: dict[str, Any] = {"model": embedder.model_id, "baseline_threshold": threshold}
    if "gold" in args.sets:
        pairs = load_pairs(args.pairs)
        if not pairs:
            console.print(f"no gold pairs under {args.pairs}", markup=False)
            return 1
        results = evaluate(pairs, embedder, threshold, warn)
        if args.verbose:
            for result in results:
                ordered = {name: result.scores[name] for name in SYSTEMS if name in result.scores}
                console.print(table(result.name, ordered))
        summary = gold_summary(results)
        console.print(
            f"model {embedder.model_id}; baseline threshold {threshold:.2f}; gold: "
            + ", ".join(f"{count} {name}" for name, count in summary.items()),
            highlight=False,
            markup=False,
        )
        console.print(table("micro-averaged over all pairs", totals(results), completed(results)))
        report |= to_json(results, embedder.model_id, threshold)
    real = [name for name in args.sets if name != "gold"]
    loaded: dict[str, Any] = {}
    if real:
        try:
            root = benchdata_root(args.benchdata)
        except MissingDataError as error:
            console.print(f"skipping {', '.join(real)}: {error}", markup=False)
            real = []
        for name in real:
            loaded[name] = load_set(root, name)
            scores = evaluate_set(root, loaded[name], embedder, threshold)
            if name in CONVENTIONS:
                scores[CONVENTIONS[name]] = convention_score(root, loaded[name], embedder)
            console.print(real_table(f"{name} (dev, {len(loaded[name])} pairs)", scores))
            report.setdefault("sets", {})[name] = {
                s: {k: round(v, 4) for k, v in values.items()} for s, values in scores.items()
            }
    if args.timing and loaded:
        measured = timing(args.model, [(p.a, p.b) for ps in loaded.values() for p in ps])
        console.print(f"timing ({embedder.model_id}): {measured}", markup=False, highlight=False)
        report["timing"] = measured
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
