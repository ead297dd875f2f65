"""Short forms of names: one name written as its capitalised words or as a word made of them.

Copy names a group in full in one version and by its short form in the other: "Prime
Minister's Questions" / "PMQs", "Islamic State" / "Isis" (house styles write an acronym
spoken as a word in title case: Isis, Nato). A short form spells a name when its letters,
upper-cased and without a plural s, begin with the initials of the name's capitalised
words and every letter of it comes, in order, from those words, each word giving its
initial before any other letter, and at most three letters (ISIS: I-s-i of Islamic, S of
State). Every capitalised word must give its initial, so "Islam" does not spell "Islamic
State", nor "Nick" Northern Ireland, nor "National" the National Assembly.

A short form is a token in capitals of two letters or more (WHO, PMQs) or a title-case
word of `_WORD_LETTERS` letters or more (Isis); a name, a run of two or more capitalised
words joined by and/of/for/the/& (Pittsburgh Water and Sewer Authority), or any run of
two or more of its words.

Two short forms that name nothing new are told here for names.py: an initialism of a
phrase written in lower case (`spelled_in_lower_case`: the FAI of a "fatal accident
inquiry"), and an acronym in brackets right after the name it shortens
(`bracketed_short_form`).

Limits: a title-case word that happens to spell a name of the other version is taken for
its short form (Issa spells Islamic State); a short form that leaves a word out (ECDC for
the European Centre for Disease Prevention and Control) or is made of other words spells
nothing, except a department's: AP style writes "the Iowa Natural Resources Department" or
"the Justice Department" where the agency's own initials put the department first (DNR,
IDNR, DOJ: `department_initials`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from driftcheck.findings.lexicon import STOPWORDS
from driftcheck.patterns import TOKEN

_TOKEN = re.compile(r"\b[A-Z][A-Za-z]*\b")
_JOINED_NAME = re.compile(r"[A-Z][\w'’\-]*(?: (?:(?:and|of|for|the|&) )*[A-Z][\w'’\-]*)+")
_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")
_WORD_LETTERS = 4
"""A title-case word needs this many letters to be read as a short form (Isis, Nato):
shorter ones are too often names of their own (Ni, Li)."""
_LONGEST = 10
"""Letters of the longest short form read."""
_PER_WORD = 3
"""Letters one word gives a short form at most, its initial included (Is-i of Islamic for
ISIS): a word giving more is the word itself ("National" spells no National Assembly)."""


def letters(token: str) -> str | None:
    """The letters a token would abbreviate with, upper-cased, or None when it is no short
    form: PMQs -> PMQ, ISIS -> ISIS, Isis -> ISIS; "Is", "ISIS-linked", "McCain" -> None."""
    if not token.isalpha() or not token[0].isupper() or len(token) > _LONGEST + 1:
        return None
    bare = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
    if len(bare) >= 2 and bare.isupper():
        return bare
    if len(token) >= _WORD_LETTERS and token[1:].islower():
        return token.upper()
    return None


def initials(words: Sequence[str]) -> str:
    """The initials of a name's words, upper-cased: Islamic State -> IS."""
    return "".join(word[0].upper() for word in words)


def spells(short: str, words: Sequence[str]) -> bool:
    """True when the upper-cased `short` spells the capitalised `words` (see module doc)."""
    upper = [re.sub(r"[^A-Z]", "", word.upper()) for word in words]
    if len(upper) < 2 or not all(upper) or len(short) < len(upper):
        return False

    def from_word(s: int, w: int) -> bool:
        """Whether short[s:] spells words[w:], short[s] being the initial of words[w]."""
        if w == len(upper):
            return s == len(short)
        if s == len(short) or short[s] != upper[w][0]:
            return False
        rest, taken = upper[w][1:], s + 1
        if from_word(taken, w + 1):
            return True
        at = 0
        while taken < min(len(short), s + _PER_WORD):  # one more letter from inside the word
            at = rest.find(short[taken], at) + 1
            if not at:
                return False
            taken += 1
            if from_word(taken, w + 1):
                return True
        return False

    return from_word(0, 0)


def long_forms(text: str) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """Every run of two to `_LONGEST` capitalised words of `text` (joined as in the module
    doc) that a short form could spell, by its initials: the Pittsburgh Water and Sewer
    Authority is the PWSA, and the Water and Sewer Authority the WSA."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for match in _JOINED_NAME.finditer(text):
        words = _CAPITALISED.findall(match.group())
        for i in range(len(words) - 1):
            for j in range(i + 2, min(len(words), i + _LONGEST) + 1):
                run = tuple(words[i:j])
                found.setdefault(initials(run), set()).add(run)
    return MappingProxyType({key: tuple(sorted(runs)) for key, runs in found.items()})


def joined_initials(text: str) -> set[str]:
    """Initials of runs of capitalised words joined by and/of/for, and of their parts, of
    up to `_LONGEST` letters: the Pittsburgh Water and Sewer Authority is the PWSA, which
    its names (split at "and") would not give. (Every part of a run of n words was cubic in
    n: a run of thousands of capitalised words took minutes.)"""
    found: set[str] = set()
    for match in _JOINED_NAME.finditer(text):
        capitals = "".join(w[0] for w in match.group().split() if w[0].isupper())
        found.update(
            capitals[i:j]
            for i in range(len(capitals))
            for j in range(i + 2, min(len(capitals), i + _LONGEST) + 1)
        )
    return found


def short_forms(text: str) -> Mapping[str, tuple[str, ...]]:
    """The short forms of `text` (their letters), by every start of two letters or more:
    where a name's initials can look for a short form that spells it."""
    found: dict[str, set[str]] = {}
    for token in set(_TOKEN.findall(text)):
        short = letters(token)
        if short is not None:
            for end in range(2, len(short) + 1):
                found.setdefault(short[:end], set()).add(short)
    return MappingProxyType({key: tuple(sorted(shorts)) for key, shorts in found.items()})


def spelled_by(
    name: str, long: Mapping[str, tuple[tuple[str, ...], ...]], short: Mapping[str, tuple[str, ...]]
) -> bool:
    """True when `name` (the text of an entity) is a short form spelling one of the `long`
    forms of the other side, or a name of capitalised words that one of its `short` forms
    spells."""
    words = _CAPITALISED.findall(name)
    if len(words) == 1 and (abbreviation := letters(words[0])) is not None:
        fewest = max(2, -(-len(abbreviation) // _PER_WORD))  # words enough to give its letters
        return any(
            spells(abbreviation, run)
            for end in range(fewest, len(abbreviation) + 1)
            for run in long.get(abbreviation[:end], ())
        )
    if len(words) < 2:
        return False
    most = len(words) * _PER_WORD
    return any(
        spells(candidate, words)
        for candidate in short.get(initials(words), ())
        if len(candidate) <= most
    )


_LOWER_PHRASE = re.compile(r"\b[a-z]+(?:[ ]+[a-z]+)+\b")
_SPELLED_LETTERS = (3, 6)
"""How many letters an initialism of a lower-case phrase has (FAI, ICBM; not "AP")."""


def spelled_in_lower_case(texts: Iterable[str], initialisms: Iterable[str]) -> frozenset[str]:
    """The `initialisms` (in lower case) whose letters open a run of lower-case words in a
    row in one of `texts`, function words left out as an initialism leaves them ("fai" of
    "fatal accident inquiry"). Each is looked for once in the initials of all the runs, so
    the cost grows with the text, not with the number of its word windows."""
    low, high = _SPELLED_LETTERS
    wanted = {letters for letters in initialisms if low <= len(letters) <= high}
    if not wanted:
        return frozenset()
    heads = "|".join(
        "".join(word[0] for word in phrase.group().split() if word not in STOPWORDS)
        for text in texts
        for phrase in _LOWER_PHRASE.finditer(text)
    )
    return frozenset(letters for letters in wanted if letters in heads)


_BRACKETED_REACH = 8
"""Words before a bracketed acronym among which the name it shortens may start."""
_BRACKETED_CHARS = 200
"""Characters read back for them (a sentence may be a whole page)."""


def bracketed_short_form(text: str, run: list[re.Match[str]], sentence_start: int) -> bool:
    """True for an acronym in brackets right after the name it shortens, which names
    nothing new: "the African Union Mission in Somalia (AMISOM)", "the Police Service of
    Northern Ireland (PSNI)"; its first letter opens one of the capitalised words of the
    _BRACKETED_REACH words before it ("Iran (AP)" is a dateline's agency)."""
    token = run[0]
    short = token.group()
    if len(run) > 1 or len(short) < 2 or not short.isupper():
        return False
    if text[token.start() - 1 : token.start()] != "(" or text[token.end() : token.end() + 1] != ")":
        return False
    reach = max(sentence_start, token.start() - _BRACKETED_CHARS)
    before = TOKEN.findall(text, reach, token.start())[-_BRACKETED_REACH:]
    return any(word[0] == short[0] and word[0].isupper() for word in before)


_DEPARTMENTS = frozenset({"Department", "Ministry"})
_LETTERS = 3
"""Letters an initialism needs to be told from chance (DOJ)."""


def department_initials(text: str) -> frozenset[str]:
    """The initials of a department named with its department word last written the
    other way, "Department (of) ...": the Iowa Natural Resources Department -> DNR, DONR,
    IDNR or IDONR; the Justice Department -> DJ or DOJ (three letters at least)."""
    words = _CAPITALISED.findall(text)
    if len(words) < 2 or words[-1] not in _DEPARTMENTS:
        return frozenset()
    letter, rest = words[-1][0], [w[0] for w in words[:-1]]
    forms = {
        "".join(rest[:cut]) * keep + letter + of + "".join(rest[cut:])
        for cut in range(min(2, len(rest)))  # (its place may open the name, or be left out)
        for keep in (0, 1)
        for of in ("", "O")
    }
    return frozenset(form for form in forms if len(form) >= _LETTERS)
