"""Figures between versions in two languages: the numbers written in digits, by value.

Across languages the words differ by design, so quotes, names, attribution, hedges,
negations and wording cannot be compared word by word (see detect). What a translation
must keep are its figures, and digits survive translation: each number written in digits
in a group's A text is read in A's locale, each in B's text in B's locale ("4.5" in
English is "4,5" in German or French; "1,200" is "1.200" or "1 200"), and the values
must match as multisets. Number words ("six", "sechs"), scale words ("billion",
"Milliarden") and units are not compared: "1.2 billion" and "1,2 Milliarden" both read
as 1.2. A value of A missing from B and one of B missing from A in the same group are
`number.changed` when each is the only one left, else `number.removed` / `number.added`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.lexicon import word_list
from driftcheck.types import Finding

_SPACE_GROUPED = frozenset({"fr"})
"""Languages that group thousands with a plain space ("1 200")."""
_COMMA_DECIMAL = frozenset(
    word_list(
        "de fr es it pt nl ru pl tr sv da fi nb nn no cs sk hu ro id vi uk el bg hr sl sr lt lv"
        " et is ca gl eu az kk ky uz be mk sq bs"
    )
)
"""Languages that write a decimal comma ("4,5")."""


def _number_pattern(separators: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w.,])(\d{{1,3}}(?:[{separators}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])"
    )


_NUMBER = _number_pattern(",.\u00a0\u202f")
_NUMBER_SPACED = _number_pattern(",. \u00a0\u202f")


def check_numbers_across(view: GroupView, a_language: str, b_language: str) -> list[Finding]:
    """number.changed / number.removed / number.added between a group's A and B, by value."""
    a_left = numbers(view.a, a_language)
    b_left = numbers(view.b, b_language)
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


def numbers(side: Side, language: str) -> list[tuple[Decimal, tuple[int, int]]]:
    """The values written in digits in one side's text, read as `language` writes them."""
    pattern = _NUMBER_SPACED if language in _SPACE_GROUPED else _NUMBER
    found = []
    for match in pattern.finditer(side.text):
        value = read_number(match.group(1), language)
        if value is not None:
            found.append((value, match.span(1)))
    return found


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
