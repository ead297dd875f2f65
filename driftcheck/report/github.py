"""A corpus run as GitHub Actions workflow commands: annotations on the story files.

Each counted finding at least as severe as the `annotate` level (warning unless asked)
becomes `::error`, `::warning` or `::notice` (for error, warning and info findings) on
the target version at the finding's B span, or on the source version
at its A span when only A has one; a pair that could not be compared is an `::error`.
GitHub shows at most 10 annotations of each type per step, so the most severe come
first, each type stops at 10, and one last notice says how many were left out. With a
step summary file (`$GITHUB_STEP_SUMMARY`), the Markdown summary is appended to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from driftcheck.corpus import CorpusResult, PairResult
from driftcheck.errors import DriftcheckError
from driftcheck.report._findings import ordered, plural
from driftcheck.report._safe import visible
from driftcheck.report.check_json import locate
from driftcheck.report.check_text import render_check_markdown, total_line
from driftcheck.types import Finding, Severity

__all__ = ["MAX_PER_TYPE", "Annotation", "escape_data", "escape_property", "render_github"]

MAX_PER_TYPE = 10
"""GitHub shows this many annotations of each type (error, warning, notice) per step."""

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_TYPES = ("error", "warning", "notice")


@dataclass(frozen=True, slots=True)
class Annotation:
    """One workflow command: its type, its properties (file, line, ...) and its message."""

    command: str
    properties: tuple[tuple[str, str], ...]
    message: str

    def __str__(self) -> str:
        props = ",".join(
            f"{key}={escape_property(visible(value))}" for key, value in self.properties
        )
        return f"::{self.command} {props}::{escape_data(visible(self.message, multiline=True))}"


def escape_data(text: str) -> str:
    """A message made safe for a workflow command: %, CR and LF percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value made safe: as a message, and also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(
    result: CorpusResult,
    step_summary: Path | None = None,
    *,
    annotate_from: Severity = Severity.WARNING,
) -> str:
    """Annotations, most severe first and at most 10 per type, then a total line.

    Findings less severe than `annotate_from` are not annotated (they stay in the step
    summary). When `step_summary` is given, the Markdown summary is appended to that file;
    when it cannot be written, a warning says so and everything else is printed as usual.
    """
    annotations = annotate(result, annotate_from)
    shown, left_out = _capped(annotations)
    lines = [str(annotation) for annotation in shown]
    if left_out:
        counts = ", ".join(plural(n, kind) for kind, n in left_out.items() if n)
        note = (
            f"{plural(sum(left_out.values()), 'more annotation')} left out ({counts}): "
            f"GitHub shows {MAX_PER_TYPE} of each type per step. "
            "The job summary lists every failing pair."
        )
        lines.append(str(Annotation("notice", (("title", "driftcheck"),), note)))
    lines.append(f"driftcheck: {total_line(result)}")
    if step_summary is not None:
        try:
            _append(step_summary, render_check_markdown(result))
        except DriftcheckError as exc:  # the annotations and the verdict still count
            lines.append(str(Annotation("warning", (("title", "driftcheck"),), str(exc))))
    return "\n".join(lines) + "\n"


def annotate(result: CorpusResult, annotate_from: Severity = Severity.WARNING) -> list[Annotation]:
    """The run's annotations, most severe first; pairs that could not run lead."""
    ranked: list[tuple[int, Annotation]] = []
    for pair in result.results:
        if pair.error is not None:
            ranked.append((4, _error_annotation(pair)))
            continue
        ranked.extend(
            (f.severity.rank, _finding_annotation(pair, f))
            for f in ordered(pair.findings)
            if f.severity.rank >= annotate_from.rank
        )
    ranked.sort(key=lambda item: -item[0])  # stable: pairs keep their order within a rank
    return [annotation for _, annotation in ranked]


def _error_annotation(pair: PairResult) -> Annotation:
    properties = (("file", pair.spec.target.as_posix()), ("title", "driftcheck: cannot compare"))
    return Annotation("error", properties, pair.error or "")


def _finding_annotation(pair: PairResult, finding: Finding) -> Annotation:
    """The finding on the file and lines it points at."""
    path, where = locate(pair, finding)
    properties = [("file", path.as_posix())]
    if where is not None:
        properties.append(("line", str(where.start_line)))
        if where.end_line == where.start_line:  # GitHub takes columns on one line only
            properties.append(("col", str(where.start_column)))
        properties.append(("endLine", str(where.end_line)))
        if where.end_line == where.start_line:
            properties.append(("endColumn", str(where.last_column)))
    properties.append(("title", finding.rule))
    message = finding.message
    if path == pair.spec.source and path != pair.spec.target:
        message += f" (compared with {pair.spec.target.name})"
    return Annotation(_COMMANDS[finding.severity], tuple(properties), message)


def _capped(annotations: list[Annotation]) -> tuple[list[Annotation], dict[str, int]]:
    """At most 10 of each type; with any left out, 9 notices so the closing notice shows."""
    totals = {kind: sum(1 for a in annotations if a.command == kind) for kind in _TYPES}
    overflow = any(count > MAX_PER_TYPE for count in totals.values())
    limits = dict.fromkeys(_TYPES, MAX_PER_TYPE)
    if overflow:
        limits["notice"] = MAX_PER_TYPE - 1
    shown: list[Annotation] = []
    taken = dict.fromkeys(_TYPES, 0)
    for annotation in annotations:
        if taken[annotation.command] < limits[annotation.command]:
            taken[annotation.command] += 1
            shown.append(annotation)
    left_out = {kind: totals[kind] - taken[kind] for kind in _TYPES}
    return shown, left_out if overflow else {}


def _append(path: Path, markdown: str) -> None:
    """Add the Markdown summary to the step summary file, after what other steps wrote."""
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(markdown)
    except OSError as exc:
        raise DriftcheckError(
            f"{path}: cannot write the step summary ({exc.strerror or exc})"
        ) from exc
