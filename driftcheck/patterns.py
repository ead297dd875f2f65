"""Shapes of news copy that several stages read, each defined once.

The segmenter splits a dateline off its first sentence and tells headlines from sentences;
the findings leave a dateline's date out of the figures and do not read a headline's
capitals as names. They must agree on what a dateline and a sentence end look like, so
both are here.
"""

from __future__ import annotations

import re

ENDS_SENTENCE = re.compile(r"[.!?:;…。！？][\"'”’»)\]]*\s*$")
"""A line or sentence that ends like a sentence (a headline usually does not)."""

_DATELINE = re.compile(
    r"""(?P<city>[^\W\d_][^\W\d_.'’\-]*(?:[ ][^\W\d_][^\W\d_.'’\-]*){0,3})
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
