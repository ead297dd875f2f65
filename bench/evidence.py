"""Findings on real copy by the evidence they rest on: right and false per evidence cell, per split.

    python bench/evidence.py [--split dev --split dev2 ...] [--by family,pairing,...]
                             [--below 0.85] [--least 5] [--rows OUT.jsonl]

Every warning or error finding of the fact families is scored as bench/realcopy.py scores it
(the same labels, texts and one-to-one matching) and described by the evidence it rests on,
not by its words:

- `family` and `rule`, and `side` (a span in A, in B, or both);
- `pairing`: how its group was paired: `unpaired` (a sentence added or cut as a whole), or the
  group's kind (1:1 `changed`, `split`, `merge`) with the aligner's deciding stage
  (`anchor`, `order`, `moved`, `grown`);
- `similarity` and `margin` of the pair (the aligner's confidence: how similar the two sides
  are, and by how much the pair beat its runner-up), in bands;
- `rewrite`: the share of the pair's characters the word diff changed (light, medium, heavy);
- `sentence`: the length of the sentence the finding sits in (a sentence of 600 characters or
  more is text the segmenter could not split: page furniture, a list of tags).

`--by` names the properties that make a cell (default: family and pairing). A cell is
marked `low` when its precision is under `--below` on every split measured and it holds at
least `--least` findings on each: the candidates for a calibration by evidence (#14 item 4).
`--rows` writes one JSON line per finding with all its properties, for other cuts; `--load
NAME=PATH` adds such a file as a column of its own (rows written by this script run from an
older checkout: the detector before it was tuned on a split's labels, a held-out proxy).
The held-out split is refused: cells are per-item output.
Exit 0 whatever the numbers, 2 when the data is malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.matching import DataError, at_least, claim, score
from bench.realcopy import FAMILIES, LABELS, TEXTS, check_texts, load_pairs, locate, read_pair
from driftcheck.types import Finding, Kind, Op, Report, Severity

DEV_SPLITS = ("dev", "dev2", "dev3")
Row = dict[str, str | bool | None]


def band(value: float | None, edges: Sequence[float]) -> str | None:
    """The band of `value` between `edges` ("<0.6", "0.6-0.7", ..., ">=0.9"); None stays None."""
    if value is None:
        return None
    for n, edge in enumerate(edges):
        if value < edge:
            return f"<{edge}" if n == 0 else f"{edges[n - 1]}-{edge}"
    return f">={edges[-1]}"


def evidence(finding: Finding, report: Report) -> Row:
    """The properties of the evidence a finding rests on (see the module docstring)."""
    group = None if finding.group is None else report.alignments[finding.group]
    side = "ab" if finding.a_span and finding.b_span else "a" if finding.a_span else "b"
    row: Row = {"rule": finding.rule, "side": side if finding.a_span or finding.b_span else "-"}
    if group is None or group.kind in (Kind.ADDED, Kind.OMITTED):
        row.update(pairing="unpaired", similarity=None, margin=None, rewrite=None)
    else:
        stage = group.confidence.stage if group.confidence else "?"
        margin = group.confidence.margin if group.confidence else None
        changed = sum(len(t.text) for t in group.diff if t.op in (Op.INSERT, Op.DELETE))
        kept = sum(len(t.text) for t in group.diff if t.op in (Op.EQUAL, Op.COSMETIC))
        share = changed / max(1, changed + 2 * kept)
        row.update(
            pairing=f"{group.kind.value} {stage}",
            similarity=band(group.similarity, (0.6, 0.7, 0.8, 0.9)),
            margin=band(margin, (0.0, 0.1, 0.2)),
            rewrite=band(share, (0.3, 0.6)),
        )
    row["sentence"] = band(_sentence_length(finding, report), (300, 600))
    return row


def _sentence_length(finding: Finding, report: Report) -> float | None:
    """Characters of the sentence holding the finding's span (B's if it has one, else A's)."""
    for span, doc in ((finding.b_span, report.b), (finding.a_span, report.a)):
        if span is not None:
            hit = next((s for s in doc.sentences if s.start <= span[0] < s.end), None)
            return None if hit is None else float(len(hit.text))
    return None


def rows_of(split: str, labels: Path, texts: Path, model: str) -> list[Row]:
    """Every scored warning+error finding of a split, with its evidence and whether it is right."""
    from driftcheck import Comparer

    pairs = load_pairs(labels / f"{split}.jsonl")
    check_texts(pairs, texts)
    comparer = Comparer(None if model == "default" else model)
    rows: list[Row] = []
    for pair in pairs:
        report = comparer.compare(*read_pair(pair, texts))
        targets = [locate(label, report.a.text, report.b.text) for label in pair.labels]
        claims = [c for f in at_least(report.findings, Severity.WARNING) if (c := claim(f, report))]
        outcome = score(
            pair.name, targets, FAMILIES, claims, [label.family for label in pair.labels]
        )
        wrong = {id(c) for c in outcome.unmatched}
        for c in claims:
            row: Row = {"split": split, "pair": pair.name, "family": c.family}
            row.update(evidence(c.finding, report), right=id(c) not in wrong)
            rows.append(row)
    return rows


Cell = tuple[str | bool | None, ...]


def cells(rows: Sequence[Row], by: Sequence[str]) -> dict[Cell, Counter[tuple[str, bool]]]:
    """(split, right) counts per cell, a cell being the values of the `by` properties."""
    table: dict[Cell, Counter[tuple[str, bool]]] = {}
    for row in rows:
        key = tuple(row.get(name) for name in by)
        table.setdefault(key, Counter())[(str(row["split"]), row["right"] is True)] += 1
    return table


def low(counts: Counter[tuple[str, bool]], splits: Sequence[str], below: float, least: int) -> bool:
    """True when the cell is under `below` precision with `least` findings on every split."""
    for split in splits:
        raised = counts[(split, True)] + counts[(split, False)]
        if raised < least or counts[(split, True)] >= below * raised:
            return False
    return True


def render(
    table: Mapping[Cell, Counter[tuple[str, bool]]],
    splits: Sequence[str],
    low_cell: Callable[[Counter[tuple[str, bool]]], bool],
) -> list[str]:
    """One line per cell: false / raised per split, and `low` where it is low on every split."""
    lines = ["cell".ljust(48) + "".join(f"{s:<15}" for s in splits)]
    for key in sorted(table, key=str):
        counts = table[key]
        parts = []
        for split in splits:
            raised = counts[(split, True)] + counts[(split, False)]
            parts.append(f"{counts[(split, False)]:>5} / {raised:<6}")
        mark = "  low" if low_cell(counts) else ""
        lines.append(" ".join(str(v) for v in key).ljust(48) + "".join(parts) + mark)
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", action="append", choices=DEV_SPLITS, dest="splits")
    parser.add_argument("--by", default="family,pairing", help="properties making a cell")
    parser.add_argument("--below", type=float, default=0.85, help="precision marking a low cell")
    parser.add_argument("--least", type=int, default=5, help="findings a low cell holds a split")
    parser.add_argument("--model", default="default", help="default, lexical, or a model path")
    parser.add_argument("--labels", type=Path, default=LABELS, help="folder of <split>.jsonl")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of <pair>/0.txt, 1.txt")
    parser.add_argument("--rows", type=Path, help="write every finding's evidence here (JSONL)")
    parser.add_argument(
        "--load", action="append", default=[], help="NAME=PATH: rows of another run as a column"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Tabulate; 0 whatever the numbers, 2 on malformed data."""
    args = parse_args(argv)
    splits = args.splits or list(DEV_SPLITS)
    try:
        rows = [
            row for split in splits for row in rows_of(split, args.labels, args.texts, args.model)
        ]
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    columns = list(splits)
    for spec in args.load:
        name, _, path = spec.partition("=")
        try:
            loaded = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines()]
        except (OSError, ValueError) as error:
            print(f"error: --load {spec}: {error}", file=sys.stderr)
            return 2
        rows += [{**row, "split": name} for row in loaded]
        columns.append(name)
    by = [name.strip() for name in args.by.split(",") if name.strip()]
    table = cells(rows, by)
    for line in render(table, columns, lambda c: low(c, columns, args.below, args.least)):
        print(line)
    if args.rows:
        own = [row for row in rows if row["split"] in splits]
        args.rows.write_text("".join(json.dumps(row) + "\n" for row in own), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
