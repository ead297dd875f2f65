"""Fit the aligner's thresholds per embedding backend on the development data.

    python bench/fit_align.py [--model default|use-multilingual|lexical ...] [--benchdata DIR]
                              [--params NAME ...] [--rounds N] [--calibrate [--refit NAME ...]]

For each backend: embed the dev sets once (bench/data gold pairs, and the dev halves of
ArgRewrite, Aesop and, for a multilingual backend, Text+Berg), then search the thresholds
by coordinate descent over a grid (`--params`: which thresholds), starting from the values
fitted last, maximising the mean over sets of (link F1 + unpaired F1) / 2 (Text+Berg: link F1
and bead strict F1). `--goal margin` (the default) also charges each set what it falls short
of issue #9's acceptance: leading the best baseline (bench/quality.py's, at the starting
`link`) by MARGIN on the worse of the two F1s (Text+Berg: bead strict F1 against Bertalign's
published 0.936). `doubt` (the
margin under which a pair is marked low-confidence) is then set where flagging wrong pairs
is most accurate. `--calibrate` (before `doubt`) fits the calibrated 1-1 decision
(driftcheck/align/decide.py: a logistic model over cosine, margin to the runner-up, length
ratio, position, neighbours' similarity and word overlap),
cross-validated across sets (fitted on the others, scored on each), and keeps it only if it
wins held out and on all sets without costing any set more than KEEP; the thresholds in
`--refit` are then searched again around it, no set losing more than KEEP against the
uncalibrated scores. `--hold` keeps the first search to that rule too, against the scores of
the values fitted last. The result, with the
scores it reached, goes into
driftcheck/align/fitted.json, keyed by model id. Only dev data is read; the held-out halves
are not in the project.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gold import GoldPair, Scores, load_pairs, resolve, score
from bench.quality import DATA, MemoEmbedder
from bench.realdata import SetScore, SpanPair, benchdata_root, load_set, score_groups, to_spans
from driftcheck.align import AlignOptions, align, candidate_pairs
from driftcheck.align.decide import FEATURES
from driftcheck.align.params import FITTED_FILE, AlignParams, params_for
from driftcheck.embed import load_embedder
from driftcheck.embed.base import Embedder
from driftcheck.normalize import tidy
from driftcheck.segment import segment
from driftcheck.types import Kind, Pairing

FITTED = Path(__file__).resolve().parents[1] / "driftcheck" / "align" / FITTED_FILE
GRID: dict[str, Sequence[float]] = {
    "link": (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7),
    "join": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8),
    "uneven": (0.0, 0.05, 0.1, 0.15, 0.2, 0.3),
    "lexical": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7),
    "grow": (-0.06, -0.04, -0.03, -0.02, -0.01, 0.0, 0.01, 0.02, 0.05, 1.0),
    "balance": (-1.0, 0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4),
    "rest": (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 1.01),
    "fill": (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4),
    "absorb": (-1.0, 0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2),
    "apart": (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.01),
    "part": (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6),
    "clear": (-1.0, 0.0, 0.02, 0.05, 0.1, 0.15),
    "kept": (0.0, 0.3, 0.5, 0.7, 0.9),
    "move": (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.01),
    "anchor": (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95),
    "beads": (0.0, 0.1, 0.15, 0.2, 0.3, 0.5, 1.01),
    "skip": (-0.2, -0.1, -0.06, -0.04, -0.02, 0.0, 0.02, 0.05, 0.1),
    "margin": (0.0, 0.25, 0.5, 1.0),
    "tokens": (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5),
    "calibrated": (0.3, 0.4, 0.5, 0.6, 0.7),
    "veto": (0.0, 0.2, 0.25, 0.3, 0.35, 0.4),
    "sure": (0.05, 0.1, 0.15, 0.2),
    "lift": (0.05, 0.1, 0.15, 0.2, 1.0),
    "adjoin": (0.02, 0.05, 0.1, 0.15, 0.2, 1.0),
    "retold": (0.0, 0.3, 0.4, 0.5, 0.6),
    "kin": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5),
    "loose": (0.2, 0.25, 0.3, 0.35, 0.4, 0.5),
}
MULTILINGUAL = {"use-multilingual"}
BASELINES = ("difflib", "mutual-best", "monotonic-dp")
MARGIN = 0.01
"""`--goal margin`: the lead over a set's best baseline, on both F1s, that counts as won."""
BEAD_TARGET = 0.936
"""Bertalign's published bead strict F1 on Text+Berg (LaBSE), the issue's target."""


@dataclass(frozen=True)
class DevSet:
    """A named dev set and how to score a parameter setting on it."""

    name: str
    run: Callable[[AlignParams], dict[str, float]]


def gold_set(pairs: Sequence[GoldPair], embedder: Embedder) -> DevSet:
    """bench/data's key-based gold pairs, scored with bench/gold.py."""
    prepared = []
    for pair in pairs:
        a, b = segment(pair.a_text).sentences, segment(pair.b_text).sentences
        prepared.append((a, b, resolve(pair, [s.text for s in a], [s.text for s in b])))

    def run(params: AlignParams) -> dict[str, float]:
        total = Scores()
        for a, b, gold in prepared:
            groups = align(a, b, embedder, AlignOptions(params=params))
            total += score([(g.a, g.b) for g in groups], gold)
        unpaired = total.omitted + total.added
        return {"link_f1": total.links.f1, "unpaired_f1": unpaired.f1}

    return DevSet("gold", run)


def span_set(root: Path, name: str, pairs: Sequence[SpanPair], embedder: Embedder) -> DevSet:
    """One benchdata set, scored with its own score.py / beadscore.py."""

    def run(params: AlignParams) -> dict[str, float]:
        into = SetScore([])
        for pair in pairs:
            groups = align(pair.a, pair.b, embedder, AlignOptions(params=params))
            score_groups(root, pair, to_spans(pair, groups), into)
        return into.summary(root)

    return DevSet(name, run)


def _metrics(name: str) -> tuple[str, str]:
    """The two F1s that matter on a set (Text+Berg: link and bead strict F1)."""
    return ("link_f1", "bead_strict_f1") if name == "textberg" else ("link_f1", "unpaired_f1")


def objective(
    results: dict[str, dict[str, float]], bests: dict[str, dict[str, float]] | None = None
) -> float:
    """Mean over sets of the two F1s that matter; given each set's best baseline (`--goal
    margin`), a set also loses what it falls short of leading it by MARGIN on the worse of
    the two. A gain on a set not yet won counts three times a loss on one won clearly."""
    values = []
    for name, r in results.items():
        value = sum(r[m] for m in _metrics(name)) / 2
        if bests is not None:
            lead = min(r[m] - bests[name][m] for m in _metrics(name))
            value += min(0.0, lead - MARGIN)
        values.append(value)
    return sum(values) / len(values)


def baseline_bests(
    root: Path,
    data: dict[str, list[SpanPair]],
    gold_pairs: Sequence[GoldPair],
    embedder: Embedder,
    threshold: float,
) -> dict[str, dict[str, float]]:
    """Each set's best baseline score per F1 (bench/quality.py's baselines, same threshold).

    Text+Berg's bead strict F1 target is Bertalign's published score (BEAD_TARGET).
    """
    from bench.quality import evaluate, totals
    from bench.realdata import evaluate_set

    summed = totals(evaluate(gold_pairs, embedder, threshold, lambda _: None))
    bests = {
        "gold": {
            "link_f1": max(summed[s].links.f1 for s in BASELINES),
            "unpaired_f1": max((summed[s].omitted + summed[s].added).f1 for s in BASELINES),
        }
    }
    for name, pairs in data.items():
        scores = evaluate_set(root, pairs, embedder, threshold)
        bests[name] = {m: max(scores[s][m] for s in BASELINES) for m in _metrics(name)[:1]}
        if name == "textberg":
            bests[name]["bead_strict_f1"] = BEAD_TARGET
        else:
            bests[name]["unpaired_f1"] = max(scores[s]["unpaired_f1"] for s in BASELINES)
    return bests


def warm(embedder: Embedder, sentence_lists: Sequence[Sequence[str]]) -> None:
    """Embed every sentence and every run of two and three neighbours once, in one call."""
    texts: list[str] = []
    for sentences in sentence_lists:
        tidied = [tidy(s) for s in sentences]
        texts += tidied + [f"{x} {y}" for x, y in itertools.pairwise(tidied)]
        texts += [f"{x} {y} {z}" for x, y, z in zip(tidied, tidied[1:], tidied[2:], strict=False)]
    embedder.embed(texts)


def fit(
    sets: Sequence[DevSet],
    start: AlignParams,
    rounds: int,
    log: Callable[[str], None],
    names: Sequence[str] = tuple(GRID),
    *,
    bests: dict[str, dict[str, float]] | None = None,
    floor: dict[str, dict[str, float]] | None = None,
) -> tuple[AlignParams, dict[str, dict[str, float]]]:
    """Coordinate descent over GRID (the `names` given) from `start`; ties keep the first.

    Given a `floor` (each set's scores to keep), a setting that costs any set more than KEEP
    on either F1 that matters is not taken, whatever it gains elsewhere.
    """

    def evaluate(params: AlignParams) -> tuple[float, dict[str, dict[str, float]]]:
        results = {s.name: s.run(params) for s in sets}
        if floor is not None and _losses(results, floor):
            return -math.inf, results
        return objective(results, bests), results

    best, (best_value, best_results) = start, evaluate(start)
    log(f"start {best_value:.4f} {best.to_dict()}")
    for round_number in range(rounds):
        improved = False
        for name in names:
            for value in GRID[name]:
                trial = replace(best, **{name: value})
                if trial == best:
                    continue
                trial_value, results = evaluate(trial)
                if trial_value > best_value + 1e-9:
                    best, best_value, best_results, improved = trial, trial_value, results, True
            log(f"round {round_number + 1} {name}={getattr(best, name)} -> {best_value:.4f}")
        if not improved:
            break
    return best, best_results


Rows = list[tuple[list[float], bool]]
"""Candidate 1-1 pairs: decide.features and whether the pair is a gold link."""
CALIBRATED = (0.3, 0.4, 0.5, 0.6, 0.7)
"""Probabilities a calibrated 1-1 link may need (`calibrated`), chosen by cross-validation."""
KEEP = 0.005
"""The calibrated decision is kept only if no set's F1 drops by more than this (issue #9:
win where it is behind without losing where it is ahead)."""


def gold_rows(pairs: Sequence[GoldPair], embedder: Embedder, params: AlignParams) -> Rows:
    """bench/data's gold pairs as labelled candidates."""
    rows: Rows = []
    for pair in pairs:
        a, b = segment(pair.a_text).sentences, segment(pair.b_text).sentences
        gold = resolve(pair, [s.text for s in a], [s.text for s in b])
        links = {(i, j) for group in gold.groups for i in group[0] for j in group[1]}
        for i, j, values in candidate_pairs(a, b, embedder, AlignOptions(params=params)):
            if i in gold.scored_a and j in gold.scored_b:
                rows.append((values, (i, j) in links))
    return rows


def span_rows(
    root: Path, pairs: Sequence[SpanPair], embedder: Embedder, params: AlignParams
) -> Rows:
    """A benchdata set's pairs as labelled candidates (sentences mapped as its score.py does)."""
    from bench.realdata import scorer

    score_module = scorer(root, "score")
    rows: Rows = []
    for pair in pairs:
        links = score_module.links_of(pair.gold["links"])
        for i, j, values in candidate_pairs(pair.a, pair.b, embedder, AlignOptions(params=params)):
            a = score_module._to_gold((pair.a[i].start, pair.a[i].end), pair.gold["a_spans"])
            b = score_module._to_gold((pair.b[j].start, pair.b[j].end), pair.gold["b_spans"])
            rows.append((values, (a, b) in links))
    return rows


def logistic(rows: Rows, l2: float = 1e-3, steps: int = 3000) -> list[float]:
    """Weights (one per feature, then the intercept) of an L2-regularised logistic model."""
    import numpy as np

    x = np.array([values for values, _ in rows], dtype=np.float64)
    y = np.array([float(label) for _, label in rows])
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    scaled = np.hstack([(x - mean) / spread, np.ones((len(rows), 1))])
    w = np.zeros(scaled.shape[1])
    for _ in range(steps):  # gradient descent: the data are a few thousand rows
        p = 1 / (1 + np.exp(-scaled @ w))
        w -= 0.5 * (scaled.T @ (p - y) / len(y) + l2 * w)
    raw = w[:-1] / spread
    return [*raw.tolist(), float(w[-1] - np.sum(w[:-1] * mean / spread))]


def with_model(params: AlignParams, w: Sequence[float], calibrated: float) -> AlignParams:
    """The params with a calibrated 1-1 decision (weights from `logistic`)."""
    named = {f"w_{name}": round(value, 4) for name, value in zip(FEATURES, w, strict=False)}
    return replace(params, calibrated=calibrated, w_bias=round(w[-1], 4), **named)


def calibrate(
    sets: Sequence[DevSet],
    rows: dict[str, Rows],
    params: AlignParams,
    bests: dict[str, dict[str, float]] | None,
    log: Callable[[str], None],
) -> AlignParams:
    """Fit the calibrated 1-1 decision; keep it if it beats `params` on the objective, held
    out and fitted on all sets, and costs no set more than KEEP on either F1.

    Cross-validated: for each set with candidates, the model is fitted on the others and
    scored on it; `calibrated` is the threshold with the best mean objective over those
    held-out sets among those that cost no held-out set more than KEEP. The model kept is
    then fitted on all of them.
    """
    names = [s.name for s in sets if rows.get(s.name)]
    plain = {s.name: s.run(params) for s in sets}
    held: dict[float, list[float]] = {t: [] for t in CALIBRATED}
    held_losses: dict[float, list[str]] = {t: [] for t in CALIBRATED}
    for test in names:
        w = logistic([row for n in names if n != test for row in rows[n]])
        dev = next(s for s in sets if s.name == test)
        for t in CALIBRATED:
            result = dev.run(with_model(params, w, t))
            one = {test: result}
            held[t].append(objective(one, bests) - objective({test: plain[test]}, bests))
            held_losses[t] += _losses(one, plain)
            log(f"calibrated {t}: fitted without {test}, on it {_short(result)}")
            log(f"  plain on it {_short(plain[test])}")
    safe = [t for t in CALIBRATED if not held_losses[t]] or list(CALIBRATED)
    best_t = max(safe, key=lambda t: (sum(held[t]), -t))
    model = with_model(params, logistic([row for n in names for row in rows[n]]), best_t)
    results = {s.name: s.run(model) for s in sets}
    gain = objective(results, bests) - objective(plain, bests)
    losses = _losses(results, plain)
    log(
        f"calibrated {best_t} (held-out gain {sum(held[best_t]) / len(names):+.4f} a set), "
        f"fitted on all: objective {gain:+.4f}, losing {', '.join(losses) or 'nothing'}"
    )
    return model if gain > 0 and sum(held[best_t]) > 0 and not losses else params


def _losses(results: dict[str, dict[str, float]], floor: dict[str, dict[str, float]]) -> list[str]:
    """The sets and F1s that fall more than KEEP below `floor`."""
    return [
        f"{name} {m}"
        for name, r in results.items()
        for m in _metrics(name)
        if r[m] < floor[name][m] - KEEP
    ]


def _short(result: dict[str, float]) -> str:
    return " / ".join(
        f"{result[m]:.4f}" for m in ("link_f1", "unpaired_f1", "bead_strict_f1") if m in result
    )


def fit_doubt(groups_and_truth: Sequence[tuple[Pairing, bool]]) -> float:
    """The margin under which flagging a pair as low-confidence best separates wrong pairs."""
    best, best_f1 = 0.0, -1.0
    for step in range(0, 31):
        doubt = step / 100
        flagged = [(right, _low(group, doubt)) for group, right in groups_and_truth]
        tp = sum(1 for right, low in flagged if low and not right)
        fp = sum(1 for right, low in flagged if low and right)
        fn = sum(1 for right, low in flagged if not low and not right)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1:
            best, best_f1 = doubt, f1
    return best


def _low(group: Pairing, doubt: float) -> bool:
    c = group.confidence
    if c is None or c.threshold is None or group.similarity is None:
        return False
    return group.similarity - c.threshold < doubt or (c.margin is not None and c.margin < doubt)


def pair_truth(
    root: Path, pairs: Sequence[SpanPair], embedder: Embedder, params: AlignParams
) -> list[tuple[Pairing, bool]]:
    """Each predicted linked group and whether all its links are gold links."""
    from bench.realdata import scorer

    score_module = scorer(root, "score")
    found = []
    for pair in pairs:
        gold = score_module.links_of(pair.gold["links"])
        for group in align(pair.a, pair.b, embedder, AlignOptions(params=params)):
            if group.kind in (Kind.OMITTED, Kind.ADDED):
                continue
            a = {
                score_module._to_gold((pair.a[i].start, pair.a[i].end), pair.gold["a_spans"])
                for i in group.a
            }
            b = {
                score_module._to_gold((pair.b[j].start, pair.b[j].end), pair.gold["b_spans"])
                for j in group.b
            }
            found.append((group, score_module.links_of([(a, b)]) <= gold))
    return found


def commit() -> str:
    """The checked-out commit, for the record."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 (git from PATH, fixed args)
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def main(argv: Sequence[str] | None = None) -> int:
    """Fit each backend asked for and write the fitted file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", nargs="+", default=["default", "use-multilingual", "lexical"])
    parser.add_argument("--benchdata", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--params", nargs="+", choices=list(GRID), default=list(GRID), help="thresholds to search"
    )
    parser.add_argument(
        "--calibrate",
        action="store_true",
        help="also fit the calibrated 1-1 decision (decide.py), cross-validated across sets",
    )
    parser.add_argument(
        "--refit",
        nargs="*",
        choices=list(GRID),
        default=[],
        help="with --calibrate: thresholds to search again once a calibrated decision is kept",
    )
    parser.add_argument(
        "--hold",
        action="store_true",
        help="refuse any setting that costs a set more than KEEP on either F1 against the "
        "starting values (the values fitted last)",
    )
    parser.add_argument(
        "--goal",
        choices=["margin", "mean"],
        default="margin",
        help="margin: lead over each set's best baseline (keep `link`, which moves the "
        "baselines, out of --params); mean: mean F1 over sets",
    )
    args = parser.parse_args(argv)
    root = benchdata_root(args.benchdata)
    data = {name: load_set(root, name) for name in ("argrewrite", "aesop", "textberg")}
    gold_pairs = load_pairs(DATA)
    for model in args.model:
        embedder = MemoEmbedder(load_embedder(None if model == "default" else model))
        names = ["argrewrite", "aesop"] + (["textberg"] if model in MULTILINGUAL else [])
        warm(
            embedder, [[s.text for s in doc] for n in names for p in data[n] for doc in (p.a, p.b)]
        )
        warm(
            embedder,
            [
                [s.text for s in segment(t).sentences]
                for p in gold_pairs
                for t in (p.a_text, p.b_text)
            ],
        )
        sets = [gold_set(gold_pairs, embedder)] + [
            span_set(root, n, data[n], embedder) for n in names
        ]
        print(
            f"{model} ({embedder.model_id}): fitting on {', '.join(s.name for s in sets)}",
            flush=True,
        )
        start = params_for(embedder.model_id)
        bests = None
        if args.goal == "margin":
            bests = baseline_bests(
                root, {n: data[n] for n in names}, gold_pairs, embedder, start.link
            )
            print(f"  best baselines {bests}", flush=True)
        params, results = fit(
            sets,
            start,
            args.rounds,
            lambda m: print("  " + m, flush=True),
            args.params,
            bests=bests,
            floor={s.name: s.run(start) for s in sets} if args.hold else None,
        )
        if args.calibrate:
            plain = replace(params, calibrated=0.0)
            rows = {"gold": gold_rows(gold_pairs, embedder, plain)} | {
                n: span_rows(root, data[n], embedder, plain) for n in names
            }
            before = {s.name: s.run(plain) for s in sets}
            params = calibrate(sets, rows, plain, bests, lambda m: print("  " + m, flush=True))
            if params.calibrated and args.refit:  # thresholds again, around the model kept
                params, results = fit(
                    sets,
                    params,
                    args.rounds,
                    lambda m: print("  after calibration: " + m, flush=True),
                    args.refit,
                    bests=bests,
                    floor=before,
                )
            results = {s.name: s.run(params) for s in sets}
        truth = [
            t for n in names if n != "textberg" for t in pair_truth(root, data[n], embedder, params)
        ]
        params = replace(params, doubt=fit_doubt(truth))
        fitted: dict[str, Any] = json.loads(FITTED.read_text("utf-8"))  # another run may write
        held = fitted["models"].get(embedder.model_id, {}).get("held")
        fitted["models"][embedder.model_id] = {
            **({"held": held} if held else {}),
            "params": params.to_dict(),
            "fitted_on": [s.name for s in sets],
            "dev_scores": {k: {m: round(v, 4) for m, v in r.items()} for k, r in results.items()},
            "objective": round(objective(results, bests), 4),
            "goal": args.goal,
            "date": datetime.now(UTC).strftime("%Y-%m-%d"),
            "commit": commit(),
        }
        if model == "default":
            fitted["fallback"] = embedder.model_id.split("@", 1)[0]
        FITTED.write_text(json.dumps(fitted, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"  fitted {params.to_dict()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
