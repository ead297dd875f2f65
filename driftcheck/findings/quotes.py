"""Quotes: words inside quotation marks in A must reach B verbatim.

Quotation marks of every style count (" “ ” „ « » ‘ ’ and ' used as a quote mark, not as an
apostrophe as in Xi's or we're), but in copy that quotes in double marks, single marks
outside them set off a term or a crosshead, not speech. Quotes are found per paragraph, so a
quote may run over several sentences; one left open at the end of a paragraph, as wire copy
does when a quote continues in the next paragraph, ends there. A quote is compared after
folding quote style, dashes and case (normalize.fold): "enduring" and “enduring” are the
same quote.

For each quote of A in a group with edits, in order:
- found verbatim in B inside quotation marks: nothing to report;
- found verbatim but no longer quoted: quote.unquoted;
- otherwise its counterpart is the B quote at the place the diff carries it to:
  the same words with other punctuation -> quote.punctuation; words left out with an
  ellipsis or changed inside [square brackets] -> quote.marked_edit; a shorter stretch
  of the same words -> quote.shortened; anything else -> quote.altered;
- no quote there (the words are gone, or paraphrased without quotation marks):
  quote.dropped.
A quote of B that quotes nothing of A is quote.added. Quotes in omitted or added
sentences are left to sentence.omitted and sentence.added.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from driftcheck.findings.context import GroupView, Side, excerpt, fold_chars, trim
from driftcheck.types import Document, Finding

_DOUBLE_OPENERS = "“„«‟〝"
_DOUBLE_CLOSERS = "”»〞"
_DOUBLE_EITHER = '"＂'
_SINGLE_OPENERS = "‘‚‛‹"
_SINGLE_CLOSERS = "’›"
_SINGLE_EITHER = "'"
_TWO_APOSTROPHES = "''"
_DOUBLE = _DOUBLE_OPENERS + _DOUBLE_CLOSERS + _DOUBLE_EITHER
_SINGLE = _SINGLE_OPENERS + _SINGLE_CLOSERS + _SINGLE_EITHER
_BEFORE_OPENING = "([{–—-/:" + _DOUBLE + _SINGLE
_WORDS = re.compile(r"\w+")
_QUOTE_EDGES = " ,.;:-–—"
"""Punctuation at a quote's ends that house style moves (a comma before the attribution);
! and ? are kept: losing them changes what was said."""
_TITLE_WORDS = 6
_EDIT_MARKS = re.compile(r"\[[^\]]*\]|…|\.\s?\.\s?\.")


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


def find_quotes(doc: Document) -> tuple[Quote, ...]:
    """The outermost quotations of a document, paragraph by paragraph.

    Where the document quotes in double marks, single marks outside them set off a term,
    a crosshead or a title ("trainers with a 'Nike swoosh'", "'Serious questions' Sheriff
    MacFadyen said: ''...''"), not speech: they are left out.
    """
    quotes: list[Quote] = []
    for start, end in _paragraphs(doc):
        quotes.extend(_scan(doc.text, start, end))
    found = [q for q in quotes if len(doc.text[q.start : q.end].strip()) > 1]
    if any(not _single_marked(doc.text, q) for q in found):
        found = [q for q in found if not _single_marked(doc.text, q)]
    return tuple(found)


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


def in_group(side: Side, quotes: tuple[Quote, ...]) -> list[tuple[int, int]]:
    """The quotes' words inside this side's text, trimmed of edge punctuation."""
    return [where for where, _ in _located(side, quotes)]


def _unclosed(side: Side, quotes: tuple[Quote, ...]) -> set[tuple[int, int]]:
    """The ranges (as `in_group` gives them) of quotes that never close."""
    return {where for where, quote in _located(side, quotes) if not quote.closed}


def _located(side: Side, quotes: tuple[Quote, ...]) -> list[tuple[tuple[int, int], Quote]]:
    """Each quote of this side with the range of its words in the side's text.

    `quotes` are a document's, in reading order and apart (as find_quotes gives them), so
    only those overlapping the side's stretch of the document are read (bisection).
    """
    if not side.origin:
        return []
    first, last = side.origin[0], side.origin[-1] + 1
    low = bisect_right(quotes, first, key=lambda quote: quote.end)
    high = bisect_left(quotes, last, lo=low, key=lambda quote: quote.start)
    ranges = []
    for quote in quotes[low:high]:
        start, end = side.locate(quote.start), side.locate(quote.end)
        start, end = trim(side.text, start, end, _QUOTE_EDGES)
        if start < end and _WORDS.search(side.text, start, end):
            ranges.append(((start, end), quote))
    return ranges


def check_quotes(
    view: GroupView,
    a_quotes: tuple[Quote, ...],
    b_quotes: tuple[Quote, ...],
    story: tuple[Callable[[str], bool], Callable[[str], bool]] | None = None,
) -> list[Finding]:
    """Findings for A's quotes in one group, then for B's quotes that quote nothing of A.

    With `story` (whether the whole of A, and of B, has some words), a quote whose words
    the other version still has somewhere is neither dropped nor added, nor is a title
    in quotation marks (`title_like`).
    """
    found = _check_quotes(view, a_quotes, b_quotes)
    if story is None:
        return found
    in_a, in_b = story
    return [
        f
        for f in found
        if not (f.rule == "quote.dropped" and _judged(in_b, _quoted(view.a, f.a_span)))
        and not (f.rule == "quote.added" and _judged(in_a, _quoted(view.b, f.b_span)))
    ]


def title_like(text: str) -> bool:
    """True for words in quotation marks that are a title or a name, not a quotation:
    at most six words, no sentence punctuation, every word of four letters or more
    capitalised or a numeral ("All About Eve", "20th Century Women", "PA")."""
    words = _WORDS.findall(text)
    if not words or len(words) > _TITLE_WORDS or re.search(r"[.,;:!?]", text.strip(" .,")):
        return False
    return _capital(words[0]) and all(_capital(w) for w in words if len(w) >= 4)


def _capital(word: str) -> bool:
    """True for a word a title capitalises: a capital or a numeral first (20th Century Women)."""
    return word[0].isupper() or word[0].isdigit()


def _judged(present: Callable[[str], bool], text: str) -> bool:
    """True when a quote is no loss or gain of the story: a title, or words still there."""
    return title_like(text) or present(text)


def _quoted(side: Side, span: tuple[int, int] | None) -> str:
    """The original text at a finding's span on one side."""
    return "" if span is None else side.doc.text[span[0] : span[1]]


def _check_quotes(
    view: GroupView, a_quotes: tuple[Quote, ...], b_quotes: tuple[Quote, ...]
) -> list[Finding]:
    """check_quotes within the group alone."""
    a_ranges, b_ranges = in_group(view.a, a_quotes), in_group(view.b, b_quotes)
    a_fold, b_fold = fold_chars(view.a.text), fold_chars(view.b.text)
    left_open, open_in_a = _unclosed(view.b, b_quotes), _unclosed(view.a, a_quotes)
    found: list[Finding] = []
    answered: list[tuple[int, int]] = []
    for a_range in a_ranges:
        spots = _occurrences(b_fold, a_fold[a_range[0] : a_range[1]])
        holding = [r for spot in spots for r in b_ranges if _inside(spot, r)]
        if holding:
            dropped_close = holding[0] in left_open and a_range not in open_in_a
            if dropped_close and _same_words(view, a_range, holding[0]):
                left_open.discard(holding[0])  # words that run on are quote.altered, below
                found.append(_unclosed_finding(view, a_range, holding[0]))
            continue
        if spots:
            found.append(_unquoted(view, a_range, spots[0]))
            continue
        b_range = _counterpart(view, a_range, b_ranges)
        if b_range in b_ranges:
            answered.append(b_range)
        found.extend(_compare(view, a_range, b_range, quoted=b_range in b_ranges))
    for b_range in b_ranges:
        if b_range in answered:
            continue
        spots = _occurrences(a_fold, b_fold[b_range[0] : b_range[1]])
        if any(_inside(spot, r) for spot in spots for r in a_ranges):
            continue
        source = view.to_a(*b_range)
        overlapping = [r for r in a_ranges if r[0] < source[1] and source[0] < r[1]]
        if overlapping and not spots:
            found.append(_altered(view, overlapping[0], b_range))
        elif not overlapping:
            found.append(_added(view, b_range))
    return found


def _same_words(view: GroupView, a_range: tuple[int, int], b_range: tuple[int, int]) -> bool:
    """True when B's quote holds exactly A's quoted words."""
    a_text, b_text = view.a.text[a_range[0] : a_range[1]], view.b.text[b_range[0] : b_range[1]]
    return _words(a_text) == _words(b_text)


def _unclosed_finding(
    view: GroupView, a_range: tuple[int, int], b_range: tuple[int, int]
) -> Finding:
    """B keeps A's quoted words but drops the closing mark: the quote now runs on."""
    message = f'closing quotation mark dropped: "{excerpt(view.a.text[a_range[0] : a_range[1]])}"'
    return view.finding("quote.punctuation", message, a=a_range, b=b_range)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where `needle` occurs in `text` as whole words."""
    spots = []
    at = text.find(needle) if needle else -1
    while at >= 0:
        end = at + len(needle)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            spots.append((at, end))
        at = text.find(needle, at + 1)
    return spots


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """True when `inner` lies within `outer`."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _counterpart(
    view: GroupView, a_range: tuple[int, int], b_ranges: list[tuple[int, int]]
) -> tuple[int, int]:
    """B's quote at the place the diff carries A's quote to, else B's text there."""
    start, end = view.to_b(*a_range)
    best, best_overlap = None, 0
    for b_range in b_ranges:
        overlap = min(end, b_range[1]) - max(start, b_range[0])
        if overlap > best_overlap:
            best, best_overlap = b_range, overlap
    return best or trim(view.b.text, start, end)


def _compare(
    view: GroupView, a_range: tuple[int, int], b_range: tuple[int, int], *, quoted: bool
) -> list[Finding]:
    """The finding for an A quote whose words B does not have verbatim."""
    a_text = view.a.text[a_range[0] : a_range[1]]
    b_text = view.b.text[b_range[0] : b_range[1]]
    if not quoted:
        message = f'quote dropped: "{excerpt(a_text)}"'
        b_part = b_range if _WORDS.search(b_text) else None
        return [view.finding("quote.dropped", message, a=a_range, b=b_part)]
    a_words, b_words = _words(a_text), _words(b_text)
    if a_words == b_words:
        rule, what = "quote.punctuation", "quote punctuation changed"
    elif _EDIT_MARKS.search(b_text) and _marked_edit_fits(a_words, b_text):
        rule, what = "quote.marked_edit", "quote edited with [ ] or …"
    elif _contiguous(b_words, a_words):
        rule, what = "quote.shortened", "quote shortened"
    else:
        rule, what = "quote.altered", "quote altered"
    message = f'{what}: "{excerpt(a_text)}" -> "{excerpt(b_text)}"'
    return [view.finding(rule, message, a=a_range, b=b_range)]


def _altered(view: GroupView, a_range: tuple[int, int], b_range: tuple[int, int]) -> Finding:
    """quote.altered for a B quote that adds words to an A quote."""
    a_text = view.a.text[a_range[0] : a_range[1]]
    b_text = view.b.text[b_range[0] : b_range[1]]
    message = f'quote altered: "{excerpt(a_text)}" -> "{excerpt(b_text)}"'
    return view.finding("quote.altered", message, a=a_range, b=b_range)


def _unquoted(view: GroupView, a_range: tuple[int, int], b_range: tuple[int, int]) -> Finding:
    """quote.unquoted for A's quoted words standing in B without quotation marks."""
    message = (
        f'quote no longer in quotation marks: "{excerpt(view.a.text[a_range[0] : a_range[1]])}"'
    )
    return view.finding("quote.unquoted", message, a=a_range, b=b_range)


def _added(view: GroupView, b_range: tuple[int, int]) -> Finding:
    """quote.added for words B quotes that A did not."""
    b_text = view.b.text[b_range[0] : b_range[1]]
    return view.finding("quote.added", f'quote added: "{excerpt(b_text)}"', b=b_range)


def _words(text: str) -> list[str]:
    """The words of a text, folded: what quotes are compared on."""
    return _WORDS.findall(fold_chars(text))


def _contiguous(part: list[str], whole: list[str]) -> bool:
    """True when `part` is a non-empty run of consecutive words of `whole`."""
    return bool(part) and any(
        whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1)
    )


def _marked_edit_fits(a_words: list[str], b_text: str) -> bool:
    """True when B's quote is A's words in order, apart from [insertions] and … gaps."""
    position = 0
    pieces = [_words(piece) for piece in _EDIT_MARKS.split(b_text)]
    if not any(pieces):
        return False
    for piece in filter(None, pieces):
        at = next(
            (
                i
                for i in range(position, len(a_words) - len(piece) + 1)
                if a_words[i : i + len(piece)] == piece
            ),
            None,
        )
        if at is None:
            return False
        position = at + len(piece)
    return True
