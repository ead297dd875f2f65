"""Claims judged over the whole story: is a figure, name or quote anywhere in the other version?

A group's rules see one aligned pair; an editor reads both versions. A figure "removed"
from a sentence that B still gives elsewhere, a name "dropped" that B still uses in any
of its forms, a quote "dropped" whose words B still has: none of these lost anything.
`Version` reads one version whole, once, so every rule can ask that question, and
`check_unpaired` reports what sentences B added (or A omitted) bring to the story (or
take from it) that the other version has nowhere: figures, names and quotes.

Limits: a figure is the same by value (figures.Figure.same), whatever it counts; a quote
is present when its words, folded, run consecutively anywhere in the other version,
quoted or not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, replace
from functools import cached_property

from driftcheck.findings.context import GroupView, Side, excerpt, fold_chars, make_side
from driftcheck.findings.entities import OtherSide, kept, other_side
from driftcheck.findings.figures import (
    Figure,
    FigureIndex,
    figures,
    holidays,
    incidental,
    joined,
    kept_restated,
    restatements,
    twins,
)
from driftcheck.findings.names import Capitals, Entity, credit_line, names, not_a_name, titles
from driftcheck.findings.quote_marks import Quote
from driftcheck.findings.quotes import in_group, title_like
from driftcheck.findings.reporting import Said
from driftcheck.types import Document, Finding, Kind, Severity

_WORDS = re.compile(r"\w+")
NEW_FACT = Severity.WARNING
"""A figure in a sentence B added is new material to check, not an edited value (an error)."""


class Version:
    """One version read whole: its figures, names, titles and folded words."""

    def __init__(
        self, doc: Document, known: Capitals, locale: str, quotes: Sequence[Quote] = ()
    ) -> None:
        """Read the whole document as one side; `quotes` are its quotations."""
        self.side: Side = make_side(doc, range(len(doc.sentences)))
        self.figures: tuple[Figure, ...] = tuple(figures(self.side, locale))
        self.entities: tuple[Entity, ...] = tuple(titles(self.side) + names(self.side, known))
        self.words: tuple[str, ...] = tuple(_WORDS.findall(fold_chars(self.side.text)))
        self.by_value = FigureIndex(self.figures + tuple(holidays(self.side) + twins(self.side)))
        self.in_longer_names: frozenset[str] = frozenset(
            word for e in self.entities if e.kind == "name" and len(e.words) > 1 for word in e.words
        )
        """Words of this version's names of several words (Freeman of Cathy Freeman)."""
        self._runs = " " + " ".join(self.words) + " "
        self.quotes = tuple(quotes)
        self._quoted = [
            " " + " ".join(_WORDS.findall(fold_chars(doc.text[q.start : q.end]))) + " "
            for q in quotes
        ]

    @cached_property
    def said(self) -> Said:
        """This version's attributions, read on first use (only edited groups ask)."""
        return Said(self.side, self.quotes)

    def has_figure(self, figure: Figure) -> bool:
        """True when this version states the figure's value somewhere."""
        return self.by_value.has(figure)

    def has_words(self, text: str) -> bool:
        """True when the words of `text`, folded, run consecutively somewhere in this version."""
        words = _WORDS.findall(fold_chars(text))
        return bool(words) and f" {' '.join(words)} " in self._runs

    def has_quoted(self, text: str) -> bool:
        """True when the words of `text`, folded, run consecutively inside one quotation."""
        words = _WORDS.findall(fold_chars(text))
        run = f" {' '.join(words)} "
        return bool(words) and any(run in quoted for quoted in self._quoted)


class Whole:
    """Both versions read whole, and what each offers for keeping the other's names.

    `skipped` are each version's sentences that carry no story (boilerplate, repeats).
    """

    def __init__(
        self,
        a: Version,
        b: Version,
        known: Capitals,
        skipped: tuple[Set[int], Set[int]] = (frozenset(), frozenset()),
    ) -> None:
        """Pair two read versions."""
        self.a, self.b, self.known = a, b, known
        self.skipped = (frozenset(skipped[0]), frozenset(skipped[1]))
        self.names_in_a: OtherSide = other_side(a.side, b.side, list(a.entities))
        self.names_in_b: OtherSide = other_side(b.side, a.side, list(b.entities))

    def name_in_a(self, entity: Entity) -> bool:
        """True when A has the entity in any of its forms, anywhere."""
        return kept(entity, self.names_in_a)

    def name_in_b(self, entity: Entity) -> bool:
        """True when B has the entity in any of its forms, anywhere."""
        return kept(entity, self.names_in_b)


@dataclass(frozen=True, slots=True)
class _Unpaired:
    """One side of an added or omitted group, and what the other version offers."""

    view: GroupView
    added: bool
    side: Side
    this: Version
    other: Version
    reading: frozenset[int]
    """Positions in `side.sentences` of the sentences read (not boilerplate or repeats)."""

    def sentence(self, start: int) -> int:
        """The position in `side.sentences` of the sentence holding a position of the text."""
        return bisect_right(self.side.starts, start) - 1

    def read(self, start: int) -> bool:
        """True when a position of the side's text is in a sentence that is read."""
        return self.sentence(start) in self.reading

    def credits(self, start: int) -> bool:
        """True when a position of the side's text is in a credit line (names.credit_line),
        which is page furniture but names the story's reporters and where they filed from."""
        n = self.sentence(start)
        end = self.side.starts[n + 1] if n + 1 < len(self.side.starts) else len(self.side.text)
        return credit_line(self.side.text[self.side.starts[n] : end])

    def finding(self, rule: str, message: str, start: int, end: int) -> Finding:
        """A finding on this side's text."""
        if self.added:
            return self.view.finding(rule, message, b=(start, end))
        return self.view.finding(rule, message, a=(start, end))


def check_unpaired(view: GroupView, whole: Whole, locale: str = "en") -> list[Finding]:
    """Figures, names and quotes of an added (omitted) group that A (B) has nowhere.

    Skipped sentences (boilerplate, repeats) are not read; incidental figures (weekdays,
    ordinals in words) are no facts, nor is a month alone in a sentence whose other
    figure the other version keeps. A figure of an added sentence is number.added at
    warning (new material to check), one of an omitted sentence number.omitted.
    """
    if view.group.kind not in (Kind.ADDED, Kind.OMITTED):
        return []
    added = view.group.kind is Kind.ADDED
    side, this, other = (view.b, whole.b, whole.a) if added else (view.a, whole.a, whole.b)
    skipped = whole.skipped[1 if added else 0]
    reading = frozenset(n for n, index in enumerate(side.sentences) if index not in skipped)
    if not reading and not any(credit_line(side.doc.sentences[i].text) for i in side.sentences):
        return []
    unpaired = _Unpaired(view, added, side, this, other, reading)
    keeps = whole.name_in_a if added else whole.name_in_b
    return (
        _figures(unpaired, locale)
        + _names(unpaired, whole.known, keeps)
        + _quotes(unpaired, this.quotes)
    )


def _figures(unpaired: _Unpaired, locale: str) -> list[Finding]:
    """number.added (at warning) / number.omitted for figures the other version lacks."""
    found = []
    read = figures(unpaired.side, locale)
    kept_in = {unpaired.sentence(f.start) for f in read if unpaired.other.has_figure(f)}
    missing = {f.start for f in read if not unpaired.other.has_figure(f)}
    restated = restatements(read)
    for figure in read:
        if incidental(figure) or not unpaired.read(figure.start) or joined(figure, missing):
            continue  # (a range's or a restatement's second figure: one fact with the first)
        if unpaired.other.has_figure(figure):
            continue
        if kept_restated(figure, restated, unpaired.other.by_value):
            continue  # "200 meters, or 660 feet": B keeps "660 feet"
        if _month_alone(figure) and unpaired.sentence(figure.start) in kept_in:
            continue  # "6.8% in March": the month of a figure B keeps
        if unpaired.added:
            new = unpaired.finding(
                "number.added", f"number added: {figure.shown}", figure.start, figure.end
            )
            found.append(replace(new, severity=NEW_FACT))
        else:
            message = f"number omitted: {figure.shown}"
            found.append(unpaired.finding("number.omitted", message, figure.start, figure.end))
    return found


def _month_alone(figure: Figure) -> bool:
    """True for a month named without day or year ("in March")."""
    return (
        figure.kind == "date"
        and isinstance(figure.value, tuple)
        and figure.value[::2]
        == (
            None,
            None,
        )
    )


def _names(unpaired: _Unpaired, known: Capitals, keeps: Callable[[Entity], bool]) -> list[Finding]:
    """entity.added / entity.dropped for names (not titles) the other version lacks."""
    found: list[Finding] = []
    seen: set[tuple[str, ...]] = set()
    what = "added" if unpaired.added else "dropped"
    for entity in names(unpaired.side, known):
        readable = unpaired.read(entity.start) or unpaired.credits(entity.start)
        if not readable or entity.words in seen or not_a_name(entity):
            continue
        if len(entity.words) == 1 and entity.words[0] in unpaired.this.in_longer_names:
            continue  # a later mention (Freeman) of a longer name (Cathy Freeman)
        if keeps(entity):
            continue
        seen.add(entity.words)
        message = f'entity {what}: "{entity.text}"'
        found.append(unpaired.finding(f"entity.{what}", message, entity.start, entity.end))
    return found


def _quotes(unpaired: _Unpaired, quotes: Sequence[Quote]) -> list[Finding]:
    """quote.added (words A never quoted) / quote.dropped (words B has nowhere)."""
    found = []
    present = unpaired.other.has_quoted if unpaired.added else unpaired.other.has_words
    what = "added" if unpaired.added else "dropped"
    for start, end in in_group(unpaired.side, tuple(quotes)):
        text = unpaired.side.text[start:end]
        if unpaired.read(start) and not present(text) and not title_like(text):
            message = f'quote {what}: "{excerpt(text)}"'
            found.append(unpaired.finding(f"quote.{what}", message, start, end))
    return found
