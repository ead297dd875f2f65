"""Figures of the story: which matched figures are news, and when two are one fact.

A figure is read with its currency, scale and unit (figure_values.py), so equal values
in other spellings are equal: "$70 billion" = "$70bn" = "US$70 billion" = "70 billion
dollars"; "12%" = "12 percent" = "12 per cent"; "six" = "6"; "May 18" = "18 May"; "No.
2" = "second"; "3 p.m." = "15:00"; "2,000" = "2000". Dates are compared on the parts
both sides give ("May 18" matches "May 18, 2023"); a weekday counts as a date. A count
keeps its unit of measure (12,000 hectares is not 12,000 acres).

Numbers that are names, idiom, page furniture, phone numbers or the numbers of a list's
items are no figures of the story (not_figures.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from decimal import Decimal

from driftcheck.findings.context import Side
from driftcheck.findings.figure_values import (
    FIGURE,
    MEASURE,
    DateValue,
    counted_thing,
    measure_unit,
    read_value,
)
from driftcheck.findings.lexicon import HOLIDAY_DATES, HOLIDAYS, STOPWORDS
from driftcheck.findings.not_figures import (
    corrections,
    datelines,
    dialled_or_address,
    identifies,
    in_name,
    is_idiom,
    numbers_an_item,
    page_ages,
    style_rules,
    widgets,
)

TIMESTAMP = re.compile(
    r"(?:(?:Last modified on|Published on|First published on)\s)?"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"\s\d{4}(?:\s\d{1,2}[.:]\d{2})?(?:\s(?:BST|GMT|UTC|CET|CEST|EDT|EST|AEST|AEDT))?"
)
"""A publication timestamp ("Wed 20 Sep 2017 10.38 BST"): page furniture, not news."""
_NOUN_WORDS = re.compile(r"(?: [a-z][a-z\-]*){1,3}")
_NOT_NOUN = re.compile(r"(?:ed|ing|ly)$")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written in one side's text, with what it measures and its value."""

    kind: str
    unit: str
    value: Decimal | DateValue | str
    start: int
    end: int
    text: str
    noun: str = ""
    continues: int | None = None
    """For the second figure of a range or a restatement ("four to six months", "8am PT
    (11am ET)"), or a month beside a date in it ("in April ... April 1"), where the
    figure it goes with starts: together they are one fact."""
    restates: bool = False
    """For a figure that gives the one before it again in other units or another time zone
    ("155 miles (240 kilometers)", "06:00 (03:00 GMT)"): it is never a fact of its own."""
    thing: str = ""
    """For a count, the word after it that says what it counts, without a plural s:
    "people" for "87 people", "classroom" for "four classrooms", "year" for "66-year-old";
    "" when a function word or no word follows."""

    @property
    def shown(self) -> str:
        """The figure as an editor reads it in a message: '41 people', '$70 billion'."""
        return f"{self.text} {self.noun}" if self.noun else self.text

    def same(self, other: Figure) -> bool:
        """True when both figures state the same value (dates: on the parts both give, so a
        year and a month of it, "in 2015" and "since January 2015", too, but not a year and
        a day of it, which may date another event: "by the end of 2014", "on 18 September
        2014"; a count and an ordinal in figures, "11" injured and "an 11th injured
        player", too)."""
        kinds = {self.kind, other.kind}
        if kinds == {"year", "date"}:
            year, date = (self, other) if self.kind == "year" else (other, self)
            if not isinstance(date.value, tuple) or date.value[2] is not None:
                return False
            return date.value[0] == _year_of(year)
        if kinds == {"ordinal", "count"}:
            ordinal = self if self.kind == "ordinal" else other
            if ordinal.text.isalpha():
                return False  # "second" is a word of sequence more often than a count
        if (len(kinds) > 1 and kinds not in _SAME_VALUE_KINDS) or not _units_agree(
            self.unit, other.unit
        ):
            return False
        if isinstance(self.value, tuple) and isinstance(other.value, tuple):
            return all(
                x is None or y is None or x == y
                for x, y in zip(self.value, other.value, strict=True)
            )
        return self.value == other.value


_SAME_VALUE_KINDS = ({"year", "count"}, {"ordinal", "count"})


def _year_of(figure: Figure) -> int | None:
    """The year a year figure states."""
    return int(figure.value) if isinstance(figure.value, Decimal) else None


def value_keys(figure: Figure) -> tuple[object, ...]:
    """Where to look up figures that may state the same value as `figure` (see `same`):
    its value; for every date one shared key, as dates match on the parts both give; a
    year and a date given with its year look each other up."""
    if isinstance(figure.value, tuple):
        year = figure.value[0]
        return ("date",) if year is None else ("date", Decimal(year))
    return (figure.value, "date") if figure.kind == "year" else (figure.value,)


class FigureIndex:
    """A version's figures by value: whether it states a figure's value is a look-up, not a
    reading of every figure (a story's groups ask it many times)."""

    def __init__(self, found: Iterable[Figure]) -> None:
        """Index the figures by the first of their `value_keys`."""
        self._by_value: dict[object, list[Figure]] = {}
        for figure in found:
            self._by_value.setdefault(value_keys(figure)[0], []).append(figure)

    def _candidates(self, figure: Figure) -> Iterator[Figure]:
        return (other for key in value_keys(figure) for other in self._by_value.get(key, ()))

    def has(self, figure: Figure) -> bool:
        """True when some figure states the same value (`Figure.same`)."""
        return any(figure.same(other) for other in self._candidates(figure))

    def restates(self, figure: Figure) -> bool:
        """True when some figure states the same value with the same counted words."""
        return any(figure.same(f) and f.noun == figure.noun for f in self._candidates(figure))


def _units_agree(a: str, b: str) -> bool:
    """True for the same currency or unit (¥ is yen or yuan); a count may drop its unit."""
    if a == b or not (a and b):
        return True
    return bool({a, b} & {"JPY/CNY"} and {a, b} & {"JPY", "CNY"})


def holidays(side: Side) -> list[Figure]:
    """The days of one side's text named for their date ("New Year's Day" is January 1),
    as dates with no year: they state that date, so "Jan 1" told as "New Year's Day" in
    the other version is kept. Read for look-ups only, never reported themselves."""
    found = []
    for match in HOLIDAYS.finditer(side.text):
        month, day = HOLIDAY_DATES[match.lastgroup or ""]
        start, end = match.span()
        found.append(Figure("date", "", (None, month, day), start, end, match.group()))
    return found


_TWIN = re.compile(r"\b[Tt]win[ ](?=[a-z]+s\b)")
""""twin" before a plural noun: two of them ("the twin blasts", "twin explosions")."""


def twins(side: Side) -> list[Figure]:
    """The pairs one side's text counts with "twin" ("the twin blasts" is two blasts), as
    counts of two: read for look-ups only, never reported themselves."""
    return [
        Figure("count", "", Decimal(2), m.start(), m.end() - 1, m.group().strip())
        for m in _TWIN.finditer(side.text)
    ]


def figures(side: Side, locale: str = "en") -> list[Figure]:
    """The figures of one side's text, in reading order."""
    found: list[Figure] = []
    furniture = (
        datelines(side)
        + [m.span() for m in TIMESTAMP.finditer(side.text)]
        + corrections(side)
        + style_rules(side)
        + page_ages(side)
        + widgets(side)
    )
    for match in FIGURE.finditer(side.text):
        in_furniture = any(start <= match.start() < end for start, end in furniture)
        if in_furniture or is_idiom(side, match) or in_name(side, match):
            continue
        if dialled_or_address(side.text, match) or numbers_an_item(side.text, match):
            continue
        if identifies(side.text, match):
            continue
        figure = read_value(match, locale)
        if figure is None:
            continue
        unit = MEASURE.match(side.text, match.end()) if figure.kind == "count" else None
        end = unit.end() if unit else match.end()
        shown = _noun(side.text, end) if figure.kind == "count" else ""
        measure = measure_unit(unit.group(1)) if unit else figure.unit
        text = side.text[match.start() : end]
        read = Figure(figure.kind, measure, figure.value, match.start(), end, text, shown)
        if figure.kind == "count":
            read = replace(read, thing=counted_thing(side.text, end))
        fact = _one_fact(found[-1], read, side.text) if found else None
        if fact is not None:
            read = replace(read, continues=found[-1].start, restates=fact == "restates")
        if fact == "range" and not found[-1].thing:  # "45 and 50 years": years of both ends
            found[-1] = replace(found[-1], thing=read.thing)
        found.append(read)
    return _months_of_dates(found, side)


def _months_of_dates(found: list[Figure], side: Side) -> list[Figure]:
    """The figures, with a month named alone marked as continuing a date of that month in
    its sentence ("$42 billion in April payments ... because April 1 fell"): one fact."""
    dated: dict[tuple[int, int], int] = {}  # (sentence, month) -> start of a dated figure
    for f in found:
        if isinstance(f.value, tuple) and f.value[1] is not None and f.value[2] is not None:
            dated.setdefault((bisect_right(side.starts, f.start), f.value[1]), f.start)
    marked = []
    for figure in found:
        date = None
        if _month_only(figure) and figure.continues is None and isinstance(figure.value, tuple):
            month = figure.value[1]
            date = (
                None
                if month is None
                else dated.get((bisect_right(side.starts, figure.start), month))
            )
        marked.append(figure if date is None else replace(figure, continues=date))
    return marked


def _month_only(figure: Figure) -> bool:
    """True for a month named without day or year ("in April")."""
    return isinstance(figure.value, tuple) and figure.value[0] is None and figure.value[2] is None


_RANGE = re.compile(r"[ ]?(?:to|-|–|—|or)[ ]?")
"""What joins the two ends of a range: "four to six", "10-12", "two or three"."""
_BETWEEN = re.compile(r"\b(?i:between)[ ]$")
"""What opens a range whose ends "and" joins: "between 45 and 50", "between four and seven"."""
_RESTATED = re.compile(r"[ ](?:[A-Z]{1,4}[ ])?\(")
"""What opens a restatement in brackets: "8am PT (11am ET)", "155 miles (240 km)"."""
_PERIOD_TO = re.compile(
    r"[ ](?:days?|weeks?|months?|quarters?|years?)[ ](?:to|ending|ended)[ ](?:the[ ]end[ ]of[ ])?"
)
"""What joins a period to the date it ends on: "the three months to 30 September", "the 12
weeks to 12 June" (a reporting period of business copy: one period, one fact)."""
_OR_RESTATED = re.compile(r",[ ]or[ ]")
"""What opens a measure restated in other units: "200 meters, or 660 feet" (not "$107
million, or $119,922,500 including commission": a sum in the same unit is another fact)."""


def _one_fact(first: Figure, second: Figure, text: str) -> str | None:
    """How `second` makes one fact with `first` right before it: "range" when it ends a
    range in the same unit ("four to six", "between 45 and 50") or the period `first`
    counts ("the three months to 30 September"); "restates" when it gives
    the same in brackets in the same unit or another time zone, or a length, weight or
    area in another unit of measure ("155 miles (240 kilometers)", "30cm (1ft)"); None
    otherwise. A sum converted into another currency ("100 euros ($110)") is two facts: it
    states a rate too."""
    same = first.kind == second.kind and first.unit == second.unit
    between = text[first.end : second.start] == " and " and _BETWEEN.search(
        text, max(0, first.start - 8), first.start
    )
    if same and (_RANGE.fullmatch(text, first.end, second.start) or between):
        return "range"
    if (first.kind, second.kind) == ("count", "date") and _PERIOD_TO.fullmatch(
        text, first.end, second.start
    ):
        return "range"  # "the three months to 30 September": one period
    measures = first.kind == second.kind == "count" and bool(first.unit and second.unit)
    if (same or measures) and _RESTATED.fullmatch(text, first.end, second.start):
        return "restates"
    if (
        measures
        and first.unit != second.unit
        and _OR_RESTATED.fullmatch(text, first.end, second.start)
    ):
        return "restates"
    return None


def restatements(read: Iterable[Figure]) -> dict[int, list[Figure]]:
    """The figures that restate another in other units, by where the one they restate
    starts ("660 feet" under "200 meters, or 660 feet")."""
    found: dict[int, list[Figure]] = {}
    for figure in read:
        if figure.restates and figure.continues is not None:
            found.setdefault(figure.continues, []).append(figure)
    return found


def kept_restated(
    figure: Figure, restated: Mapping[int, Sequence[Figure]], other: FigureIndex
) -> bool:
    """True when the other version states `figure` in the other units its side restates it
    in (`restated`, from `restatements`): "200 meters, or 660 feet" -> "660 feet" keeps the
    measure."""
    return any(other.has(f) for f in restated.get(figure.start, ()))


def joined(figure: Figure, starts: Set[int]) -> bool:
    """True when `figure` is no fact of its own beside a figure starting at one of `starts`
    (it ends its range), or beside any figure (it restates one in other units)."""
    return figure.restates or (figure.continues is not None and figure.continues in starts)


def incidental(figure: Figure) -> bool:
    """A weekday or an ordinal in words: copy uses them as words ("first the attacker
    threw", "a second time") or to say when ("said Tuesday"), so one appearing or going
    is no fact; a changed one still is (number.changed)."""
    return figure.kind == "weekday" or (figure.kind == "ordinal" and figure.text.isalpha())


def _noun(text: str, end: int) -> str:
    """The words naming what a count counts ("22 new rail routes"), for messages."""
    match = _NOUN_WORDS.match(text, end)
    words = []
    for word in match.group().split() if match else []:
        if word in STOPWORDS or _NOT_NOUN.search(word):
            break
        words.append(word)
    return " ".join(words)
