"""A figure's period is part of its unit: "180,000 euros a week" is not "180.000 Euro pro
Monat", though the value is the same.

A word for a span of time that makes a figure an amount per span ("a week", "pro Monat",
"par an", "al día", "в сутки", "daily": Profile.rates) belongs to the figure at most
two words after it ("täglich rund 62.000 Fahrzeuge"), else to the figure nearest before it
in its clause, else to the first one after it.
A figure of A whose every twin in the unit (a figure of B with its value) has a period,
none of them A's, has had its period changed. A figure with no period on one side says
nothing: a translator may give the period elsewhere in the sentence, or leave it implied.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from driftcheck.findings.across import numbers
from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding

Rated = tuple[Decimal, GroupView, Span, str | None]
"""A figure's value, its group and span on its side, and its period (None: none)."""


_NEAR = re.compile(r"\W*(?:[^\W\d]+\W+){0,2}")
"""At most two words between a rate word and the figure after it: the rate word is said of
that figure ("täglich rund 45.000 Fahrgäste", "chaque année entre 10 et 15")."""


@cache
def _period(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


def periods(text: str, profile: Profile, figures: list[Span]) -> dict[Span, str]:
    """The period of each figure (by its span) a rate word of its clause belongs to."""
    found: dict[Span, str] = {}
    for pattern, period in profile.rates:
        for match in _period(pattern).finditer(text):
            start, end = facts.clause_of(text, (match.start(), match.end()))
            inside = [f for f in figures if start <= f[0] < end]
            before = [f for f in inside if f[1] <= match.start()]
            after = [f for f in inside if f[0] >= match.end()]
            near = after and _NEAR.fullmatch(text, match.end(), after[0][0]) is not None
            owner = after[0] if near else before[-1] if before else after[0] if after else None
            if owner is not None:
                found.setdefault(owner, period)
    return found


def _rated(unit: Unit, which: str, language: str, profile: Profile) -> list[Rated]:
    out: list[Rated] = []
    for view, side in unit.sides(which):
        figures = numbers(side, language)
        period = periods(side.text, profile, [span for _, span in figures])
        out += [(value, view, span, period.get(span)) for value, span in figures]
    return out


def check_rates(
    unit: Unit, languages: tuple[str, str], profiles: tuple[Profile, Profile]
) -> list[Finding]:
    """number.changed for a figure whose twins in B all give it another period."""
    a_rated = _rated(unit, "a", languages[0], profiles[0])
    b_rated = _rated(unit, "b", languages[1], profiles[1])
    found = []
    for value, view, span, period in a_rated:
        twins = [item for item in b_rated if item[0] == value]
        if period is None or not twins or any(t[3] in (None, period) for t in twins):
            continue
        _, b_view, b_span, b_period = twins[0]
        message = (
            f"rate changed: {view.a.original(*span)} per {period}"
            f" -> {b_view.b.original(*b_span)} per {b_period}"
        )
        found.append(located("number.changed", message, a=(view, span), b=(b_view, b_span)))
    return found
