"""The rich terminal report: summary, aligned groups with word highlights, omitted and added."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from driftcheck.report._highlight import (
    Side,
    highlight,
    is_cosmetic,
    is_drift,
    one_line,
    side_tokens,
    split_by_sentence,
)
from driftcheck.types import AlignmentGroup, DiffToken, Document, Kind, Op, Report

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


@dataclass(frozen=True)
class _UnchangedRun:
    """Consecutive unchanged groups, shown as one line."""

    groups: tuple[AlignmentGroup, ...]


_Line = tuple[Text, Text]
"""A sentence number such as "A#3  " (or nothing) and the text it labels."""

_NARROWEST_HANG = 30


@dataclass(frozen=True)
class _Indented:
    """Lines wrapped to fit, continuing under their text rather than their number; no padding."""

    lines: tuple[_Line, ...]
    indent: int = 2

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Each line folded to fit, long words included, under a hanging indent."""
        for number, text in self.lines:
            label, body = number, text
            if options.max_width - self.indent - number.cell_len < _NARROWEST_HANG:
                label, body = Text(), Text.assemble(number, text)
            width = max(options.max_width - self.indent - label.cell_len, 1)
            for row, line in enumerate(body.wrap(console, width, overflow="fold")):
                line.rstrip()
                lead = label if row == 0 else " " * label.cell_len
                yield Text.assemble(" " * self.indent, lead, line)


@dataclass(frozen=True)
class TerminalReport:
    """A Report as a rich renderable: pass it to `Console.print`."""

    report: Report
    side_by_side: bool = False
    show_unchanged: bool = False

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Header, then either the one-line verdict or the summary, groups and lists."""
        report = self.report
        markers = console.color_system is None
        if report.identical:
            yield _identical(report)
            return
        yield _header(report)
        if any(is_drift(group) for group in report.alignments):
            yield _summary(report)
        else:
            yield _no_drift(report)
        if self.side_by_side:
            yield _side_by_side(report, self._blocks(), markers=markers)
        else:
            for block in self._blocks():
                yield _inline_block(report, block, markers=markers)
        yield from _omitted_and_added(report)

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
    console.print(TerminalReport(report, side_by_side=side_by_side, show_unchanged=show_unchanged))


def _header(report: Report) -> Text:
    """Both versions, one per line, and the model that aligned them."""
    return Text.assemble(
        ("A  ", "bold"), _name(report.a, report.b), "\n",
        ("B  ", "bold"), _name(report.b, report.a), "\n",
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
    return Group(title, _Indented(tuple(rows)), Text())


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


def _numbers(side: str, indices: Sequence[int]) -> str:
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


def _caption(group: AlignmentGroup) -> Text:
    """Kind, sentence numbers on each side, similarity and a moved marker."""
    label = _label(group)
    numbers = " -> ".join(
        _numbers(side, indices) for side, indices in (("A", group.a), ("B", group.b)) if indices
    )
    caption = Text.assemble((label, _LABEL_STYLES.get(label, "bold")), "  ", numbers)
    if group.similarity is not None:
        caption.append(f"  sim {group.similarity:.2f}", style="dim")
    if group.moved:
        caption.append("  ").append(_MOVED, style=_MOVED_STYLE)
    return caption


def _texts(doc: Document, indices: Sequence[int]) -> list[str]:
    """The sentences' texts, each on one line as the word diff saw them."""
    return [one_line(doc.sentences[index].text) for index in indices]


def _tokens(report: Report, group: AlignmentGroup) -> list[DiffToken]:
    """The group's word diff, or one made of whole sentences when the aligner left none."""
    if group.diff:
        return list(group.diff)
    a_text = " ".join(_texts(report.a, group.a))
    b_text = " ".join(_texts(report.b, group.b))
    if group.kind is Kind.UNCHANGED:
        return [DiffToken(Op.EQUAL, b_text)]
    return [
        token
        for token in (DiffToken(Op.DELETE, a_text), DiffToken(Op.INSERT, b_text))
        if token.text
    ]


def _side_lines(
    report: Report, group: AlignmentGroup, side: Side, *, markers: bool, numbered: bool
) -> list[_Line]:
    """One side of a group, one line per sentence, its own changes highlighted."""
    doc, indices = (report.a, group.a) if side == "a" else (report.b, group.b)
    if not indices:
        return []
    label = side.upper()
    style = "dim" if group.kind is Kind.UNCHANGED else ""
    if group.kind in (Kind.OMITTED, Kind.ADDED):
        pieces = [[DiffToken(Op.EQUAL, text)] for text in _texts(doc, indices)]
        style = "red" if group.kind is Kind.OMITTED else "green"
    else:
        tokens = side_tokens(_tokens(report, group), side)
        pieces = split_by_sentence(tokens, _texts(doc, indices)) or [tokens]
    lines = []
    for number, piece in zip(indices, pieces, strict=False):
        shown = _numbers(label, indices) if len(pieces) == 1 else _numbers(label, [number])
        caption = Text(f"{shown}  ", style="dim") if numbered else Text()
        lines.append((caption, highlight(piece, markers=markers, style=style)))
    return lines


def _inline_block(report: Report, block: AlignmentGroup | _UnchangedRun, *, markers: bool) -> Group:
    """A group as a caption over its highlighted text, or a run of unchanged ones as one line."""
    if isinstance(block, _UnchangedRun):
        count, a_numbers, b_numbers = _describe_run(block)
        line = f"= {_sentences(count)} unchanged  ({a_numbers} -> {b_numbers})"
        return Group(Text(line, style="dim"), Text())
    group = block
    if len(group.a) == 1 and len(group.b) == 1:
        style = "dim" if group.kind is Kind.UNCHANGED else ""
        body = [(Text(), highlight(_tokens(report, group), markers=markers, style=style))]
    else:
        body = [
            *_side_lines(report, group, "a", markers=markers, numbered=_numbered(group, group.a)),
            *_side_lines(report, group, "b", markers=markers, numbered=_numbered(group, group.b)),
        ]
    return Group(_caption(group), _Indented(tuple(body)), Text())


def _describe_run(run: _UnchangedRun) -> tuple[int, str, str]:
    """How many sentences a run of unchanged groups holds, and their numbers on each side."""
    a_side = [index for group in run.groups for index in group.a]
    b_side = [index for group in run.groups for index in group.b]
    return len(a_side), _numbers("A", a_side), _numbers("B", b_side)


def _numbered(group: AlignmentGroup, indices: Sequence[int]) -> bool:
    """Whether each sentence needs its number: the caption already names a lone one."""
    return group.kind not in (Kind.OMITTED, Kind.ADDED) or len(indices) > 1


def _side_by_side(
    report: Report, blocks: Sequence[AlignmentGroup | _UnchangedRun], *, markers: bool
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
        cells = [
            _side_lines(report, block, side, markers=markers, numbered=True) for side in ("a", "b")
        ]
        a_cell, b_cell = (
            _Indented(tuple(lines), indent=0) if lines else Text(f"(not in {side})", style="dim")
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
            for number, text in zip(indices, _texts(doc, indices), strict=True)
        )
        yield Group(Text(f"{title} ({len(indices)})", style=f"bold {style}"), _Indented(lines))
