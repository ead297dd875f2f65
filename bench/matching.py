"""Matching findings to labelled changes, fairly: families, locations, one-to-one credit.

Shared by bench/realcopy.py and bench/xling.py, whose docstrings state the matching rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from driftcheck.types import Finding, Report, Severity

FAMILY_OF: Mapping[str, str | None] = {
    "quote.altered": "quote",
    "quote.punctuation": "quote",
    "quote.marked_edit": "quote",
    "quote.shortened": "quote",
    "quote.dropped": "quote",
    "quote.unquoted": "quote",
    "quote.added": "quote",
    "number.changed": "figure",
    "number.removed": "figure",
    "number.added": "figure",
    "number.omitted": "figure",
    "entity.changed": "name",
    "entity.dropped": "name",
    "entity.added": "name",
    "attribution.dropped": "attribution",
    "attribution.added": "attribution",
    "attribution.changed": "attribution",
    "hedge.dropped": "hedge",
    "hedge.added": "hedge",
    "negation.flipped": "negation",
    "wording.substitution": None,
    "cosmetic": None,
    "sentence.omitted": None,
    "sentence.added": None,
    "sentence.repeated": None,
    "paragraph.moved": None,
    "boilerplate.omitted": None,
    "boilerplate.added": None,
    "story.unrelated": None,  # one finding about the whole pair, not a labelled change
    "text.homoglyph": None,  # character-level tampering, not one of the six fact families
    "text.hidden": None,
}
"""Every rule driftcheck knows -> the fact family it is scored under, or None: not scored."""

_PREFIX_FAMILY = {
    "number": "figure",
    "quote": "quote",
    "entity": "name",
    "negation": "negation",
    "attribution": "attribution",
    "hedge": "hedge",
}

Span = tuple[int, int]


class DataError(ValueError):
    """A label file or text that cannot be read or does not fit the labels."""


def jsonl_records(path: Path) -> Iterator[tuple[str, Any]]:
    """Each non-blank line of a JSONL file, parsed, with its place ("name:line")."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(f"{path}: cannot read: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as error:
            raise DataError(f"{where}: not JSON: {error}") from error


def family_of(rule: str) -> str | None:
    """The fact family a rule is scored under; a rule missing from FAMILY_OF goes by its prefix."""
    if rule in FAMILY_OF:
        return FAMILY_OF[rule]
    return _PREFIX_FAMILY.get(rule.split(".", 1)[0])


@dataclass(frozen=True, slots=True)
class Target:
    """Something to find, located: the finding families that may claim it and where it is."""

    families: frozenset[str]
    a_spans: tuple[Span, ...]
    b_spans: tuple[Span, ...]
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    """A scored finding, located: its family and its regions in A and in B."""

    family: str
    finding: Finding
    a_regions: tuple[Span, ...]
    b_regions: tuple[Span, ...]


def occurrences(text: str, excerpt: str) -> tuple[Span, ...]:
    """Every (start, end) where `excerpt` occurs in `text`, overlapping ones included."""
    if not excerpt:
        return ()
    spans = []
    start = text.find(excerpt)
    while start >= 0:
        spans.append((start, start + len(excerpt)))
        start = text.find(excerpt, start + 1)
    return tuple(spans)


def claim(finding: Finding, report: Report) -> Claim | None:
    """The finding located (span, else its group's sentences, per side); None if not scored."""
    family = family_of(finding.rule)
    if family is None:
        return None
    return Claim(family, finding, *regions(finding, report))


def regions(finding: Finding, report: Report) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Where a finding is in A and in B: its span on a side, else its group's sentences there."""
    group = None if finding.group is None else report.alignments[finding.group]
    a_regions: tuple[Span, ...] = ()
    b_regions: tuple[Span, ...] = ()
    if finding.a_span is not None:
        a_regions = (finding.a_span,)
    elif group is not None:
        a_regions = tuple((report.a.sentences[i].start, report.a.sentences[i].end) for i in group.a)
    if finding.b_span is not None:
        b_regions = (finding.b_span,)
    elif group is not None:
        b_regions = tuple((report.b.sentences[j].start, report.b.sentences[j].end) for j in group.b)
    return a_regions, b_regions


def overlap(regions: Iterable[Span], spans: Iterable[Span]) -> bool:
    spans = tuple(spans)
    return any(r0 < s1 and s0 < r1 for r0, r1 in regions for s0, s1 in spans)


def may_credit(target: Target, found: Claim) -> bool:
    """True when the claim is of an accepted family and overlaps the target on A or on B."""
    return found.family in target.families and (
        overlap(found.a_regions, target.a_spans) or overlap(found.b_regions, target.b_spans)
    )


def credit(targets: Sequence[Target], claims: Sequence[Claim]) -> dict[int, int]:
    """A maximum one-to-one matching, target index -> claim index; certain targets first."""
    edges = [[c for c, found in enumerate(claims) if may_credit(t, found)] for t in targets]
    owner: dict[int, int] = {}  # claim index -> target index

    def augment(t: int, seen: set[int]) -> bool:
        for c in edges[t]:
            if c in seen:
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = t
                return True
        return False

    order = sorted(range(len(targets)), key=lambda t: targets[t].uncertain)
    for t in order:
        augment(t, set())
    return {t: c for c, t in owner.items()}


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one family (or all); `labels` are certain labels, `found_uncertain` extra."""

    raised: int = 0
    right: int = 0
    labels: int = 0
    found: int = 0
    found_uncertain: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.raised + other.raised,
            self.right + other.right,
            self.labels + other.labels,
            self.found + other.found,
            self.found_uncertain + other.found_uncertain,
        )

    @property
    def precision(self) -> float | None:
        """Share of raised findings credited to a label; None when none was raised."""
        return None if self.raised == 0 else self.right / self.raised

    @property
    def recall(self) -> float | None:
        """Found labels over certain labels plus found uncertain ones; None without labels."""
        total = self.labels + self.found_uncertain
        return None if total == 0 else (self.found + self.found_uncertain) / total


@dataclass(frozen=True, slots=True)
class Outcome:
    """One pair or story scored: counts per family, and what was not matched."""

    name: str
    scores: dict[str, Score]
    unmatched: tuple[Claim, ...] = ()
    missed: tuple[int, ...] = ()


def score(
    name: str,
    targets: Sequence[Target],
    families: Sequence[str],
    claims: Sequence[Claim],
    label_family: Sequence[str],
) -> Outcome:
    """Match claims to targets and count per family; `label_family[i]` is target i's family."""
    matched = credit(targets, claims)
    right = set(matched.values())
    scores = {family: Score() for family in families}
    for found_index, found in enumerate(claims):
        one = Score(raised=1, right=int(found_index in right))
        scores[found.family] = scores.get(found.family, Score()) + one
    for t, target in enumerate(targets):
        hit = t in matched
        if target.uncertain:
            one = Score(found_uncertain=int(hit))
        else:
            one = Score(labels=1, found=int(hit))
        scores[label_family[t]] = scores.get(label_family[t], Score()) + one
    unmatched = tuple(c for i, c in enumerate(claims) if i not in right)
    missed = tuple(
        t for t, target in enumerate(targets) if t not in matched and not target.uncertain
    )
    return Outcome(name, scores, unmatched, missed)


def at_least(findings: Iterable[Finding], severity: Severity) -> list[Finding]:
    """The findings at `severity` or above."""
    return [f for f in findings if f.severity.rank >= severity.rank]


def total(outcomes: Iterable[Outcome], families: Sequence[str]) -> dict[str, Score]:
    """Counts per family summed over outcomes, families in the given order first."""
    sums = {family: Score() for family in families}
    for outcome in outcomes:
        for family, one in outcome.scores.items():
            sums[family] = sums.get(family, Score()) + one
    return sums


def ratio(value: float | None) -> str:
    """A share for a table cell."""
    return "n/a" if value is None else f"{value:.3f}"


def rounded(value: float | None) -> float | None:
    """A share for JSON."""
    return None if value is None else round(value, 4)


def score_json(s: Score) -> dict[str, Any]:
    """One Score as JSON."""
    return {
        "raised": s.raised,
        "right": s.right,
        "precision": rounded(s.precision),
        "labels": s.labels + s.found_uncertain,
        "found": s.found + s.found_uncertain,
        "found_uncertain": s.found_uncertain,
        "recall": rounded(s.recall),
    }
