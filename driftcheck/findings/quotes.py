"""Quotes: words inside quotation marks in A must reach B verbatim.

Quotes are found by their marks (quote_marks.py). A quote is compared after
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
from collections.abc import Callable

from driftcheck.findings.context import GroupView, Side, excerpt, fold_chars, trim
from driftcheck.findings.quote_marks import Quote
from driftcheck.types import Finding

_WORDS = re.compile(r"\w+")
_QUOTE_EDGES = " ,.;:-–—"
"""Punctuation at a quote's ends that house style moves (a comma before the attribution);
! and ? are kept: losing them changes what was said."""
_TITLE_WORDS = 6
_EDIT_MARKS = re.compile(r"\[[^\]]*\]|…|\.\s?\.\s?\.")


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
