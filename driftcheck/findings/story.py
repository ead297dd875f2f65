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
from collections.abc import Sequence, Set
from dataclasses import replace

from driftcheck.findings.context import GroupView, Side, excerpt, fold_chars, make_side
from driftcheck.findings.entities import OtherSide, kept, other_side
from driftcheck.findings.figures import Figure, figures, incidental
from driftcheck.findings.names import Capitals, Entity, names, titles
from driftcheck.findings.quotes import Quote, in_group
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
        self._runs = " " + " ".join(self.words) + " "
        self.quotes = tuple(quotes)
        self._quoted = [
            " " + " ".join(_WORDS.findall(fold_chars(doc.text[q.start : q.end]))) + " "
            for q in quotes
        ]

    def has_figure(self, figure: Figure) -> bool:
        """True when this version states the figure's value somewhere."""
        return any(figure.same(other) for other in self.figures)

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


def check_unpaired(view: GroupView, whole: Whole, locale: str = "en") -> list[Finding]:
    """Figures, names and quotes of an added (omitted) group that A (B) has nowhere.

    Skipped sentences (boilerplate, repeats) are not read. Figures of omitted sentences
    are left to the story-level number.omitted; weekdays are not new facts.
    """
    known = whole.known
    kind = view.group.kind
    if kind is Kind.ADDED:
        side, other, rules = view.b, whole.a, ("number.added", "entity.added", "quote.added")
        keeps, words_of, skipped = whole.name_in_a, whole.b.quotes, whole.skipped[1]
        quoted_in_other = whole.a.has_quoted
    elif kind is Kind.OMITTED:
        side, other, rules = view.a, whole.b, ("", "entity.dropped", "quote.dropped")
        keeps, words_of, skipped = whole.name_in_b, whole.a.quotes, whole.skipped[0]
        quoted_in_other = whole.b.has_words
    else:
        return []
    reading = [n for n, index in enumerate(side.sentences) if index not in skipped]
    if not reading:
        return []

    def read(start: int) -> bool:
        """True when a position of the side's text is in a sentence not skipped."""
        n = max(k for k, begin in enumerate(side.starts) if begin <= start)
        return n in reading

    added = kind is Kind.ADDED
    found: list[Finding] = []

    def locate(start: int, end: int) -> dict[str, tuple[int, int]]:
        return {"b": (start, end)} if added else {"a": (start, end)}

    number_rule, entity_rule, quote_rule = rules
    if number_rule:
        for figure in figures(side, locale):
            if incidental(figure) or not read(figure.start) or other.has_figure(figure):
                continue
            message = f"number added: {figure.shown}"
            where = locate(figure.start, figure.end)
            found.append(replace(view.finding(number_rule, message, **where), severity=NEW_FACT))
    seen: list[Entity] = []
    for entity in titles(side) + names(side, known):
        if entity.kind != "name" or not read(entity.start) or keeps(entity):
            continue
        if any(e.words == entity.words for e in seen):
            continue
        seen.append(entity)
        what = "added" if added else "dropped"
        message = f'entity {what}: "{entity.text}"'
        found.append(view.finding(entity_rule, message, **locate(entity.start, entity.end)))
    for start, end in in_group(side, tuple(words_of)):
        if not read(start) or quoted_in_other(side.text[start:end]):
            continue
        what = "added" if added else "dropped"
        message = f'quote {what}: "{excerpt(side.text[start:end])}"'
        found.append(view.finding(quote_rule, message, **locate(start, end)))
    return found
