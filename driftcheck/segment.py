"""Text -> paragraphs -> sentences, each with its character span in the decoded text.

Sentence boundaries come from sentencex (Wikimedia's rule-based segmenter: maintained,
~300 languages, lossless: its pieces concatenate back to the input). On top of it this
module knows what news copy looks like: blank lines and one-line headlines end
paragraphs, a dateline such as "XIAN, China (Reuters) –" is a segment of its own, and
fragments with no words of their own (a stray "." or '“, Park told Reuters.') stay with
the sentence they belong to. sentencex never ends a sentence inside quotation marks; a
quotation of several sentences is split at their ends, as annotators and most segmenters
do, its opening words staying with the attribution before them, unless the attribution
follows the quotation's comma.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import sentencex

from driftcheck.patterns import ENDS_SENTENCE, dateline
from driftcheck.types import Document, Sentence

_BREAK = r"(?:\r\n|\r(?!\n)|\n)"  # "\r" alone only when no "\n" follows: CRLF is one break
_PARAGRAPH_BREAK = re.compile(_BREAK + r"[ \t\f\v]*" + _BREAK + r"\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_AFTER_DATELINE = re.compile(r"[ ]+(?=\S)")  # a dateline is split off only before text
_HEADLINE_MAX_WORDS = 14
_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›〝〞＂]|(?<!\w)[‘’']|[‘’'](?!\w)")
"""Quotation marks, and single marks not inside a word (an apostrophe as in "it's" stays)."""
_TITLE_AT_END = re.compile(
    r"(?<!\S)(?:M|MM|Mme|Mlle|Me|Dr|Pr|Prof|Sr|Sra|Srta|Hr|Fr|St|Ste|Sta|Sto|Mt|Св|св|им|ул)\.$"
)
"""A title or a name's abbreviated first word before a name ("M. Salenko", "Sr. Ruiz",
"St. Walburg", "Sta. Teresa", "больница Св. Венделины", "школа им. Пушкина", "ул.
Ленина"): no sentence ends there. A translation keeps an English name's "St." as it is,
and sentencex knows it only in English ("Sr." ends a name there)."""
_EN_TITLE_AT_END = re.compile(r"(?<!\S)(?:Ms|Mx|Cllr|Pte)\.$")
"""English titles sentencex does not know ("Ms. Dark said"): no sentence ends there
before a capitalised word."""


def segment(
    text: str, path: str | None = None, *, language: str = "en", lines: bool = False
) -> Document:
    """Split a decoded text into sentences with spans such that text[start:end] == sentence.

    With `lines`, the text is taken as already segmented: each non-blank line is one
    segment, as translation memories and aligned corpora deliver it; blank lines still
    separate paragraphs.
    """
    if lines:
        return _given_lines(text, path)
    sentences: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_paragraphs(text)):
        for s_start, s_end in _sentences(text, start, end, language):
            sentences.append(
                Sentence(len(sentences), text[s_start:s_end], s_start, s_end, paragraph)
            )
    return Document(text=text, sentences=tuple(sentences), path=path)


def _given_lines(text: str, path: str | None) -> Document:
    """One segment per non-blank line, its surrounding whitespace left out of the span."""
    sentences: list[Sentence] = []
    paragraph, blank_before, offset = -1, True, 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            blank_before = True
        else:
            paragraph += blank_before
            blank_before = False
            start = offset + len(line) - len(line.lstrip())
            sentences.append(
                Sentence(len(sentences), stripped, start, start + len(stripped), paragraph)
            )
        offset += len(line)
    return Document(text=text, sentences=tuple(sentences), path=path)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of blocks separated by blank lines, then by line breaks that end a paragraph."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _split_lines(text, start, match.start())
        start = match.end()
    yield from _split_lines(text, start, len(text))


def _split_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Break a block at line ends that close a sentence or a headline; join soft wraps."""
    breaks = list(_LINE_BREAK.finditer(text, start, end))
    wrapped = _is_hard_wrapped(text, start, end, len(breaks))
    block_start = line_start = start
    for match in breaks:
        line = text[line_start : match.start()]
        following = text[match.end() : end].lstrip()
        line_start = match.end()
        headline = not wrapped and _looks_like_headline(line, following)
        if headline or ENDS_SENTENCE.search(line):
            if text[block_start : match.start()].strip():
                yield block_start, match.start()
            block_start = match.end()
    if text[block_start:end].strip():
        yield block_start, end


def _is_hard_wrapped(text: str, start: int, end: int, breaks: int) -> bool:
    """Three or more lines of similar length, as an editor or mail client wraps text."""
    if breaks < 2:
        return False
    lengths = [len(line) for line in _LINE_BREAK.split(text[start:end].rstrip())[:-1]]
    return max(lengths) <= 100 and min(lengths) >= 0.6 * max(lengths)


def _looks_like_headline(line: str, following: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _HEADLINE_MAX_WORDS
        and bool(following)
        and (following[0].isupper() or following[0] in "\"“‘'«(")
    )


def _sentences(text: str, start: int, end: int, language: str) -> Iterator[tuple[int, int]]:
    """Sentence spans inside one paragraph, fragments glued to their sentence."""
    flat = _LINE_BREAK.sub(lambda m: " " * len(m.group()), text[start:end])
    spans: list[tuple[int, int]] = []
    offset = start
    for piece in sentencex.segment(language, flat):
        piece_start = offset + len(piece) - len(piece.lstrip())
        piece_end = offset + len(piece.rstrip())
        offset += len(piece)
        if piece_end <= piece_start:
            continue
        for part_start, part_end in _quoted_sentences(text, piece_start, piece_end, language):
            if spans and (
                _is_fragment(text[part_start:part_end])
                or _after_title(text, spans[-1], part_start, language)
            ):
                spans[-1] = (spans[-1][0], part_end)
            else:
                spans.append((part_start, part_end))
    _carry_openers(text, spans)
    spans = _join_quotations(text, spans)
    if spans and offset != end:  # sentencex lost characters: fall back to one span
        spans = [(start + len(text[start:end]) - len(text[start:end].lstrip()), end)]
    if spans:
        match = dateline(text, spans[0][0], end)
        inside = sum(1 for s_start, _ in spans if match is not None and s_start < match.end())
        if inside > 1:  # the segmenter broke a dateline at an abbreviation: "BERLIN, 3. Okt."
            spans[0:inside] = [(spans[0][0], spans[inside - 1][1])]
        spans[0:1] = list(_split_dateline(text, *spans[0]))
    return iter(spans)


def _after_title(text: str, previous: tuple[int, int], start: int, language: str) -> bool:
    """True when the span before `start` ends with a title abbreviated before a name."""
    if language != "en":
        return _TITLE_AT_END.search(text, *previous) is not None
    return text[start : start + 1].isupper() and bool(_EN_TITLE_AT_END.search(text, *previous))


def _quoted_sentences(text: str, start: int, end: int, language: str) -> Iterator[tuple[int, int]]:
    """One sentencex piece split at the sentence ends inside its quotation marks.

    The piece is segmented again with its quotation marks read as spaces, so sentencex's
    own rules (abbreviations, numbers) decide where a quoted sentence ends; a mark that
    opens the next sentence goes with it, one that closes a sentence stays with it. A
    quotation that closes on a comma before its attribution ("“We will not sign. Today we
    walk out,” he said", „... gehen wir“, sagte er) stays whole: its sentences are the
    statement the attribution qualifies, read together by the quote and attribution
    findings.
    """
    piece = text[start:end]
    if not _QUOTE_MARKS.search(piece):
        yield start, end
        return
    masked = _QUOTE_MARKS.sub(" ", piece)
    cuts, offset = [], 0
    for part in sentencex.segment(language, masked):
        offset += len(part)
        cut = offset
        while 0 < cut < len(piece) and piece[cut - 1] != masked[cut - 1]:
            if cut > 1 and not piece[cut - 2].isspace():
                break  # a mark attached to the text before it closes that sentence
            cut -= 1
        cuts.append(cut)
    if offset != len(piece):  # sentencex lost characters: keep the piece whole
        yield start, end
        return
    parts, part_start = [], 0
    for cut in cuts:
        chunk = piece[part_start:cut]
        if chunk.strip():
            first = part_start + len(chunk) - len(chunk.lstrip())
            parts.append((start + first, start + part_start + len(chunk.rstrip())))
        part_start = cut
    marks = [(mark.start(), mark.end()) for mark in _QUOTE_MARKS.finditer(text, start, end)]
    mark_starts = [
        mark_start for mark_start, _ in marks
    ]  # one scan: a search per part was quadratic
    kept = parts[:1]
    for part_start, part_end in parts[1:]:
        k = bisect.bisect_left(mark_starts, part_start)  # the first mark from the part on
        if k < len(marks) and (text[marks[k][0] - 1] == "," or text.startswith(",", marks[k][1])):
            kept[-1] = (kept[-1][0], part_end)  # “... sign. Today ...,” he said / „...“, sagte er
        else:
            kept.append((part_start, part_end))
    yield from kept


def _join_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, a quotation of several sentences that closes on a comma before its
    attribution made one span again where sentencex cut it between its sentences.

    sentencex keeps a quotation whole when its marks pair („... “, "... "), and cuts it
    when they do not: copy typed on a keyboard opens with „ or « and closes with a straight
    mark („Wir sind nicht gegen das Werk. Wir sind dagegen", sagte Brill.). A span with an
    odd number of double marks opens a quotation; a later one, with only unmarked spans
    between them (QUOTED_SENTENCES in all at most), whose first mark closes on a comma,
    ends it: they are one statement, as _quoted_sentences keeps it when the marks pair.
    """
    joined: list[tuple[int, int]] = []
    opened: int | None = None  # the index in `joined` of the span that opened a quotation
    for start, end in spans:
        marks = list(_DOUBLE_MARKS.finditer(text, start, end))
        first = marks[0] if marks else None
        closes = first is not None and (
            text[first.start() - 1 : first.start()] == "," or text.startswith(",", first.end())
        )
        if (
            len(marks) % 2
            and closes
            and opened is not None
            and len(joined) - opened < QUOTED_SENTENCES
        ):
            joined[opened:] = [(joined[opened][0], end)]
            opened = None
            continue
        joined.append((start, end))
        if len(marks) % 2:
            opened = len(joined) - 1
        elif marks:
            opened = None
    return joined


_DOUBLE_MARKS = re.compile(r"[\"“”„«»]")
"""Double quotation marks (single ones are also apostrophes)."""
QUOTED_SENTENCES = 4
"""The most sentences a quotation joined by _join_quotations has (a longer one is two
quotations, or a mark left open)."""


def _carry_openers(text: str, spans: list[tuple[int, int]]) -> None:
    """Move an opening quotation mark left at a sentence's end to the sentence it opens.

    sentencex ends a sentence after a mark that opens the next when the quote is closed
    with another mark than its own («... más", as web copy mixes them): "grietas. «" and
    "El puente ...". The mark, after a space, opens what follows.
    """
    for i in range(len(spans) - 1):
        start, end = spans[i]
        match = _TRAILING_OPENER.search(text, start, end)
        if match is not None and match.start() > start and spans[i + 1][0] >= end:
            spans[i] = (start, match.start())
            spans[i + 1] = (match.start(1), spans[i + 1][1])


_TRAILING_OPENER = re.compile(r"\s+([«„“‹\"]+)$")
"""Opening quotation marks after a space at the end of a span."""


def _is_fragment(piece: str) -> bool:
    """A piece that cannot stand alone: no letters or digits, or a continuation."""
    if not any(ch.isalnum() for ch in piece):
        return True
    first = piece.lstrip("\"'“”‘’»«„ ")
    return piece[0] in ",;:)]}”’»" or (bool(first) and first[0].islower())


def _split_dateline(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    match = dateline(text, start, end)
    rest = None if match is None else _AFTER_DATELINE.match(text, match.end(), end)
    if match is None or rest is None:
        yield start, end
        return
    yield start, match.end()
    yield rest.end(), end
