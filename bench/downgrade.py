"""Which evidence to trust: the findings of each evidence cell, and what lowering them would do.

    python bench/downgrade.py [--split dev ...] [--table] [--pairs] [--below 0.9] [--least 3]
                              [--cell KEY=VALUE,...] [--model default|lexical|PATH] [--rows OUT]

Every warning or error finding of the fact families is scored as bench/realcopy.py scores it
and described by evidence that is not about its wording: bench/evidence.py's properties
(family, rule, side, pairing, similarity, margin, rewrite, sentence) and `severity`; `shape`
(its pair one-to-one `1:1`, a split or merge `n:m`, or `unpaired`); `low` (the aligner's own
low-confidence flag); `position` of its sentence (`lede`: the first two, `end`: the last
three, `body`); `quoted` (its span inside a quotation); `elsewhere` (its words are in the
other version all the same, or the finding has a span on `both sides`); `kind` (of a figure:
money, percent, year, date, time, ordinal, count, word; of a name: person, organisation,
place, acronym, one word, several words); `group findings` (1, 2, 3 or more raised on its
pair); `story findings` and `story alike` (how many findings the story raised, and the share
of A's sentences left unchanged).

A cell is one value of one property (with `--pairs`, of two). `--table` lists false /
raised of every one-property cell per split. Otherwise the script lists the cells low on at
least all but one split (precision under `--below`, at least `--least` findings on each)
and re-scores every split and half without the cell's findings, with the same one-to-one
matching (a label another finding can take stays found): a cell is a candidate for a
downgrade when it is low on every split (a cell chosen on two splits must be low on the
third: leave-one-split-out), lowering it raises precision on every split and every half,
and each split's recall stays at or above `--floor` or falls by at most `--recall-loss`.
Halves: dev's rounds 1-2 and 3-4 (bench/realcopy.py --halves); dev2 and dev3, which have no
rounds, the first and second half of their label file (their annotators in turn).
`--cell rule=number.added,kind=year` prints one cell's findings and its effect.
The held-out split is refused. Exit 0 whatever the numbers, 2 when the data is malformed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.evidence import DEV_SPLITS, Row, band, evidence
from bench.matching import Claim, DataError, Score, Target, at_least, claim, score, total
from bench.realcopy import (
    FAMILIES,
    LABELS,
    TEXTS,
    check_texts,
    load_pairs,
    locate,
    read_pair,
    sampling_round,
)
from driftcheck.findings.lexicon import HONORIFICS, ORGANISATION_WORDS, PLACES, RANKS, word_list
from driftcheck.findings.quote_marks import find_quotes
from driftcheck.types import Finding, Kind, Report, Severity

PROPERTIES = (
    "family",
    "rule",
    "severity",
    "side",
    "pairing",
    "shape",
    "similarity",
    "margin",
    "low",
    "rewrite",
    "sentence",
    "position",
    "quoted",
    "elsewhere",
    "kind",
    "group findings",
    "story findings",
    "story alike",
)
"""The properties a cell is made of, in the order they are listed."""

_ORGANISATIONS = ORGANISATION_WORDS | frozenset(
    word_list(
        """
        party ministry council police university college school company inc corp ltd plc
        department agency court association group bank news times post office service
        commission committee union federation club league board authority hospital church
        institute foundation army navy force forces government parliament congress senate
        assembly network airlines airways fc
        """
    )
)
_FIGURE_KINDS = (
    ("money", re.compile(r"[$£€¥]|\b(?:dollars?|pounds?|euros?|yuan|rupees?|bn|cents?|pence)\b")),
    ("percent", re.compile(r"%|\bper ?cent\b|\bpercent")),
    ("year", re.compile(r"^(?:in )?(?:1[89]|20)\d\d$")),
    (
        "date",
        re.compile(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
            r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:1[89]|20)\d\d\b"
        ),
    ),
    ("time", re.compile(r"\b\d{1,2}[:.]\d\d\b|\b(?:am|pm|a\.m\.|p\.m\.|gmt|bst|hours?)\b")),
    ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth)\b")),
)


def figure_kind(text: str) -> str:
    """The kind of a figure by its text: money, percent, year, date, time, ordinal, count or
    word (a number written in words)."""
    folded = text.strip().lower()
    for kind, pattern in _FIGURE_KINDS:
        if pattern.search(folded):
            return kind
    return "count" if any(c.isdigit() for c in folded) else "word"


def name_kind(text: str, before: str) -> str:
    """The kind of a name by its words and the word before it: person (after or opening with a
    courtesy title or rank), organisation, place, acronym, or one or several words."""
    words = [w.lower().strip(".,'’") for w in text.split()]
    previous = before.split()[-1:]
    titled = bool(previous) and previous[0].lower().strip(".,") in HONORIFICS | RANKS
    if titled or (words and words[0] in HONORIFICS):
        return "person"
    if any(w in _ORGANISATIONS for w in words):
        return "organisation"
    if any(w in PLACES for w in words):
        return "place"
    if len(words) == 1 and len(text) > 1 and text.isupper():
        return "acronym"
    return "one word" if len(words) == 1 else "several words"


def _position(index: int, count: int) -> str:
    if 0 <= index < 2:
        return "lede"
    return "end" if index >= count - 3 else "body"


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w%$£€]+", " ", text.lower()).split())


def more_evidence(
    finding: Finding, report: Report, quotes: Mapping[str, Sequence[tuple[int, int]]]
) -> Row:
    """The properties of the module docstring that bench/evidence.py does not give, but the
    counts over the pair and the story (`quotes`: each side's quotations, by "a" and "b")."""
    row: Row = {"severity": finding.severity.value}
    group = None if finding.group is None else report.alignments[finding.group]
    if group is None or group.kind in (Kind.ADDED, Kind.OMITTED):
        row.update(shape="unpaired", low=None)
    else:
        row["shape"] = "1:1" if group.kind is Kind.CHANGED else "n:m"
        row["low"] = bool(group.confidence and group.confidence.low)
    side, span, text = (
        ("b", finding.b_span, finding.b_text)
        if finding.b_span
        else ("a", finding.a_span, finding.a_text)
    )
    if span is None:
        row.update(position=None, quoted=None, elsewhere=None, kind=None)
        return row
    doc, other = (report.b, report.a) if side == "b" else (report.a, report.b)
    index = next((n for n, s in enumerate(doc.sentences) if s.start <= span[0] < s.end), -1)
    row["position"] = _position(index, len(doc.sentences))
    row["quoted"] = any(start <= span[0] < end for start, end in quotes[side])
    if finding.a_span and finding.b_span:
        row["elsewhere"] = "both sides"
    else:
        folded = _fold(text or "")
        row["elsewhere"] = bool(folded) and f" {folded} " in f" {_fold(other.text)} "
    family = claim(finding, report)
    if family is not None and family.family == "figure":
        row["kind"] = figure_kind(text or "")
    elif family is not None and family.family == "name":
        row["kind"] = name_kind(text or "", doc.text[max(0, span[0] - 20) : span[0]])
    else:
        row["kind"] = None
    return row


@dataclass(frozen=True, slots=True)
class Item:
    """One scored finding: its claim and its evidence row (with `right`)."""

    row: Row
    claim: Claim


@dataclass(frozen=True, slots=True)
class Story:
    """One labelled pair: its split and half, its targets and their families, its items."""

    split: str
    half: str
    name: str
    targets: tuple[Target, ...]
    families: tuple[str, ...]
    items: tuple[Item, ...]


def stories_of(split: str, labels: Path, texts: Path, model: str) -> list[Story]:
    """Every labelled pair of a split with its warning+error claims and their evidence."""
    from driftcheck import Comparer

    pairs = load_pairs(labels / f"{split}.jsonl")
    check_texts(pairs, texts)
    comparer = Comparer(None if model == "default" else model)
    stories = []
    for number, pair in enumerate(pairs):
        report = comparer.compare(*read_pair(pair, texts))
        targets = tuple(locate(label, report.a.text, report.b.text) for label in pair.labels)
        families = tuple(label.family for label in pair.labels)
        claims = [c for f in at_least(report.findings, Severity.WARNING) if (c := claim(f, report))]
        wrong = {id(c) for c in score(pair.name, targets, FAMILIES, claims, families).unmatched}
        quotes = {
            "a": [(q.start, q.end) for q in find_quotes(report.a, report.b)],
            "b": [(q.start, q.end) for q in find_quotes(report.b, report.a)],
        }
        per_group: dict[int | None, int] = {}
        for c in claims:
            per_group[c.finding.group] = per_group.get(c.finding.group, 0) + 1
        alike = report.summary.unchanged / max(1, report.summary.a_sentences)
        items = []
        for c in claims:
            row: Row = {"split": split, "pair": pair.name, "family": c.family}
            row.update(evidence(c.finding, report))
            row.update(more_evidence(c.finding, report, quotes))
            row["group findings"] = str(min(3, per_group[c.finding.group]))
            row["story findings"] = band(len(claims), (5, 10, 20))
            row["story alike"] = band(alike, (0.2, 0.4, 0.6, 0.8))
            row["right"] = id(c) not in wrong
            items.append(Item(row, c))
        stories.append(
            Story(
                split,
                _half(pair.name, texts, number, len(pairs)),
                pair.name,
                targets,
                families,
                tuple(items),
            )
        )
    return stories


def _half(name: str, texts: Path, number: int, count: int) -> str:
    """Rounds 1-2 or 3-4 of a pair; for a split without rounds, the first or second half."""
    found = sampling_round(name, texts)
    if found is None:
        return "1-2" if number < count // 2 else "3-4"
    return "1-2" if found in (1, 2) else "3-4"


Cell = tuple[tuple[str, str], ...]
Keep = Callable[[Row], bool]


def inside(row: Row, cell: Cell) -> bool:
    """True when a finding's evidence has every value of the cell."""
    return all(str(row.get(name)) == value for name, value in cell)


def measure(stories: Sequence[Story], keep: Keep) -> Score:
    """Warning+error totals when only the findings `keep` accepts stay above info."""
    outcomes = [
        score(s.name, s.targets, FAMILIES, [i.claim for i in s.items if keep(i.row)], s.families)
        for s in stories
    ]
    return sum(total(outcomes, FAMILIES).values(), Score())


def counts(stories: Sequence[Story], cell: Cell) -> tuple[int, int]:
    """(false, raised) of a cell's findings."""
    rows = [i.row for s in stories for i in s.items if inside(i.row, cell)]
    return sum(1 for r in rows if r["right"] is not True), len(rows)


def is_low(false: int, raised: int, below: float, least: int) -> bool:
    """True when a cell holds `least` findings and fewer than `below` of them are right."""
    return raised >= least and raised - false < below * raised


@dataclass(frozen=True, slots=True)
class Verdict:
    """What lowering a cell to info does: per split and half, before and after."""

    cell: Cell
    found: Mapping[str, tuple[int, int]]
    low_on: tuple[str, ...]
    after: Mapping[str, Score]
    after_halves: Mapping[str, Score]
    no_gain: tuple[str, ...]
    recall_lost: tuple[str, ...]

    def candidate(self, splits: Sequence[str]) -> bool:
        """Low on every split, a gain on every split and half, recall kept."""
        return len(self.low_on) == len(splits) and not self.no_gain and not self.recall_lost


def judge(
    cell: Cell,
    data: Mapping[str, Sequence[Story]],
    halves: Mapping[str, Sequence[Story]],
    before: Mapping[str, Score],
    args: argparse.Namespace,
) -> Verdict:
    """The verdict on one cell."""
    found = {name: counts(stories, cell) for name, stories in data.items()}
    low_on = tuple(n for n, (f, r) in found.items() if is_low(f, r, args.below, args.least))
    after = {n: measure(ss, lambda r: not inside(r, cell)) for n, ss in data.items()}
    after_halves = {n: measure(ss, lambda r: not inside(r, cell)) for n, ss in halves.items()}
    no_gain = tuple(
        n for n in halves if (after_halves[n].precision or 0) <= (before[n].precision or 0)
    ) + tuple(n for n in data if (after[n].precision or 0) <= (before[n].precision or 0))
    recall_lost = tuple(
        n
        for n in data
        if (after[n].recall or 0) + 1e-9
        < min(args.floor, (before[n].recall or 0) - args.recall_loss)
    )
    return Verdict(cell, found, low_on, after, after_halves, no_gain, recall_lost)


def _pr(s: Score) -> str:
    return f"{s.precision or 0:.3f}/{s.recall or 0:.3f} ({s.raised}/{s.right})"


def describe(verdict: Verdict, splits: Sequence[str]) -> list[str]:
    """A cell's counts, its marks and its effect, in three lines."""
    name = " & ".join(f"{p}={v}" for p, v in verdict.cell)
    low = (
        "low on every split"
        if len(verdict.low_on) == len(splits)
        else (
            f"low on {'+'.join(verdict.low_on) or 'none'}, not on "
            + "+".join(s for s in splits if s not in verdict.low_on)
        )
    )
    marks = [low]
    marks.append(
        f"no gain on {'+'.join(verdict.no_gain)}" if verdict.no_gain else "gains everywhere"
    )
    if verdict.recall_lost:
        marks.append(f"recall lost on {'+'.join(verdict.recall_lost)}")
    marks.append("CANDIDATE" if verdict.candidate(splits) else "rejected")
    found = "  ".join(f"{n} {f}F/{r}" for n, (f, r) in verdict.found.items())
    return [
        f"{name}: {found}  [{'; '.join(marks)}]",
        "   after: " + "  ".join(f"{n} {_pr(s)}" for n, s in verdict.after.items()),
        "   halves: " + "  ".join(f"{n} {_pr(s)}" for n, s in verdict.after_halves.items()),
    ]


def all_cells(data: Mapping[str, Sequence[Story]], pairs: bool) -> list[Cell]:
    """Every one-property cell, and with `pairs` every two-property cell, that holds findings."""
    seen: set[Cell] = set()
    cells: list[Cell] = []
    for stories in data.values():
        for row in (i.row for s in stories for i in s.items):
            values = [(p, str(row.get(p))) for p in PROPERTIES]
            keys: list[Cell] = [(v,) for v in values]
            if pairs:
                keys += list(itertools.combinations(values, 2))
            for key in keys:
                if key not in seen:
                    seen.add(key)
                    cells.append(key)
    order = {p: n for n, p in enumerate(PROPERTIES)}
    return sorted(cells, key=lambda c: (len(c), [(order[p], v) for p, v in c]))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", action="append", choices=DEV_SPLITS, dest="splits")
    parser.add_argument("--table", action="store_true", help="false/raised of every cell")
    parser.add_argument("--pairs", action="store_true", help="cells of two properties too")
    parser.add_argument("--below", type=float, default=0.9, help="precision of a low cell")
    parser.add_argument("--least", type=int, default=3, help="findings of a low cell per split")
    parser.add_argument("--floor", type=float, default=0.84, help="recall a split keeps")
    parser.add_argument("--recall-loss", type=float, default=0.01, help="or may lose")
    parser.add_argument("--cell", help="KEY=VALUE,...: one cell's findings and effect")
    parser.add_argument("--model", default="default", help="default, lexical, or a model path")
    parser.add_argument("--labels", type=Path, default=LABELS, help="folder of <split>.jsonl")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of <pair>/0.txt, 1.txt")
    parser.add_argument("--rows", type=Path, help="write every finding's evidence here (JSONL)")
    return parser.parse_args(argv)


def table_lines(data: Mapping[str, Sequence[Story]], args: argparse.Namespace) -> list[str]:
    """False / raised of every one-property cell per split, `low` where low on every split."""
    splits = list(data)
    lines = ["cell".ljust(40) + "".join(f"{s:<12}" for s in splits)]
    for cell in all_cells(data, pairs=False):
        found = [counts(data[s], cell) for s in splits]
        low = all(is_low(f, r, args.below, args.least) for f, r in found)
        lines.append(
            f"{cell[0][0]}={cell[0][1]}".ljust(40)
            + "".join(f"{f:>4} /{r:<6}" for f, r in found)
            + ("  low" if low else "")
        )
    return lines


def cell_lines(
    cell: Cell, data: Mapping[str, Sequence[Story]], judged: Callable[[Cell], Verdict]
) -> list[str]:
    """One cell's effect and its findings, right or false."""
    lines = describe(judged(cell), list(data))
    for stories in data.values():
        for s in stories:
            for i in s.items:
                if inside(i.row, cell):
                    f = i.claim.finding
                    mark = "right" if i.row["right"] else "FALSE"
                    lines.append(
                        f"   {mark} {s.split} {s.name} {f.rule} {f.a_text!r} -> {f.b_text!r}"
                    )
    return lines


def candidate_lines(
    data: Mapping[str, Sequence[Story]],
    args: argparse.Namespace,
    judged: Callable[[Cell], Verdict],
) -> list[str]:
    """The cells low on all splits but one at least, their effect, and a count."""
    splits = list(data)
    lines = []
    chosen = held = candidates = 0
    for cell in all_cells(data, args.pairs):
        found = [counts(ss, cell) for ss in data.values()]
        if sum(is_low(f, r, args.below, args.least) for f, r in found) < len(splits) - 1:
            continue
        verdict = judged(cell)
        chosen += 1
        held += len(verdict.low_on) == len(splits)
        candidates += verdict.candidate(splits)
        lines += describe(verdict, splits)
    lines.append(
        f"{chosen} cells low on at least {len(splits) - 1} splits; {held} also low on the other; "
        f"{candidates} candidates (low everywhere, a gain on every split and half, recall kept)"
    )
    return lines


def report_lines(data: Mapping[str, Sequence[Story]], args: argparse.Namespace) -> list[str]:
    """The table, one cell's findings, or the cells low on all but one split and their effect."""
    halves = {
        f"{split} {half}": [s for s in stories if s.half == half]
        for split, stories in data.items()
        for half in ("1-2", "3-4")
    }
    before = {n: measure(ss, lambda _r: True) for n, ss in (*data.items(), *halves.items())}
    lines = ["before: " + "  ".join(f"{n} {_pr(s)}" for n, s in before.items())]

    def judged(cell: Cell) -> Verdict:
        return judge(cell, data, halves, before, args)

    if args.table:
        return lines + table_lines(data, args)
    if args.cell:
        parts = (kv.partition("=") for kv in args.cell.split(","))
        return lines + cell_lines(tuple((k, v) for k, _, v in parts), data, judged)
    return lines + candidate_lines(data, args, judged)


def main(argv: Sequence[str] | None = None) -> int:
    """Tabulate; 0 whatever the numbers, 2 on malformed data."""
    args = parse_args(argv)
    splits = args.splits or list(DEV_SPLITS)
    try:
        data = {s: stories_of(s, args.labels, args.texts, args.model) for s in splits}
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for line in report_lines(data, args):
        print(line)
    if args.rows:
        rows = [i.row for stories in data.values() for s in stories for i in s.items]
        args.rows.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
