"""Numbers written as words, read by the grammar their languages share.

A translator writes "fourteen" as "14", "1.5 million" as "anderthalb Millionen" or
"полтора миллиона", "2,000" as "deux mille": a figure in digits with no twin on the other
side may be there in words. A run of number words composes as these languages compose
numbers: a word below a hundred adds ("twenty-five", "fünfundzwanzig", "vingt-cinq",
"veinticinco", "двадцать пять"), a hundred multiplies what comes before it
("zweihundert", "cinq cents"), a scale word multiplies all of it ("deux mille", "zwölf
Millionen"); a half after a number adds one ("two and a half", "zweieinhalb", "deux
heures et demie", "dos y medio", "два с половиной"), one and a half is a word of its own
("anderthalb", "полтора"). A part of a whole after a number is the per cent it is ("two
thirds", "zwei Drittel" are 67, "drei Viertel" 75), and a plural of tens, hundreds or
thousands is an approximate figure ("dozens of", "Dutzende", "des dizaines", "decenas",
"десятки": tens). Those are figures (see `Figure.counts`): a text says them as it says
one in digits.

Other words carry a number without being a figure of their own: an ordinal ("second",
"zweite", "пятый"), "a dozen", "a couple", a scale word alone ("a million"), a part of a
whole alone ("la mitad": 50), a day (24 hours: "a one-day strike" is "une grève de 24
heures"), an hour put after noon ("las dos de la tarde" is 14), the front of a compound
("zehnjährig", "пятилетний"). They stand for a figure of the other side only.

Where words inflect (de, ru), a number word is its stem and an ending of the language
(Profile.number_endings) or the front of a compound (Profile.compound_joint); other
letters make another word ("стоимость" is no 100, "Zweifel" no 2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from driftcheck.findings.profiles import Profile

_WORD = re.compile(r"[^\W\d_]+")
_HALF = Decimal("0.5")
_ONE_HALF = Decimal("1.5")
_ONE = Decimal(1)
_TENS = frozenset({Decimal(10), Decimal(12)})
"""An approximate number of tens: "dozens of" is "des dizaines", "decenas", "десятки"."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a text writes in words: where it is, the values it may be read as, and
    whether it is a figure of its own (see the module docstring)."""

    start: int
    end: int
    readings: frozenset[Decimal]
    counts: bool


@dataclass(frozen=True, slots=True)
class _Token:
    """One number word (or a part of a compound one), its kind and value, where it ends."""

    kind: str  # number, hundred, scale, half, and, count, like, approximate, other
    value: Decimal
    end: int
    closes: bool = False  # a compound word: the number ends with it


def values(text: str, profile: Profile) -> set[Decimal]:
    """Every value the text's number words may be read as: each figure's and each word's
    own ("vingt-cinq" is 25, and 20 and 5 too)."""
    found: set[Decimal] = set()
    for figure in figures(text, profile, found):
        found |= figure.readings
    return {value for value in found if value}


def figures(text: str, profile: Profile, parts: set[Decimal] | None = None) -> list[Figure]:
    """The numbers written in words in a text, in reading order; the value of each word
    of a run goes into `parts`."""
    parts = set() if parts is None else parts
    found: list[Figure] = []
    run = _Run()
    end = 0
    words_since = 0  # words read since the last run ended
    last_start = -1
    for token, start in _tokens(text, profile):
        if run.last != "other" and text[end:start].strip(" \u00a0-"):
            run.close(found)  # a comma or a stop between two numbers ends the first
            words_since = 0
        end = token.end
        if token.kind == "half" and token.value == _HALF and run.last == "other":
            if words_since == 1 and found and found[-1].counts:  # "deux heures et demie"
                last = found[-1]
                value = max(last.readings) + _HALF
                found[-1] = Figure(last.start, token.end, frozenset({value}), counts=True)
            continue
        if token.kind in ("other", "like", "approximate") or (
            token.kind == "and" and run.last == "other"
        ):
            words_since = 1 if run.close(found) else words_since + 1
            if token.kind == "like":
                found.append(Figure(start, token.end, frozenset({token.value}), counts=False))
            elif token.kind == "approximate":
                readings = _TENS if token.value == 10 else frozenset({token.value})
                found.append(Figure(start, token.end, readings, counts=True))
            continue
        joined = token.kind == "number" and run.last == "and" and start != last_start
        apart = token.kind == "number" and run.last in ("number", "half") and start != last_start
        last_start = start
        if (joined and token.value >= run.order) or (apart and not run.composes(token)):
            run.close(found)  # "las ocho y diez", "two and three": a joiner joins a larger
            words_since = 0  # order to a smaller one (treinta y cinco, three hundred and six);
            # two number words side by side that make no number are two ("три-четыре")
        if token.kind == "count" and run.last == "other":
            found.append(Figure(start, token.end, frozenset({token.value}), counts=False))
            continue
        run.add(token, start, parts)
        if token.closes or token.kind == "count":
            run.close(found)
            words_since = 0
    run.close(found)
    found = _shares(text, profile, found)
    found += _hours(text, profile) + _afternoon(text, profile) + _half_scales(text, profile)
    return [figure for figure in found if any(figure.readings)]


def _half_scales(text: str, profile: Profile) -> list[Figure]:
    """Half of a scale word ("half a million", "eine halbe Million", "medio millón",
    "полмиллиона": 500000; see Profile.half_of): a figure the other side may write in
    digits ("500.000"), which stands for that figure only."""
    if not profile.half_of or not profile.scales:
        return []
    scales = "|".join(sorted(map(re.escape, profile.scales), key=len, reverse=True))
    pattern = _half_scale(profile.half_of, scales)
    return [
        Figure(
            m.start(),
            m.end(),
            frozenset({_HALF.scaleb(profile.scales[m.group(1).lower()]).quantize(_ONE)}),
            False,
        )
        for m in pattern.finditer(text)
        if m.group(1).lower() in profile.scales
    ]


@cache
def _half_scale(half_of: str, scales: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{half_of})[ \u00a0-]*({scales})(?!\w)", re.IGNORECASE)


@cache
def _words(words: str) -> re.Pattern[str]:
    """A profile's words, after a hyphen too ("one-day")."""
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


_DIGIT_BEFORE = re.compile(r"\d[\s\u00a0-]*$")


def _before(text: str, start: int, profile: Profile) -> Figure | None:
    """The figure of the word right before `start` (None when that word is no figure of its
    own, or a figure in digits stands right before)."""
    if _DIGIT_BEFORE.search(text, max(0, start - 30), start):
        return None
    before = list(_WORD.finditer(text, max(0, start - 30), start))
    if not before:
        return None
    word = before[-1]
    counted = [f for f in figures(word.group(), profile) if f.counts and f.end == len(word.group())]
    if len(counted) != 1 or len(counted[0].readings) != 1:
        return None
    figure = counted[0]
    return Figure(word.start() + figure.start, word.end(), figure.readings, counts=True)


def _value(figure: Figure | None) -> Decimal:
    return max(figure.readings) if figure is not None else Decimal(1)


def _afternoon(text: str, profile: Profile) -> list[Figure]:
    """An hour in words put after noon by the word after it ("las dos de la tarde" is 14,
    "девять вечера" 21; see Profile.afternoon)."""
    found: list[Figure] = []
    for match in _words(profile.afternoon).finditer(text) if profile.afternoon else ():
        hour = _before(text, match.start(), profile)
        if hour is not None and 1 <= _value(hour) < 12:
            found.append(Figure(hour.start, match.end(), frozenset({_value(hour) + 12}), False))
    return found


def _hours(text: str, profile: Profile) -> list[Figure]:
    """The hours in a number of days ("a one-day strike" is "une grève de 24 heures", "two
    days" 48 hours), the number being the word before the day, or one; none for days in
    digits ("30 days": the digits say it)."""
    if not profile.days:
        return []
    found: list[Figure] = []
    for match in _words(profile.days).finditer(text):
        if _DIGIT_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        hours = 24 * _value(_before(text, match.start(), profile))
        found.append(Figure(match.start(), match.end(), frozenset({hours}), counts=False))
    return found


def _shares(text: str, profile: Profile, found: list[Figure]) -> list[Figure]:
    """A part of a whole as the per cent it is, whole and to a tenth ("zwei Drittel" is 67
    and 66.7, "la mitad" 50, "три четверти" 75): a share a translator may write in
    figures. After a number (two thirds) it is a figure in place of that number's."""
    out = list(found)
    for match in _WORD.finditer(text):
        parts = _fraction(match.group().lower(), profile)
        if not parts:
            continue
        before = _before(text, match.start(), profile)
        share = Decimal(100) * _value(before) / parts
        readings = frozenset({share.quantize(Decimal(1)), share.quantize(Decimal("0.1"))})
        if before is None:
            out.append(Figure(match.start(), match.end(), readings, counts=False))
            continue
        out = [f for f in out if not (f.counts and before.start <= f.start < match.start())]
        out.append(Figure(before.start, match.end(), readings, counts=True))
    return sorted(out, key=lambda figure: (figure.start, figure.end))


def _fraction(word: str, profile: Profile) -> int:
    """How many parts make a whole when a word names one of them (Drittel 3), else 0."""
    for form, parts in profile.fractions.items():
        rest = word[len(form) :] if word.startswith(form) else None
        if rest is not None and (rest in ("", "s") or _ending(rest, profile)):
            return parts
    return 0


def _ending(rest: str, profile: Profile) -> bool:
    """True when the letters are an ending a number word or a number-like word takes."""
    return rest in profile.number_endings or rest in profile.ordinal_endings


@dataclass(slots=True)
class _Run:
    """A run of number words being read: where it starts, what the scale words took in,
    what comes after the last of them, the last scale's power and the last word's kind."""

    start: int = -1
    end: int = 0
    total: Decimal = Decimal(0)
    current: Decimal = Decimal(0)
    power: int = 0
    last: str = "other"
    order: Decimal = Decimal(0)
    words: list[str] = field(default_factory=list)

    def add(self, token: _Token, start: int, parts: set[Decimal]) -> None:
        """Take in one number word as the languages compose them."""
        if self.start < 0:
            self.start = start
        if token.kind != "and":
            self.end = token.end
        self.words.append("compound" if token.closes else token.kind)
        if token.kind == "number":
            parts.add(token.value)
            self.order = token.value
            if token.value == 20 and self.last == "number" and self.current % 10 == 4:
                self.current += 76  # quatre-vingt(s): four twenties
            else:
                self.current += token.value
        elif token.kind in ("hundred", "count"):  # cinq cents, two dozen, deux décennies
            self.current = max(self.current, Decimal(1)) * token.value
            self.order = token.value
        elif token.kind == "scale" and self.last == "scale" and int(token.value) > self.power:
            self.total = self.total.scaleb(int(token.value))  # dos mil millones
        elif token.kind == "scale":
            self.total += max(self.current, Decimal(1)).scaleb(int(token.value))
            self.current, self.power = Decimal(0), int(token.value)
            self.order = Decimal(1).scaleb(self.power)
        elif token.kind == "half" and self.last == "scale" and not self.current:
            self.total += _HALF.scaleb(self.power)  # un million et demi
        elif token.kind == "half":
            self.current += token.value
        self.last = token.kind

    def composes(self, token: _Token) -> bool:
        """True when a number word after the run's last one adds to it as the languages
        compose numbers: a smaller one after a round ten ("twenty-five", "двадцать пять",
        "soixante-dix"), or a twenty after a four ("quatre-vingts"); any other pair, and
        any number after a half, is a range or a choice written with a hyphen or a space
        ("три-четыре", "two-three": three or four; "полтора-два": 1.5 or 2)."""
        if self.last == "half":
            return False
        tens = self.order % 10 == 0 and token.value < self.order
        return tens or (token.value == 20 and self.current % 10 == 4)

    def close(self, found: list[Figure]) -> bool:
        """End the run: its figure goes into `found`; a new run starts. A scale word
        alone ("a million") or a compound's front is no figure of its own."""
        value = self.total + self.current
        if value:
            counts = "compound" not in self.words and any(
                kind in ("number", "hundred", "half") for kind in self.words
            )
            found.append(Figure(self.start, self.end, frozenset({value}), counts))
        self.start, self.end, self.total, self.current = -1, 0, Decimal(0), Decimal(0)
        self.power, self.last, self.order, self.words = 0, "other", Decimal(0), []
        return bool(value)


def _tokens(text: str, profile: Profile) -> list[tuple[_Token, int]]:
    """The words of a text as number tokens, a phrase for a half as one token."""
    patterns = (
        (profile.and_a_half, profile.and_a_half_re, _HALF),
        (profile.one_and_a_half, profile.one_and_a_half_re, _ONE_HALF),
    )
    halves: list[tuple[int, _Token]] = []
    for words, pattern, value in reversed(patterns):  # "one and a half" before "and a half"
        for match in pattern.finditer(text) if words else ():
            if not any(start <= match.start() < token.end for start, token in halves):
                halves.append((match.start(), _Token("half", value, match.end())))
    found = [(token, start) for start, token in halves]
    last_end = -1
    for match in _WORD.finditer(text):
        half = next((t for start, t in halves if start <= match.start() < t.end), None)
        if half is not None:
            last_end = half.end
            continue
        after_digit = _DIGIT_BEFORE.search(text, max(0, match.start() - 30), match.start())
        after_number = last_end >= 0 and not text[last_end : match.start()].strip(" \u00a0-")
        tokens = _parts(match.group(), match.end(), profile, alone=not after_number)
        if after_digit and tokens[0].kind in ("scale", "approximate", "hundred"):
            tokens = [_Token("other", Decimal(0), match.end())]  # "6 millions": the digits'
        last_end = match.end() if tokens[0].kind not in ("other", "like") else -1
        found += [(token, match.start()) for token in tokens]
    return sorted(found, key=lambda item: (item[1], item[0].end))


def _parts(word: str, end: int, profile: Profile, *, alone: bool = True) -> list[_Token]:
    """A word as the number words it is made of (fünfundzwanzig, veintiséis, zweieinhalb),
    [other] when it is none; an approximate plural ("dozens") where no number stands
    before it ("zwei Dutzend" composes, "drei сотни" too)."""
    token = word.lower()
    if profile.number_joiner and token == profile.number_joiner:
        return [_Token("and", Decimal(0), end)]
    named = _named(token, end, profile, alone=alone)
    if named is not None:
        return [named]
    found = _split(token, profile)
    if found is None:
        return [_Token("other", Decimal(0), end)]
    parts, rest = found
    if rest and rest in profile.ordinal_endings:  # zehnte, пятый: an ordinal
        return [_Token("like", sum((v for _, v in parts), Decimal(0)), end)]
    return [
        _Token(kind, value, end, closes=bool(rest) and n == len(parts) - 1)
        for n, (kind, value) in enumerate(parts)
    ]


def _named(token: str, end: int, profile: Profile, *, alone: bool) -> _Token | None:
    """The word as an approximate plural (where no number stands before it), a count
    noun or a word like a number (see the profile's lists), None when it is none."""
    lists = (
        ("approximate", profile.approximate if alone else {}, False),
        ("count", profile.count_nouns, profile.stems),  # Jahrzehnte, десятилетия
        ("like", profile.number_like, False),
    )
    for kind, forms, any_ending in lists:
        for form, value in forms.items():
            rest = token[len(form) :] if token.startswith(form) else None
            if rest is None or not (rest in ("", "s") or _ending(rest, profile) or any_ending):
                continue
            return _Token(kind, Decimal(value), end)
    return None


def _split(token: str, profile: Profile) -> tuple[list[tuple[str, Decimal]], str] | None:
    """The number words a word is made of, longest first, and what is left after them:
    nothing (or a plural -s), where words inflect an ending or an ordinal's ending, or
    the rest of a compound; None when it is no number."""
    if not token:
        return None
    best: tuple[list[tuple[str, Decimal]], str] | None = None
    for length, kind, value in _starts(token, profile):
        rest = token[length:]
        if rest and profile.and_a_half and profile.and_a_half_re.fullmatch(rest):
            return [(kind, value), ("half", _HALF)], ""  # zweieinhalb
        if not rest or rest == "s" or (profile.stems and rest in profile.number_endings):
            return [(kind, value)], ""
        after = _split(rest, profile)
        if after is not None and not after[1]:
            return [(kind, value), *after[0]], ""
        if best is not None or not profile.stems or kind == "and":
            continue
        if rest in profile.ordinal_endings:
            best = ([(kind, value)], rest)
        elif after is not None and after[1] in profile.ordinal_endings:
            best = ([(kind, value), *after[0]], after[1])
        elif profile.compound_joint and _joint(profile.compound_joint).fullmatch(
            token[length - 1 :]
        ):
            best = ([(kind, value)], rest)
    return best


@cache
def _joint(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _starts(text: str, profile: Profile) -> list[tuple[int, str, Decimal]]:
    """The number words, hundreds, scale words and (where words inflect: fünfundzwanzig)
    the joining word a text starts with, as (length, kind, value), longest first."""
    found = [
        (len(form), "hundred" if value == 100 else "number", Decimal(value))
        for form, value in profile.number_words.items()
        if text.startswith(form)
    ]
    found += [
        (len(form), "scale", Decimal(power))
        for form, power in profile.scales.items()
        if " " not in form and text.startswith(form)
    ]
    joiner = profile.number_joiner
    if joiner and profile.stems and text.startswith(joiner):
        found.append((len(joiner), "and", Decimal(0)))
    return sorted(found, key=lambda item: -item[0])
