"""Figures one version writes inside a name or a code that the other reads as a figure.

A code glues letters and digits into one word, and the digits read as no figure of their
own: German copy writes an age class "under-12" as "U12" ("die U17-Nationalmannschaft"),
a model or a route keeps its letters ("A320", "M25"). Where one version writes the figure
apart ("under-12 teams", "moins de 12 ans") and the other in a code, the figure is there
on both sides. The letter O of a blood group ("O-negative", "group O") is written as a
zero in German and the Nordic languages ("Blutgruppe 0 negativ"): a zero one version
reads stands for the letter the other writes.
"""

from __future__ import annotations

import re
from decimal import Decimal

_CODE = re.compile(r"(?<![\w.,])[^\W\d_]{1,3}(\d{1,4})(?![\w])")
"""A code: up to three letters with digits glued after them ("U12", "A320", "M25")."""

_LETTER_O = re.compile(r"(?<![\w.,])O(?=-[^\W\d_])|(?<=[^\W\d_][ \u00a0])O(?![\w'’])")
"""The letter O as a word of its own: before a hyphen ("O-negative") or after a word
("group O", "type O"), not one opening a sentence (Spanish "O bien" is "or")."""


def coded(text: str) -> set[Decimal]:
    """The figures a text writes inside codes, and zero where it writes the letter O."""
    found = {Decimal(match.group(1)) for match in _CODE.finditer(text)}
    if _LETTER_O.search(text):
        found.add(Decimal(0))
    return found
