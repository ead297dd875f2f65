"""Two spellings of one name that a version uses side by side, each new to the story.

A story that brings in a name often writes it a second way a few sentences on: "the
European Centre for Disease Prevention and Control" then "the ECDC", "the Utah National
Guard" then "National Guardsmen", "eight Blackhawk helicopters" then "eight Blackhawks",
"the European Parliament" then "the EU Parliament". Reporting both as names added counts
one new name twice. `same_name` says when a later reported name is such a second form of
an earlier one; once.first_mentions then reports the name once.

Two forms name the same thing when:

- one is an acronym of three letters or more whose letters are, in order, initials of the
  other's capitalised words, its first and last letters those of the first and last
  (ECDC for European Centre for Disease Prevention and Control: the initials a writer
  leaves out are of the middle words), or
- word for word from the end (the shorter may drop leading words, as Guardsmen's
  "National Guardsmen" drops Utah), each word is the other's, or it plus a plural or
  member ending (Blackhawks, Guardsmen), or an acronym whose spelled-out form begins with
  the other's word (EU, read European Union, for European).

Limits: an acronym that takes two letters from one word (AMISOM for African Union
Mission in Somalia) is not read; names are looked up by their last word, so an acronym
standing last (the Bank of the EU, the Bank of the European Union) is not compared; two
surnames a plural ending apart (Roberts, Robert) would be one name.
"""

from __future__ import annotations

import re

from driftcheck.findings.lexicon import canonical_words

_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")
_WORD = re.compile(r"[\w'’\-]+")
_ENDINGS = ("s", "es", "sman", "smen")
"""Endings that make a name's word its plural or its members (Blackhawks, Guardsmen)."""
_LONG_ACRONYM = 3


def same_name(later: str, earlier: str) -> bool:
    """True when `later` is another form of the name `earlier` (see module doc)."""
    if later == earlier:
        return False
    if _acronym_of(later, earlier) or _acronym_of(earlier, later):
        return True
    later_words, earlier_words = _words(later), _words(earlier)
    if not later_words or not earlier_words:
        return False
    shorter, longer = sorted((later_words, earlier_words), key=len)
    return all(_same_word(a, b) for a, b in zip(reversed(shorter), reversed(longer), strict=False))


class Told:
    """Names already reported, indexed so that asking about a new one reads only the few
    that could be a form of it: by the roots of their last word, and by the first and last
    initials an acronym must share (a story may report thousands of names)."""

    def __init__(self) -> None:
        """No name reported yet."""
        self._by_root: dict[str, list[str]] = {}
        self._by_ends: dict[tuple[str, str], list[str]] = {}

    def add(self, name: str) -> None:
        """Report `name`."""
        for root in _roots(name):
            self._by_root.setdefault(root, []).append(name)
        self._by_ends.setdefault(_ends(name), []).append(name)

    def has_form_of(self, name: str) -> bool:
        """True when a reported name is `name` in another form (`same_name`)."""
        candidates = [n for root in _roots(name) for n in self._by_root.get(root, ())]
        candidates += self._by_ends.get(_ends(name), ())
        return any(same_name(name, told) for told in candidates)


def _roots(name: str) -> set[str]:
    """The last word read, and it without a plural or member ending."""
    words = _words(name)
    if not words or not words[-1][1]:
        return set()
    last = words[-1][1]
    return {last} | {last[: -len(e)] for e in _ENDINGS if last.endswith(e) and len(last) > len(e)}


def _ends(name: str) -> tuple[str, str]:
    """The first and last letters an acronym of `name`, or `name` as an acronym, has."""
    letters = name if name.isupper() and name.isalpha() else _initials(name)
    return (letters[:1], letters[-1:])


def _initials(name: str) -> str:
    return "".join(w[0] for w in _CAPITALISED.findall(name))


def _acronym_of(short: str, name: str) -> bool:
    """True when `short` is an acronym of `name` whose middle initials may be left out."""
    if len(short) < _LONG_ACRONYM or not (short.isupper() and short.isalpha()):
        return False
    initials = _initials(name)
    if len(initials) <= len(short) or short[0] != initials[0] or short[-1] != initials[-1]:
        return False  # (an acronym of all the initials is the existing shorter form)
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in short[1:-1])  # in order, some left out


def _words(name: str) -> list[tuple[str, str]]:
    """Each word of `name` as written and as canonical words read it (EU -> europeanunion)."""
    return [(w, " ".join(canonical_words(w))) for w in _WORD.findall(name)]


def _same_word(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """True when two written words are one name's word (see module doc)."""
    (a_raw, a_read), (b_raw, b_read) = a, b
    if not a_read or not b_read:
        return False
    if a_read == b_read:
        return True
    short, long = sorted((a_read, b_read), key=len)
    if long.startswith(short) and long[len(short) :] in _ENDINGS:
        return True
    acronym = a_read if a_raw.isupper() and len(a_raw) > 1 else None
    if acronym is None and b_raw.isupper() and len(b_raw) > 1:
        acronym = b_read
    other = b_read if acronym == a_read else a_read
    return acronym is not None and acronym != other and acronym.startswith(other)
