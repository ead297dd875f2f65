"""Findings quality: precision and recall of each rule on labelled pairs in bench/data/findings.

    python bench/findings.py [--model default|lexical|PATH] [--rule RULE] [--data DIR]
                             [--verbose] [--json OUT]

Each example is a short pair of versions labelled for one rule: positive when that rule must
fire on it, negative (a near miss) when it must not. The rule fired when `detect` returns a
finding with its id anywhere in the pair; findings of other rules on that example are not
scored. Counts are summed over examples, per rule and over all rules (micro average).
Exit 0 whatever the scores (this is a measurement), 2 when a data file is malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console
from rich.table import Table

from bench.matching import DataError, jsonl_records
from driftcheck import Comparer
from driftcheck.embed import load_embedder
from driftcheck.findings import RULES, detect

DATA = Path(__file__).resolve().parent / "data" / "findings"
LABELS = ("positive", "negative")
FIELDS = ("id", "rule", "label", "a", "b", "note")
RULE_IDS = (
    "quote.altered",
    "quote.marked_edit",
    "quote.punctuation",
    "quote.shortened",
    "quote.dropped",
    "quote.unquoted",
    "quote.added",
    "number.changed",
    "number.added",
    "number.removed",
    "number.omitted",
    "entity.changed",
    "entity.dropped",
    "entity.added",
    "attribution.dropped",
    "attribution.added",
    "attribution.changed",
    "hedge.dropped",
    "hedge.added",
    "negation.flipped",
    "wording.substitution",
    "cosmetic",
    "sentence.omitted",
    "sentence.added",
    "sentence.repeated",
    "paragraph.moved",
    "boilerplate.omitted",
    "boilerplate.added",
    "text.homoglyph",
    "text.hidden",
    "story.unrelated",
)
"""Every rule of `driftcheck.findings.RULES`, each with at least ten positives and ten negatives
in the development set (the held-out set covers the first 22; see its SOURCES.md)."""


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled pair: `rule` must fire on it (positive) or must not (negative)."""

    id: str
    rule: str
    label: str
    a: str
    b: str
    note: str

    @property
    def positive(self) -> bool:
        """True when the rule must fire."""
        return self.label == "positive"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the detector did on one example: every rule that fired, or the error it raised."""

    example: Example
    fired: frozenset[str] = frozenset()
    error: str | None = None

    @property
    def hit(self) -> bool:
        """True when the example's rule fired."""
        return self.example.rule in self.fired

    @property
    def correct(self) -> bool:
        """True when the rule fired on a positive or stayed quiet on a negative."""
        return self.error is None and self.hit == self.example.positive


@dataclass(frozen=True, slots=True)
class RuleScore:
    """Confusion counts of one rule (or of all rules summed); errors are not scored."""

    positives: int = 0
    negatives: int = 0
    tp: int = 0
    fp: int = 0
    errors: int = 0

    def __add__(self, other: RuleScore) -> RuleScore:
        return RuleScore(
            self.positives + other.positives,
            self.negatives + other.negatives,
            self.tp + other.tp,
            self.fp + other.fp,
            self.errors + other.errors,
        )

    @property
    def fn(self) -> int:
        """Positives on which the rule did not fire."""
        return self.positives - self.tp

    @property
    def precision(self) -> float | None:
        """Share of firings that were right; None when the rule never fired."""
        fired = self.tp + self.fp
        return None if fired == 0 else self.tp / fired

    @property
    def recall(self) -> float | None:
        """Share of positives on which the rule fired; None without positives."""
        return None if self.positives == 0 else self.tp / self.positives


Detector = Callable[[Example], Collection[str]]
"""Compares an example's two versions and returns the ids of every rule that fired."""


def _field(raw: Mapping[str, Any], name: str, where: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: {name!r} must be a non-empty string, got {value!r}")
    return value


def parse_example(raw: Any, where: str) -> Example:
    """An example from one decoded JSON line; `where` names the line in errors."""
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected a JSON object, got {type(raw).__name__}")
    missing = [name for name in FIELDS if name not in raw]
    unknown = sorted(set(raw) - set(FIELDS))
    if missing or unknown:
        raise DataError(f"{where}: missing fields {missing}, unknown fields {unknown}")
    example = Example(*(_field(raw, name, where) for name in FIELDS))
    if example.label not in LABELS:
        raise DataError(f"{where}: label must be one of {LABELS}, got {example.label!r}")
    return example


def load_file(path: Path) -> list[Example]:
    """The examples of one `<rule>.jsonl` file; every line must be labelled for that rule."""
    examples = []
    for where, raw in jsonl_records(path):
        example = parse_example(raw, where)
        if example.rule != path.stem:
            raise DataError(f"{where}: rule {example.rule!r} in the file for {path.stem!r}")
        examples.append(example)
    return examples


def load_examples(root: Path) -> list[Example]:
    """Every example under `root`, file by file in name order; ids must be unique."""
    examples = [example for path in sorted(root.glob("*.jsonl")) for example in load_file(path)]
    if not examples:
        raise DataError(f"no examples under {root}")
    seen: set[str] = set()
    for example in examples:
        if example.id in seen:
            raise DataError(f"duplicate id {example.id!r}")
        seen.add(example.id)
    return examples


def driftcheck_detector(comparer: Comparer, *, locale: str = "en") -> Detector:
    """The detector under test: driftcheck's comparison, then its findings."""

    def fire(example: Example) -> frozenset[str]:
        report = comparer.compare(example.a, example.b)
        findings = detect(report.a, report.b, report.alignments, locale=locale)
        return frozenset(finding.rule for finding in findings)

    return fire


def evaluate(examples: Iterable[Example], detector: Detector) -> list[Outcome]:
    """Run the detector on every example; one that raises is recorded, not fatal."""
    outcomes = []
    for example in examples:
        try:
            fired = frozenset(detector(example))
        except Exception as error:  # one failing example must not end the benchmark
            outcomes.append(Outcome(example, error=f"{type(error).__name__}: {error}"))
        else:
            outcomes.append(Outcome(example, fired))
    return outcomes


def tally(outcomes: Iterable[Outcome]) -> dict[str, RuleScore]:
    """Counts per rule, in the order of RULE_IDS; rules not in it follow in data order."""
    scores: dict[str, RuleScore] = {}
    for outcome in outcomes:
        positive = outcome.example.positive
        if outcome.error is not None:
            one = RuleScore(errors=1)
        else:
            one = RuleScore(
                positives=int(positive),
                negatives=int(not positive),
                tp=int(positive and outcome.hit),
                fp=int(not positive and outcome.hit),
            )
        rule = outcome.example.rule
        scores[rule] = scores.get(rule, RuleScore()) + one
    order = {rule: index for index, rule in enumerate(RULE_IDS)}
    return dict(sorted(scores.items(), key=lambda item: order.get(item[0], len(order))))


def micro(scores: Mapping[str, RuleScore]) -> RuleScore:
    """All rules' counts summed."""
    return sum(scores.values(), RuleScore())


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def table(scores: Mapping[str, RuleScore]) -> Table:
    """One row per rule and a micro-averaged total."""
    grid = Table(title="findings per rule", title_justify="left")
    grid.add_column("rule", no_wrap=True)
    for column in ("pos", "neg", "TP", "FP", "FN", "precision", "recall"):
        grid.add_column(column, justify="right")
    with_errors = any(score.errors for score in scores.values())
    if with_errors:
        grid.add_column("errors", justify="right")

    def row(name: str, s: RuleScore, *, end_section: bool = False) -> None:
        counts = (s.positives, s.negatives, s.tp, s.fp, s.fn)
        cells = [*(str(n) for n in counts), _ratio(s.precision), _ratio(s.recall)]
        errors = [str(s.errors)] if with_errors else []
        grid.add_row(name, *cells, *errors, end_section=end_section)

    for index, (rule, score) in enumerate(scores.items()):
        row(rule, score, end_section=index == len(scores) - 1)
    row("all rules (micro)", micro(scores))
    return grid


def misses(outcomes: Iterable[Outcome]) -> list[Outcome]:
    """Examples the detector got wrong or failed on, in data order."""
    return [outcome for outcome in outcomes if not outcome.correct]


def describe(outcome: Outcome) -> str:
    """One line for --verbose: what went wrong, the example's id and why it is labelled so."""
    example = outcome.example
    if outcome.error is not None:
        return f"error {example.id}: {outcome.error}"
    kind = "FN" if example.positive else "FP"
    others = sorted(outcome.fired - {example.rule})
    fired = f" [fired: {', '.join(others)}]" if others else ""
    return f"{kind} {example.id}: {example.note}{fired}"


def _score_json(score: RuleScore) -> dict[str, Any]:
    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 4)

    return {
        "positives": score.positives,
        "negatives": score.negatives,
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
        "errors": score.errors,
        "precision": rounded(score.precision),
        "recall": rounded(score.recall),
    }


def _severity(rule: str) -> str | None:
    known = RULES.get(rule)
    return None if known is None else known.severity.value


def to_json(outcomes: Sequence[Outcome], model: str) -> dict[str, Any]:
    """Everything measured, for --json."""
    scores = tally(outcomes)
    return {
        "model": model,
        "examples": len(outcomes),
        "rules": {
            rule: {"severity": _severity(rule), **_score_json(score)}
            for rule, score in scores.items()
        },
        "micro": _score_json(micro(scores)),
        "misses": [
            {
                "id": o.example.id,
                "rule": o.example.rule,
                "label": o.example.label,
                "fired": sorted(o.fired),
                "error": o.error,
                "note": o.example.note,
            }
            for o in misses(outcomes)
        ],
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", default="default", help="default, lexical, or a model path")
    parser.add_argument("--rule", help="score only this rule's examples")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of <rule>.jsonl files")
    parser.add_argument("--json", type=Path, help="write all counts and misses to this JSON file")
    parser.add_argument("--verbose", action="store_true", help="list every miss with its note")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 whatever the scores, 2 on malformed data or an unknown --rule."""
    args = parse_args(argv)
    console = Console()
    try:
        examples = load_examples(args.data)
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.rule is not None:
        examples = [example for example in examples if example.rule == args.rule]
        if not examples:
            print(f"error: no examples for rule {args.rule!r} under {args.data}", file=sys.stderr)
            return 2
    comparer = Comparer(embedder=load_embedder(None if args.model == "default" else args.model))
    outcomes = evaluate(examples, driftcheck_detector(comparer))
    scores = tally(outcomes)
    for rule in scores:
        if rule not in RULES:
            console.print(f"note: {rule} is not a rule driftcheck.findings knows", markup=False)
    if args.verbose:
        for outcome in misses(outcomes):
            console.print(describe(outcome), highlight=False, markup=False)
    console.print(
        f"model {comparer.embedder.model_id}; {len(outcomes)} examples from {args.data}",
        highlight=False,
        markup=False,
    )
    console.print(table(scores))
    if args.rule is None:
        uncovered = [rule for rule in RULES if rule not in scores]
        if uncovered:
            console.print(f"rules without examples: {', '.join(uncovered)}", markup=False)
    if args.json:
        args.json.write_text(
            json.dumps(to_json(outcomes, comparer.embedder.model_id), indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
