"""Quote marks: where the quotations of a document are, found by pairing its quotation marks.

Quotation marks of every style count (" “ ” „ « » ‘ ’ and ' used as a quote mark, not as an
apostrophe as in Xi's or we're), but in copy that quotes in double marks (in either
version of the story), single marks outside them set off a term or a crosshead, not
speech. Quotes are found per paragraph, so a quote may run over several sentences; one left
open at the end of a paragraph, as wire copy does when a quote continues in the next
paragraph, ends there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from driftcheck.normalize import fold
from driftcheck.types import Document

_DOUBLE_OPENERS = "“„«‟〝"
_DOUBLE_CLOSERS = "”»〞"
_DOUBLE_EITHER = '"＂'
_SINGLE_OPENERS = "‘‚‛‹"
_SINGLE_CLOSERS = "’›"
_SINGLE_EITHER = "'"
_TWO_APOSTROPHES = "''"
_WORD = re.compile(r"\w+")
_DOUBLE = _DOUBLE_OPENERS + _DOUBLE_CLOSERS + _DOUBLE_EITHER
_SINGLE = _SINGLE_OPENERS + _SINGLE_CLOSERS + _SINGLE_EITHER
_BEFORE_OPENING = "([{–—-/:" + _DOUBLE + _SINGLE


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in a document: offsets of its words, inside the marks.

    `closed` is False for a quote whose closing mark never comes (it runs to the end of
    its paragraph).
    """

    start: int
    end: int
    closed: bool = True


@dataclass(frozen=True, slots=True)
class _Open:
    """A quotation mark waiting for its closing mark."""

    mark: str
    double: bool
    at: int
    width: int = 1


def find_quotes(doc: Document, *others: Document) -> tuple[Quote, ...]:
    """The outermost quotations of a document, paragraph by paragraph.

    Where the document quotes in double marks, single marks outside them set off a term,
    a crosshead or a title ("trainers with a 'Nike swoosh'", "'Serious questions' Sheriff
    MacFadyen said: ''...''"), not speech: they are left out. `others` are the story's
    other versions, one publication's copy: where one of them quotes in double marks, so
    does this one, though this version may have no quote in double marks itself; a quote
    in single marks whose words another version quotes is that quote restyled, and kept.
    """
    found = _marked(doc)
    if any(_in_double_marks(doc, q) for q in found):
        return tuple(q for q in found if _in_double_marks(doc, q))
    theirs = [(other, q) for other in others for q in _marked(other)]
    if not any(_in_double_marks(other, q) for other, q in theirs):
        return tuple(found)
    quoted = [_words(other.text[q.start : q.end]) for other, q in theirs]
    return tuple(
        q
        for q in found
        if _in_double_marks(doc, q)
        or any(_words(doc.text[q.start : q.end]) in words for words in quoted)
    )


def _words(text: str) -> str:
    """A quote's words, folded, one space apart and with a space at each end (to find whole
    words of one inside another)."""
    return f" {' '.join(_WORD.findall(fold(text)))} "


def _marked(doc: Document) -> list[Quote]:
    """Every outermost quotation of a document, in single or double marks."""
    quotes: list[Quote] = []
    for start, end in _paragraphs(doc):
        quotes.extend(_scan(doc.text, start, end))
    return [q for q in quotes if len(doc.text[q.start : q.end].strip()) > 1]


def _in_double_marks(doc: Document, quote: Quote) -> bool:
    return not _single_marked(doc.text, quote)


def _single_marked(text: str, quote: Quote) -> bool:
    """True when a quotation opens with a single mark (not two apostrophes)."""
    mark = text[quote.start - 1 : quote.start]
    return bool(mark) and mark in _SINGLE and text[quote.start - 2 : quote.start] != "''"


def _paragraphs(doc: Document) -> Iterator[tuple[int, int]]:
    """The span of each paragraph, from its first sentence to its last."""
    spans: dict[int, tuple[int, int]] = {}
    for s in doc.sentences:
        first, last = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(first, s.start), max(last, s.end))
    yield from (spans[p] for p in sorted(spans))


def _starts_words(nxt: str) -> bool:
    """True when the next character can begin a quotation."""
    return nxt.isalnum() or (bool(nxt) and nxt in "[(…" + _DOUBLE + _SINGLE)


def _opening(prev: str, nxt: str) -> bool:
    """True for a mark placed as an opening mark: after a space, before a word."""
    return (not prev or prev.isspace() or prev in _BEFORE_OPENING) and _starts_words(nxt)


def _closing(prev: str, nxt: str) -> bool:
    """True for a mark placed as a closing mark: after text, not before a letter."""
    return bool(prev.strip()) and not nxt.isalnum()


def _scan(text: str, start: int, end: int) -> Iterator[Quote]:
    """Pair quotation marks within one paragraph; an unclosed quote runs to its end.

    Two apostrophes in a row ('') are one double quotation mark, as copy typed on
    keyboards without curly quotes writes it.
    """
    stack: list[_Open] = []
    i = start
    while i < end:
        char, width = text[i], 1
        if char not in _DOUBLE and char not in _SINGLE:
            i += 1
            continue
        if text.startswith(_TWO_APOSTROPHES, i) and i + 1 < end:
            char, width = '"', 2
        prev = text[i - 1] if i > start else ""
        nxt = text[i + width] if i + width < end else ""
        double = char in _DOUBLE
        open_at = next(
            (n for n in range(len(stack) - 1, -1, -1) if stack[n].double == double), None
        )
        if double:
            action = _double_action(char, prev, nxt, None if open_at is None else stack[open_at])
        else:
            action = _single_action(char, prev, nxt, open_at is not None)
        if action in ("close", "reopen") and open_at is not None:
            opened = stack[open_at]
            del stack[open_at:]
            if not stack:
                yield Quote(opened.at + opened.width, i)
        if action in ("open", "reopen"):
            stack.append(_Open(char, double, i, width))
        i += width
    if stack:
        yield Quote(stack[0].at + stack[0].width, end, closed=False)


def _double_action(char: str, prev: str, nxt: str, opened: _Open | None) -> str:
    """What a double mark does here: open, close, reopen (a close was missed) or nothing."""
    if opened is None:
        explicit = char in "«„" or (char in _DOUBLE_OPENERS and _starts_words(nxt))
        plain = char in _DOUBLE_EITHER and _opening(prev, nxt)
        return "open" if explicit or plain else "ignore"
    german_close = char == "“" and opened.mark == "„"
    if char in _DOUBLE_OPENERS and not german_close and _opening(prev, nxt):
        return "reopen"
    if char in _DOUBLE_EITHER and prev.isspace() and _starts_words(nxt):
        return "reopen"  # placed to open: a new paragraph's quote, the last one not closed
    return "close"


def _single_action(char: str, prev: str, nxt: str, is_open: bool) -> str:
    """What a single mark does here; between letters (Xi's) it is an apostrophe."""
    if prev.isalnum() and nxt.isalnum():
        return "ignore"
    if is_open and char not in _SINGLE_OPENERS and _closing(prev, nxt):
        return "close"
    if char not in _SINGLE_CLOSERS and _opening(prev, nxt) and nxt.isalpha():
        return "open"
    return "ignore"
