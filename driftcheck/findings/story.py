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
from driftcheck.findings.figure_values import FIGURE, read_value
from driftcheck.findings.figures import (
    Figure,
    FigureIndex,
    figures,
    incidental,
    joined,
    kept_restated,
    restatements,
)
from driftcheck.findings.forms import Told
from driftcheck.findings.lexicon import HONORIFICS, RANKS, STOPWORDS, canonical_words
from driftcheck.findings.names import Capitals, Entity, credit_line, names, not_a_name, titles
from driftcheck.findings.quotes import Quote, in_group, title_like
from driftcheck.findings.reporting import Said
from driftcheck.normalize import fold
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
        self.by_value = FigureIndex(self.figures)
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


_ONCE = frozenset(
    {
        "entity.dropped",
        "entity.added",
        "number.added",
        "number.removed",
        "number.omitted",
        "quote.added",
        "quote.dropped",
    }
)


_QUOTE_COMPARED = frozenset(
    {"quote.altered", "quote.shortened", "quote.marked_edit", "quote.punctuation"}
)


def first_mentions(
    found: Sequence[Finding], quotes: tuple[Sequence[Quote], Sequence[Quote]] = ((), ())
) -> list[Finding]:
    """The findings with each name, figure or quote reported lost (or new) once: at its
    first mention ("100%" added in two sentences is one new figure; a name at its first
    mention in the text, whichever group holds it); a quotation that runs
    over several sentences (A's and B's `quotes`) is added or dropped once; a quote
    reported changed is not also dropped, nor a name reported changed also dropped (its
    old form) or added (its new form); a name already reported in a longer form (Mr
    Alwan after Salim Hussein Alwan, CBO after Congressional Budget Office) is not
    reported again, whichever comes first; nor is a later second form of a name already
    reported (ECDC after the European Centre for Disease Prevention and Control, Blackhawks
    after Blackhawk: forms.same_name)."""
    found = _one_per_quotation(found, quotes)
    seen: set[tuple[str, str]] = set()
    altered = {fold(f.a_text or "") for f in found if f.rule in _QUOTE_COMPARED}
    reported: dict[str, list[str]] = {}
    for item in found:
        if item.rule in _NAMES:
            reported.setdefault(item.rule, []).append(item.a_text or item.b_text or "")
    changed = {
        (side, _said_once("entity.added", text or ""))
        for f in found
        if f.rule == "entity.changed"
        for side, text in (("entity.dropped", f.a_text), ("entity.added", f.b_text))
    }
    kept: set[int] = set()
    told = {rule: Told() for rule in _NAMES}
    for n in _names_by_position(found):
        item = found[n]
        if item.rule == "quote.dropped" and fold(item.a_text or "") in altered:
            continue  # the same quote is reported as changed where B kept it
        if (item.rule, _said_once(item.rule, item.a_text or item.b_text or "")) in changed:
            continue  # the name is reported as changed (Supreme -> Constitutional Court)
        if item.rule in _ONCE:
            text = item.a_text or item.b_text or ""
            key = (_LOST.get(item.rule, item.rule), _said_once(item.rule, text))
            if key in seen:
                continue
            seen.add(key)
            longer = (n for n in reported.get(item.rule, ()) if n != text)
            if item.rule in _NAMES and any(_shorter_form(text, n) for n in longer):
                continue
            if item.rule in _NAMES and told[item.rule].has_form_of(text):
                continue  # a second form of a name already reported (ECDC, Guardsmen)
            if item.rule in _NAMES:
                told[item.rule].add(text)
        kept.add(n)
    return [item for n, item in enumerate(found) if n in kept]


def _names_by_position(found: Sequence[Finding]) -> list[int]:
    """The findings' positions in the order `first_mentions` reads them: as listed (by
    group), but names added or dropped among themselves by where they stand in the text,
    so that a name is reported at its first mention even when a later group holds it (a
    paragraph moved up)."""
    slots = [n for n, f in enumerate(found) if f.rule in _NAMES]
    by_place = sorted(slots, key=lambda n: _place(found[n]))
    order = list(range(len(found)))
    for slot, n in zip(slots, by_place, strict=True):
        order[slot] = n
    return order


def _place(item: Finding) -> int:
    """Where a name added (dropped) stands in B's (A's) text."""
    span = item.b_span if item.rule == "entity.added" else item.a_span
    return span[0] if span is not None else 0


def _said_once(rule: str, text: str) -> str:
    """What a finding reports once per story: a date, time, sum or percentage by its value,
    whatever its form ("8 Sept 1995" and "8 September 1995", "$5m" and "$5 million"); a
    count, which two facts may share ("four other people", "his 4-year-old son"), and
    anything else by its folded words; a name by its canonical words, whatever its
    spelling ("U.N." and "United Nations", "U.S." and "United States")."""
    if rule in _NAMES:
        return fold(" ".join(canonical_words(text)))
    match = FIGURE.fullmatch(text) if rule.startswith("number.") else None
    value = read_value(match, "en") if match else None
    if value is None or value.kind not in _SPECIFIC_KINDS:
        return fold(text)
    return repr((value.kind, value.unit, value.value))


_SPECIFIC_KINDS = frozenset({"date", "time", "money", "percent"})


_NAMES = frozenset({"entity.dropped", "entity.added"})
_LOST = {"number.omitted": "number.removed"}
"""A figure lost from an edited sentence and again from an omitted one is lost once."""


def once_per_figure(found: Sequence[Finding], a_text: str, b_text: str) -> list[Finding]:
    """The findings without a figure added (removed, omitted) that a number.changed already
    gives as its new (old) value, with the same word after it: a toll updated from "17
    people" to "18 people" and repeated in a new sentence is one change, not a change and
    a new figure (A's and B's texts give the words after the figures)."""
    new = {_counted(b_text, f.b_span) for f in found if f.rule == "number.changed"} - {""}
    old = {_counted(a_text, f.a_span) for f in found if f.rule == "number.changed"} - {""}
    return [
        f
        for f in found
        if not (f.rule == "number.added" and _counted(b_text, f.b_span) in new)
        and not (f.rule in _LOST_FIGURE and _counted(a_text, f.a_span) in old)
    ]


_LOST_FIGURE = frozenset({"number.removed", "number.omitted"})
_NEXT_WORD = re.compile(r"\W*(\w*)")
_SPECIFIC_DIGITS = 3


def _counted(text: str, span: tuple[int, int] | None) -> str:
    """A figure at `span` of `text` and the word it counts, folded ("18 people"); "" when
    no word that is not a function word follows ("0.8% at" may be any index's rise). A
    number of three digits or more, not a percentage, is itself specific ("148 others",
    "148 injured")."""
    if span is None:
        return ""
    figure = text[span[0] : span[1]]
    if sum(c.isdigit() for c in figure) >= _SPECIFIC_DIGITS and "%" not in figure:
        return fold(figure)
    after = _NEXT_WORD.match(text, span[1])
    word = after.group(1) if after else ""
    if not word or word.lower() in STOPWORDS:
        return ""
    return fold(f"{figure} {word.removesuffix('s')}")  # "six months", "six-month total"


def _one_per_quotation(
    found: Sequence[Finding], quotes: tuple[Sequence[Quote], Sequence[Quote]]
) -> list[Finding]:
    """The findings without a second quote.dropped (quote.added) in a quotation of A (B)
    already reported: its sentences may sit in several groups, but it is one quote."""
    reported: set[tuple[str, int]] = set()
    starts = ([q.start for q in quotes[0]], [q.start for q in quotes[1]])
    kept = []
    for item in found:
        span = item.a_span if item.rule == "quote.dropped" else item.b_span
        if item.rule in ("quote.dropped", "quote.added") and span is not None:
            side = 0 if item.rule == "quote.dropped" else 1
            n = bisect_right(starts[side], span[0]) - 1  # quotations are in reading order
            if n >= 0 and span[0] < max(quotes[side][n].end, quotes[side][n].start + 1):
                key = (item.rule, n)
                if key in reported:
                    continue
                reported.add(key)
        kept.append(item)
    return kept


def _shorter_form(text: str, name: str) -> bool:
    """True when `text` names what `name` does, shorter: its last words with or without a
    courtesy title (Mr Alwan, Alwan for Salim Hussein Alwan) or its initials (CBO)."""
    if len(text) > 1 and text.isupper() and text.isalpha():
        initials = "".join(w[0] for w in _WORDS.findall(name) if w[0].isupper())
        return text == initials
    words = [w for w in canonical_words(text) if w not in HONORIFICS | RANKS]
    full = canonical_words(name)
    return bool(words) and len(words) < len(full) and full[-len(words) :] == words
