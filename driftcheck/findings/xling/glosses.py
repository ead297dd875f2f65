"""A version's own words for a name it glosses: "die Gerichtsverwaltung (Courts and
Tribunals Service)" gives the body a German name that later sentences use alone, the
name translated, not dropped."""

from __future__ import annotations

import re
from collections.abc import Mapping

from driftcheck.findings.context import Side
from driftcheck.findings.xling import facts, spelling

_GLOSS = re.compile(r"([^\W\d_][\w-]*)\s+\(([^()]+)\)")
"""A word and, right after it, words in brackets: "die Gerichtsverwaltung (Courts and
Tribunals Service)"."""


def renderings(sides: list[Side]) -> dict[str, frozenset[str]]:
    """Name key of a capitalised word in brackets -> keys of the word right before them,
    where a version glosses its own rendering of a name of two words or more with the name
    ("die Gerichtsverwaltung (Courts and Tribunals Service)"): the words it gives that body
    by wherever else it names it."""
    found: dict[str, set[str]] = {}
    for side in sides:
        for match in _GLOSS.finditer(side.text):
            inside = facts.words(match.group(2))
            if len(inside) < 2:
                continue  # an acronym: see people.acronym_names
            for w in inside:
                if w.capitalised:
                    key = spelling.name_key(w.text)
                    found.setdefault(key, set()).add(spelling.name_key(match.group(1)))
    return {key: frozenset(keys) for key, keys in found.items()}


def glossed(word: facts.Word, renderings: Mapping[str, frozenset[str]], b_keys: set[str]) -> bool:
    """True when B glosses the name the word is part of with its own words (see renderings)
    and names the body by those words here ("Die Gerichtsverwaltung erwartet" for "The
    Courts and Tribunals Service expects"): the name translated, not dropped."""
    own = renderings.get(spelling.name_key(word.text), frozenset())
    return any(spelling.same_name(key, other) for key in own for other in b_keys)
