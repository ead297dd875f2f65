"""Reading a figure's value: the pattern of figures in news copy, and what one measures.

`FIGURE` finds amounts, percentages, dates, times, counts and ordinals; `read_value`
gives a match's kind, unit and value, with its currency, scale and unit applied ("$70bn"
= 70000000000 USD), numbers in words read ("six" = 6), separators as the locale writes
them ("1,234.5" in English, "1.234,5" in German or French; a number with both separators
is read the same in every locale); `MEASURE` and `measure_unit` read a unit of measure
after a count, `counted_thing` the word that says what a count counts. Which matches are
figures of the story, and when two are one fact, is figures.py's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from driftcheck.findings.lexicon import MONTHS, STOPWORDS, WEEKDAYS, word_list

DateValue = tuple[int | None, int | None, int | None]


_UNITS = word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
)
_TENS = word_list("twenty thirty forty fifty sixty seventy eighty ninety")
_ORDINALS = word_list(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_TENTHS = word_list("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
_SCALES = {
    "thousand": 3, "k": 3, "lakh": 5, "million": 6, "m": 6, "mn": 6, "mln": 6, "crore": 7,
    "billion": 9, "bn": 9, "bln": 9, "trillion": 12, "tn": 12, "trn": 12,
}  # fmt: skip
_CURRENCY_SIGNS = {
    "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY/CNY",
    "₹": "INR", "RS": "INR", "RS.": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
    "CNY": "CNY", "RMB": "CNY", "JPY": "JPY", "INR": "INR",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yuan": "CNY", "renminbi": "CNY",
    "yen": "JPY", "rupee": "INR", "rouble": "RUB", "ruble": "RUB", "tenge": "KZT",
}  # fmt: skip
_COMMA_DECIMAL = frozenset(
    word_list(
        "de fr es it pt nl ru pl tr sv da fi nb nn no cs sk hu ro id vi uk el bg hr sl sr lt lv"
        " et is ca gl eu az kk ky uz be mk sq bs"
    )
)

_MONTH = (
    "(?:" + "|".join(m.capitalize() for m in MONTHS if m != "may") + "|May"
    "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)"
)
_MONTH_ALONE = "|".join(m.capitalize() for m in MONTHS if m != "may")
_AFTER_MONTH_WORD = "(?<=[a-z,][ ])"
"""A month named alone counts after a lower-case word ("in December", "that March
exports"), not opening a sentence; May alone never does (a modal, a name)."""
_NUMBER_WORD = (
    "(?:" + "|".join(_TENS) + ")(?:-(?:" + "|".join(_UNITS[1:10]) + "))?"
    "|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + "|a dozen|dozen"
    "|a(?=[ ](?:hundred|thousand|million|billion|trillion)\\b)"
)
"""Numbers in words; "a" only before a scale ("a million" = one million)."""
_YEAR = r"(?:1[89]|20)\d\d"
TIME_ZONES = frozenset(("GMT", "BST", "UTC", "CET", "CEST", "EDT", "EST", "ET", "PDT", "PST", "PT"))
"""Time zones written after a clock time ("18:00 BST"): part of the time, not a name."""
_ZONE_AFTER = (
    r"[ ]?(?:" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")\b"
    r"|[ ](?:local[ ]time|hours|hrs)\b"
)
_CURRENCY_WORD = "|".join(_CURRENCY_WORDS)
_DECADES = word_list("twenties thirties forties fifties sixties seventies eighties nineties")
_DECADE_WORD = "|".join(_DECADES)
_ORDINAL_WORD = "|".join(_ORDINALS + _TENTHS + ["hundredth"])
FIGURE = re.compile(
    rf"""(?:(?<![\w.,/\-])|(?<=\b(?i:mid)-)|(?<=\b(?i:late)-)|(?<=\b(?i:early)-))(?:
      (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)
    | (?P<md>(?P<md_month>{_MONTH})[ ](?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?
             (?:,?[ ](?P<md_year>{_YEAR}))?)
    | (?P<dm>(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<dm_month>{_MONTH})
             (?:,?[ ](?P<dm_year>{_YEAR}))?)
    | (?P<my>(?P<my_month>{_MONTH})[ ](?P<my_year>{_YEAR}))
    | (?P<weekday>{"|".join(d.capitalize() for d in WEEKDAYS)})
    | {_AFTER_MONTH_WORD}(?P<month>{_MONTH_ALONE})(?![ ]\d)
    | (?P<time>(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?[ ]?(?P<half>(?i:[ap]\.m\.|[ap]m))
      | (?P<hour24>[0-2]?\d):(?P<minute24>[0-5]\d)
      | (?P<clock>(?:[01]\d|2[0-3])[0-5]\d)(?={_ZONE_AFTER})
      | (?P<clock0>0\d[0-5]\d)(?![ ]?\d))
    | (?P<decade>(?:1[89]|20)?\d0)s|(?P<decade_word>(?i:{_DECADE_WORD}))
    | (?P<fraction>(?P<parts>(?i:a|one|two|three))(?:-|[ ](?=(?i:third|quarter)s?[ ]of\b))
                   (?P<whole>(?i:third|quarter))s?)
    | (?P<ordinal>\d+(?:st|nd|rd|th)|(?i:{_ORDINAL_WORD})|No\.[ ]?\d+)
    | (?P<amount>
        (?P<sign>(?:US|AU|NZ|HK|A|C|S|R)?\$|[€£¥₹]|(?i:rs\.?)[ ]?
                 |(?:USD|EUR|GBP|CNY|RMB|JPY|INR)[ ]?)?
        (?:(?P<digits>\d{{1,3}}(?:[,.\u00a0\u202f]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)
           (?:[ ](?P<over>[1-9])/(?P<under>[1-9]))?
           (?P<glued>bn|mn|mln|bln|tn|trn|m|k)?
          |(?P<word>(?i:{_NUMBER_WORD}))(?P<hundred>[ ](?i:hundred))?)
        (?:[ ](?P<scale>(?i:thousand|million|billion|trillion|lakh|crore|bn|mn|mln|bln|tn|trn))
           (?!\w))?
        (?:(?P<percent>[ ]?%|[ ](?i:percent|per[ ]cent|pct)(?!\w))
          |[ ](?P<points>(?i:percentage[ ]points?))
          |[ ](?P<currency>(?:US[ ])?(?i:{_CURRENCY_WORD}))s?(?!\w))?
      )
    )(?:(?![\w])|(?=(?:km|kg|cm|mm|ft|mph|kph|lbs?|GMT|BST|UTC)\b))(?!/\d)""",
    re.VERBOSE,
)
"""A decade ("the 1960s", "in their 40s", "in her forties") is a figure of its own kind, and
so is a fraction in words ("one-third", "three-quarters", "a third of the country").
A figure starts at a word boundary, not after a hyphen ("one-on-one", "COVID-19"), except
after "mid-", "early-" or "late-" ("in his mid-twenties", "by mid-2015"). A figure ends
at a word boundary, or before a unit or time zone written onto it ("130km",
"03:00GMT"); a whole number may end in a fraction ("2 1/2 years"); otherwise digits
joined to others by a slash ("9/11", "24/7") are no figure. A time may be written in four
digits, on the 24-hour clock, before a time zone ("1830 BST", "0700 GMT") or with its
leading zero ("as of 0600"; not "0800 123 456")."""

_MEASURES = {
    "km2": r"(?:square|sq) (?:km|kilomet(?:re|er)s?)",
    "mi2": r"(?:square|sq) miles?",
    "m2": r"(?:square|sq) (?:m|met(?:re|er)s?)",
    "km": r"km|kilomet(?:re|er)s?",
    "cm": r"cm|centimet(?:re|er)s?",
    "mm": r"mm|millimet(?:re|er)s?",
    "in": r"inch(?:es)?",
    "mi": r"miles?",
    "m": r"met(?:re|er)s?",
    "ft": r"feet|foot|ft",
    "ha": r"hectares?|ha",
    "acre": r"acres?",
    "t": r"tonnes?|tons?",
    "kg": r"kg|kilo(?:gram)?s?",
    "lb": r"lbs?",
    "l": r"lit(?:re|er)s?",
    "bbl": r"barrels?",
    "deg": r"degrees?",
    "km/h": r"km/h|kph|kilomet(?:re|er)s (?:per|an) hour",
    "mph": r"mph|miles (?:per|an) hour",
}
MEASURE = re.compile(
    r"[ ]?((?:square |sq\.? )?(?:km|kilomet(?:re|er)s?|cm|centimet(?:re|er)s?|mm|"
    r"millimet(?:re|er)s?|inch(?:es)?|miles?|met(?:re|er)s?|feet|foot|ft|"
    r"hectares?|ha|acres?|tonnes?|tons?|kg|kilo(?:gram)?s?|lbs?|lit(?:re|er)s?|barrels?|"
    r"degrees?|mph|km/h|kph)(?: (?:per|an) hour)?)(?![\w/])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Value:
    """What a matched figure measures (its kind and unit) and its value."""

    kind: str
    unit: str
    value: Decimal | DateValue | str


def measure_unit(word: str) -> str:
    """The unit of measure a word names, in one spelling: kilometres -> km."""
    word = word.lower().replace(".", "")
    for unit, pattern in _MEASURES.items():
        if re.fullmatch(pattern, word):
            return unit
    return word


def read_value(match: re.Match[str], locale: str) -> Value | None:
    """The kind, unit and value of a match of `FIGURE`; None when it only looks like a figure."""
    group = match.group
    date = _date(match)
    if date is not None:
        return _figure("date", date)
    if group("weekday"):
        return _figure("weekday", group("weekday").lower())
    if group("time"):
        return _figure("time", _minutes(match))
    if group("decade") or group("decade_word") or group("fraction"):
        return _decade_or_fraction(match)
    if group("ordinal"):
        return _figure("ordinal", _ordinal_value(group("ordinal")))
    return _amount(match, locale)


def _date(match: re.Match[str]) -> DateValue | None:
    """(year, month, day) of a matched date, the parts not given None; None for no date."""
    group = match.group
    if group("iso"):
        year, month, day = (int(part) for part in group("iso").split("-"))
        return (year, month, day)
    for prefix in ("md", "dm", "my"):
        if group(prefix):
            given_day = None if prefix == "my" else int(group(f"{prefix}_day"))
            given_year = group(f"{prefix}_year")
            month = _month_number(group(f"{prefix}_month"))
            return (int(given_year) if given_year else None, month, given_day)
    if group("month"):
        return (None, _month_number(group("month")), None)
    return None


def _decade_or_fraction(match: re.Match[str]) -> Value:
    """1960s -> decade 1960, 40s and forties -> decade 40; one-third -> fraction "1/3"."""
    group = match.group
    if group("decade"):
        return _figure("decade", Decimal(group("decade")))
    if group("decade_word"):
        return _figure("decade", Decimal(_DECADES.index(group("decade_word").lower()) * 10 + 20))
    parts = 1 if group("parts").lower() in ("a", "one") else _word_value(group("parts"))
    return _figure("fraction", f"{parts}/{3 if group('whole').lower() == 'third' else 4}")


def _minutes(match: re.Match[str]) -> Decimal:
    """Minutes after midnight: 3 p.m. and 15:00 are both 900."""
    clock = match.group("clock") or match.group("clock0")
    if clock:
        return Decimal(int(clock[:2]) * 60 + int(clock[2:]))
    if match.group("hour24"):
        return Decimal(int(match.group("hour24")) * 60 + int(match.group("minute24")))
    hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower()[0] == "p" else 0)
    return Decimal(hour * 60 + int(match.group("minute") or 0))


def _figure(kind: str, value: Decimal | DateValue | str, unit: str = "") -> Value:
    """A value read."""
    return Value(kind, unit, value)


def _month_number(name: str) -> int:
    """January -> 1, Sept. -> 9."""
    key = name.rstrip(".").lower()
    return 9 if key == "sept" else [month[:3] for month in MONTHS].index(key[:3]) + 1


def _ordinal_value(text: str) -> Decimal:
    """third -> 3, 70th -> 70, thirtieth -> 30."""
    word = text.lower()
    if word.startswith("no."):
        return Decimal(word[3:].strip())
    if word[0].isdigit():
        return Decimal(word[:-2])
    if word in _ORDINALS:
        return Decimal(_ORDINALS.index(word) + 1)
    if word == "hundredth":
        return Decimal(100)
    return Decimal(10 * (_TENTHS.index(word) + 2))


def _amount(match: re.Match[str], locale: str) -> Value | None:
    """An amount with its scale applied; None when it only looks like one (5m, no currency)."""
    group = match.group
    if group("digits"):
        base = _parse_digits(group("digits"), locale)
        if base is not None and group("over"):  # "2 1/2 years"
            base += Decimal(group("over")) / Decimal(group("under"))
    else:
        base = _word_value(group("word")) * (100 if group("hundred") else 1)
    scale = (group("scale") or group("glued") or "").lower()
    if base is None or (scale in ("m", "k") and not group("sign")):
        return None
    value = base.scaleb(_SCALES[scale]) if scale else base
    kind, unit = _measure(match, value, scale)
    return _figure(kind, value if kind == "year" else value.normalize(), unit)


def _measure(match: re.Match[str], value: Decimal, scale: str) -> tuple[str, str]:
    """What an amount measures (money, percent, points, year, count) and its currency."""
    group = match.group
    sign = (group("sign") or "").strip().upper()
    if sign or group("currency"):
        word = (group("currency") or "").lower().removeprefix("us ").rstrip("s")
        return "money", _CURRENCY_SIGNS.get(sign) or _CURRENCY_WORDS[word]
    if group("percent"):
        return "percent", ""
    if group("points"):
        return "points", ""
    digits = group("digits") or ""
    if digits.isdigit() and len(digits) == 4 and 1800 <= value <= 2100 and not scale:
        return "year", ""
    return "count", ""


def _word_value(word: str) -> Decimal:
    """six -> 6, twenty-five -> 25, a dozen -> 12, a (million) -> 1."""
    word = word.lower()
    if word.endswith("dozen"):
        return Decimal(12)
    if word == "a":
        return Decimal(1)
    tens, _, unit = word.partition("-")
    if tens in _TENS:
        return Decimal(10 * (_TENS.index(tens) + 2) + (_UNITS.index(unit) if unit else 0))
    return Decimal(_UNITS.index(word))


def _parse_digits(text: str, locale: str) -> Decimal | None:
    """A number with thousands separators and a decimal mark, read as the locale writes them."""
    text = text.replace("\u00a0", "").replace("\u202f", "")
    comma_decimal = locale.lower().replace("_", "-").split("-")[0] in _COMMA_DECIMAL
    decimal_mark = "," if comma_decimal else "."
    marks = [char for char in text if char in ",."]
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
    elif len(marks) == 1:
        whole, fraction = re.split("[,.]", text)
        if len(fraction) != 3 or whole == "0":
            decimal_mark = marks[0]
    elif marks:
        decimal_mark = "," if marks[0] == "." else "."
    whole, _, fraction = text.partition(decimal_mark) if decimal_mark in text else (text, "", "")
    try:
        return Decimal(re.sub("[,.]", "", whole) + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None


_WORD_AFTER = re.compile(r"[ \-]([a-z]+)\b")


def counted_thing(text: str, end: int) -> str:
    """The word after a count that says what it counts (see figures.Figure.thing)."""
    match = _WORD_AFTER.match(text, end)
    if match is None or match.group(1) in STOPWORDS:
        return ""
    word = match.group(1)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
