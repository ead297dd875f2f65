"""Findings on unlabelled real copy, for reading by hand: the fact-family findings of odd pairs.

    python bench/unlabelled.py [--every K] [--offset N] [--limit N] [--families F,F]
                               [--model default|lexical|PATH] [--jsonl OUT]

The odd-numbered folders of ../shared/benchdata/newsedits/ (sorted names, numbers 1, 3, 5, ...)
are neither dev nor heldout; they were unlabelled when this script was written and are now the
labelled development splits dev2 and dev3 (see bench/data/newsedits-labels/README.md), so
`bench/realcopy.py --split dev2|dev3 --verbose` scores what this script shows for reading.
This script takes every K-th of them from the N-th on, compares each pair and prints its warning
and error findings of the fact families with the aligned sentences they rest on and the pair's
similarity, so that a reader can judge each claim against both texts. It measures nothing by
itself: the judgement is the reader's. `--jsonl` writes one record per finding (pair, rule,
severity, message, excerpts), keyed so that two runs can be compared finding by finding.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.matching import at_least, family_of
from bench.realcopy import FAMILIES, TEXTS
from driftcheck.textio import read_version
from driftcheck.types import Finding, Report, Severity


def unlabelled(texts: Path, every: int, offset: int, limit: int | None) -> list[str]:
    """The odd-numbered pair folders, every `every`-th from the `offset`-th, at most `limit`."""
    folders = sorted(p.name for p in texts.iterdir() if p.is_dir())
    odd = folders[1::2][offset::every]
    return odd if limit is None else odd[:limit]


def _flat(text: str, limit: int = 240) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def sides(finding: Finding, report: Report) -> tuple[str, str, float | None]:
    """The A and B sentences of a finding's group and the group's similarity."""
    if finding.group is None:
        return "", "", None
    group = report.alignments[finding.group]
    a = " ".join(report.a.sentences[i].text for i in group.a)
    b = " ".join(report.b.sentences[j].text for j in group.b)
    return a, b, group.similarity


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--every", type=int, default=4, help="take every K-th odd pair")
    parser.add_argument("--offset", type=int, default=0, help="start at the N-th odd pair")
    parser.add_argument("--limit", type=int, help="at most this many pairs")
    parser.add_argument("--families", default=",".join(FAMILIES), help="comma-separated")
    parser.add_argument("--model", default="default", help="default, lexical, or a model path")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of <pair>/0.txt, 1.txt")
    parser.add_argument("--jsonl", type=Path, help="write one record per finding here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the findings of the chosen unlabelled pairs; 0 always, 2 on unreadable input."""
    args = parse_args(argv)
    families = set(args.families.split(","))
    from driftcheck import Comparer

    comparer = Comparer(None if args.model == "default" else args.model)
    records = []
    names = unlabelled(args.texts, args.every, args.offset, args.limit)
    for name in names:
        folder = args.texts / name
        report = comparer.compare(
            read_version(str(folder / "0.txt")), read_version(str(folder / "1.txt"))
        )
        found = [
            f for f in at_least(report.findings, Severity.WARNING) if family_of(f.rule) in families
        ]
        print(f"== {name}: {len(found)} findings")
        for f in found:
            a, b, similarity = sides(f, report)
            sim = "-" if similarity is None else f"{similarity:.2f}"
            print(f"  [{f.rule} {f.severity.value} sim {sim}] {f.message}")
            print(f"     A: {_flat(a)}")
            print(f"     B: {_flat(b)}")
            records.append(
                {
                    "pair": name,
                    "rule": f.rule,
                    "severity": f.severity.value,
                    "message": f.message,
                    "a": f.a_text,
                    "b": f.b_text,
                    "similarity": similarity,
                }
            )
    print(f"{len(names)} pairs, {len(records)} findings")
    if args.jsonl:
        lines = (json.dumps(r, ensure_ascii=False) for r in records)
        args.jsonl.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
