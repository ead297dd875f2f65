"""A corpus run for people: a terminal summary, and Markdown for PR comments and step summaries.

Both read without colour: outcomes are words (pass, FAIL, ERROR), and a pair whose
outcome differs from the one its story expects says so in its row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from driftcheck.corpus import CorpusResult, PairResult
from driftcheck.report._findings import SEVERITY_MARKS, locator, most_telling, ordered, plural
from driftcheck.report._safe import shown
from driftcheck.report.check_json import expect_mismatch, outcome, tally
from driftcheck.report.markdown import code, escape, fit
from driftcheck.types import Finding, Severity

__all__ = ["render_check_markdown", "render_check_terminal", "total_line"]

MAX_CHARS = 60_000
"""Keep the Markdown under GitHub's 65,536-character limit for comments."""
TOP_FINDINGS = 10
"""Findings listed per failing pair in Markdown; the rest are counted."""
SHORT_MESSAGE = 72
WORST_WIDTH = 32
"""The one-line layout is used when the worst-finding column gets at least this width."""

_WORDS = {"pass": "pass", "fail": "FAIL", "error": "ERROR"}
_STYLES = {"pass": "green", "fail": "bold red", "error": "bold magenta"}
_ICONS = {"pass": "✅", "fail": "❌", "error": "⚠️"}
_SEVERITY_STYLES = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def render_check_terminal(result: CorpusResult, console: Console) -> None:
    """Print the summary table, the pairs that could not be compared, and one total line."""
    result = shown(result)  # story names, file names and messages never reach it raw
    if not result.results:
        console.print(Text(f"No version pairs found in {result.root.as_posix()}."))
        return
    console.print(_table(result, console.width))
    if result.errors:
        console.print(Text("Could not compare", style="bold"))
        console.print(_listing(("ERROR", p.spec.name, p.error or "") for p in result.errors))
    resolved = [("fixed", p.spec.name, message) for p in result.results for message in p.resolved]
    if resolved:
        console.print(Text(f"Resolved since the baseline ({len(resolved)})", style="bold"))
        console.print(_listing(resolved[:TOP_FINDINGS]))
        if len(resolved) > TOP_FINDINGS:
            console.print(Text(f"  ... and {len(resolved) - TOP_FINDINGS} more"))
    console.print(Text(total_line(result, findings=False)))


def _table(result: CorpusResult, width: int) -> Table:
    """One row per pair, stories apart; story, version and role in columns when they fit.

    On a narrow terminal (80 columns) each pair takes two lines instead, so that no file
    name is broken: see `_stacked`.
    """
    if _wide_width(result) > width:
        return _stacked(result)
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), pad_edge=False, show_edge=False)
    table.add_column("Story", no_wrap=True)
    table.add_column("Version", no_wrap=True)
    table.add_column("Role", no_wrap=True)
    table.add_column("Drift", justify="right", no_wrap=True)
    table.add_column("Err", justify="right", no_wrap=True)
    table.add_column("Warn", justify="right", no_wrap=True)
    table.add_column("Worst finding", ratio=1)
    table.add_column("Outcome", min_width=8, max_width=13)
    previous: str | None = None
    for pair in result.results:
        story = pair.spec.story
        if story != previous and previous is not None:
            table.add_section()
        names = [
            Text(story if story != previous else ""),
            Text(pair.spec.target.name),
            Text(pair.spec.role or ""),
        ]
        table.add_row(*names, *_cells(pair, result.fail_on))
        previous = story
    return table


def _stacked(result: CorpusResult) -> Table:
    """The narrow layout: the story, then per pair a line with its version, role and outcome,
    and its numbers and worst finding indented beneath, wrapping under themselves."""
    grid = Table.grid()
    grid.add_column()
    previous: str | None = None
    for pair in result.results:
        if pair.spec.story != previous:
            grid.add_row(Text(pair.spec.story, style="bold"))
            previous = pair.spec.story
        drift, errors, warnings, worst, verdict = _cells(pair, result.fail_on)
        line = Text(f"  {pair.spec.target.name}")
        if pair.spec.role:
            line.append(f"  {pair.spec.role}", style="dim")
        grid.add_row(Text("  ").join([line, *verdict.split()]))
        if pair.report is not None:
            counts = f"drift {drift.plain}, {errors.plain} err, {warnings.plain} warn: "
            worst = Text(counts, style="dim") + worst
        grid.add_row(Padding(worst, (0, 0, 0, 4)))
    return grid


def _wide_width(result: CorpusResult) -> int:
    """Columns the one-line layout needs, with room for a readable worst finding."""
    story = max(len("Story"), *(len(p.spec.story) for p in result.results))
    version = max(len("Version"), *(len(p.spec.target.name) for p in result.results))
    role = max(len("Role"), *(len(p.spec.role or "") for p in result.results))
    numbers = len("Drift") + len("Err") + len("Warn")
    return story + version + role + numbers + WORST_WIDTH + len("expected pass") + 2 * 7


def _cells(pair: PairResult, fail_on: str) -> list[Text]:
    """Drift score, error and warning counts, the worst finding and the outcome."""
    state = outcome(pair, fail_on)
    verdict = Text(_WORDS[state], style=_STYLES[state])
    if expect_mismatch(pair, fail_on):
        verdict.append(f"\nexpected {pair.spec.expect}", style="bold yellow")
    if pair.report is None:
        reason = Text(_short(pair.error or ""), style="magenta")
        return [Text("-"), Text(""), Text(""), reason, verdict]
    counts = {s: sum(1 for f in pair.findings if f.severity is s) for s in Severity}
    worst = _worst(pair.findings)
    for breach in pair.breaches:
        worst.append(f"\n{breach}", style="bold red")
    return [
        Text(str(pair.report.drift_score)),
        Text(str(counts[Severity.ERROR])),
        Text(str(counts[Severity.WARNING])),
        worst,
        verdict,
    ]


def _listing(rows: Iterable[tuple[str, str, str]]) -> Table:
    """'  ERROR  story/version: message', the message wrapping under itself."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column()
    for label, name, message in rows:
        style = _STYLES["error"] if label == "ERROR" else "green"
        grid.add_row(Text(f"  {label}", style=style), Text(f"{name}:"), Text(message))
    return grid


def _worst(findings: Sequence[Finding]) -> Text:
    """The most telling counted finding: its rule, then its message cut short."""
    worst = most_telling(findings)
    if worst is None:
        return Text("-", style="dim")
    text = Text(worst.rule, style=_SEVERITY_STYLES[worst.severity])
    text.append(f" {_short(worst.message)}")
    return text


def _short(message: str, limit: int = SHORT_MESSAGE) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis."""
    line = " ".join(message.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] if " " in line[: limit - 1] else line[: limit - 1]
    return cut + "…"


def total_line(result: CorpusResult, *, findings: bool = True) -> str:
    """'4 pairs: 2 passed, 1 failed, 1 error; findings: 3 errors, 1 warning, 2 info; fail-on error'.

    With a baseline the findings are the new ones, and the baseline is named last.
    """
    totals = tally(result)
    counts = totals.findings
    parts = [
        f"{plural(totals.pairs, 'pair')}: {totals.passed} passed, {totals.failed} failed, "
        f"{plural(totals.errors, 'error')}"
    ]
    if findings:
        parts.append(
            f"{'new ' if result.baseline is not None else ''}findings: "
            f"{plural(counts[Severity.ERROR], 'error')}, "
            f"{plural(counts[Severity.WARNING], 'warning')}, {counts[Severity.INFO]} info"
        )
    parts.append(f"fail-on {result.fail_on}")
    if result.baseline is not None:
        parts.append(f"baseline {result.baseline.as_posix()}")
    return "; ".join(parts)


def render_check_markdown(result: CorpusResult, *, max_chars: int = MAX_CHARS) -> str:
    """The run as Markdown: verdict, summary table, failing pairs, errors, resolved findings."""
    result = shown(result)
    totals = tally(result)
    icon = _ICONS["fail"] if totals.failed or totals.errors else _ICONS["pass"]
    title = f"### {icon} driftcheck check: {_code(result.root.as_posix())}"
    policy = f"{total_line(result)}."
    if not result.results:
        return f"{title}\n\nNo version pairs found.\n"
    head = "\n\n".join([title, escape(policy), _summary_table(result, max_chars // 2)])
    sections = [head]
    budget = max_chars - len(head)
    failing = [p for p in result.results if outcome(p, result.fail_on) == "fail"]
    for index, pair in enumerate(failing):
        block = _failing(pair)
        if len(block) + 200 > budget:
            sections.append(f"*{len(failing) - index} more failing pairs not shown.*")
            break
        sections.append(block)
        budget -= len(block) + 2
    for block in (_errors(result), _resolved(result)):
        if block and len(block) + 100 > budget:
            sections.append("*More not shown: the summary is full.*")
            break
        if block:
            sections.append(block)
            budget -= len(block) + 2
    return fit("\n\n".join(sections) + "\n")


def _summary_table(result: CorpusResult, budget: int) -> str:
    """Every pair, or only those that did not pass when all of them would not fit."""
    marks = SEVERITY_MARKS
    header = (
        "| Story | Version | Role | Drift | "
        f"{marks[Severity.ERROR]} Errors | {marks[Severity.WARNING]} Warnings | "
        f"{marks[Severity.INFO]} Info | Worst finding | Outcome |\n"
        "|---|---|---|--:|--:|--:|--:|---|---|"
    )
    rows = [(pair, _row(pair, result.fail_on)) for pair in result.results]
    if sum(len(row) + 1 for _, row in rows) > budget:
        shown = [(p, r) for p, r in rows if outcome(p, result.fail_on) != "pass"]
        note = f"\n\n*{len(rows) - len(shown)} passing pairs not listed.*"
    else:
        shown, note = rows, ""
    lines: list[str] = []
    for count, (_, row) in enumerate(shown):
        if sum(len(line) + 1 for line in lines) + len(row) > budget:
            note += f"\n\n*{len(shown) - count} more pairs not listed.*"
            break
        lines.append(row)
    return "\n".join([header, *lines]) + note


def _row(pair: PairResult, fail_on: str) -> str:
    state = outcome(pair, fail_on)
    verdict = f"{_ICONS[state]} {_WORDS[state]}"
    if expect_mismatch(pair, fail_on):
        verdict += f" (expected {pair.spec.expect})"
    spec = pair.spec
    cells = [escape(spec.story), _code(spec.target.name), escape(spec.role or "")]
    if pair.report is None:
        cells += ["", "", "", "", escape(_short(pair.error or "")), verdict]
    else:
        counts = [str(sum(1 for f in pair.findings if f.severity is s)) for s in Severity]
        cells += [str(pair.report.drift_score), *counts, _worst_cell(pair.findings), verdict]
    return "| " + " | ".join(cells) + " |"


def _worst_cell(findings: Sequence[Finding]) -> str:
    worst = most_telling(findings)
    if worst is None:
        return ""
    return f"`{worst.rule}` {escape(_short(worst.message))}"


def _failing(pair: PairResult) -> str:
    """A failing pair's heading and its most severe counted findings as a table."""
    report = pair.report
    if report is None:  # a pair that failed was compared; this cannot happen
        return ""
    listed = ordered(pair.findings)
    heading = (
        f"#### {escape(pair.spec.story)} / {_code(pair.spec.target.name)}\n\n"
        f"Drift score **{report.drift_score}**, compared with {_code(pair.spec.source.name)}."
    )
    rows = [
        f"| {SEVERITY_MARKS[f.severity]} {f.severity.value} | `{f.rule}` | "
        f"{escape(f.message)} | {locator(report, f, '→')} |"
        for f in listed[:TOP_FINDINGS]
    ]
    table = "| Severity | Rule | Finding | Where |\n|---|---|---|---|\n" + "\n".join(rows)
    more = len(listed) - TOP_FINDINGS
    tail = f"\n\n*{plural(more, 'more finding')}.*" if more > 0 else ""
    return f"{heading}\n\n{table}{tail}"


def _errors(result: CorpusResult) -> str:
    if not result.errors:
        return ""
    lines = [
        f"- **{escape(p.spec.story)}** {_code(p.spec.target.name)}: {escape(p.error or '')}"
        for p in result.errors
    ]
    return "#### Could not compare\n\n" + "\n".join(lines)


def _resolved(result: CorpusResult) -> str:
    lines = [
        f"- **{escape(p.spec.story)}** {_code(p.spec.target.name)}: {escape(message)}"
        for p in result.results
        for message in p.resolved
    ]
    if not lines:
        return ""
    return "#### Resolved since the baseline\n\n" + "\n".join(lines)


def _code(text: str) -> str:
    """A file name or path as inline code, or escaped text when it holds a backtick."""
    return code(text)
