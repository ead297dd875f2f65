"""Findings across languages: faithful translations should be clean, labelled drifts caught.

    python bench/xling.py [--split dev|dev2|...|dev35|heldout] [--data DIR]
                          [--model use-multilingual|default|PATH]
                          [--lang de,fr,es,ru] [--verbose] [--json OUT]

Data: <DIR>/<split>/<story>/, DIR bench/data/xling-findings by default (see its README).
`dev2` to `dev35` were validation splits (stories written after the rules, by annotators
who never saw them): measure a new split before changing anything for its failures. Each
story's en.txt is A; each translation is B. The model is passed explicitly (default
use-multilingual). Versions are segmented with driftcheck's default language settings;
nothing here is tuned. Never tune on `heldout`.

(a) Faithful translations: every warning or error finding (any rule) is a false alarm. Per
language: the share of stories with no warning and no error, and the errors and warnings
raised.

(b) Drifted translations. A label is located by every occurrence of its `translation`
excerpt in the drifted file (B); the `en` excerpt is not used. A warning or error finding
may be credited to a label when its family (bench.matching.FAMILY_OF; a `date` label
accepts `figure` findings, since number.* rules cover dates) is the label's and its B
location (its b_span, else its alignment group's B sentences) overlaps the excerpt by at
least one character. Credit is one-to-one (a maximum matching per file, as in
bench/realcopy.py). Recall per family and language: labels credited / labels. "faithful
clean": the share of labels credited whose paragraph (translations keep the English
paragraphs) has no warning/error finding of the label's family in the comparison with the
faithful translation, so a drift counts only where the detector is quiet without it. "any rule":
the share of labels whose excerpt a warning/error finding of any rule overlaps on B (not
one-to-one; a negation flipped inside a quote and flagged as quote.altered counts here
only). Precision per language: warning/error findings credited / all warning/error
findings on drifted files, whatever their rule (a finding of no fact family, or matching no
label, is false: a drifted file differs from its faithful one only by the labelled drifts).
Exit 0 whatever the scores (this is a measurement), 2 when the data is malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console
from rich.table import Table

from bench.matching import (
    Claim,
    DataError,
    Score,
    Span,
    Target,
    at_least,
    claim,
    credit,
    occurrences,
    overlap,
    ratio,
    regions,
    rounded,
    score,
)
from driftcheck.errors import DriftcheckError
from driftcheck.textio import read_version
from driftcheck.types import Document, Finding, Report, Severity

DATA = Path(__file__).resolve().parent / "data" / "xling-findings"
SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
    "dev30",
    "dev31",
    "dev32",
    "dev33",
    "dev34",
    "dev35",
    "heldout",
)
"""Splits of the data; --verbose lists false alarms and misses on every one but heldout."""
LANGUAGES = ("de", "fr", "es", "ru")
FAMILIES = ("figure", "quote", "name", "negation", "attribution", "hedge", "date")
ACCEPTS = {"date": frozenset({"figure", "date"})}
"""Finding families that may claim a label of another family; others accept only their own."""
FIELDS = ("family", "en", "translation", "description")


@dataclass(frozen=True, slots=True)
class Drift:
    """One labelled drift of a drifted translation."""

    family: str
    en: str
    translation: str
    description: str


@dataclass(frozen=True, slots=True)
class Story:
    """A story folder: the English text and, per language, faithful, drifted and labels."""

    name: str
    en: str
    faithful: dict[str, str]
    drifted: dict[str, str]
    drifts: dict[str, tuple[Drift, ...]]


def parse_drifts(raw: Any, where: str) -> tuple[Drift, ...]:
    """The drifts of one labels file."""
    if not isinstance(raw, list) or not raw:
        raise DataError(f"{where}: expected a non-empty JSON list")
    drifts = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or sorted(item) != sorted(FIELDS):
            raise DataError(f"{where}[{index}]: expected an object with fields {FIELDS}")
        if not all(isinstance(item[name], str) and item[name] for name in FIELDS):
            raise DataError(f"{where}[{index}]: every field must be a non-empty string")
        if item["family"] not in FAMILIES:
            raise DataError(f"{where}[{index}]: family must be one of {FAMILIES}")
        drifts.append(Drift(*(item[name] for name in FIELDS)))
    return tuple(drifts)


def _read(path: Path) -> str:
    try:
        return read_version(str(path))
    except DriftcheckError as error:
        raise DataError(str(error)) from error


def load_story(folder: Path, languages: Sequence[str]) -> Story:
    """One story; every label's excerpts must be in en.txt and the drifted file."""
    en = _read(folder / "en.txt")
    faithful, drifted, drifts = {}, {}, {}
    for lang in languages:
        faithful[lang] = _read(folder / f"{lang}.faithful.txt")
        drifted[lang] = _read(folder / f"{lang}.drifted.txt")
        labels = folder / f"{lang}.drifted.labels.json"
        try:
            raw = json.loads(labels.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise DataError(f"{labels}: cannot read: {error}") from error
        drifts[lang] = parse_drifts(raw, f"{folder.name}/{labels.name}")
        for drift in drifts[lang]:
            if drift.en not in en:
                raise DataError(f"{folder.name}/{lang}: {drift.en!r} is not in en.txt")
            if drift.translation not in drifted[lang]:
                raise DataError(f"{folder.name}/{lang}: {drift.translation!r} not in drifted")
    return Story(folder.name, en, faithful, drifted, drifts)


def load_split(root: Path, languages: Sequence[str]) -> list[Story]:
    """Every story of a split folder, in name order."""
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    if not folders:
        raise DataError(f"no story folders under {root}")
    return [load_story(folder, languages) for folder in folders]


def target(drift: Drift, drifted: str) -> Target:
    """A drift located in the drifted text, by its translation excerpt only (B side)."""
    families = ACCEPTS.get(drift.family, frozenset({drift.family}))
    return Target(families, (), occurrences(drifted, drift.translation))


def false_alarms(findings: Sequence[Finding]) -> Counter[str]:
    """Warning and error findings of a faithful comparison, counted per severity."""
    return Counter(f.severity.value for f in at_least(findings, Severity.WARNING))


@dataclass(frozen=True, slots=True)
class DriftOutcome:
    """A drifted file scored: counts per family, warning/error findings raised and right."""

    story: str
    lang: str
    scores: dict[str, Score]
    raised: int
    right: int
    unmatched: tuple[Claim, ...]
    missed: tuple[Drift, ...]
    alerted: Counter[str]
    faithful_clean: Counter[str]


def paragraphs(spans: Iterable[Span], document: Document) -> set[int]:
    """The paragraphs of the sentences that overlap any of the spans."""
    spans = tuple(spans)
    return {s.paragraph for s in document.sentences if overlap(((s.start, s.end),), spans)}


def score_drifted(
    story: str, lang: str, drifts: Sequence[Drift], report: Report, faithful: Report
) -> DriftOutcome:
    """Match warning/error findings of one drifted comparison to its labels.

    `faithful` is the comparison with the faithful translation, which has the same
    paragraphs: a found drift also counts as "faithful clean" when that comparison has no
    warning/error finding of an accepted family in the drift's paragraph.
    """
    targets = [target(d, report.b.text) for d in drifts]
    severe = at_least(report.findings, Severity.WARNING)
    claims = [c for f in severe if (c := claim(f, report)) is not None]
    outcome = score(story, targets, FAMILIES, claims, [d.family for d in drifts])
    right = len(claims) - len(outcome.unmatched)
    missed = tuple(drifts[t] for t in outcome.missed)
    labels_only = {
        family: Score(labels=s.labels, found=s.found) for family, s in outcome.scores.items()
    }
    alerted = Counter(
        drift.family
        for drift, t in zip(drifts, targets, strict=True)
        if any(overlap(regions(f, report)[1], t.b_spans) for f in severe)
    )
    noise: dict[str, set[int]] = {}
    for f in at_least(faithful.findings, Severity.WARNING):
        if (c := claim(f, faithful)) is not None:
            noise.setdefault(c.family, set()).update(paragraphs(c.b_regions, faithful.b))
    clean = Counter(
        drifts[t].family
        for t in credit(targets, claims)
        if not any(
            noise.get(family, set()) & paragraphs(targets[t].b_spans, report.b)
            for family in targets[t].families
        )
    )
    return DriftOutcome(
        story, lang, labels_only, len(severe), right, outcome.unmatched, missed, alerted, clean
    )


def faithful_table(rows: dict[str, dict[str, int]]) -> Table:
    """Per language: stories, clean stories, errors and warnings raised."""
    grid = Table(title="faithful translations (false alarms)", title_justify="left")
    grid.add_column("lang")
    for column in ("stories", "clean", "clean share", "errors", "warnings"):
        grid.add_column(column, justify="right")
    for lang, r in rows.items():
        share = r["clean"] / r["stories"] if r["stories"] else None
        cells = [
            str(r["stories"]),
            str(r["clean"]),
            ratio(share),
            str(r["error"]),
            str(r["warning"]),
        ]
        grid.add_row(lang, *cells)
    return grid


def drifted_table(outcomes: Sequence[DriftOutcome], languages: Sequence[str]) -> Table:
    """Per family: found/labels per language and overall; then precision per language."""
    grid = Table(title="drifted translations (warning+error)", title_justify="left")
    grid.add_column("family")
    for column in (*languages, "all", "recall", "faithful clean", "any rule"):
        grid.add_column(column, justify="right")

    def sums(family: str | None, lang: str | None) -> Score:
        return sum(
            (
                s
                for o in outcomes
                if lang in (None, o.lang)
                for f, s in o.scores.items()
                if family in (None, f)
            ),
            Score(),
        )

    for index, family in enumerate([*FAMILIES, None]):
        cells = []
        for lang in [*languages, None]:
            s = sums(family, lang)
            cells.append(f"{s.found}/{s.labels}")
        recall = sums(family, None).recall
        labels = sums(family, None).labels
        clean = sum(o.faithful_clean[f] for o in outcomes for f in FAMILIES if family in (None, f))
        alerted = sum(o.alerted[f] for o in outcomes for f in FAMILIES if family in (None, f))
        shares = [ratio(n / labels if labels else None) for n in (clean, alerted)]
        last = index == len(FAMILIES) - 1
        grid.add_row(family or "all families", *cells, ratio(recall), *shares, end_section=last)
    precision_cells = []
    for lang in [*languages, None]:
        raised = sum(o.raised for o in outcomes if lang in (None, o.lang))
        right = sum(o.right for o in outcomes if lang in (None, o.lang))
        precision_cells.append(f"{right}/{raised} {ratio(right / raised if raised else None)}")
    grid.add_row("precision", *precision_cells, "", "", "")
    return grid


def summary_json(
    faithful: dict[str, dict[str, int]], outcomes: Sequence[DriftOutcome], languages: Sequence[str]
) -> dict[str, Any]:
    """Everything measured, for --json."""
    drifted: dict[str, Any] = {}
    for lang in [*languages, "all"]:
        mine = [o for o in outcomes if lang in ("all", o.lang)]
        raised, right = sum(o.raised for o in mine), sum(o.right for o in mine)
        families = {}
        for family in FAMILIES:
            s = sum((o.scores.get(family, Score()) for o in mine), Score())
            alerted = sum(o.alerted[family] for o in mine)
            clean = sum(o.faithful_clean[family] for o in mine)
            families[family] = {
                "labels": s.labels,
                "found": s.found,
                "recall": rounded(s.recall),
                "found_faithful_clean": clean,
                "alerted_any_rule": alerted,
            }
        drifted[lang] = {
            "raised": raised,
            "right": right,
            "precision": rounded(right / raised if raised else None),
            "families": families,
        }
    faithful_out = {
        lang: {**r, "clean_share": rounded(r["clean"] / r["stories"] if r["stories"] else None)}
        for lang, r in faithful.items()
    }
    return {"faithful": faithful_out, "drifted": drifted}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--model", default="use-multilingual", help="a model name or path")
    parser.add_argument(
        "--data", type=Path, default=DATA, help="folder with the split folders (dev/, dev2/...)"
    )
    parser.add_argument("--lang", default=",".join(LANGUAGES), help="comma-separated languages")
    parser.add_argument("--json", type=Path, help="write all counts to this JSON file")
    parser.add_argument(
        "--verbose", action="store_true", help="list false alarms and misses (not on heldout)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 whatever the scores, 2 on malformed data."""
    args = parse_args(argv)
    console = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 120)
    languages = tuple(lang.strip() for lang in args.lang.split(",") if lang.strip())
    try:
        stories = load_split(args.data / args.split, languages)
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from driftcheck import Comparer

    comparer = Comparer(None if args.model == "default" else args.model)
    verbose = args.verbose and args.split != "heldout"
    if args.verbose and not verbose:
        console.print("--verbose lists nothing on heldout (never tune on it)", markup=False)
    faithful = {lang: Counter[str]() for lang in languages}
    by_rule = {lang: Counter[str]() for lang in languages}
    outcomes: list[DriftOutcome] = []
    for story in stories:
        for lang in languages:
            report = faithful_report = comparer.compare(story.en, story.faithful[lang])
            alarms = false_alarms(report.findings)
            faithful[lang].update({"stories": 1, "clean": int(not alarms), **alarms})
            by_rule[lang].update(f.rule for f in at_least(report.findings, Severity.WARNING))
            if verbose:
                for f in at_least(report.findings, Severity.WARNING):
                    console.print(
                        f"faithful {story.name}/{lang} {f.rule}: {f.message}", markup=False
                    )
            report = comparer.compare(story.en, story.drifted[lang])
            outcome = score_drifted(story.name, lang, story.drifts[lang], report, faithful_report)
            outcomes.append(outcome)
            if verbose:
                for c in outcome.unmatched:
                    console.print(
                        f"FP {story.name}/{lang} {c.finding.rule}: {c.finding.message}",
                        markup=False,
                    )
                for d in outcome.missed:
                    console.print(
                        f"FN {story.name}/{lang} {d.family}: {d.description}", markup=False
                    )
    rows = {
        lang: {key: c[key] for key in ("stories", "clean", "error", "warning")}
        for lang, c in faithful.items()
    }
    console.print(
        f"model {comparer.embedder.model_id}; split {args.split}: {len(stories)} stories x "
        f"{len(languages)} languages",
        highlight=False,
        markup=False,
    )
    console.print(faithful_table(rows))
    console.print(drifted_table(outcomes, languages))
    if args.json:
        document = {
            "model": comparer.embedder.model_id,
            "split": args.split,
            "stories": len(stories),
            **summary_json(rows, outcomes, languages),
            "faithful_alarms_by_rule": {
                lang: dict(counts.most_common()) for lang, counts in by_rule.items()
            },
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
