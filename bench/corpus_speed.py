"""Corpus speed: `driftcheck check` on a 200-pair corpus, as ratios of medians in one run.

    python bench/corpus_speed.py [--runs N] [--pairs N] [--json OUT]

The corpus is built in a temporary folder from the benchmark's own texts (the gold
alignment pairs in bench/data, then labelled findings examples) as one manifest.
1. check, cold cache, vs a bare script that imports sentence-transformers, loads the same
   model and encodes the corpus's distinct sentences once                 (target <= 1.2x)
2. check with a warm cache vs cold                                        (target <= 0.15x)
3. check --jobs 2 vs --jobs 1, both warm (for information)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

if not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.speed import BARE_ENCODE, DRIFTCHECK, timed
from driftcheck.normalize import tidy
from driftcheck.segment import segment

DATA = Path(__file__).resolve().parent / "data"


def build_corpus(folder: Path, pairs: int) -> list[str]:
    """Write `pairs` version pairs and a manifest into `folder`; return their sentences."""
    gold = sorted(p for p in DATA.iterdir() if (p / "gold.json").is_file())
    texts = [((p / "a.txt").read_text("utf-8"), (p / "b.txt").read_text("utf-8")) for p in gold]
    for rule_file in sorted((DATA / "findings").glob("*.jsonl")):
        for line in rule_file.read_text("utf-8").splitlines():
            example = json.loads(line)
            texts.append((example["a"], example["b"]))
    rows, sentences = [], []
    for n, (a, b) in enumerate(texts[:pairs]):
        (folder / f"{n:03d}-a.txt").write_text(a, encoding="utf-8")
        (folder / f"{n:03d}-b.txt").write_text(b, encoding="utf-8")
        rows.append({"source": f"{n:03d}-a.txt", "target": f"{n:03d}-b.txt", "story": f"s{n:03d}"})
        for text in (a, b):
            sentences += [tidy(s.text) for s in segment(text).sentences]
    manifest = "".join(json.dumps(row) + "\n" for row in rows)
    (folder / "manifest.jsonl").write_text(manifest, encoding="utf-8")
    return list(dict.fromkeys(sentences))


def check_command(corpus: Path, cache: Path, jobs: int = 1) -> list[str]:
    return [
        *DRIFTCHECK, "check", str(corpus / "manifest.jsonl"), "--cache-dir", str(cache),
        "--format", "json", "--output", os.devnull, "--fail-on", "never", "--jobs", str(jobs),
    ]  # fmt: skip


def main() -> None:
    """Build the corpus, measure, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--pairs", type=int, default=200, help="version pairs in the corpus")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args()
    env = {**os.environ, "CI": "1"}
    samples: dict[str, list[float]] = {k: [] for k in ("cold", "bare", "warm", "warm_jobs2")}
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        sentences = build_corpus(corpus, args.pairs)
        texts = Path(scratch) / "texts.json"
        texts.write_text(json.dumps(sentences), encoding="utf-8")
        warm = Path(scratch) / "warm"
        timed(check_command(corpus, warm), env)
        for run in range(args.runs):
            samples["cold"].append(timed(check_command(corpus, Path(scratch) / f"cold{run}"), env))
            samples["bare"].append(timed([sys.executable, "-c", BARE_ENCODE, str(texts)], env))
            samples["warm"].append(timed(check_command(corpus, warm), env))
            samples["warm_jobs2"].append(timed(check_command(corpus, warm, jobs=2), env))
    median = {name: statistics.median(values) for name, values in samples.items()}
    ratios = {
        "check cold / bare encode": (median["cold"] / median["bare"], 1.2),
        "check warm / check cold": (median["warm"] / median["cold"], 0.15),
        "check warm --jobs 2 / --jobs 1": (median["warm_jobs2"] / median["warm"], None),
    }
    print(
        f"{args.pairs} pairs, {len(sentences)} distinct sentences, {args.runs} runs each, medians"
    )
    for name, (ratio, target) in ratios.items():
        verdict = "" if target is None else ("ok" if ratio <= target else "OVER TARGET")
        limit = "" if target is None else f"target <= {target}x"
        print(f"  {name:<32} {ratio:6.3f}x   {limit:<16} {verdict}")
    print("  medians (s): " + ", ".join(f"{k} {v:.3f}" for k, v in median.items()))
    if args.json:
        result = {"medians": median, "ratios": {k: r for k, (r, _) in ratios.items()}}
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
