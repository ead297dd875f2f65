"""Word-diff tokens as styled rich Text, for one side of a group or one sentence of it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from rich.style import Style
from rich.text import Text

from driftcheck.types import AlignmentGroup, DiffToken, Kind, Op

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
    for token in tokens:
        if token.op is Op.EQUAL:
            text.append(token.text)
            continue
        core = token.text.strip()
        if not core:
            if token.op is not Op.DELETE:
                text.append(token.text)
            continue
        lead, _, trail = token.text.partition(core)
        opening, closing = _MARKERS.get(token.op, ("", "")) if markers else ("", "")
        text.append(lead)
        text.append(f"{opening}{core}{closing}", _STYLES[token.op])
        text.append(trail)
    return text
