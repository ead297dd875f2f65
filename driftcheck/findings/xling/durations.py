"""Spans of time a translator states in another unit: "18 months" is "anderthalb Jahre",
"a year" is "12 Monate", "two weeks" is "14 Tage", "deux semaines" is "14 days".

A figure (in digits or in words) followed by a word for a week or a day, or for a month
or a year (Profile.durations), is a length in the smallest unit of its kind: days for
weeks and days, months for years and months. A unit word with no figure before it is
one of it ("a year", "un an", "год"). Two figures of the two sides with the same length
of the same kind are one fact, whatever their values (see xling.rules.check_figures).
Hours and days are read by xling.worded ("a one-day strike" is "une grève de 24
heures").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from driftcheck.findings.profiles import Profile

Span = tuple[int, int]
Length = tuple[str, Decimal]
"""The kind of a span of time ("day", "month") and its length in that unit."""

_LEAD = re.compile(r"[ \u00a0-]+")


@cache
def _unit(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})(?!\w)", re.IGNORECASE)


def unit_after(text: str, end: int, profile: Profile) -> Length | None:
    """The kind and the length of one of the time unit a word right after `end` names
    ("months" -> ("month", 1), "Jahren" -> ("month", 12)), None where none follows."""
    lead = _LEAD.match(text, end)
    if lead is None:
        return None
    for pattern, kind, length in profile.durations:
        if _unit(pattern).match(text, lead.end()):
            return (kind, Decimal(length))
    return None


def lengths(text: str, profile: Profile, figures: list[tuple[Decimal, Span]]) -> dict[Span, Length]:
    """The length of each figure of the text (`figures`: value and span, in digits and in
    words) that a time unit follows."""
    found = {}
    for value, (start, end) in figures:
        unit = unit_after(text, end, profile) or _unit_inside(text, start, end, profile)
        if unit is not None:
            found[(start, end)] = (unit[0], _weeks(text, start, profile) or value * unit[1])
    return found


def _weeks(text: str, start: int, profile: Profile) -> Decimal | None:
    """The days of a week or two a language counts with the day it starts on, in words
    ("huit jours" is a week, "quinze jours", "quince días" two: Profile.weeks_in_days);
    None for any other figure, and for one in digits ("15 jours" is 15 days)."""
    following = text[start : start + 30].lower()
    for words, days in profile.weeks_in_days.items():
        if following.startswith(words) and not following[len(words) : len(words) + 1].isalnum():
            return Decimal(days)
    return None


def _unit_inside(text: str, start: int, end: int, profile: Profile) -> Length | None:
    """The time unit a figure in words holds before its half ("un an et demi", "dos años
    y medio"), None where it holds none."""
    for lead in _LEAD.finditer(text, start, end):
        unit = unit_after(text, lead.start(), profile)
        if unit is not None:
            return unit
    return None


def bare(text: str, profile: Profile, figures: list[tuple[Decimal, Span]]) -> set[Length]:
    """The lengths of the time units with no figure before them: one of each ("a year",
    "un an", "в течение года")."""
    ends = {end for _, (_, end) in figures}
    found = set()
    for pattern, kind, length in profile.durations:
        for match in _unit(pattern).finditer(text):
            if match.start() and text[match.start() - 1].isalnum():
                continue  # inside a word
            before = text[max(0, match.start() - 30) : match.start()]
            lead = re.search(r"[ \u00a0-]+$", before)
            if lead is not None and match.start() - len(lead.group()) in ends:
                continue  # a figure's unit, read by `lengths`
            found.add((kind, Decimal(length)))
    return found
