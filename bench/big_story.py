"""Very long stories: time and peak memory as the input grows, as ratios measured in one run.

    python bench/big_story.py [--sizes 1.25 2.5 5 10] [--reword 0.05] [--model lexical]
                              [--json OUT]

Each size (MB of text per version) is a generated pair: sentences of words from the seed
story, where B drops 2 % of A's sentences, changes a word in `--reword` of the others
(5 %, a re-published copy; 1.0 leaves nothing identical to settle without the search)
and adds 2 %. Every compare runs
in a fresh process that reports its own peak resident memory. Memory that grows
quadratically would multiply by about 4 each time the size doubles; linear growth by at
most 2 (less, since the interpreter and libraries are a fixed cost, measured here as
the "floor": the same compare on the seed pair).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT / "corpus" / "xian-summit").glob("*.txt"))
MEASURE = """
import json, resource, sys
from driftcheck.cli import main
sys.argv = ["driftcheck", "compare", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    code = exit.code
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "peak_kib": peak}))
"""


def vocabulary() -> list[str]:
    """The alphabetic words of the seed story, in a fixed order."""
    words = {w for path in SEED for w in path.read_text("utf-8").split() if w.isalpha()}
    return sorted(words)


def write_pair(
    folder: Path, size: int, *, reword: float = 0.05, seed: int = 7
) -> tuple[Path, Path]:
    """a.txt of at least `size` characters and an edited b.txt, in paragraphs of five.

    B drops 2 % of A's sentences, changes one word in `reword` of the others and adds 2 %.
    """
    words, rng = vocabulary(), random.Random(seed)  # noqa: S311 (test data, not secrets)
    a: list[str] = []
    b: list[str] = []
    total = 0
    while total < size:
        chosen = [rng.choice(words) for _ in range(rng.randint(8, 25))]
        sentence = " ".join(chosen)
        sentence = sentence[0].upper() + sentence[1:] + "."
        total += len(sentence) + 1
        a.append(sentence)
        if rng.random() < 0.02:
            continue
        if rng.random() < reword:
            chosen[rng.randrange(1, len(chosen))] = rng.choice(words).lower()
            sentence = " ".join(chosen)
            sentence = sentence[0].upper() + sentence[1:] + "."
        b.append(sentence)
        if rng.random() < 0.02:
            b.append(f"An added sentence number {len(b)} says something new.")
    paths = folder / "a.txt", folder / "b.txt"
    for path, sentences in zip(paths, (a, b), strict=True):
        paragraphs = (" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
        path.write_text("\n\n".join(paragraphs) + "\n", "utf-8")
    return paths


def measure(a: Path, b: Path, out: Path, *options: str) -> dict[str, float]:
    """One compare in a fresh process: exit code, seconds and peak memory in MiB."""
    args = [str(a), str(b), "-f", "json", "-o", str(out), "--fail-on", "never", *options]
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"compare failed: {result.stderr.strip()}")
    outcome = json.loads(result.stdout.splitlines()[-1])
    return {"code": outcome["code"], "seconds": seconds, "peak_mib": outcome["peak_kib"] / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.25, 2.5, 5.0, 10.0])
    parser.add_argument("--reword", type=float, default=0.05)
    parser.add_argument("--model", default="lexical")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    options = ("-m", args.model, "--no-cache")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor = measure(SEED[0], SEED[1], folder / "seed.json", *options)
        print(f"floor (seed pair): {floor['peak_mib']:.0f} MiB peak")
        for mb in args.sizes:
            a, b = write_pair(folder, int(mb * 1_000_000), reword=args.reword)
            row = measure(a, b, folder / "report.json", *options)
            report = json.loads((folder / "report.json").read_text("utf-8"))
            row |= {"mb": mb, "sentences": report["summary"]["a_sentences"]}
            rows.append(row)
    print(f"{'MB':>6} {'sentences':>10} {'time x':>7} {'peak x':>7} {'above floor x':>14}")
    for previous, row in zip([None, *rows], rows, strict=False):
        times = peak = above = "-"
        if previous is not None:
            times = f"{row['seconds'] / previous['seconds']:.2f}"
            peak = f"{row['peak_mib'] / previous['peak_mib']:.2f}"
            base = floor["peak_mib"]
            above = f"{(row['peak_mib'] - base) / (previous['peak_mib'] - base):.2f}"
        print(f"{row['mb']:>6} {row['sentences']:>10} {times:>7} {peak:>7} {above:>14}")
    biggest = rows[-1]
    print(
        f"largest: {biggest['mb']} MB, {biggest['sentences']} sentences a side, "
        f"peak {biggest['peak_mib'] / floor['peak_mib']:.1f}x the floor"
    )
    if args.json:
        args.json.write_text(json.dumps({"floor": floor, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
