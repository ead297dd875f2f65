"""Page furniture around a story's text: datelines, credit lines, headlines, quoted titles,
sharing widgets and time zones, where capitalised words name no one (or, in a credit line,
name people in title case); names.py reads names around them."""

from __future__ import annotations

import re
import sys

from driftcheck.findings.figure_values import TIME_ZONES
from driftcheck.findings.lexicon import PAGE_FURNITURE_WORDS, STOPWORDS, word_list
from driftcheck.patterns import ENDS_SENTENCE, TOKEN

_CLOCK_BEFORE = re.compile(r"(?:\d[:.]?[0-5]\d|\d[ ]?(?i:[ap]\.?m\.?))[ ]?$")
"""A clock time ending right before a position ("18:00 ", "1830 ", "6pm "): a time zone there
("18:00 BST") belongs to the time."""

DATELINE = re.compile(
    r"([A-Z][A-Z'.\-]*(?: [A-Z][A-Z'.\-]*){0,3})(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?"
    r"(?: \([A-Za-z ]+\))? ?(?:--|—|–)\s*$"
)
"""A dateline standing as its own sentence: a place in capitals, perhaps its state or
country and the agency, and a dash ("GRAND RAPIDS, Mich. (AP) --", "ISLAMABAD --"),
among the first DATELINE_REACH sentences of a version (after a headline or a byline)."""
DATELINE_REACH = 3


_CREDIT = re.compile(
    r"\W*(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|written)\s+by\b"
    r"|.*\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\W*$",
    re.IGNORECASE,
)
CREDITED = re.compile(r"(?:\s+reporting)?\s+by\b", re.IGNORECASE)
"""What follows a credit's job word ("Additional reporting by", "Editing by") wherever the
credit starts, also inside a sentence the segmenter ran on ("More to follow Additional
reporting by AP")."""
CREDIT_WORDS = frozenset(word_list("additional reporting writing editing compiled edited written"))


def credit_line(sentence: str) -> bool:
    """True for an agency or staff credit line ("(Reporting by Ann Lee; Editing by Bo Chu)",
    "Karl Ritter in Stockholm contributed to this report."): page furniture, but the people
    and places it names are the story's own, so its names are read though it is set in
    title case."""
    return _CREDIT.match(sentence) is not None


def headline_case(sentence: str) -> bool:
    """True for lines in capitals, or unpunctuated lines in title case: capitals say nothing."""
    if sentence.isupper():
        return True
    if ENDS_SENTENCE.search(sentence):
        return False
    words = [w for w in TOKEN.findall(sentence) if len(w) >= 4]
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalised / len(words) > 0.6


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of words in quotation marks written in title case, a banner, a slogan or the
    title of a work rather than a name: three to eight words, every one capitalised or a
    numeral, and a short function word or a numeral among them ("We Won't Be A Russian
    Colony", '21st Century Dad's Army')."""
    spans = []
    for match in _QUOTED.finditer(text):
        words = TOKEN.findall(match.group(1))
        if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]:
            continue
        numeral = any(w[0].isdigit() for w in words)
        if all(w[0].isupper() or w[0].isdigit() for w in words) and (
            numeral or any(w.lower() in STOPWORDS for w in words[1:])
        ):
            spans.append(match.span(1))
    return spans


_QUOTED = re.compile(r"(?:''|\"|“|‘|(?<![\w'])')([^\n\"“”‘’]{3,80}?)(?:''|\"|”|’|'(?![\w']))")
_TITLE_WORDS = (3, 8)


def time_zone(text: str, run: list[re.Match[str]]) -> bool:
    """True for a time zone written after a clock time ("at 18:00 BST"), which names no one."""
    start = run[0].start()
    return (
        len(run) == 1
        and run[0].group() in TIME_ZONES
        and _CLOCK_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def widget(tokens: list[re.Match[str]]) -> int:
    """Where the text of a sharing widget or player starts in a sentence ("Share on Facebook
    Share via Email"), which names nothing: at the first of two or more capitalised
    page-furniture words; past the sentence's end when there is none."""
    furniture = [
        t.start()
        for t in tokens
        if t.group()[0].isupper() and t.group().lower() in PAGE_FURNITURE_WORDS
    ]
    return furniture[0] if len(furniture) >= 2 else sys.maxsize
