"""A calibrated score of a name finding's evidence, fitted and checked on real copy (#14).

    python bench/fit_name_evidence.py [--splits dev dev2 dev3] [--penalty 1.0]

Would lowering to info the name findings whose evidence is weakest make them trustworthy?
This compares every pair of the given development splits of the real-copy bench, takes each
entity.added / entity.dropped at warning or above, reads general features of its evidence
(`features`: no word of any story) and whether the bench credits it (right), and whether the
label it is credited to is certain. Then:

1. a table per feature: findings with it, and how many of them are false;
2. leave one split out, all ways: a logistic model fitted on the other splits, its threshold
   chosen there (`choose`), the held-back split re-scored with the findings the model
   lowers set to info (precision and recall of all families, before -> after);
3. the model fitted on all the splits, with its threshold (log-odds) and what it lowers.

A score goes into the detector only if step 2 raises precision on every held-back split
without taking the recall of the splits together below 0.82 (bench/RESULTS.md, h-prec11:
it did not, so the detector has none). Never pass `heldout`: the score is tuned here.
Exit 0 whatever the result.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cached_property
from pathlib import Path

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import numpy.typing as npt

from bench.matching import Score, at_least, claim, credit, total
from bench.realcopy import (
    FAMILIES,
    LABELS,
    TEXTS,
    Pair,
    evaluate_pair,
    load_pairs,
    locate,
    read_pair,
)
from driftcheck.findings.quote_marks import Quote, find_quotes
from driftcheck.types import Document, Finding, Report, Severity

_NAMES = ("entity.added", "entity.dropped")
FEATURES = (
    "added",
    "one word",
    "acronym",
    "mentioned once",
    "in a quotation",
    "its word is a name there",
    "a name there is spelt alike",
)
"""What `features` reads: the rule, the name's shape, how often its version has its last
word, whether it sits in a quotation, and whether the other version writes a word of it as a
name, or a name spelt alike (difflib ratio >= 0.8 to its last word, same initial)."""
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_NEAR = 0.8
_LENGTH_SLACK = 4
_MIN_FALSE_SHARE = 0.2
_STEPS = 4000
_RATE = 0.5

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Reading:
    """One version as the score reads it: word counts, capitalised words, quotations."""

    doc: Document
    quotes: Sequence[Quote]

    @cached_property
    def counts(self) -> Counter[str]:
        """How many times each word occurs."""
        return Counter(re.findall(r"\w+", self.doc.text))

    @cached_property
    def capitalised(self) -> frozenset[str]:
        """The words written with a capital."""
        return frozenset(w for w in _WORD.findall(self.doc.text) if w[0].isupper())

    @cached_property
    def by_initial(self) -> dict[str, tuple[str, ...]]:
        """The capitalised words, lower case, by their first letter."""
        grouped: dict[str, list[str]] = {}
        for word in sorted(self.capitalised):
            grouped.setdefault(word[0].lower(), []).append(word.lower())
        return {initial: tuple(words) for initial, words in grouped.items()}

    def quoted(self, position: int) -> bool:
        """True when a position of the text is inside a quotation."""
        return any(q.start <= position < q.end for q in self.quotes)

    def spelt_alike(self, word: str) -> bool:
        """True when a capitalised word here is spelt like `word` (or is it)."""
        lower = word.lower()
        return any(
            abs(len(other) - len(lower)) < _LENGTH_SLACK
            and SequenceMatcher(None, lower, other).ratio() >= _NEAR
            for other in self.by_initial.get(lower[:1], ())
        )


def features(finding: Finding, this: Reading, other: Reading) -> frozenset[str]:
    """The features of `FEATURES` that a name finding's evidence has."""
    span = finding.b_span if finding.rule == "entity.added" else finding.a_span
    if span is None:
        return frozenset()
    text = this.doc.text[span[0] : span[1]]
    words = _WORD.findall(text) or [text]
    present = {
        "added": finding.rule == "entity.added",
        "one word": len(words) == 1,
        "acronym": text.isupper() and len(text.replace(".", "")) >= 2,
        "mentioned once": this.counts[words[-1]] == 1,
        "in a quotation": this.quoted(span[0]),
        "its word is a name there": any(w in other.capitalised for w in words),
        "a name there is spelt alike": other.spelt_alike(words[-1]),
    }
    return frozenset(name for name, holds in present.items() if holds)


@dataclass(frozen=True, slots=True)
class Row:
    """One name finding: where it is, its features, and how the bench judged it."""

    split: str
    pair: int
    finding: Finding
    present: frozenset[str]
    false: bool
    certain: bool
    """Right and credited to a certain label: lowering it may cost recall."""


def compared(splits: Sequence[str]) -> dict[str, list[tuple[Pair, Report]]]:
    """Each split's pairs and reports (bundled model)."""
    from driftcheck import Comparer

    comparer = Comparer(None)
    reports = {}
    for split in splits:
        pairs = load_pairs(LABELS / f"{split}.jsonl")
        reports[split] = [(pair, comparer.compare(*read_pair(pair, TEXTS))) for pair in pairs]
    return reports


def rows_of(reports: dict[str, list[tuple[Pair, Report]]]) -> list[Row]:
    """Every warning+error name finding of the reports, with features and judgement."""
    rows = []
    for split, items in reports.items():
        for n, (pair, report) in enumerate(items):
            targets = [locate(label, report.a.text, report.b.text) for label in pair.labels]
            found = at_least(report.findings, Severity.WARNING)
            claims = [c for f in found if (c := claim(f, report)) is not None]
            right = {c: t for t, c in credit(targets, claims).items()}
            read_a = Reading(report.a, find_quotes(report.a))
            read_b = Reading(report.b, find_quotes(report.b))
            for index, item in enumerate(claims):
                f = item.finding
                if f.rule not in _NAMES:
                    continue
                this, other = (read_b, read_a) if f.rule == "entity.added" else (read_a, read_b)
                certain = index in right and not targets[right[index]].uncertain
                rows.append(Row(split, n, f, features(f, this, other), index not in right, certain))
    return rows


def design(rows: Sequence[Row]) -> tuple[Floats, Floats]:
    """The feature matrix (a column of ones first) and the outcome (1 = false)."""
    x = np.array([[1.0, *(float(name in r.present) for name in FEATURES)] for r in rows])
    y = np.array([float(r.false) for r in rows])
    return x, y


def fit(rows: Sequence[Row], penalty: float) -> Floats:
    """Logistic regression weights (intercept first), L2 penalty on all but the intercept."""
    x, y = design(rows)
    w = np.zeros(x.shape[1])
    mask = np.r_[0.0, np.ones(x.shape[1] - 1)]
    for _ in range(_STEPS):
        p = 1 / (1 + np.exp(-x @ w))
        w -= _RATE * (x.T @ (p - y) / len(y) + penalty * mask * w / len(y))
    return w


def choose(rows: Sequence[Row], w: Floats) -> float:
    """The log-odds threshold that lowers most false findings net of certain right ones, with
    at least _MIN_FALSE_SHARE of those lowered false; of equal nets, the one lowering most
    (more false findings gone, the same recall given up). inf (lower none) when no threshold
    gives a share that high."""
    scores = _scores(rows, w)
    best: int | None = None
    threshold = math.inf
    for candidate in sorted(set(scores)):
        lowered = [r for r, s in zip(rows, scores, strict=True) if s >= candidate]
        false = sum(r.false for r in lowered)
        net = false - sum(r.certain for r in lowered)
        if false >= _MIN_FALSE_SHARE * len(lowered) and (best is None or net > best):
            best, threshold = net, float(candidate)
    return threshold


def rescored(items: Sequence[tuple[Pair, Report]], lowered: set[tuple[int, Finding]]) -> Score:
    """All families' warning+error score of a split with the `lowered` findings at info."""
    outcomes = []
    for n, (pair, report) in enumerate(items):
        kept = tuple(
            replace(f, severity=Severity.INFO) if (n, f) in lowered else f for f in report.findings
        )
        outcomes.append(evaluate_pair(pair, replace(report, findings=kept), Severity.WARNING))
    return sum(total(outcomes, FAMILIES).values(), Score())


def lowered_by(rows: Sequence[Row], w: Floats, threshold: float) -> list[Row]:
    """The rows whose score reaches the threshold."""
    return [r for r, s in zip(rows, _scores(rows, w), strict=True) if s >= threshold]


def _scores(rows: Sequence[Row], w: Floats) -> Floats:
    """Each row's log-odds, rounded so that equal feature sets score exactly alike."""
    x, _ = design(rows)
    return (x @ w).round(6)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the feature table, the leave-one-split-out check and the full fit."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--splits", nargs="+", default=["dev", "dev2", "dev3"])
    parser.add_argument("--penalty", type=float, default=1.0)
    args = parser.parse_args(argv)
    if "heldout" in args.splits:
        print("error: never fit on heldout", file=sys.stderr)
        return 2
    reports = compared(args.splits)
    rows = rows_of(reports)
    print(f"{len(rows)} name findings, {sum(r.false for r in rows)} false")
    for name in FEATURES:
        with_it = [r for r in rows if name in r.present]
        print(f"  {name:30} {len(with_it):4} findings, {sum(r.false for r in with_it):3} false")
    for held in args.splits:
        train = [r for r in rows if r.split != held]
        w = fit(train, args.penalty)
        threshold = choose(train, w)
        test = lowered_by([r for r in rows if r.split == held], w, threshold)
        before = rescored(reports[held], set())
        after = rescored(reports[held], {(r.pair, r.finding) for r in test})
        print(
            f"held back {held}: lowered {len(test)} ({sum(r.false for r in test)} false); "
            f"P {before.precision:.4f} -> {after.precision:.4f}, "
            f"R {before.recall:.4f} -> {after.recall:.4f}"
        )
    w = fit(rows, args.penalty)
    threshold = choose(rows, w)
    lowered = lowered_by(rows, w, threshold)
    print(f"all splits: INTERCEPT {w[0]:.3f}, THRESHOLD {threshold:.3f}")
    for name, weight in zip(FEATURES, w[1:], strict=True):
        print(f"  {name!r}: {weight:.3f},")
    print(f"  lowers {len(lowered)} ({sum(r.false for r in lowered)} false)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
