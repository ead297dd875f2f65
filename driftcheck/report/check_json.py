"""A corpus run as data: the `check` JSON document, JSON Lines, and what every renderer shares.

Besides the two renderers, this module holds the plain facts the other corpus renderers
(JUnit, GitHub, SARIF, terminal, Markdown) build on: each pair's outcome, the counted
findings with their fingerprints, the run's totals, and where a finding is in a file
(1-based line and column). See docs/check-json.md for the documents.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from driftcheck.baseline import fingerprints
from driftcheck.corpus import CorpusResult, PairResult
from driftcheck.types import Finding, Severity

__all__ = [
    "CHECK_SCHEMA_VERSION",
    "Region",
    "Tally",
    "expect_mismatch",
    "fingerprinted",
    "locate",
    "outcome",
    "pair_dict",
    "region",
    "render_check_json",
    "render_check_jsonl",
    "tally",
]

CHECK_SCHEMA_VERSION = "1.1"
"""Version of the check document; minor bumps only add keys, major bumps change or remove them."""

KIND = "driftcheck-check"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def outcome(pair: PairResult, fail_on: str) -> str:
    """'error' when the pair could not be compared, 'fail' when it fails the policy, else 'pass'."""
    if pair.error is not None:
        return "error"
    return "fail" if pair.failed(fail_on) else "pass"


def expect_mismatch(pair: PairResult, fail_on: str) -> bool:
    """True when the corpus expected this pair to pass (or fail) and it did not."""
    if pair.spec.expect is None or pair.error is not None:
        return False
    return outcome(pair, fail_on) != pair.spec.expect


def fingerprinted(pair: PairResult) -> list[tuple[Finding, str]]:
    """The counted findings, each with its baseline fingerprint, in the report's order.

    Fingerprints are computed over all of the report's findings, so that repeats are
    numbered exactly as in a baseline file, then matched to the counted ones.
    """
    if pair.report is None or not pair.findings:
        return []
    everything = list(pair.report.findings)
    prints = fingerprints(pair.spec, everything)
    by_identity = {id(f): i for i, f in enumerate(everything)}
    used: set[int] = set()
    matched = []
    for finding in pair.findings:
        index = by_identity.get(id(finding))
        if index is None or index in used:
            same = (i for i, f in enumerate(everything) if i not in used and f == finding)
            index = next(same, None)
        if index is None:  # not one of the report's findings: fingerprint it on its own
            matched.append((finding, fingerprints(pair.spec, [finding])[0]))
            continue
        used.add(index)
        matched.append((finding, prints[index]))
    return matched


@dataclass(frozen=True, slots=True)
class Tally:
    """The run's totals: pairs by outcome, counted findings by severity."""

    pairs: int
    passed: int
    failed: int
    errors: int
    findings: dict[Severity, int]

    def to_dict(self) -> dict[str, Any]:
        """The `summary` object of the check document."""
        return {
            "pairs": self.pairs,
            "passed": self.passed,
            "failed": self.failed,
            "errors": self.errors,
            "findings": {severity.value: self.findings[severity] for severity in Severity},
        }


def tally(result: CorpusResult) -> Tally:
    """Count the run's pairs by outcome and its counted findings by severity."""
    outcomes = [outcome(pair, result.fail_on) for pair in result.results]
    counts = {
        severity: sum(1 for pair in result.results for f in pair.findings if f.severity is severity)
        for severity in Severity
    }
    return Tally(
        pairs=len(outcomes),
        passed=outcomes.count("pass"),
        failed=outcomes.count("fail"),
        errors=outcomes.count("error"),
        findings=counts,
    )


def _path(path: Path | None) -> str | None:
    return None if path is None else path.as_posix()


def pair_dict(pair: PairResult, fail_on: str) -> dict[str, Any]:
    """One pair as it appears in `pairs` of the check document."""
    spec = pair.spec
    return {
        "story": spec.story,
        "source": _path(spec.source),
        "target": _path(spec.target),
        "role": spec.role,
        "language": spec.language,
        "expect": spec.expect,
        "outcome": outcome(pair, fail_on),
        "error": pair.error,
        "drift_score": None if pair.report is None else pair.report.drift_score,
        "worst": None if pair.worst is None else pair.worst.value,
        "findings": [{**f.to_dict(), "fingerprint": p} for f, p in fingerprinted(pair)],
        "resolved": list(pair.resolved),
        "breaches": list(pair.breaches),
    }


def render_check_json(result: CorpusResult) -> str:
    """The whole run as one indented JSON document with a trailing newline."""
    document = {
        "schema": CHECK_SCHEMA_VERSION,
        "kind": KIND,
        "root": _path(result.root),
        "fail_on": result.fail_on,
        "expect": result.expect,
        "thresholds": {key: result.settings.get(key) for key in ("max_omitted", "max_drift")},
        "baseline": _path(result.baseline),
        "summary": tally(result).to_dict(),
        "pairs": [pair_dict(pair, result.fail_on) for pair in result.results],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_check_jsonl(result: CorpusResult) -> str:
    """One JSON object per line and pair: the pair plus its full compare document."""
    lines = []
    for pair in result.results:
        row = pair_dict(pair, result.fail_on)
        row["report"] = None if pair.report is None else pair.report.to_dict()
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(lines)


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of a file as editors and CI tools count it: 1-based lines and columns.

    Columns count Unicode code points; `end_column` is the column just after the last
    character (SARIF's convention); `last_column` is the last character's own column.
    """

    start_line: int
    start_column: int
    end_line: int
    end_column: int

    @property
    def last_column(self) -> int:
        """The column of the region's last character (at least the start column)."""
        if self.end_line == self.start_line:
            return max(self.start_column, self.end_column - 1)
        return max(1, self.end_column - 1)


def region(text: str, span: tuple[int, int]) -> Region:
    """Lines and columns of a (start, end) character span of a decoded text."""
    starts = _line_starts(text)
    start, end = max(0, min(span[0], len(text))), max(0, min(span[1], len(text)))
    line, column = _position(starts, start)
    if end <= start:
        return Region(line, column, line, column)
    last_line, last_column = _position(starts, end - 1)
    return Region(line, column, last_line, last_column + 1)


@lru_cache(maxsize=16)
def _line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which lines begin; CRLF, LF and CR each end a line (as segmenting counts)."""
    return (0, *(match.end() for match in _LINE_BREAK.finditer(text)))


def _position(starts: tuple[int, ...], offset: int) -> tuple[int, int]:
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def locate(pair: PairResult, finding: Finding) -> tuple[Path, Region | None]:
    """The file a finding points at and where: B's span in the target, else A's in the source.

    A story-level finding without spans points at the target file as a whole (no region).
    """
    report = pair.report
    if report is not None and finding.b_span is not None:
        return pair.spec.target, region(report.b.text, finding.b_span)
    if report is not None and finding.a_span is not None:
        return pair.spec.source, region(report.a.text, finding.a_span)
    return pair.spec.target, None
