"""Findings on real copy: precision and recall per fact family on hand-labelled NewsEdits pairs.

    python bench/realcopy.py [--split dev|dev2|dev3|heldout] [--model default|lexical|PATH]
                             [--verbose] [--halves] [--json OUT]

Labels: bench/data/newsedits-labels/<split>.jsonl (see its README); texts:
../shared/benchdata/newsedits/<pair>/{0.txt,1.txt} (0 is A, 1 is B). This script only
measures: never tune on `heldout`. `dev2` (42 pairs labelled later, see the labels README) was
first measured untouched and is a development split from then on; so is `dev3` (the other 128
odd-numbered pairs, labelled blind after session 7's rule developers had read their findings).

Families. Each finding's rule maps to a fact family by bench.matching.FAMILY_OF (number.* -> figure,
quote.* -> quote, entity.* -> name, negation.* -> negation, attribution.* -> attribution,
hedge.* -> hedge); the other rules (sentences, moves, wording, boilerplate) are outside the
fact families and are not scored.

Matching rule. A label is located by every occurrence of its `a` excerpt in A and of its `b`
excerpt in B (an empty excerpt locates nothing on that side). A finding is located, on each
side, by its span on that side when it has one, otherwise by the sentences of its alignment
group on that side (a finding with neither is located nowhere and can only be wrong). A
finding may be credited to a label when both are of the same family and, on A or on B, the
finding's location overlaps an occurrence of the label's excerpt by at least one character.
Credit is one-to-one: a maximum bipartite matching per pair, so a finding is credited to at
most one label and a label to at most one finding; certain labels are matched before
uncertain ones. The matching is done separately for warning+error findings and for findings
of all severities.

Scores per family: raised (findings of the family), right (credited to a label), precision =
right / raised; labels, found, recall = found / labels. A label marked `uncertain` counts as
found when credited, but a missed uncertain label is left out of `labels` (it does not count
against recall); findings credited to it are right.
`--halves` also prints the warning+error totals of the split's two halves by sampling round
(rounds 1-2 and rounds 3-4 of the labels README), so that a change can be checked to hold on
both halves rather than on the whole split only.
Exit 0 whatever the scores (this is a measurement), 2 when the data is malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console
from rich.table import Table

from bench.matching import (
    DataError,
    Outcome,
    Score,
    Target,
    at_least,
    claim,
    jsonl_records,
    occurrences,
    ratio,
    score,
    score_json,
    total,
)
from driftcheck.errors import DriftcheckError
from driftcheck.textio import read_version
from driftcheck.types import Report, Severity

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "data" / "newsedits-labels"
TEXTS = ROOT.parent / "shared" / "benchdata" / "newsedits"
SPLITS = ("dev", "dev2", "dev3", "heldout")
FAMILIES = ("figure", "quote", "name", "negation", "attribution", "hedge")
CHANGES = ("changed", "added", "removed")


@dataclass(frozen=True, slots=True)
class Label:
    """One labelled change of a pair: its family and short excerpts of A and B."""

    pair: str
    family: str
    change: str
    a: str
    b: str
    note: str = ""
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Pair:
    """A labelled pair: its folder name, the annotator's note and its changes."""

    name: str
    notes: str
    labels: tuple[Label, ...]


def _text(raw: Mapping[str, Any], name: str, where: str) -> str:
    value = raw.get(name, "")
    if not isinstance(value, str):
        raise DataError(f"{where}: {name!r} must be a string, got {value!r}")
    return value


def parse_label(raw: Mapping[str, Any], where: str) -> Label:
    """A change record; `where` names its line in errors."""
    label = Label(
        pair=_text(raw, "pair", where),
        family=_text(raw, "family", where),
        change=_text(raw, "change", where),
        a=_text(raw, "a", where),
        b=_text(raw, "b", where),
        note=_text(raw, "note", where),
        uncertain=raw.get("uncertain") is True,
    )
    if label.family not in FAMILIES:
        raise DataError(f"{where}: family must be one of {FAMILIES}, got {label.family!r}")
    if label.change not in CHANGES:
        raise DataError(f"{where}: change must be one of {CHANGES}, got {label.change!r}")
    both = label.family in ("attribution", "hedge")  # the statement is in both versions
    needs = {
        "changed": (True, True),
        "added": (both, True),
        "removed": (True, both),
    }[label.change]
    if (needs[0] and not label.a) or (needs[1] and not label.b):
        raise DataError(f"{where}: a {label.family} label {label.change!r} needs its excerpts")
    if label.change != "changed" and not both and (label.a and label.b):
        raise DataError(f"{where}: an {label.change!r} {label.family} has one excerpt only")
    return label


def load_pairs(path: Path) -> list[Pair]:
    """The pairs of one label file, in file order; each pair record states its change count."""
    heads: dict[str, tuple[int, str]] = {}
    changes: dict[str, list[Label]] = {}
    for where, raw in jsonl_records(path):
        if not isinstance(raw, dict):
            raise DataError(f"{where}: expected a JSON object")
        pair = _text(raw, "pair", where)
        if raw.get("labelled") is True:
            n_changes = raw.get("n_changes")
            if pair in heads or not isinstance(n_changes, int):
                raise DataError(f"{where}: a second pair record or no integer n_changes")
            heads[pair] = (n_changes, _text(raw, "notes", where))
            changes[pair] = []
        elif pair not in heads:
            raise DataError(f"{where}: change of {pair!r} before its pair record")
        else:
            changes[pair].append(parse_label(raw, where))
    pairs = []
    for name, (n_changes, notes) in heads.items():
        if len(changes[name]) != n_changes:
            raise DataError(
                f"{path.name}: {name} says {n_changes} changes, has {len(changes[name])}"
            )
        pairs.append(Pair(name, notes, tuple(changes[name])))
    if not pairs:
        raise DataError(f"{path}: no labelled pairs")
    return pairs


def locate(label: Label, a_text: str, b_text: str) -> Target:
    """The label's target in the pair's texts; an excerpt that is not there is a data error."""
    a_spans, b_spans = occurrences(a_text, label.a), occurrences(b_text, label.b)
    if label.a and not a_spans:
        raise DataError(f"{label.pair}: excerpt {label.a!r} is not in A (0.txt)")
    if label.b and not b_spans:
        raise DataError(f"{label.pair}: excerpt {label.b!r} is not in B (1.txt)")
    return Target(frozenset({label.family}), a_spans, b_spans, label.uncertain)


def table(title: str, sums: Mapping[str, Score]) -> Table:
    """One row per family and a total over all families."""
    grid = Table(title=title, title_justify="left")
    grid.add_column("family", no_wrap=True)
    for column in ("raised", "right", "precision", "labels", "found", "recall", "(uncertain)"):
        grid.add_column(column, justify="right")
    rows = list(sums.items())
    for index, (family, s) in enumerate([*rows, ("all families", sum(sums.values(), Score()))]):
        grid.add_row(
            family,
            str(s.raised),
            str(s.right),
            ratio(s.precision),
            str(s.labels + s.found_uncertain),
            str(s.found + s.found_uncertain),
            ratio(s.recall),
            str(s.found_uncertain),
            end_section=index == len(rows) - 1,
        )
    return grid


def evaluate_pair(pair: Pair, report: Report, minimum: Severity) -> Outcome:
    """Score one compared pair for findings at `minimum` severity or above."""
    targets = [locate(label, report.a.text, report.b.text) for label in pair.labels]
    claims = [c for f in at_least(report.findings, minimum) if (c := claim(f, report)) is not None]
    families = [label.family for label in pair.labels]
    return score(pair.name, targets, FAMILIES, claims, families)


def check_texts(pairs: Sequence[Pair], texts: Path) -> None:
    """Every pair's texts exist and hold every label's excerpts (raises DataError)."""
    for pair in pairs:
        a_text, b_text = read_pair(pair, texts)
        for label in pair.labels:
            locate(label, a_text, b_text)


def read_pair(pair: Pair, texts: Path) -> tuple[str, str]:
    """A and B of a pair, decoded as the CLI decodes them."""
    folder = texts / pair.name
    try:
        return read_version(str(folder / "0.txt")), read_version(str(folder / "1.txt"))
    except DriftcheckError as error:
        raise DataError(str(error)) from error


def _excerpt(text: str | None, limit: int = 70) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(pair: Pair, outcome: Outcome) -> list[str]:
    """Lines for --verbose: unmatched findings and missed certain labels of one pair."""
    lines = []
    for c in outcome.unmatched:
        f = c.finding
        lines.append(
            f"FP {pair.name} {f.rule} ({f.severity.value}): {_excerpt(f.message)}"
            f" | A {_excerpt(f.a_text)!r} B {_excerpt(f.b_text)!r}"
        )
    for t in outcome.missed:
        label = pair.labels[t]
        lines.append(
            f"FN {pair.name} {label.family} {label.change}: A {label.a!r} B {label.b!r}"
            f" ({label.note})"
        )
    return lines


VIEWS = (("warning+error", Severity.WARNING), ("all severities", Severity.INFO))
ROUND_OF_RESIDUE = {0: 1, 4: 2, 2: 3, 6: 4}
"""Sampling round of a pair by its number (sorted folder names) modulo 8; odd: unlabelled."""


def sampling_round(name: str, texts: Path) -> int | None:
    """The labels README's sampling round (1-4) of a pair folder; None for an unlabelled one."""
    folders = sorted(p.name for p in texts.iterdir() if p.is_dir())
    return ROUND_OF_RESIDUE.get(folders.index(name) % 8) if name in folders else None


def halves(
    outcomes: Sequence[Outcome], rounds: Sequence[int | None]
) -> list[tuple[str, dict[str, Score]]]:
    """Counts per family for rounds 1-2 and rounds 3-4 (outcomes and rounds in step)."""
    first = [o for o, r in zip(outcomes, rounds, strict=True) if r in (1, 2)]
    second = [o for o, r in zip(outcomes, rounds, strict=True) if r in (3, 4)]
    return [
        (name, total(part, FAMILIES))
        for name, part in (("rounds 1-2", first), ("rounds 3-4", second))
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--model", default="default", help="default, lexical, or a model path")
    parser.add_argument("--labels", type=Path, default=LABELS, help="folder of <split>.jsonl")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of <pair>/0.txt, 1.txt")
    parser.add_argument("--json", type=Path, help="write all counts to this JSON file")
    parser.add_argument(
        "--halves", action="store_true", help="also print totals for rounds 1-2 and 3-4"
    )
    parser.add_argument(
        "--verbose", action="store_true", help="list unmatched findings and missed labels (dev)"
    )
    parser.add_argument(
        "--verbose-heldout", action="store_true", help="allow --verbose on heldout (do not tune)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 whatever the scores, 2 on malformed data."""
    args = parse_args(argv)
    console = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 120)
    try:
        pairs = load_pairs(args.labels / f"{args.split}.jsonl")
        check_texts(pairs, args.texts)
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from driftcheck import Comparer

    comparer = Comparer(None if args.model == "default" else args.model)
    results: dict[str, list[Outcome]] = {name: [] for name, _ in VIEWS}
    verbose = args.verbose and (args.split != "heldout" or args.verbose_heldout)
    errors: list[str] = []
    rounds: list[int | None] = []
    for pair in pairs:
        a_text, b_text = read_pair(pair, args.texts)
        try:
            report = comparer.compare(a_text, b_text)
        except Exception as error:  # one failing pair must not end the benchmark
            errors.append(f"{pair.name}: {type(error).__name__}: {error}")
            continue
        for name, minimum in VIEWS:
            results[name].append(evaluate_pair(pair, report, minimum))
        rounds.append(sampling_round(pair.name, args.texts) if args.halves else None)
        if verbose:
            for line in describe(pair, results[VIEWS[0][0]][-1]):
                console.print(line, highlight=False, markup=False)
    if args.verbose and not verbose:
        console.print("--verbose lists nothing on heldout (add --verbose-heldout)", markup=False)
    for line in errors:
        console.print(f"error {line}", highlight=False, markup=False)
    labels = sum(len(pair.labels) for pair in pairs)
    console.print(
        f"model {comparer.embedder.model_id}; split {args.split}: {len(pairs)} pairs, "
        f"{labels} labels, {len(errors)} pairs failed",
        highlight=False,
        markup=False,
    )
    for name, _ in VIEWS:
        console.print(table(f"real copy, {name} findings", total(results[name], FAMILIES)))
    split_halves = halves(results[VIEWS[0][0]], rounds) if args.halves else []
    for name, sums in split_halves:
        s = sum(sums.values(), Score())
        console.print(
            f"{name}, warning+error: raised {s.raised}, right {s.right}, "
            f"P {ratio(s.precision)}; labels {s.labels + s.found_uncertain}, "
            f"found {s.found + s.found_uncertain}, R {ratio(s.recall)}",
            highlight=False,
            markup=False,
        )
    if args.json:
        document = {
            "model": comparer.embedder.model_id,
            "split": args.split,
            "pairs": len(pairs),
            "errors": errors,
            "views": {
                name: {
                    family: score_json(s) for family, s in total(results[name], FAMILIES).items()
                }
                | {"all": score_json(sum(total(results[name], FAMILIES).values(), Score()))}
                for name, _ in VIEWS
            },
            "halves": {
                name: {family: score_json(s) for family, s in sums.items()}
                | {"all": score_json(sum(sums.values(), Score()))}
                for name, sums in split_halves
            },
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
