"""What every rule reads: a group's A and B text as the diff saw them, mapped back to the originals.

The diff compares each side's sentences tidied (whitespace collapsed) and joined by one
space. Rules work on that joined text, so their positions line up with the diff tokens;
`Side.span` turns a position back into offsets of the original decoded text, which is
what a Finding carries.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from driftcheck.diff import word_diff
from driftcheck.findings.rules import finding
from driftcheck.normalize import fold
from driftcheck.types import AlignmentGroup, DiffToken, Document, Finding, Kind, Op

_NON_SPACE = re.compile(r"\S+")
_EDGE_PUNCTUATION = " \t,.;:!?…-–—"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a group: its sentences tidied and joined by a space, as the diff saw them."""

    doc: Document
    sentences: tuple[int, ...]
    text: str
    origin: tuple[int, ...]
    """Offset in `doc.text` of each character of `text`."""
    starts: tuple[int, ...]
    """Where each sentence begins in `text`."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The (start, end) offsets in the original text of `text[start:end]`."""
        if not self.origin:
            return (0, 0)
        if end <= start:
            point = self.origin[start] if start < len(self.origin) else self.origin[-1] + 1
            return (point, point)
        return (self.origin[start], self.origin[end - 1] + 1)

    def original(self, start: int, end: int) -> str:
        """The original text at `text[start:end]`, exactly (line breaks included)."""
        first, last = self.span(start, end)
        return self.doc.text[first:last]

    def locate(self, offset: int) -> int:
        """The position in `text` of the first character at or after `offset` of the original."""
        return bisect_left(self.origin, offset)


def make_side(doc: Document, indices: Sequence[int]) -> Side:
    """The group's text as `normalize.group_text` joins it, remembering where each character was."""
    chars: list[str] = []
    origin: list[int] = []
    starts: list[int] = []
    for n, index in enumerate(sorted(indices)):
        sentence = doc.sentences[index]
        if n:
            chars.append(" ")
            origin.append(origin[-1] + 1 if origin else sentence.start)
        starts.append(len(chars))
        for m, run in enumerate(_NON_SPACE.finditer(sentence.text)):
            if m:
                chars.append(" ")
                origin.append(sentence.start + run.start() - 1)
            chars.extend(run.group())
            origin.extend(range(sentence.start + run.start(), sentence.start + run.end()))
    return Side(doc, tuple(sorted(indices)), "".join(chars), tuple(origin), tuple(starts))


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of the diff, unchanged (equal or cosmetic) or an edit, with its range per side."""

    edit: bool
    a: tuple[int, int]
    b: tuple[int, int]
    cosmetic: bool = False


def diff_blocks(tokens: Sequence[DiffToken]) -> tuple[Block, ...]:
    """Positions of each diff token; neighbouring deletes and inserts form one edit."""
    blocks: list[Block] = []
    a_pos = b_pos = 0
    for token in tokens:
        a_len = {Op.INSERT: 0, Op.COSMETIC: len(token.a_text or token.text)}.get(
            token.op, len(token.text)
        )
        b_len = 0 if token.op is Op.DELETE else len(token.text)
        edit = token.op in (Op.DELETE, Op.INSERT)
        if edit and blocks and blocks[-1].edit:
            last = blocks[-1]
            blocks[-1] = Block(True, (last.a[0], a_pos + a_len), (last.b[0], b_pos + b_len))
        else:
            cosmetic = token.op is Op.COSMETIC
            blocks.append(Block(edit, (a_pos, a_pos + a_len), (b_pos, b_pos + b_len), cosmetic))
        a_pos += a_len
        b_pos += b_len
    return tuple(blocks)


def _rebuilds(tokens: Sequence[DiffToken], a_text: str, b_text: str) -> bool:
    """True when the tokens spell out exactly these two texts."""
    a = "".join(
        t.a_text or t.text if t.op is Op.COSMETIC else t.text
        for t in tokens
        if t.op is not Op.INSERT
    )
    b = "".join(t.text for t in tokens if t.op is not Op.DELETE)
    return a == a_text and b == b_text


def _map(blocks: Sequence[Block], start: int, end: int, *, from_a: bool) -> tuple[int, int]:
    """Carry a range of one side over to the other; an edit maps to the whole of its other side."""

    def source(block: Block) -> tuple[int, int]:
        """The block's range on the side mapped from."""
        return block.a if from_a else block.b

    def target(block: Block) -> tuple[int, int]:
        """The block's range on the side mapped to."""
        return block.b if from_a else block.a

    total = max((target(block)[1] for block in blocks), default=0)
    new_start, new_end = total, 0
    for block in blocks:
        (x0, x1), (y0, y1) = source(block), target(block)
        if x0 <= start < x1:
            new_start = y0 if block.edit else y0 + min(start - x0, y1 - y0)
        if x0 < end <= x1:
            new_end = y1 if block.edit else y0 + min(end - x0, y1 - y0)
    return new_start, max(new_start, new_end)


class GroupView:
    """One aligned group as the rules see it: both sides' text and the diff between them."""

    def __init__(self, index: int, group: AlignmentGroup, a: Document, b: Document) -> None:
        """Join the group's sentences; re-diff only if the group's tokens do not spell them."""
        self.index = index
        self.group = group
        self.a = make_side(a, group.a)
        self.b = make_side(b, group.b)
        tokens = group.diff
        if group.a and group.b and not _rebuilds(tokens, self.a.text, self.b.text):
            tokens = word_diff(self.a.text, self.b.text)
        self.blocks = diff_blocks(tokens)

    @property
    def paired(self) -> bool:
        """True when the group has sentences on both sides (not omitted or added)."""
        return self.group.kind not in (Kind.OMITTED, Kind.ADDED) and bool(self.group.a)

    @cached_property
    def edits(self) -> tuple[Block, ...]:
        """The diff's edits (deletes and inserts), in reading order."""
        return tuple(block for block in self.blocks if block.edit)

    def to_b(self, start: int, end: int) -> tuple[int, int]:
        """Where A's `text[start:end]` ended up in B's text."""
        return _map(self.blocks, start, end, from_a=True)

    def to_a(self, start: int, end: int) -> tuple[int, int]:
        """Where B's `text[start:end]` came from in A's text."""
        return _map(self.blocks, start, end, from_a=False)

    def edits_touching(self, start: int, end: int) -> list[Block]:
        """The edits overlapping a range of A's text."""
        return [block for block in self.edits if _overlaps(block.a, (start, end))]

    def finding(
        self,
        rule: str,
        message: str,
        *,
        a: tuple[int, int] | None = None,
        b: tuple[int, int] | None = None,
    ) -> Finding:
        """A finding on this group, with A's and B's ranges turned into original spans and text."""
        return finding(
            rule,
            message,
            self.index,
            a_span=None if a is None else self.a.span(*a),
            b_span=None if b is None else self.b.span(*b),
            a_text=None if a is None else self.a.original(*a),
            b_text=None if b is None else self.b.original(*b),
        )


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """True when two ranges share at least one character."""
    return x[0] < y[1] and y[0] < x[1]


def trim(text: str, start: int, end: int, edges: str = _EDGE_PUNCTUATION) -> tuple[int, int]:
    """Shrink a range past surrounding spaces and punctuation (quote ends, trailing commas)."""
    while start < end and text[start] in edges:
        start += 1
    while end > start and text[end - 1] in edges:
        end -= 1
    return start, end


def fold_chars(text: str) -> str:
    """`normalize.fold` one character at a time, so positions in the result match the input."""
    out = []
    for char in text:
        folded = fold(char)
        out.append(" " if char.isspace() else folded if len(folded) == 1 else char)
    return "".join(out)


def excerpt(text: str, limit: int = 80) -> str:
    """The text, cut at a word boundary with an ellipsis when longer than `limit`."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(_EDGE_PUNCTUATION) + "…"
