"""Figures between versions in two languages: the numbers written in digits, by value.

Across languages the words differ by design, so quotes, names, attribution, hedges,
negations and wording cannot be compared word by word (see detect). What a translation
must keep are its figures, and digits survive translation: each number written in digits
in a group's A text is read in A's locale, each in B's text in B's locale ("4.5" in
English is "4,5" in German or French; "1,200" is "1.200" or "1 200"), with the scale
word that follows it in that language ("1.2 billion" = "1,2 Milliarden" = "1.200
millones"), and the values must match as multisets. Number words ("six", "sechs"),
units and currencies are not compared, nor the date of a dateline. A value of A missing
from B and one of B missing from A in the same group are `number.changed` when each is
the only one left, else `number.removed` / `number.added`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.lexicon import word_list
from driftcheck.types import Finding, Kind

_COMMA_DECIMAL = frozenset(
    word_list(
        "de fr es it pt nl ru pl tr sv da fi nb nn no cs sk hu ro id vi uk el bg hr sl sr lt lv"
        " et is ca gl eu az kk ky uz be mk sq bs"
    )
)
"""Languages that write a decimal comma ("4,5"); they may group thousands with a space."""

_SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "million": 6, "mn": 6, "billion": 9, "bn": 9, "trillion": 12},
    "de": {"tausend": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9,
           "milliarden": 9, "mrd": 9, "billion": 12, "billionen": 12},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9,
           "mrd": 9, "billion": 12, "billions": 12},
    "es": {"mil": 3, "millón": 6, "millones": 6, "mil millones": 9, "billón": 12,
           "billones": 12},
    "it": {"mila": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9},
    "pt": {"mil": 3, "milhão": 6, "milhões": 6, "mil milhões": 9, "bilhão": 9, "bilhões": 9},
    "nl": {"duizend": 3, "miljoen": 6, "miljard": 9},
    "ru": {"тыс": 3, "тысяча": 3, "тысячи": 3, "тысяч": 3, "млн": 6, "миллион": 6,
           "миллиона": 6, "миллионов": 6, "млрд": 9, "миллиард": 9, "миллиарда": 9,
           "миллиардов": 9, "трлн": 12},
}  # fmt: skip
"""Scale words per language and the power of ten they stand for (German Billion is 10^12)."""

_DATELINE = re.compile(
    r"(?P<city>[^\W\d_][^\W\d_'’.\-]*(?:[ .\-'’]+[^\W\d_]+){0,3}),"
    r"[^()\n]{1,40}?\([^()\n]{2,40}\) ?[-–—]+"
)
"""A dateline opening a sentence, "MERIDA NORTE, 18. Juli (Wire) -": its date is not news."""


@lru_cache(maxsize=64)
def _number_pattern(language: str) -> re.Pattern[str]:
    """Numbers as `language` writes them: times (3:40), grouped digits, and a scale word."""
    separators = ",. \u00a0\u202f" if language in _COMMA_DECIMAL else ",.\u00a0\u202f"
    scales = sorted(_SCALES.get(language, {}), key=len, reverse=True)
    scale = "|".join(re.escape(word).replace("\\ ", "[ \u00a0]+") for word in scales)
    return re.compile(
        rf"(?<![\w.,:])(?:(?P<time>[0-2]?\d(?::|[ \u00a0]?h[ \u00a0]?)[0-5]\d)"
        rf"|(?P<digits>\d{{1,3}}(?:[{separators}]\d{{3}})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        + (rf"(?:[ \u00a0]+(?P<scale>(?i:{scale}))\.?)?" if scale else "")
        + r")(?![\w])"
    )


def check_numbers_across(
    view: GroupView,
    languages: tuple[str, str],
    omitted: Collection[Decimal] = (),
    added: Collection[Decimal] = (),
) -> list[Finding]:
    """number.changed / number.removed / number.added between a group's A and B, by value.

    A value missing here but in a sentence B added (or A omitted) moved to another
    sentence, as translators do when they split or join sentences; it is not reported.
    """
    a_left = [item for item in numbers(view.a, languages[0]) if item[0] not in added]
    b_left = [item for item in numbers(view.b, languages[1]) if item[0] not in omitted]
    for value, span in list(a_left):
        twin = next((item for item in b_left if item[0] == value), None)
        if twin is not None:
            a_left.remove((value, span))
            b_left.remove(twin)
    if len(a_left) == 1 and len(b_left) == 1:
        (_, a_span), (_, b_span) = a_left[0], b_left[0]
        shown = f"{view.a.original(*a_span)} -> {view.b.original(*b_span)}"
        return [view.finding("number.changed", f"number changed: {shown}", a=a_span, b=b_span)]
    found = [
        view.finding("number.removed", f"number removed: {view.a.original(*span)}", a=span)
        for _, span in a_left
    ]
    found += [
        view.finding("number.added", f"number added: {view.b.original(*span)}", b=span)
        for _, span in b_left
    ]
    return found


def values_elsewhere(
    views: Sequence[GroupView], languages: tuple[str, str]
) -> tuple[set[Decimal], set[Decimal]]:
    """The values in sentences A omitted, and in sentences B added."""
    omitted = {
        value
        for view in views
        if view.group.kind is Kind.OMITTED
        for value, _ in numbers(view.a, languages[0])
    }
    added = {
        value
        for view in views
        if view.group.kind is Kind.ADDED
        for value, _ in numbers(view.b, languages[1])
    }
    return omitted, added


def numbers(side: Side, language: str) -> list[tuple[Decimal, tuple[int, int]]]:
    """The values written in digits in one side's text, read as `language` writes them.

    A time "3:40" or "3 h 40" reads as 3.40 (as German or Spanish write it); a scale word
    multiplies ("1,2 Milliarden" is 1200000000); numbers in a dateline are left out.
    """
    datelines = [_dateline(side.text, start) for start in side.starts]
    found = []
    for match in _number_pattern(language).finditer(side.text):
        if any(start <= match.start() < end for start, end in datelines):
            continue
        time = match.group("time")
        value: Decimal | None
        if time:
            hours, minutes = re.split(r"[^\d]+", time)
            value = Decimal(f"{int(hours)}.{minutes}")
        else:
            value = read_number(match.group("digits"), language)
        if value is None:
            continue
        scale = match.groupdict().get("scale")
        if scale:
            words = " ".join(scale.lower().split())
            value = value.scaleb(_SCALES[language][words])
        found.append((value, match.span()))
    return found


def _dateline(text: str, start: int) -> tuple[int, int]:
    match = _DATELINE.match(text, start)
    if match is None or match.group("city") != match.group("city").upper():
        return (start, start)
    return match.span()


def read_number(text: str, language: str) -> Decimal | None:
    """A number with thousands separators and a decimal mark as `language` writes them."""
    digits = re.sub("[ \u00a0\u202f]", "", text)
    decimal_mark = "," if language in _COMMA_DECIMAL else "."
    group_mark = "." if decimal_mark == "," else ","
    marks = [char for char in digits if char in ",."]
    if len(set(marks)) == 2:  # both: the last one is the decimal mark in every language
        decimal_mark = marks[-1]
        group_mark = marks[0]
    elif marks and re.fullmatch(rf"\d{{1,3}}(?:\{marks[0]}\d{{3}})+", digits) is None:
        decimal_mark = marks[0]  # "4.5" or "4,5": not thousands, whatever the language
        group_mark = ""
    whole, _, fraction = digits.partition(decimal_mark)
    if group_mark:
        whole = whole.replace(group_mark, "")
    try:
        return Decimal(whole + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None
