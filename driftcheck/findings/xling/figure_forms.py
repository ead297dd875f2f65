"""Figures one version writes in another form than the other, paired so that neither
counts as changed: a decade in two digits ("the 1990s" = "die 90er-Jahre"), a clock's
hours and minutes written apart ("2:19" = "2 h 19"), a share told as a part of a whole
("one in five" = "20 %"), and a conversion in brackets ("65 km (40 miles)")."""

from __future__ import annotations

import re
from decimal import Decimal

from driftcheck.findings.across import numbers
from driftcheck.findings.context import Side
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling.conversions import Placed
from driftcheck.findings.xling.units import Span, Unit
from driftcheck.findings.xling.worded import figures as worded_figures

_SHARE_WHOLES = frozenset(Decimal(n) for n in (2, 3, 4, 5, 6, 8, 10, 20, 100, 1000))
"""The wholes a share is told out of ("one in five", "six in 10", "one in 100")."""

_SHARE_GAP = re.compile(r"(?:[ \u00a0]+[^\W\d]+){0,2}")
"""What may stand between a share's part and the word that joins it to its whole: the
thing counted ("six électeurs sur dix", "seis votantes de cada diez")."""


def pair_shares(
    unit: Unit,
    languages: tuple[str, str],
    profiles: tuple[Profile | None, Profile | None],
    a_items: list[tuple[object, Placed]],
    b_items: list[tuple[object, Placed]],
) -> None:
    """Remove a share told as two figures ("six in 10", "un électeur sur cinq") and the
    per cent the other side writes for it ("60 %", "20 Prozent"), whole or to a tenth
    ("one in three" is 33 or 33.3), one for one; the share's figures in digits leave
    their list."""
    for which, items, others in (("a", a_items, b_items), ("b", b_items, a_items)):
        profile = profiles[0 if which == "a" else 1]
        language = languages[0 if which == "a" else 1]
        if profile is None or not profile.share_of:
            continue
        for view, side in unit.sides(which):
            for part, whole in _shares_told(side.text, profile, language, side):
                share = Decimal(100) * part[0] / whole[0]
                per_cent = {share.quantize(Decimal(1)), share.quantize(Decimal("0.1"))}
                twin = next((o for o in others if o[0] in per_cent), None)
                if twin is None:
                    continue
                others.remove(twin)
                mine = {part[1], whole[1]}
                items[:] = [i for i in items if not (i[1][0] is view and i[1][1] in mine)]


def _shares_told(
    text: str, profile: Profile, language: str, side: Side
) -> list[tuple[tuple[Decimal, Span], tuple[Decimal, Span]]]:
    """The shares a text tells as a part of a whole: (part, whole), each a value and a span;
    a part of one is a word for one ("one in five", "un sur cinq", "uno de cada cinco")."""
    figures = read(side, language, profile)
    joiner = re.compile(rf"[ \u00a0]+(?:{profile.share_of})[ \u00a0]+$", re.IGNORECASE)
    ones = re.compile(rf"(?<!\w)(?:{profile.share_one})(?!\w)", re.IGNORECASE)
    found = []
    for whole, span in figures:
        if whole not in _SHARE_WHOLES:
            continue
        joined = joiner.search(text, max(0, span[0] - 30), span[0])
        if joined is None:
            continue
        parts = [(v, s) for v, s in figures if s[1] <= joined.start()]
        window = max(0, joined.start() - 40)
        parts += [(Decimal(1), m.span()) for m in ones.finditer(text, window, joined.start())]
        for part, at in parts:
            if 0 < part < whole and _SHARE_GAP.fullmatch(text, at[1], joined.start()):
                found.append(((part, at), (whole, span)))
                break
    return found


def read(side: Side, language: str, profile: Profile) -> list[tuple[Decimal, Span]]:
    """A side's figures in digits and in words (those of their own, of one value), each
    with its span."""
    read = list(numbers(side, language))
    return read + [
        (next(iter(f.readings)), (f.start, f.end))
        for f in worded_figures(side.text, profile)
        if f.counts and len(f.readings) == 1
    ]


_CONVERSION = re.compile(r"\d[^\W\d]*(?:[ \u00a0][^\W\d]+){0,2}[ \u00a0]?\($")


def converted(placed: Placed, side: str) -> bool:
    """True when a figure opens brackets right after a figure and its unit: a conversion."""
    view, (start, _) = placed
    text = (view.a if side == "a" else view.b).text
    return _CONVERSION.search(text, max(0, start - 30), start) is not None


def decade(value: object) -> int | None:
    """The decade a year ending in 0 names in two digits (1990 -> 90), None for another value."""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        year = int(value)
        if 1900 <= year < 2100 and year % 10 == 0:
            return year % 100
    return None


def pair_decades(
    a_items: list[tuple[object, Placed]], b_items: list[tuple[object, Placed]]
) -> None:
    """Remove a decade written in full on one side and in two digits on the other
    ("the 1990s" = "die 90er-Jahre" = "los años 90" = "90-х годов"), one for one."""
    for items, others in ((a_items, b_items), (b_items, a_items)):
        for item in list(items):
            two_digits = decade(item[0])
            twin = next((o for o in others if two_digits is not None and o[0] == two_digits), None)
            if twin is not None:
                items.remove(item)
                others.remove(twin)


_CLOCK = re.compile(r"(\d{1,2})(?::|[ \u00a0]?h[ \u00a0]?)([0-5]\d)")
"""A time or a duration on a clock ("2:19", "2 h 19"), which across.numbers reads as 2.19."""
_SECONDS = re.compile(r"(?::|[ \u00a0]?min\.?[ \u00a0]?)([0-5]\d)\b")
"""The seconds after a clock's minutes: "2:19:48", "2 h 19 min 48 s"."""


def pair_clocks(a_items: list[tuple[object, Placed]], b_items: list[tuple[object, Placed]]) -> None:
    """Remove a clock figure of one side whose hours and minutes the other side writes
    apart ("2:19:48" and "2 h 19 min 48 s" are "2 hours 19 minutes 48 seconds", "zwei
    Stunden und 19 Minuten"): its hours and minutes, and its seconds where it gives them,
    leave the other side's figures with it, one for one. Only where both parts are there:
    a time with one figure apart is another time."""
    for side, items, others in (("a", a_items, b_items), ("b", b_items, a_items)):
        for item in list(items):
            parts = _clock_parts(item[1], side)
            if not parts:
                continue
            twins = []
            for value in parts:
                twin = next((o for o in others if o[0] == value and o not in twins), None)
                if twin is not None:
                    twins.append(twin)
            if len(twins) >= 2 and twins[0][0] == parts[0] and twins[1][0] == parts[1]:
                items.remove(item)
                others[:] = [o for o in others if o not in twins]


def _clock_parts(placed: Placed, side: str) -> list[Decimal]:
    """The hours, minutes and (where they follow) seconds of a clock figure, [] for a
    figure that is no clock."""
    view, (start, end) = placed
    text = (view.a if side == "a" else view.b).text
    clock = _CLOCK.fullmatch(text, start, end)
    if clock is None:
        return []
    parts = [Decimal(clock.group(1)), Decimal(clock.group(2))]
    seconds = _SECONDS.match(text, end)
    return parts + ([Decimal(seconds.group(1))] if seconds else [])
