"""Runs of capitalised words in a sentence: where one starts and where it ends.

names.py reads each run as a name or not; this module only cuts the runs. A run is
capitalised words written one space apart; "of"/"for" join it after an organisation or
place word (Bank of England), "on" after a body or an agreement (the Committee on
Foreign Relations, the Treaty on ...), "the" after such a joining word (the Church of
the Holy Sepulchre), or "of" after one capitalised word (Duchess of Cambridge);
name particles join it (Ludwig van Beethoven); "and" joins two runs that hold an
organisation word (the Water and Sewer Authority); a middle initial's full stop stays
inside a name (George W. Bush). A run ends at a title, at a possessive (unless a place or
day word follows: King's College Hospital), at punctuation, at a courtesy title, which
opens a new name ("Yorkshire Mr Scott"), and at a publication timestamp.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from driftcheck.findings.lexicon import (
    AGREEMENT_WORDS,
    CONNECTORS,
    COURTESY,
    GENERIC_NAME_WORDS,
    MONTHS,
    ORGANISATION_WORDS,
    STOPWORDS,
    WEEKDAYS,
    base_word,
    is_place,
    word_list,
)

BODIES = ORGANISATION_WORDS | AGREEMENT_WORDS
"""Words that make a capitalised sequence a body or an agreement (World Bank, Paris Agreement)."""
JOINING = (
    BODIES
    | GENERIC_NAME_WORDS
    | frozenset(word_list("gulf sea bay strait straits cape isle lake mount port house ministry"))
)
"""Words after which "of" or "for" continues a name (Bank of England, Gulf of Aden)."""
_PARTICLES = CONNECTORS - {"of", "for"}
_DATES = frozenset(MONTHS + WEEKDAYS)
_TAKES_ON = AGREEMENT_WORDS | frozenset(
    word_list("committee commission conference council panel summit forum")
)
"""Words after which "on" continues a name (the Convention on Cluster Munitions, the
Committee on Foreign Relations)."""

_OWNED_PLACE = frozenset(
    word_list(
        "hospital center centre college school church cathedral day crescent road street"
        " square court park bridge"
    )
)

_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")
"""A name word behind an Arabic article (al-Kasasbeh), capitalised after the hyphen."""


class Spans:
    """(start, end) spans of a text, asked about positions in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def covers(self, position: int) -> bool:
        """True when a span has start <= position < end."""
        n = bisect_right(self._starts, position)
        return n > 0 and self._reach[n - 1] > position

    def starts_at(self, position: int) -> bool:
        """True when a span starts at `position`."""
        n = bisect_left(self._starts, position)
        return n < len(self._starts) and self._starts[n] == position


def runs(
    text: str, tokens: list[re.Match[str]], title_spans: Spans, stamps: Spans
) -> Iterable[list[re.Match[str]]]:
    """Runs of capitalised words, split at titles, possessives and punctuation, and ended
    by a publication timestamp (a byline's "Naaman Zhou Fri 18 Aug 2017 06.48 BST": the
    weekday is furniture, not the name's last word)."""
    run: list[re.Match[str]] = []
    for n, token in enumerate(tokens):
        word = token.group()
        if stamps.covers(token.start()):
            if run:
                yield run
            run = []
            continue
        in_title = title_spans.covers(token.start())
        gap = text[run[-1].end() : token.start()] if run else ""
        initial = gap == ". " and _middle_initial(text, run, tokens[n:])
        adjacent = bool(run) and (gap == " " or initial)
        if (word[0].isupper() or _ARTICLE_NAME.match(word)) and not in_title:
            if run and (not adjacent or base_word(word) in COURTESY):
                yield run  # (a courtesy title opens a name: "Yorkshire Mr Scott")
                run = []
            run.append(token)
            if word.endswith(("'s", "’s")) and not _owns_place(text, tokens, n):
                yield run
                run = []
            continue
        follows = _capitalised_next(text, tokens, n)
        heads = [t for t in run if base_word(t.group()) not in STOPWORDS]
        lone = word == "of" and len(heads) == 1 and heads[0] is not tokens[0]
        # (the Duchess of Cambridge, the Horn of Africa; not "Ann Lee of Leeds", nor
        # "Residents of Elmwood" opening a sentence)
        if run and adjacent and follows and (lone or _joins(run, word)):
            run.append(token)
            continue
        if run and adjacent and follows and word == "and" and _organisation(run, tokens[n + 1 :]):
            run.append(token)  # the Post and Courier, the Water and Sewer Authority
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _middle_initial(text: str, run: list[re.Match[str]], rest: list[re.Match[str]]) -> bool:
    """True when a run ends in one capital letter after a first name and a surname follows
    alone: a middle initial, whose full stop stays inside the name (Petro O. Poroshenko,
    George W. Bush; not the Louis M. of "the Louis M. Lyons Award", whose last word is no
    surname)."""
    last = run[-1].group()
    if len(run) < 2 or len(last) != 1 or not last.isupper() or not rest:
        return False
    surname, after = rest[0], rest[1] if len(rest) > 1 else None
    return surname.group()[0].isupper() and not (
        after is not None
        and after.group()[0].isupper()
        and text[surname.end() : after.start()] == " "
    )


def _owns_place(text: str, tokens: list[re.Match[str]], n: int) -> bool:
    """True when the capitalised words right after the possessive `tokens[n]` are only words
    of a place or a day (King's College Hospital, Prince George's Hospital Center,
    Valentine's Day): the possessive is part of that name, not its owner."""
    after = []
    for previous, token in zip(tokens[n:], tokens[n + 1 :], strict=False):
        if not token.group()[0].isupper() or text[previous.end() : token.start()] != " ":
            break
        after.append(base_word(token.group()))
    return bool(after) and all(word in _OWNED_PLACE for word in after)


def _organisation(run: list[re.Match[str]], rest: list[re.Match[str]]) -> bool:
    """True when the capitalised words before an "and" (`run`) or those right after it (the
    start of `rest`) hold an organisation word: one name then, not two."""
    after = []
    for token in rest:
        if not token.group()[0].isupper():
            break
        after.append(token)
    return any(base_word(t.group()) in ORGANISATION_WORDS for t in [*run, *after])


def _joins(run: list[re.Match[str]], word: str) -> bool:
    """Whether a lower-case word continues a name: Bank of England, Ludwig van Beethoven,
    the Church of the Holy Sepulchre; in a body's or an agreement's long name, any "of"
    (the Treaty on the Prohibition of Nuclear Weapons)."""
    previous = run[-1].group()
    if word in ("of", "for"):
        long_name = any(base_word(t.group()) in BODIES for t in run)
        return base_word(previous) in JOINING or (word == "of" and long_name)
    if word == "on":
        return base_word(previous) in _TAKES_ON
    if word == "the":
        return previous in ("of", "for", "on")
    return word in _PARTICLES


def _capitalised_next(text: str, tokens: list[re.Match[str]], n: int) -> bool:
    """True when a capitalised word follows `tokens[n]`, right after it or after "the"
    (of the, on the: "the Convention on the Rights of the Child"), and is no weekday or
    month: a date follows then ("the European Commission on Tuesday"). After "on", nor is
    it a place or its people: what a body met or spoke on ("the Security Council on Syria",
    "the Council on the Iran deal")."""
    rest = tokens[n + 1 : n + 3]
    if rest and rest[0].group() == "the" and len(rest) == 2:
        if text[rest[0].end() : rest[1].start()] != " ":
            return False
        rest = rest[1:]
    if not rest or not rest[0].group()[0].isupper():
        return False
    word = base_word(rest[0].group())
    return word not in _DATES and not (tokens[n].group() == "on" and is_place(word))
