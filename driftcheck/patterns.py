"""Shapes of news copy that several stages read, each defined once.

The segmenter splits a dateline off its first sentence and tells headlines from sentences;
the findings leave a dateline's date out of the figures and do not read a headline's
capitals as names. They must agree on what a dateline and a sentence end look like, so
both are here, with the English stop words the lexical embedder and the findings share.
"""

from __future__ import annotations

import re

ENDS_SENTENCE = re.compile(r"[.!?:;…。！？][\"'”’»)\]]*\s*$")
"""A line or sentence that ends like a sentence (a headline usually does not)."""

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:['’\-]\w+)*")
"""A word of news copy, with its apostrophes and hyphens (O'Neill, al-Kasasbeh, U.S.)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CORE_STOPWORDS = _words(
    """
    a about above after again against all am an and any are as at be because been
    before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself
    his how i if in into is it its itself just me more most my myself no nor not of
    off on once only or other our ours ourselves out over own same she should so some
    such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves
    """
)
"""The common English stop words: the lexical embedder gives them little weight."""

STOPWORDS = CORE_STOPWORDS | _words(
    """
    across also although among another around either every however many meanwhile much
    must neither now one per several since though thus upon us whether whose within
    without yet according amid despite instead last next still unlike via near along
    behind beyond inside outside toward towards like i'm i'll i've i'd yes
    """
)
"""Function words: never a name on their own, never a glossary entry on their own."""

_DATELINE = re.compile(
    r"""(?P<city>[^\W\d_][^\W\d_.'’\-]*(?:-[^\W\d_]+)*                  # PORT-ARLEN
      (?:[ ][^\W\d_][^\W\d_.'’\-]*(?:-[^\W\d_]+)*){0,3})
    (?:[ ]\([^()\n,]{2,40}\)(?=,))?                              # VORSTEIN (Kaldorie), 4 juin
    (?:,[ ][^()\n]{1,40}?[ ]?\([^()\n]{2,40}\)                # , China, May 18 (Reuters)
      |(?:,[ ][^\W\d_][\w.'’\-]*(?:[ ][\w.'’\-]+){0,3})?      # , China / , May 18
       (?:[ ]?\([^()\n]{2,40}\))?                            # (Reuters)
    )
    [ ]?[-–—]+                                               # the dash that ends it""",
    re.VERBOSE,
)


def dateline(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The dateline opening `text[start:end]`, in any script, or None.

    A dateline is a place in capitals, maybe a country or date after a comma, maybe the
    agency in brackets, and a dash: "XIAN, China (Reuters) –", "NEW YORK, May 18 -",
    "BERLIN, 18. Juli (Wire) -", "МОСКВА, 18 мая (Рейтер) -".
    """
    match = _DATELINE.match(text, start, len(text) if end is None else end)
    if match is None:
        return None
    city = match.group("city")
    if len(city) < 2 or city != city.upper() or city == city.lower():
        return None
    return match
