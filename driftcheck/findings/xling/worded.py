"""Numbers written as words, read by the grammar their languages share.

A translator writes "fourteen" as "14", "1.5 million" as "anderthalb Millionen" or
"полтора миллиона", "2,000" as "deux mille": a figure in digits with no twin on the other
side may be there in words. A run of number words composes as these languages compose
numbers: a word below a hundred adds ("twenty-five", "fünfundzwanzig", "vingt-cinq",
"veinticinco", "двадцать пять"), a hundred multiplies what comes before it
("zweihundert", "cinq cents"), a scale word multiplies all of it ("deux mille", "zwölf
Millionen"); a half after a number adds one ("two and a half", "zweieinhalb", "deux
heures et demie", "dos y medio", "два с половиной"), one and a half is a word of its own
("anderthalb", "полтора"), and a scale word with no number before it is one of it ("a
million", "mille", "тысяча"). A part of a whole is also the per cent it is ("zwei Drittel"
is 67, "la mitad" 50), and a day is also 24 hours ("a one-day strike" is "une grève de 24
heures").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from driftcheck.findings.profiles import Profile

_WORD = re.compile(r"[^\W\d_]+")
_HALF = Decimal("0.5")
_ONE_HALF = Decimal("1.5")


@dataclass(frozen=True, slots=True)
class _Token:
    """One number word (or a part of a compound one), its kind and value, where it ends."""

    kind: str  # "number", "hundred", "scale", "half", "and", "other"
    value: Decimal
    end: int
    closes: bool = False  # an inflected or compound word: the number ends with it


def values(text: str, profile: Profile) -> set[Decimal]:
    """Each word's own value and the value of each run of number words (see the module
    docstring); a half one word after a run adds to it ("deux heures et demie")."""
    found: set[Decimal] = set()
    run = _Run()
    left = (Decimal(0), 0)  # the last run's value and the words read since it ended
    end = 0
    for token, start in _tokens(text, profile):
        if run.last != "other" and text[end:start].strip(" \u00a0-"):
            left = (run.close(found), 0)  # a comma or a stop between two numbers ends the first
        end = token.end
        if token.kind == "half" and token.value == _HALF and run.last == "other" and left[1] == 1:
            found.add(left[0] + _HALF)
        if token.kind == "other" or (token.kind == "and" and run.last == "other"):
            left = (run.close(found), 1) if run.last != "other" else (left[0], left[1] + 1)
            continue
        run.add(token, found)
        if token.closes:
            left = (run.close(found), 0)
    run.close(found)
    found |= _shares(text, profile) | _hours(text, profile) | _afternoon(text, profile)
    return {value for value in found if value}


@cache
def _words(words: str) -> re.Pattern[str]:
    """A profile's words, after a hyphen too ("one-day")."""
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _before(text: str, start: int, profile: Profile) -> Decimal | None:
    """The value of the word right before `start`, None when it is no single number."""
    before = _WORD.findall(text, max(0, start - 30), start)
    counted = values(before[-1], profile) if before else set()
    return max(counted) if len(counted) == 1 else None


def _afternoon(text: str, profile: Profile) -> set[Decimal]:
    """An hour in words put after noon by the word after it ("las dos de la tarde" is 14,
    "девять вечера" 21; see Profile.afternoon)."""
    found: set[Decimal] = set()
    for match in _words(profile.afternoon).finditer(text) if profile.afternoon else ():
        hour = _before(text, match.start(), profile)
        if hour is not None and 1 <= hour < 12:
            found.add(hour + 12)
    return found


def _hours(text: str, profile: Profile) -> set[Decimal]:
    """The hours in a number of days ("a one-day strike" is "une grève de 24 heures", "two
    days" 48 hours), the number being the word before the day, or one."""
    if not profile.days:
        return set()
    return {
        24 * (_before(text, match.start(), profile) or Decimal(1))
        for match in _words(profile.days).finditer(text)
    }


def _shares(text: str, profile: Profile) -> set[Decimal]:
    """A part of a whole as the per cent it is, whole and to a tenth ("zwei Drittel" is 67
    and 66.7, "la mitad" 50, "три четверти" 75): a share a translator may write in figures."""
    found: set[Decimal] = set()
    for match in _WORD.finditer(text):
        word = match.group().lower()
        parts = _fraction(word, profile)
        if parts:
            before = _before(text, match.start(), profile)
            share = Decimal(100) * (before or Decimal(1)) / parts
            found |= {share.quantize(Decimal(1)), share.quantize(Decimal("0.1"))}
    return found


def _fraction(word: str, profile: Profile) -> int:
    """How many parts make a whole when a word names one of them (Drittel 3), else 0."""
    for form, parts in profile.fractions.items():
        rest = word[len(form) :] if word.startswith(form) else None
        if rest is not None and (rest in ("", "s") or (profile.stems and len(rest) <= _ENDING)):
            return parts
    return 0


@dataclass(slots=True)
class _Run:
    """A run of number words being read: what the scale words took in, what comes after
    the last of them, the last scale's power and the last word's kind."""

    total: Decimal = Decimal(0)
    current: Decimal = Decimal(0)
    power: int = 0
    last: str = "other"

    def add(self, token: _Token, found: set[Decimal]) -> None:
        """Take in one number word as the languages compose them."""
        if token.kind == "number":
            found.add(token.value)
            if token.value == 20 and self.last == "number" and self.current % 10 == 4:
                self.current += 76  # quatre-vingt(s): four twenties
            else:
                self.current += token.value
        elif token.kind == "hundred":
            self.current = max(self.current, Decimal(1)) * 100
        elif token.kind == "scale" and self.last == "scale" and int(token.value) > self.power:
            self.total = self.total.scaleb(int(token.value))  # dos mil millones
        elif token.kind == "scale":
            self.total += max(self.current, Decimal(1)).scaleb(int(token.value))
            self.current, self.power = Decimal(0), int(token.value)
        elif token.kind == "half" and self.last == "scale" and not self.current:
            self.total += _HALF.scaleb(self.power)  # un million et demi
        elif token.kind == "half":
            self.current += token.value
        self.last = token.kind

    def close(self, found: set[Decimal]) -> Decimal:
        """End the run: its value goes into `found` and is returned; a new run starts."""
        value = self.total + self.current
        if value:
            found.add(value)
        self.total, self.current, self.power, self.last = Decimal(0), Decimal(0), 0, "other"
        return value


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
    for match in _WORD.finditer(text):
        if any(start <= match.start() < token.end for start, token in halves):
            continue
        found += [(token, match.start()) for token in _parts(match.group(), match.end(), profile)]
    return sorted(found, key=lambda item: (item[1], item[0].end))


def _parts(word: str, end: int, profile: Profile) -> list[_Token]:
    """A word as the number words it is made of (fünfundzwanzig, veintiséis, zweieinhalb),
    [other] when it is none. In a language that inflects (de, ru), a word may end in more
    letters: an ending (fünften, двадцать) or, past three letters, a compound (zehnjährig,
    десятилетних) with which the number ends."""
    token = word.lower()
    if profile.number_joiner and token == profile.number_joiner:
        return [_Token("and", Decimal(0), end)]
    found = _split(token, profile)
    if found is None:
        return [_Token("other", Decimal(0), end)]
    parts, rest = found
    closes = len(rest) > _ENDING
    return [
        _Token(kind, value, end, closes=closes and n == len(parts) - 1)
        for n, (kind, value) in enumerate(parts)
    ]


_ENDING = 3
"""The most letters an inflected number word has past its stem (двадцат-ь, fünft-en)."""


def _split(token: str, profile: Profile) -> tuple[list[tuple[str, Decimal]], str] | None:
    """The number words a word is made of, longest first, and the letters left after them
    (none, a plural -s, or in a language that inflects, any); None when it is no number."""
    if not token:
        return None
    best: tuple[list[tuple[str, Decimal]], str] | None = None
    for length, kind, value in _starts(token, profile):
        rest = token[length:]
        if rest and profile.and_a_half and profile.and_a_half_re.fullmatch(rest):
            return [(kind, value), ("half", _HALF)], ""  # zweieinhalb
        if not rest or rest == "s":
            return [(kind, value)], ""
        after = _split(rest, profile)
        if after is not None and not after[1]:
            return [(kind, value), *after[0]], ""
        if best is None and profile.stems and kind != "and":
            parts, left = ([], rest) if after is None else after
            best = ([(kind, value), *parts], left)
    return best


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
