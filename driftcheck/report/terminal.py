"""The rich terminal report: what matters, summary, aligned groups, omitted and added, glossary."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from driftcheck.report._findings import (
    by_group,
    counted_line,
    group_numbers,
    headline,
    locator,
    numbers,
    rules,
    severity_counts,
)
from driftcheck.report._highlight import (
    NARROWEST_HANG,
    Indented,
    Line,
    Side,
    group_tokens,
    highlight,
    is_cosmetic,
    is_drift,
    sentence_texts,
    side_pieces,
)
from driftcheck.report._safe import shown
from driftcheck.types import AlignmentGroup, Document, Finding, Kind, Op, Report, Severity

__all__ = ["TerminalReport", "render_terminal"]

_LABELS = {Kind.OMITTED: "- omitted", Kind.ADDED: "+ added"}
_LABEL_STYLES = {
    "changed": "bold yellow",
    "split": "bold magenta",
    "merge": "bold magenta",
    "- omitted": "bold red",
    "+ added": "bold green",
    "cosmetic": "dim",
    "unchanged": "dim",
}
_SUMMARY_ROWS = (
    ("unchanged", "unchanged"),
    ("reworded", "reworded"),
    ("moved", "moved"),
    ("split_or_merged", "split or merged"),
    ("omitted", "omitted"),
    ("added", "added"),
)
_MOVED = "[moved]"
_MOVED_STYLE = "bold cyan"
_UNSURE = "[check pairing]"
_UNSURE_STYLE = "bold yellow"
"""A pair the aligner was unsure of (close to its threshold or its runner-up): look twice."""
_SEVERITY_STYLES = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "bold yellow",
    Severity.INFO: "blue",
}
_Flags = dict[AlignmentGroup, list[Finding]]
"""Each group that has findings, with them, most severe first."""


@dataclass(frozen=True)
class _UnchangedRun:
    """Consecutive unchanged groups, shown as one line."""

    groups: tuple[AlignmentGroup, ...]


@dataclass(frozen=True)
class TerminalReport:
    """A Report as a rich renderable: pass it to `Console.print`."""

    report: Report
    side_by_side: bool = False
    show_unchanged: bool = False

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Header, what matters, the summary or verdict, groups, lists and the glossary."""
        report = self.report
        markers = console.color_system is None or console.no_color  # rich keeps strike-through
        if report.identical:
            yield _identical(report)
            return
        yield _header(report)
        if report.skipped_rules:
            rules = ", ".join(rule for rule, _ in report.skipped_rules)
            yield Text(f"rules skipped: {rules}: {report.skipped_rules[0][1]}", style="yellow")
        if report.findings:
            yield _what_matters(report, options.max_width)
        if any(is_drift(group) for group in report.alignments):
            yield _summary(report)
        else:
            yield _no_drift(report)
        flags = _flags(report)
        if (
            self.side_by_side or report.differing_languages
        ):  # a translation reads best beside its original
            yield _side_by_side(report, self._blocks(), flags, markers=markers)
        else:
            for block in self._blocks():
                yield _inline_block(report, block, flags, markers=markers)
        yield from _omitted_and_added(report)
        if report.glossary:
            yield _glossary(report)

    def _blocks(self) -> list[AlignmentGroup | _UnchangedRun]:
        """Groups in reading order, with runs of quietly unchanged groups folded together."""
        blocks: list[AlignmentGroup | _UnchangedRun] = []
        run: list[AlignmentGroup] = []
        for group in self.report.alignments:
            if not self.show_unchanged and _is_quiet(group):
                run.append(group)
                continue
            if run:
                blocks.append(_UnchangedRun(tuple(run)))
                run = []
            blocks.append(group)
        if run:
            blocks.append(_UnchangedRun(tuple(run)))
        return blocks


def render_terminal(
    report: Report, console: Console, *, side_by_side: bool = False, show_unchanged: bool = False
) -> None:
    """Print the report on `console`, inline or as two columns."""
    report = shown(report)  # article text never reaches the terminal raw
    console.print(TerminalReport(report, side_by_side=side_by_side, show_unchanged=show_unchanged))


def _what_matters(report: Report, width: int) -> Group:
    """The findings an editor must look at, one per line, then the rest counted and the score.

    Severity, rule and sentence numbers form columns the messages hang beside; on a
    narrow console the numbers and message go under the rule instead.
    """
    listed, counted = headline(report)
    places = [locator(report, finding) for finding in listed]
    rule_width = max(len(finding.rule) for finding in listed)
    place_width = max(len(place) for place in places)
    beside = width - (2 + 9 + rule_width + 2 + place_width + 2) >= NARROWEST_HANG
    lines: list[Line] = []
    for finding, place in zip(listed, places, strict=True):
        severity = (f"{finding.severity.value:<8} ", _SEVERITY_STYLES[finding.severity])
        message = " ".join(finding.message.split())
        if beside:
            rule = f"{finding.rule:<{rule_width}}  "
            label = Text.assemble(severity, rule, (f"{place:<{place_width}}  ", "dim"))
            lines.append((label, Text(message)))
        else:
            lines.append((Text(), Text.assemble(severity, finding.rule)))
            lines.append((Text("  "), Text.assemble((place, "dim"), "  ", message)))
    if counted:
        lines.append((Text(), Text(counted_line(counted), style="dim")))
    score = f"drift score {report.drift_score}: {severity_counts(report)}"
    lines.append((Text(), Text(score, style="bold")))
    return Group(Text("What matters", style="bold"), Indented(tuple(lines)), Text())


def _flags(report: Report) -> _Flags:
    """The findings of each group that has some."""
    groups = report.alignments
    return {groups[i]: found for i, found in by_group(report).items() if 0 <= i < len(groups)}


def _flag(findings: Sequence[Finding], *, stacked: bool = False) -> Text:
    """'! quote.altered, number.changed' in the colour of the worst, then '(info rules)' dim."""
    serious = [f for f in findings if f.severity is not Severity.INFO]
    info = [f for f in findings if f.severity is Severity.INFO]
    separator = "\n" if stacked else ", "
    parts = []
    if serious:
        parts.append(("! " + separator.join(rules(serious)), _SEVERITY_STYLES[serious[0].severity]))
    if info:
        parts.append(("(" + separator.join(rules(info)) + ")", "dim"))
    return Text(separator if stacked else "  ").join(Text(*part) for part in parts)


def _glossary(report: Report) -> Group:
    """The story's word substitutions, A's wording beside B's."""
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("A wording", overflow="fold", style="red")
    table.add_column("", no_wrap=True)
    table.add_column("B wording", overflow="fold", style="green")
    for a_text, b_text in report.glossary:
        table.add_row(Text(" ".join(a_text.split())), "->", Text(" ".join(b_text.split())))
    title = Text(f"Drift glossary ({len(report.glossary)})", style="bold")
    return Group(Text(), title, Padding(table, (0, 0, 0, 2), expand=False))


def _header(report: Report) -> Text:
    """Both versions, one per line (with their languages when they differ), and the model."""
    codes = report.differing_languages
    a_lang, b_lang = (f"  ({codes[0]})", f"  ({codes[1]})") if codes else ("", "")
    return Text.assemble(
        ("A  ", "bold"), _name(report.a, report.b), (a_lang, "dim"), "\n",
        ("B  ", "bold"), _name(report.b, report.a), (b_lang, "dim"), "\n",
        (f"   aligned with {report.model}", "dim"),
    )  # fmt: skip


def _identical(report: Report) -> Text:
    """The whole report for identical inputs: one line."""
    return Text(
        f"A ({_name(report.a, report.b)}) and B ({_name(report.b, report.a)}) are identical: "
        f"{_sentences(len(report.a.sentences))}, no drift.",
        style="green",
    )


def _name(doc: Document, other: Document) -> str:
    """The version's path; an unnamed one beside a named one can only have come from stdin."""
    if doc.path is not None:
        return doc.path
    return "<stdin>" if other.path is not None else "(unnamed)"


def _sentences(count: int) -> str:
    """'1 sentence', '12 sentences'."""
    return f"{count} sentence" if count == 1 else f"{count} sentences"


def _summary(report: Report) -> RenderableType:
    """Counts and shares per outcome; every share is of A except `added`, of B."""
    summary = report.summary
    digits = len(str(max(summary.a_sentences, summary.b_sentences)))
    rows = []
    for name, label in _SUMMARY_ROWS:
        count = f"{getattr(summary, name):>{digits}}  {summary.percent(name):5.1f}%"
        side = "B" if name == "added" else "A"
        rows.append((Text(), Text.assemble(f"{label:<15}  {count}", (f"  of {side}", "dim"))))
    title = Text.assemble(
        ("Summary", "bold"),
        f"  A {_sentences(summary.a_sentences)}, B {_sentences(summary.b_sentences)}",
    )
    return Group(title, Indented(tuple(rows)), Text())


def _no_drift(report: Report) -> Text:
    """The verdict when every difference is typographic."""
    count = sum(len(group.a) for group in report.alignments if is_cosmetic(group))
    where = f" in {_sentences(count)}" if count else ""
    return Text(
        f"No drift: A and B differ only in quote style, dashes, spacing or case{where}.\n",
        style="green",
    )


def _is_quiet(group: AlignmentGroup) -> bool:
    """An unchanged group in place, with nothing even cosmetic to show."""
    plain = all(token.op is Op.EQUAL for token in group.diff)
    return group.kind is Kind.UNCHANGED and not group.moved and plain


def _label(group: AlignmentGroup) -> str:
    """What an editor calls the group: changed, split, - omitted, cosmetic..."""
    if is_cosmetic(group):
        return "cosmetic"
    return _LABELS.get(group.kind, group.kind.value)


def _caption(group: AlignmentGroup, flags: _Flags) -> Text:
    """Kind, sentence numbers on each side, similarity, a moved marker and the findings."""
    label = _label(group)
    caption = Text.assemble((label, _LABEL_STYLES.get(label, "bold")), "  ", group_numbers(group))
    if group.similarity is not None:
        caption.append(f"  sim {group.similarity:.2f}", style="dim")
    if group.confidence is not None and group.confidence.low:
        caption.append("  ").append(_UNSURE, style=_UNSURE_STYLE)
    if group.moved:
        caption.append("  ").append(_MOVED, style=_MOVED_STYLE)
    if group in flags:
        caption.append("  ").append(_flag(flags[group]))
    return caption


def _side_lines(
    report: Report, group: AlignmentGroup, side: Side, *, markers: bool, numbered: bool
) -> list[Line]:
    """One side of a group, one line per sentence, its own changes highlighted."""
    style = {Kind.UNCHANGED: "dim", Kind.OMITTED: "red", Kind.ADDED: "green"}.get(group.kind, "")
    lines = []
    for indices, piece in side_pieces(report, group, side):
        caption = Text(f"{numbers(side.upper(), indices)}  ", style="dim") if numbered else Text()
        lines.append((caption, highlight(piece, markers=markers, style=style)))
    return lines


def _inline_block(
    report: Report, block: AlignmentGroup | _UnchangedRun, flags: _Flags, *, markers: bool
) -> Group:
    """A group as a caption over its highlighted text, or a run of unchanged ones as one line."""
    if isinstance(block, _UnchangedRun):
        count, a_numbers, b_numbers = _describe_run(block)
        line = f"= {_sentences(count)} unchanged  ({a_numbers} -> {b_numbers})"
        return Group(Text(line, style="dim"), Text())
    group = block
    if len(group.a) == 1 and len(group.b) == 1:
        style = "dim" if group.kind is Kind.UNCHANGED else ""
        body = [(Text(), highlight(group_tokens(report, group), markers=markers, style=style))]
    else:
        body = [
            *_side_lines(report, group, "a", markers=markers, numbered=_numbered(group, group.a)),
            *_side_lines(report, group, "b", markers=markers, numbered=_numbered(group, group.b)),
        ]
    return Group(_caption(group, flags), Indented(tuple(body)), Text())


def _describe_run(run: _UnchangedRun) -> tuple[int, str, str]:
    """How many sentences a run of unchanged groups holds, and their numbers on each side."""
    a_side = [index for group in run.groups for index in group.a]
    b_side = [index for group in run.groups for index in group.b]
    return len(a_side), numbers("A", a_side), numbers("B", b_side)


def _numbered(group: AlignmentGroup, indices: Sequence[int]) -> bool:
    """Whether each sentence needs its number: the caption already names a lone one."""
    return group.kind not in (Kind.OMITTED, Kind.ADDED) or len(indices) > 1


def _side_by_side(
    report: Report,
    blocks: Sequence[AlignmentGroup | _UnchangedRun],
    flags: _Flags,
    *,
    markers: bool,
) -> Table:
    """One row per group: A on the left with its deletions, B on the right with its insertions."""
    table = Table(box=box.SQUARE, show_lines=True, expand=True)
    table.add_column(Text(""), overflow="fold")
    for label, doc, other in (("A: ", report.a, report.b), ("B: ", report.b, report.a)):
        table.add_column(
            Text.assemble((label, "bold"), _name(doc, other)), ratio=1, overflow="fold"
        )
    for block in blocks:
        if isinstance(block, _UnchangedRun):
            _, a_numbers, b_numbers = _describe_run(block)
            table.add_row(
                Text("unchanged", style="dim"),
                Text(a_numbers, style="dim"),
                Text(b_numbers, style="dim"),
            )
            continue
        label = _label(block)
        kind = Text(label, style=_LABEL_STYLES.get(label, "bold"))
        if block.similarity is not None:
            kind.append(f"\nsim {block.similarity:.2f}", style="dim")
        if block.moved:
            kind.append("\n").append(_MOVED, style=_MOVED_STYLE)
        if block in flags:
            kind.append("\n").append(_flag(flags[block], stacked=True))
        cells = [
            _side_lines(report, block, side, markers=markers, numbered=True) for side in ("a", "b")
        ]
        a_cell, b_cell = (
            Indented(tuple(lines), indent=0) if lines else Text(f"(not in {side})", style="dim")
            for side, lines in zip("AB", cells, strict=True)
        )
        table.add_row(kind, a_cell, b_cell)
    return table


def _omitted_and_added(report: Report) -> Iterator[RenderableType]:
    """Every omitted and every added sentence again, together, for a desk to scan."""
    for kind, title, side, doc, style in (
        (Kind.OMITTED, "Omitted from B", "A", report.a, "red"),
        (Kind.ADDED, "Added in B", "B", report.b, "green"),
    ):
        groups = [group for group in report.alignments if group.kind is kind]
        indices = [index for group in groups for index in (group.a if side == "A" else group.b)]
        if not indices:
            continue
        lines = tuple(
            (Text(f"{side}#{number + 1}  ", style="dim"), Text(text, style=style))
            for number, text in zip(indices, sentence_texts(doc, indices), strict=True)
        )
        yield Group(Text(f"{title} ({len(indices)})", style=f"bold {style}"), Indented(lines))
