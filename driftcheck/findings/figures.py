"""Reading figures: amounts, percentages, dates, times, counts and ordinals, with their values.

A figure is read with its currency, scale and unit, so equal values in other spellings
are equal: "$70 billion" = "$70bn" = "US$70 billion" = "70 billion dollars";
"12%" = "12 percent" = "12 per cent"; "six" = "6"; "May 18" = "18 May"; "No. 2" =
"second"; "3 p.m." = "15:00"; "2,000" = "2000". Separators follow the locale: "1,234.5"
in English, "1.234,5" in German or French (a number with both separators is read the
same in every locale). Dates are compared on the parts both sides give ("May 18" matches
"May 18, 2023"); a weekday counts as a date. A count keeps its unit of measure
(12,000 hectares is not 12,000 acres).

Left out on purpose, because they are names or idiom rather than figures: number words
inside a capitalised name (Group of Seven), "one" without a scale or unit ("one of the"),
"the two" (the two sides), words joined by hyphens (one-on-one, two-way; but "10-day"
and "seven-year-old" count), numbers glued to letters (G7, COVID-19) and the dateline
("XIAN, May 18 (Reuters) -").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from driftcheck.findings.context import Side
from driftcheck.findings.lexicon import MONTHS, STOPWORDS, WEEKDAYS, word_list
from driftcheck.patterns import dateline

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
)
_YEAR = r"(?:1[89]|20)\d\d"
_CURRENCY_WORD = "|".join(_CURRENCY_WORDS)
_ORDINAL_WORD = "|".join(_ORDINALS + _TENTHS + ["hundredth"])
_FIGURE = re.compile(
    rf"""(?<![\w.,/\-])(?:
      (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)
    | (?P<md>(?P<md_month>{_MONTH})[ ](?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?
             (?:,?[ ](?P<md_year>{_YEAR}))?)
    | (?P<dm>(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<dm_month>{_MONTH})
             (?:,?[ ](?P<dm_year>{_YEAR}))?)
    | (?P<my>(?P<my_month>{_MONTH})[ ](?P<my_year>{_YEAR}))
    | (?P<weekday>{"|".join(d.capitalize() for d in WEEKDAYS)})
    | {_AFTER_MONTH_WORD}(?P<month>{_MONTH_ALONE})(?![ ]\d)
    | (?P<time>(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?[ ]?(?P<half>(?i:[ap]\.m\.|[ap]m))
      | (?P<hour24>[0-2]?\d):(?P<minute24>[0-5]\d))
    | (?P<ordinal>\d+(?:st|nd|rd|th)|(?i:{_ORDINAL_WORD})|No\.[ ]?\d+)
    | (?P<amount>
        (?P<sign>(?:US|AU|NZ|HK|A|C|S|R)?\$|[€£¥₹]|(?i:rs\.?)[ ]?
                 |(?:USD|EUR|GBP|CNY|RMB|JPY|INR)[ ]?)?
        (?:(?P<digits>\d{{1,3}}(?:[,.\u00a0\u202f]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)
           (?P<glued>bn|mn|mln|bln|tn|trn|m|k)?
          |(?P<word>(?i:{_NUMBER_WORD}))(?P<hundred>[ ](?i:hundred))?)
        (?:[ ](?P<scale>(?i:thousand|million|billion|trillion|lakh|crore|bn|mn|mln|bln|tn|trn))
           (?!\w))?
        (?:(?P<percent>[ ]?%|[ ](?i:percent|per[ ]cent|pct)(?!\w))
          |[ ](?P<points>(?i:percentage[ ]points?))
          |[ ](?P<currency>(?:US[ ])?(?i:{_CURRENCY_WORD}))s?(?!\w))?
      )
    )(?:(?![\w])|(?=(?:km|kg|ft|mph|kph|lbs?)\b))""",
    re.VERBOSE,
)
"""A figure ends at a word boundary, or before a unit written onto it ("130km")."""
_HYPHEN_UNIT = re.compile(
    r"-(?:(?:year|month|week|day|hour|minute)s?-old"
    r"|year|month|week|day|hour|minute|second|point|nation|member|country|seat|storey|"
    r"party|game|match|time|mile|kilometre|kilometer|metre|meter|km|percent)\b",
    re.IGNORECASE,
)
TIMESTAMP = re.compile(
    r"(?:(?:Last modified on|Published on|First published on)\s)?"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"\s\d{4}(?:\s\d{1,2}[.:]\d{2})?(?:\s(?:BST|GMT|UTC|CET|CEST|EDT|EST|AEST|AEDT))?"
)
"""A publication timestamp ("Wed 20 Sep 2017 10.38 BST"): page furniture, not news."""
_WORD_WINDOW = 60
"""How far back to look for the word before a figure (a bounded window keeps it linear)."""
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'’\-]*)[ ]$")
_NEXT_WORD = re.compile(r"[ ]([A-Za-z][\w'’\-]*)")
_NOT_NAME_BEFORE = frozenset(
    {*STOPWORDS, *MONTHS, *WEEKDAYS, "no", "nos", "number", "page", "about", "some", "over",
     "under", "nearly", "almost", "around", "roughly", "just", "only", "all", "last", "top",
     "after", "before", "by", "since", "until", "from", "to", "between", "among", "aged"}
)  # fmt: skip
_MEASURES = {
    "km2": r"(?:square|sq) (?:km|kilomet(?:re|er)s?)",
    "mi2": r"(?:square|sq) miles?",
    "m2": r"(?:square|sq) (?:m|met(?:re|er)s?)",
    "km": r"km|kilomet(?:re|er)s?",
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
_MEASURE = re.compile(
    r"[ ]?((?:square |sq\.? )?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|"
    r"hectares?|ha|acres?|tonnes?|tons?|kg|kilo(?:gram)?s?|lbs?|lit(?:re|er)s?|barrels?|"
    r"degrees?|mph|km/h|kph)(?: (?:per|an) hour)?)(?![\w/])",
    re.IGNORECASE,
)
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

    @property
    def shown(self) -> str:
        """The figure as an editor reads it in a message: '41 people', '$70 billion'."""
        return f"{self.text} {self.noun}" if self.noun else self.text

    def same(self, other: Figure) -> bool:
        """True when both figures state the same value (dates: on the parts both give; a
        count and an ordinal in figures, "11" injured and "an 11th injured player", too)."""
        kinds = {self.kind, other.kind}
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


def _units_agree(a: str, b: str) -> bool:
    """True for the same currency or unit (¥ is yen or yuan); a count may drop its unit."""
    if a == b or not (a and b):
        return True
    return bool({a, b} & {"JPY/CNY"} and {a, b} & {"JPY", "CNY"})


def figures(side: Side, locale: str = "en") -> list[Figure]:
    """The figures of one side's text, in reading order."""
    found: list[Figure] = []
    furniture = _datelines(side) + [m.span() for m in TIMESTAMP.finditer(side.text)]
    for match in _FIGURE.finditer(side.text):
        in_furniture = any(start <= match.start() < end for start, end in furniture)
        if in_furniture or _is_idiom(side, match) or _in_name(side, match):
            continue
        figure = _read(match, locale)
        if figure is None:
            continue
        unit = _MEASURE.match(side.text, match.end()) if figure.kind == "count" else None
        end = unit.end() if unit else match.end()
        shown = _noun(side.text, end) if figure.kind == "count" else ""
        measure = _measure_unit(unit.group(1)) if unit else figure.unit
        text = side.text[match.start() : end]
        read = Figure(figure.kind, measure, figure.value, match.start(), end, text, shown)
        if found and _one_fact(found[-1], read, side.text):
            read = replace(read, continues=found[-1].start)
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


_JOINED = re.compile(r"(?:[ ]?(?:to|-|–|—|or)[ ]?|[ ](?:[A-Z]{1,4}[ ])?\()")
"""What joins two figures of one fact: a range ("four to six", "10-12", "two or three")
or a restatement in brackets ("8am PT (11am ET)")."""


def _one_fact(first: Figure, second: Figure, text: str) -> bool:
    """True when `second` ends a range or restates `first` (see `_JOINED`) in the same
    unit: a sum converted into another currency ("100 euros ($110)") states a rate too."""
    same = first.kind == second.kind and first.unit == second.unit
    return same and _JOINED.fullmatch(text, first.end, second.start) is not None


def joined(figure: Figure, starts: Set[int]) -> bool:
    """True when `figure` continues a figure starting at one of `starts` (ends its range,
    restates it)."""
    return figure.continues is not None and figure.continues in starts


def incidental(figure: Figure) -> bool:
    """A weekday or an ordinal in words: copy uses them as words ("first the attacker
    threw", "a second time") or to say when ("said Tuesday"), so one appearing or going
    is no fact; a changed one still is (number.changed)."""
    return figure.kind == "weekday" or (figure.kind == "ordinal" and figure.text.isalpha())


def _measure_unit(word: str) -> str:
    """The unit of measure a word names, in one spelling: kilometres -> km."""
    word = word.lower().replace(".", "")
    for unit, pattern in _MEASURES.items():
        if re.fullmatch(pattern, word):
            return unit
    return word


def _noun(text: str, end: int) -> str:
    """The words naming what a count counts ("22 new rail routes"), for messages."""
    match = _NOUN_WORDS.match(text, end)
    words = []
    for word in match.group().split() if match else []:
        if word in STOPWORDS or _NOT_NOUN.search(word):
            break
        words.append(word)
    return " ".join(words)


def _datelines(side: Side) -> list[tuple[int, int]]:
    """Datelines opening a sentence ("XIAN, May 18 (Reuters) -"): their figures are not news."""
    found = (dateline(side.text, start) for start in side.starts)
    return [match.span() for match in found if match]


def _in_name(side: Side, match: re.Match[str]) -> bool:
    """Digits that are part of a name: Flight 192, Haiyang Shiyou 981, NJ 11th For Change.

    A bare number (no currency, scale, unit or percent) or a numeric ordinal directly
    after a capitalised word that is no function word, month, weekday or possessive
    ("United's 2-1 win") (but a number
    under 100 before a lower-case word counts something: "shot Laquan 16 times"); or a
    numeric ordinal directly before a capitalised word (20th Century Fox, 6th Street).
    """
    text, start, end = side.text, match.start(), match.end()
    ordinal = match.group("ordinal")
    bare = match.group("digits") and not (
        match.group("sign")
        or match.group("glued")
        or match.group("scale")
        or match.group("percent")
        or match.group("points")
        or match.group("currency")
    )
    numeric_ordinal = bool(ordinal) and ordinal[0].isdigit()
    if not (bare or numeric_ordinal):
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, start - _WORD_WINDOW), start)
    following = _NEXT_WORD.match(text, end)
    counts = following is not None and following.group(1)[0].islower()
    if bare and counts and len(match.group("digits")) < 3:
        return False  # "shot Laquan 16 times": a count after a name
    if previous is not None and start not in side.starts:
        word = previous.group(1)
        possessive = word.endswith(("'s", "’s", "s'", "s’"))  # United's 2-1 win
        if word[0].isupper() and word.lower() not in _NOT_NAME_BEFORE and not possessive:
            return True
    return numeric_ordinal and following is not None and following.group(1)[0].isupper()


def _is_idiom(side: Side, match: re.Match[str]) -> bool:
    """Number words that are names or idiom: Group of Seven, one of the, the two, two-way."""
    word = match.group("word")
    if not word or match.group("scale") or match.group("percent") or match.group("currency"):
        return False
    if match.group("sign"):
        return False
    text, start, end = side.text, match.start(), match.end()
    if text[end : end + 1] == "-" and not _HYPHEN_UNIT.match(text, end):
        return True
    before = text[max(0, start - 4) : start].lower()
    if word.lower() == "one" or (word.lower() == "two" and before == "the "):
        return True
    opens = start > 0 and text[start - 1] in "\"“‘'(" and start - 1 in side.starts
    return word[0].isupper() and not (start in side.starts or opens)


def _read(match: re.Match[str], locale: str) -> Figure | None:
    """The kind and value of a matched figure (its position is filled in by the caller)."""
    group = match.group
    date = _date(match)
    if date is not None:
        return _figure("date", date)
    if group("weekday"):
        return _figure("weekday", group("weekday").lower())
    if group("time"):
        return _figure("time", _minutes(match))
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


def _minutes(match: re.Match[str]) -> Decimal:
    """Minutes after midnight: 3 p.m. and 15:00 are both 900."""
    if match.group("hour24"):
        return Decimal(int(match.group("hour24")) * 60 + int(match.group("minute24")))
    hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower()[0] == "p" else 0)
    return Decimal(hour * 60 + int(match.group("minute") or 0))


def _figure(kind: str, value: Decimal | DateValue | str, unit: str = "") -> Figure:
    """A figure not yet placed in the text."""
    return Figure(kind, unit, value, 0, 0, "")


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


def _amount(match: re.Match[str], locale: str) -> Figure | None:
    """An amount with its scale applied; None when it only looks like one (5m, no currency)."""
    group = match.group
    if group("digits"):
        base = _parse_digits(group("digits"), locale)
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
    """six -> 6, twenty-five -> 25, a dozen -> 12."""
    word = word.lower()
    if word.endswith("dozen"):
        return Decimal(12)
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
