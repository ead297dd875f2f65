"""Reading numbers written in digits as a language writes them, by value.

Digits survive translation: each number in a text is read in its language's locale
("4.5" in English is "4,5" in German or French; "1,200" is "1.200" or "1 200"; the
decimal mark comes from CLDR through Babel, offline), with the scale word that follows
it in that language ("1.2 billion" = "1,2 Milliarden" = "1.200 millones"). A time
("3:40", "3 h 40") reads as 3.40; numbers in a dateline are left out. The
cross-language rules (findings.xling.rules) compare the values.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from driftcheck.findings.context import Side
from driftcheck.findings.lexicon import word_list
from driftcheck.patterns import dateline

_COMMA_DECIMAL = frozenset(
    word_list(
        "de fr es it pt nl ru pl tr sv da fi nb nn no cs sk hu ro id vi uk el bg hr sl sr lt lv"
        " et is ca gl eu az kk ky uz be mk sq bs"
    )
)
"""Languages that write a decimal comma ("4,5") where Babel has no locale data for them."""


@lru_cache(maxsize=64)
def comma_decimal(language: str) -> bool:
    """True when the language writes a decimal comma ("4,5"), by CLDR where Babel knows it."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol

    try:
        return get_decimal_symbol(Locale.parse(language)) == ","
    except (UnknownLocaleError, ValueError):
        return language in _COMMA_DECIMAL


_SCALES: dict[str, dict[str, int]] = {
    "it": {"mila": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9},
    "pt": {"mil": 3, "milhão": 6, "milhões": 6, "mil milhões": 9, "bilhão": 9, "bilhões": 9},
    "nl": {"duizend": 3, "miljoen": 6, "miljard": 9},
}
"""Scale words of languages without a profile (the profiles hold en, de, fr, es, ru's)."""


def scales(language: str) -> dict[str, int]:
    """The scale words of a language and the power of ten each stands for (Billion is 10^12)."""
    from driftcheck.findings.profiles import profile_for

    profile = profile_for(language)
    return dict(profile.scales) if profile is not None else _SCALES.get(language, {})


@lru_cache(maxsize=64)
def _number_pattern(language: str) -> re.Pattern[str]:
    """Numbers as `language` writes them: times (3:40), grouped digits, and a scale word."""
    separators = ",. \u00a0\u202f'’" if comma_decimal(language) else ",.\u00a0\u202f'’"
    words = sorted(scales(language), key=len, reverse=True)
    scale = "|".join(re.escape(word).replace("\\ ", "[ \u00a0]+") for word in words)
    return re.compile(
        rf"(?<![\w.,])(?:(?<!:)|(?!\d\d(?!\d)))"  # after a colon: a score (7,5:6,5), not minutes
        rf"(?:(?P<time>[0-2]?\d(?::|[ \u00a0]?h[ \u00a0]?)[0-5]\d)"
        rf"|(?P<digits>\d{{1,3}}(?:[{separators}]\d{{3}})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        # "$2.3bn", and a compound adjective: "a 95-million-euro contract"
        + (rf"(?:(?:[ \u00a0]*|-)(?P<scale>(?i:{scale}))\.?)?" if scale else "")
        + r")(?:st|nd|rd|th|er|e|ème|º|ª|(?<=\d0)s|(?P<glued>"  # "the 1990s" is 1990
        + _GLUED
        + r"))?(?![\w])"
    )


_GLUED = r"km|kg|cm|mm|mg|m|g|t|ha|mph|kph|ft|lbs?|C|F|GWh|MWh|kWh|TWh|GW|MW|kW|h|am|pm|k|bn"
"""Units a figure may be written with, with no space ("10km", "5C", "4pm", "$50k"): the
figure still reads, as a translation writes it apart ("10 km", "5 °C", "16 Uhr")."""

_MONEY_SCALES = {"k": 3, "m": 6, "M": 6, "Mio": 6, "Mn": 6, "bn": 9, "Md": 9, "Mds": 9, "Mrd": 9}
"""The scale letters of an amount of money: "€2.4m", "$50k", "2,4 M€", "1,2 Md€", "240 k€"."""
_SIGN_BEFORE = re.compile(r"[€$£¥₽][ \u00a0]?$")
_SIGN_AFTER = re.compile(r"[ \u00a0]?(?P<scale>k|M|Mio|Mn|Mds?|Mrd)\.?[ \u00a0]?[€$£¥₽]")


def _money_scale(text: str, match: re.Match[str]) -> int:
    """The power of ten of a scale letter that makes a figure an amount of money: glued to
    it after a currency sign ("€2.4m", "$50k") or before a currency sign ("2,4 M€")."""
    glued = match.group("glued")
    before = _SIGN_BEFORE.search(text, max(0, match.start() - 2), match.start())
    if glued in _MONEY_SCALES and before:
        return _MONEY_SCALES[glued]
    after = _SIGN_AFTER.match(text, match.end())
    return _MONEY_SCALES[after.group("scale")] if after else 0


_RANGE = re.compile(
    r"[ \u00a0]*(?:[-–—]|[ \u00a0](?i:to|and|or|bis|und|oder|à|et|ou|a|y|o|до|и|или)[ \u00a0])"
    r"[ \u00a0]*"
)
"""Between the two ends of a range: a dash or a word that joins them (to, bis, à, y, до)."""

_HALF_DAY = re.compile(r"[ \u00a0]?([ap])\.?m\b\.?", re.IGNORECASE)
"""The a.m. or p.m. after a time of a 12-hour clock."""

_CENTURY = re.compile(
    r"(?<![\w])(?P<roman>[IVXLC]{1,6})(?:e|ᵉ|er|ème)?[ \u00a0]+"
    r"(?=(?i:siècles?|век\w*|jahrhunderts?|century|centuries|secolo)\b)"
    r"|(?i:siglo|século)[ \u00a0](?P<after>[IVXLC]{1,6})(?![\w])"
)
"""A century in Roman numerals: "XVIIe siècle", "XVII века", "siglo XVII"."""
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_QUARTER = re.compile(r"(?<![\w])(?:Q(?P<quarter>[1-4])|H(?P<half>[12]))(?![\w])")
"""A quarter or a half of a year as business copy writes it ("Q3", "H1"), which a
translation writes out ("im 3. Quartal", "au premier semestre")."""


def _roman(text: str) -> int:
    """The value of a Roman numeral (XVII = 17)."""
    values = [_ROMAN[char] for char in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _clock(text: str, match: re.Match[str], value: Decimal) -> Decimal:
    """An English figure on a 24-hour clock where a.m. or p.m. follows it, glued or apart
    ("4pm" and "4 p.m." are 16 h, "2.30 p.m." is 14.30), else the figure as written."""
    if match.group("glued") in ("am", "pm"):
        hour = int(value) % 12 + (12 if match.group("glued") == "pm" else 0)
        return Decimal(hour) + value - int(value)
    whole, _, minutes = match.group("digits").partition(".")
    if value == int(value) or (len(minutes) == 2 and int(minutes) < 60 and len(whole) <= 2):
        return Decimal(_hour(text, match.end(), int(value))) + value - int(value)
    return value


def _afternoon(text: str, end: int, value: Decimal, language: str) -> bool:
    """True when an hour of a 12-hour clock is followed by a word that puts it after noon
    in its language (see Profile.afternoon)."""
    from driftcheck.findings.profiles import profile_for

    profile = profile_for(language)
    if profile is None or not profile.afternoon or not 1 <= value < 12 or value != int(value):
        return False
    words = re.compile(rf"[ \u00a0]+(?:{profile.afternoon})(?!\w)", re.IGNORECASE)
    return words.match(text, end) is not None


def _hour(text: str, end: int, hours: int) -> int:
    """`hours` on a 24-hour clock when an a.m. or p.m. follows at `end` (11:40 p.m. is 23.40,
    5 p.m. is 17 h), else as written."""
    half = _HALF_DAY.match(text, end)
    if half is None or hours > 12:
        return hours
    return hours % 12 + (12 if half.group(1).lower() == "p" else 0)


def numbers(side: Side, language: str) -> list[tuple[Decimal, tuple[int, int]]]:
    """The values written in digits in one side's text, read as `language` writes them.

    A time "3:40" or "3 h 40" reads as 3.40 (as German or Spanish write it); a scale word
    multiplies ("1,2 Milliarden" is 1200000000); numbers in a dateline are left out.
    """
    datelines = [_dateline(side.text, start) for start in side.starts]
    found: list[tuple[Decimal, tuple[int, int]]] = []
    scaled: list[int] = []  # the power of ten of each found number's scale word, 0 for none
    for match in _number_pattern(language).finditer(side.text):
        if any(start <= match.start() < end for start, end in datelines):
            continue
        time = match.group("time")
        value: Decimal | None
        if time:
            hours, minutes = re.split(r"[^\d]+", time)
            value = Decimal(f"{_hour(side.text, match.end(), int(hours))}.{minutes}")
        else:
            value = read_number(match.group("digits"), language)
            if value is not None and language == "en":
                value = _clock(side.text, match, value)  # "5 p.m." is 17 h
            elif value is not None and _afternoon(side.text, match.end(), value, language):
                value += 12  # "9 вечера", "las 2 de la tarde" are 21 h and 14 h
        if value is None:
            continue
        value = _second_year(side.text, match.start(), value)
        scale = match.groupdict().get("scale")
        power = scales(language)[" ".join(scale.lower().split())] if scale else 0
        power = power or _money_scale(side.text, match)
        if (
            power
            and found
            and not scaled[-1]
            and _RANGE.fullmatch(side.text, found[-1][1][1], match.start())
        ):
            low = found[-1][0]  # "120 bis 180 Millionen": the scale word counts for both
            if low < value:
                found[-1] = (low.scaleb(power), found[-1][1])
                scaled[-1] = power
        found.append((value.scaleb(power), match.span()))
        scaled.append(power)
    for match in _QUARTER.finditer(side.text):
        group = "quarter" if match.group("quarter") else "half"
        found.append((Decimal(match.group(group)), match.span(group)))
    for match in _CENTURY.finditer(side.text):
        group = "roman" if match.group("roman") else "after"
        found.append((Decimal(_roman(match.group(group))), match.span(group)))
    return found


_FIRST_YEAR = re.compile(r"(?<![\d.,])(1[89]|20)(\d\d)[-–/]$")
"""A year and the dash or slash of a span of years before a second year ("2025-26")."""
_TWO_DIGITS = re.compile(r"\d\d(?![\d.,]?\d)")


def _second_year(text: str, start: int, value: Decimal) -> Decimal:
    """The second year of a span written with two digits ("the 2025-26 season", "2025/26")
    as the year in full, as another version may write it ("2025-2026"); any other value as
    it is."""
    first = _FIRST_YEAR.search(text, max(0, start - 5), start)
    if first is None or not _TWO_DIGITS.match(text, start):
        return value
    century = int(first.group(1)) * 100
    return Decimal(century + int(value) + (100 if int(value) < int(first.group(2)) else 0))


def _dateline(text: str, start: int) -> tuple[int, int]:
    """A dateline opening a sentence, "MERIDA NORTE, 18. Juli (Wire) -": its date is not news."""
    match = dateline(text, start)
    return (start, start) if match is None else match.span()


def read_number(text: str, language: str) -> Decimal | None:
    """A number with thousands separators and a decimal mark as `language` writes them."""
    digits = re.sub("[ \u00a0\u202f'’]", "", text)
    decimal_mark = "," if comma_decimal(language) else "."
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
