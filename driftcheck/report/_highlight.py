"""Word-diff tokens as styled rich Text, and the hanging-indent lines the terminal prints."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from rich.console import Console, ConsoleOptions, RenderResult
from rich.style import Style
from rich.text import Text

from driftcheck.normalize import group_text
from driftcheck.types import AlignmentGroup, DiffToken, Document, Kind, Op, Report

Side = Literal["a", "b"]

DELETED = Style(color="red", strike=True)
INSERTED = Style(color="green", bold=True, underline=True)
COSMETIC = Style(dim=True, italic=True)

_MARKERS = {Op.DELETE: ("[-", "-]"), Op.INSERT: ("{+", "+}")}
_STYLES = {Op.DELETE: DELETED, Op.INSERT: INSERTED, Op.COSMETIC: COSMETIC}
_REWORDING = (Op.DELETE, Op.INSERT)


def is_drift(group: AlignmentGroup) -> bool:
    """True when a group holds more than quote, dash, spacing or case differences."""
    if group.moved or group.kind in (Kind.SPLIT, Kind.MERGE, Kind.OMITTED, Kind.ADDED):
        return True
    if group.kind is Kind.CHANGED and not group.diff:
        return True
    return any(token.op in _REWORDING for token in group.diff)


def is_cosmetic(group: AlignmentGroup) -> bool:
    """True when a group differs, but only in quote style, dashes, spacing or case."""
    return not is_drift(group) and any(token.op is Op.COSMETIC for token in group.diff)


def side_tokens(diff: Iterable[DiffToken], side: Side) -> list[DiffToken]:
    """The tokens that make up one side's text, in that side's own spelling."""
    left_out = Op.INSERT if side == "a" else Op.DELETE
    tokens = []
    for token in diff:
        if token.op is left_out:
            continue
        if side == "a" and token.op is Op.COSMETIC and token.a_text is not None:
            tokens.append(DiffToken(Op.COSMETIC, token.a_text))
        else:
            tokens.append(token)
    return tokens


def one_line(text: str) -> str:
    """The text with line breaks and runs of spaces collapsed, as the word diff sees it."""
    return " ".join(text.split())


def sentence_texts(doc: Document, indices: Sequence[int]) -> list[str]:
    """The sentences' texts, each on one line as the word diff saw them."""
    return [one_line(doc.sentences[index].text) for index in indices]


def group_tokens(report: Report, group: AlignmentGroup) -> list[DiffToken]:
    """The group's word diff, or one made of whole sentences when the aligner left none."""
    if group.diff:
        return list(group.diff)
    a_text, b_text = group_text(report.a, group.a), group_text(report.b, group.b)
    if group.kind is Kind.UNCHANGED:
        return [DiffToken(Op.EQUAL, b_text)]
    return [
        token
        for token in (DiffToken(Op.DELETE, a_text), DiffToken(Op.INSERT, b_text))
        if token.text
    ]


def side_pieces(
    report: Report, group: AlignmentGroup, side: Side
) -> list[tuple[tuple[int, ...], list[DiffToken]]]:
    """One side of a group cut into its sentences (their indices and tokens).

    Omitted and added sentences come as plain text; when a sentence cannot be found in
    the diff, the whole side comes as one piece with all its indices.
    """
    doc, indices = (report.a, group.a) if side == "a" else (report.b, group.b)
    if not indices:
        return []
    texts = sentence_texts(doc, indices)
    if group.kind in (Kind.OMITTED, Kind.ADDED):
        return [((i,), [DiffToken(Op.EQUAL, t)]) for i, t in zip(indices, texts, strict=True)]
    tokens = side_tokens(group_tokens(report, group), side)
    pieces = split_by_sentence(tokens, texts)
    if pieces is None:
        return [(tuple(indices), tokens)]
    return [((index,), piece) for index, piece in zip(indices, pieces, strict=True)]


def runs(tokens: Iterable[DiffToken]) -> Iterator[tuple[Op, str]]:
    """Tokens as (op, text) runs whose marked text never starts or ends with a space.

    A deletion of nothing but whitespace is left out; other whitespace-only changes
    read as plain text.
    """
    for token in tokens:
        core = token.text.strip()
        if token.op is Op.EQUAL or not core:
            if token.op is not Op.DELETE or core:
                yield Op.EQUAL, token.text
            continue
        lead, _, trail = token.text.partition(core)
        if lead:
            yield Op.EQUAL, lead
        yield token.op, core
        if trail:
            yield Op.EQUAL, trail


def split_by_sentence(
    tokens: Sequence[DiffToken], sentences: Sequence[str]
) -> list[list[DiffToken]] | None:
    """Cut one side's tokens into its sentences, or None when a sentence cannot be found."""
    joined = "".join(token.text for token in tokens)
    pieces = []
    cursor = 0
    for sentence in sentences:
        start = joined.find(sentence, cursor)
        if start < 0:
            return None
        cursor = start + len(sentence)
        pieces.append(_slice(tokens, start, cursor))
    return pieces


def _slice(tokens: Sequence[DiffToken], start: int, end: int) -> list[DiffToken]:
    """The tokens covering characters start..end of their joined text, cut at the edges."""
    pieces = []
    offset = 0
    for token in tokens:
        token_end = offset + len(token.text)
        if token_end > start and offset < end:
            text = token.text[max(start - offset, 0) : end - offset]
            pieces.append(DiffToken(token.op, text, token.a_text))
        offset = token_end
    return pieces


def highlight(tokens: Iterable[DiffToken], *, markers: bool, style: str = "") -> Text:
    """Tokens as Text: deletions struck red, insertions green, cosmetic changes dim.

    With `markers`, deletions and insertions are also wrapped as [-old-] and {+new+},
    so the meaning survives where no styles reach the reader.
    """
    text = Text(style=style)
    for op, run in runs(tokens):
        if op is Op.EQUAL:
            text.append(run)
            continue
        opening, closing = _MARKERS.get(op, ("", "")) if markers else ("", "")
        text.append(f"{opening}{run}{closing}", _STYLES[op])
    return text


Line = tuple[Text, Text]
"""A sentence number such as "A#3  " (or nothing) and the text it labels."""

NARROWEST_HANG = 30
"""Below this many columns beside a label, text goes under the label instead."""


@dataclass(frozen=True)
class Indented:
    """Lines wrapped to fit, continuing under their text rather than their number; no padding."""

    lines: tuple[Line, ...]
    indent: int = 2

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Each line folded to fit, long words included, under a hanging indent."""
        for number, text in self.lines:
            label, body = number, text
            if options.max_width - self.indent - number.cell_len < NARROWEST_HANG:
                label, body = Text(), Text.assemble(number, text)
            width = max(options.max_width - self.indent - label.cell_len, 1)
            for row, line in enumerate(body.wrap(console, width, overflow="fold")):
                line.rstrip()
                lead = label if row == 0 else " " * label.cell_len
                yield Text.assemble(" " * self.indent, lead, line)
