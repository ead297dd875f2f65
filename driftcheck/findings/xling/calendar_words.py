"""The words for weekdays and months of a language, read by xling.facts.dates: CLDR's forms
(via Babel) and the profile's own, month abbreviations that count only with their stop, how a
word matches a form (inflected, or in a compound), and the words beside a weekday or a month
that change what it names (a night named by the day it ends in, a day of the month).
"""

from __future__ import annotations

import re
from functools import cache

from driftcheck.findings.profiles import Profile

_CALENDARS: dict[str, tuple[tuple[str, str, int, bool], ...]] = {}


def calendar(profile: Profile) -> tuple[tuple[str, str, int, bool], ...]:
    """(form, "weekday"|"month", number, prefix) for a language, from CLDR via Babel."""
    if profile.code not in _CALENDARS:
        _CALENDARS[profile.code] = _calendar(profile)
    return _CALENDARS[profile.code]


def _calendar(profile: Profile) -> tuple[tuple[str, str, int, bool], ...]:
    from babel import Locale

    locale = Locale.parse(profile.code)
    forms: list[tuple[str, str, int, bool]] = []
    for context in ("format", "stand-alone"):
        for day, name in locale.days[context]["wide"].items():
            forms.append((name.lower(), "weekday", int(day), False))
        for month, name in locale.months[context]["wide"].items():
            forms.append((name.lower(), "month", int(month) - 1, False))
        for month, name in locale.months[context]["abbreviated"].items():
            form = name.lower().rstrip(".")
            if len(form) >= 3 and not any(f == form for f, _, _, _ in forms):
                forms.append((form, "month", int(month) - 1, False))
    forms += [("sept", "month", 8, False)] if profile.code == "en" else []
    for n, group in enumerate(profile.weekday_forms):
        forms += [(form, "weekday", n, True) for form in group]
    for n, group in enumerate(profile.month_forms):
        forms += [(form, "month", n, True) for form in group]
    return tuple(dict.fromkeys(forms))


def matches(token: str, form: str, prefix: bool, profile: Profile) -> bool:
    """True when a lower-cased word is this form, inflected or in a compound where allowed."""
    if token == form:
        return True
    if prefix:
        rest = token[len(form) :]
        return token.startswith(form) and (
            not rest or not profile.calendar_stem_rest or _rest(profile.calendar_stem_rest, rest)
        )
    if profile.stems and len(form) > 4:
        return token.startswith(form) or (
            form[-1] in "aeyьяаеоуй" and token.startswith(form[:-1]) and len(token) <= len(form) + 1
        )
    return False


@cache
def _stem_rest(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _rest(pattern: str, rest: str) -> bool:
    """True when the letters after a stem form are an ending or suffix (see
    Profile.calendar_stem_rest)."""
    return _stem_rest(pattern).fullmatch(rest) is not None


NIGHT_BEFORE = re.compile(
    r"(?:\bnacht\s+(?:vo[nm]\s+\w+\s+)?(?:zum|zu|auf\s+den|auf)|\bночь\s+(?:со?\s+\w+\s+)?на"
    r"|\b(?:overnight|night)\s+(?:(?:from|of)\s+\w+\s+)?(?:into|to)"
    r"|\bnuits?\s+d[eu]\s+\w+\s+(?:à|au)|\bnoches?\s+del?\s+\w+\s+al?)\s+$",
    re.IGNORECASE,
)
"""A night named by the day it ends in ("in der Nacht zum Donnerstag", "в ночь на четверг",
"overnight into Thursday"), or by both days, the second after the first ("in der Nacht von
Mittwoch auf Donnerstag", "dans la nuit de mercredi à jeudi", "la noche del miércoles al
jueves", "в ночь со среды на четверг"): read as the evening it starts, as English names it
("Wednesday night")."""


def weekday_adverb(part: str, profile: Profile) -> bool:
    """True when a word is a weekday with the -s of a habit (German "freitags": on Fridays)."""
    token = part.lower()
    return token.endswith("s") and any(
        kind == "weekday" and token == form + "s" for form, kind, _, _ in calendar(profile)
    )


def shortened_month(token: str, profile: Profile) -> int | None:
    """The month whose name (and no other's) starts with a word of three letters or more."""
    if len(token) < 3 or not token.isalpha():
        return None
    starting = {
        number
        for form, kind, number, _ in calendar(profile)
        if kind == "month" and form.startswith(token)
    }
    return next(iter(starting)) if len(starting) == 1 else None


_DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])\.?[ \u00a0]$")
_DAY_AFTER = re.compile(r"[ \u00a0](?:[1-9]|[12]\d|3[01])(?![\d.,]\d)")


def beside_a_day(text: str, start: int, end: int) -> bool:
    """True when a day of the month stands right before or after the word: "8 oct" is
    October, as "oct." is, where "mar" alone is the sea."""
    return bool(_DAY_BEFORE.search(text, max(0, start - 4), start)) or bool(
        _DAY_AFTER.match(text, end)
    )


def abbreviations(profile: Profile) -> frozenset[tuple[str, str]]:
    """Month abbreviations (CLDR) that count only with their stop, in every language but
    English, whose were always read: "dic." is December, "mar" the sea, "dez." Dezember."""
    return frozenset() if profile.code == "en" else _abbreviated(profile.code)


@cache
def _abbreviated(code: str) -> frozenset[tuple[str, str]]:
    from babel import Locale

    months = Locale.parse(code).months
    wide = {
        name.lower()
        for context in ("format", "stand-alone")
        for name in months[context]["wide"].values()
    }
    return frozenset(
        (name.lower().rstrip("."), "month")
        for context in ("format", "stand-alone")
        for name in months[context]["abbreviated"].values()
        if name.lower().rstrip(".") not in wide
    )


@cache
def _run_words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


def week_runs(text: str, profile: Profile) -> list[tuple[int, int]]:
    """The runs of weekdays a text names in a word, each as its first and last day: "on
    weekdays" is (0, 4), Monday to Friday (see Profile.week_runs)."""
    return [
        (first, last)
        for words, first, last in profile.week_runs
        if _run_words(words).search(text) is not None
    ]
