"""Wording every renderer shares: findings in order of importance, where they are, counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from driftcheck.findings.rules import RULES
from driftcheck.types import AlignmentGroup, Finding, Report, Severity

SEVERITY_MARKS = {Severity.ERROR: "🔴", Severity.WARNING: "🟠", Severity.INFO: "🔵"}
"""A colour dot per severity, for places without styles (Markdown)."""

_NOUNS = {
    "wording.substitution": ("wording substitution", "wording substitutions"),
    "cosmetic": ("cosmetic change", "cosmetic changes"),
    "quote.marked_edit": ("marked edit in a quote", "marked edits in quotes"),
    "quote.punctuation": ("punctuation change in a quote", "punctuation changes in quotes"),
    "entity.added": ("name added", "names added"),
    "boilerplate.omitted": ("boilerplate line omitted", "boilerplate lines omitted"),
    "boilerplate.added": ("boilerplate line added", "boilerplate lines added"),
}


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Errors, then warnings, then info; within each, in reading order, story-level last."""
    indexed = list(enumerate(findings))
    indexed.sort(
        key=lambda item: (
            -item[1].severity.rank,
            item[1].group is None,
            item[1].group or 0,
            item[0],
        )
    )
    return [finding for _, finding in indexed]


def most_telling(findings: Iterable[Finding]) -> Finding | None:
    """The finding to name when there is room for only one.

    The most severe; among equals, the rule an editor fears most (RULES lists quotes,
    figures and names first); then the first in reading order.
    """
    rank = {rule: n for n, rule in enumerate(RULES)}
    return min(  # min keeps the first of equals, and ordered() is reading order
        ordered(findings),
        key=lambda f: (-f.severity.rank, rank.get(f.rule, len(rank))),
        default=None,
    )


def headline(report: Report) -> tuple[list[Finding], list[Finding]]:
    """The findings to list one by one, and those only counted.

    Errors and warnings are listed and info findings counted; a story with nothing
    worse than info lists its info findings instead.
    """
    findings = ordered(report.findings)
    serious = [f for f in findings if f.severity is not Severity.INFO]
    if not serious:
        return findings, []
    return serious, [f for f in findings if f.severity is Severity.INFO]


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 error', '3 errors'; `plural_form` for irregular nouns."""
    if count == 1:
        return f"{count} {singular}"
    return f"{count} {plural_form or singular + 's'}"


def severity_counts(report: Report) -> str:
    """'2 errors, 1 warning, 14 info'."""
    return ", ".join(
        (
            plural(report.count(Severity.ERROR), "error"),
            plural(report.count(Severity.WARNING), "warning"),
            f"{report.count(Severity.INFO)} info",
        )
    )


def describe_rules(findings: Sequence[Finding]) -> str:
    """'12 wording substitutions, 2 cosmetic changes': most frequent first."""
    counts = Counter(f.rule for f in findings)
    parts = []
    for rule, count in counts.most_common():
        nouns = _NOUNS.get(rule)
        parts.append(plural(count, *nouns) if nouns else f"{count} {rule}")
    return ", ".join(parts)


def counted_line(counted: Sequence[Finding]) -> str:
    """'+ 14 info: 12 wording substitutions, 2 cosmetic changes', or '' for none."""
    if not counted:
        return ""
    return f"+ {len(counted)} info: {describe_rules(counted)}"


def numbers(side: str, indices: Sequence[int]) -> str:
    """1-based sentence numbers as an editor reads them: A#2-4,A#7."""
    parts: list[str] = []
    start = previous = -2
    for index in [*indices, -2]:
        if index == previous + 1:
            previous = index
            continue
        if start >= 0:
            span = f"-{previous + 1}" if previous > start else ""
            parts.append(f"{side}#{start + 1}{span}")
        start = previous = index
    return ",".join(parts)


def group_numbers(group: AlignmentGroup, arrow: str = "->") -> str:
    """'A#10 -> B#9,B#13', 'A#5' for an omitted sentence, 'B#8' for an added one."""
    sides = (("A", group.a), ("B", group.b))
    return f" {arrow} ".join(numbers(side, indices) for side, indices in sides if indices)


def locator(report: Report, finding: Finding, arrow: str = "->") -> str:
    """Where a finding is: its group's sentence numbers, or 'whole story'."""
    if finding.group is None or not 0 <= finding.group < len(report.alignments):
        return "whole story"
    return group_numbers(report.alignments[finding.group], arrow)


def by_group(report: Report) -> dict[int, list[Finding]]:
    """Each group's findings, most severe first; story-level findings are left out."""
    groups: dict[int, list[Finding]] = {}
    for finding in ordered(report.findings):
        if finding.group is not None:
            groups.setdefault(finding.group, []).append(finding)
    return groups


def rules(findings: Iterable[Finding]) -> list[str]:
    """The distinct rule ids, in the order given."""
    return list(dict.fromkeys(f.rule for f in findings))
