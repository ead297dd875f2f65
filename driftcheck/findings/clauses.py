"""Where a clause opens inside a sentence, so that a capital there says nothing of a name.

The segmenter leaves some sentence ends inside a sentence (a full stop before a credit, a
dash after a dateline, a colon before a label), and timeline entries, captions and lines
after a web address open with a capital too; names.py reads a word there as a name only
with other evidence.
"""

from __future__ import annotations

import re

from driftcheck.findings.lexicon import RANKS, word_list

_OPENERS = "\"“‘'(["
_CLAUSE_OPENERS = (*_OPENERS, ":")
_DATE_BEFORE = re.compile(
    r"(?:\b\d{1,2}[ ]+[A-Z][a-z]{2,8}\.?|\b[A-Z][a-z]{2,8}\.?[ ]+\d{1,2},?)[ ]+(?:19|20)\d\d"
    r"[ ]+(?:[-–—]+[ ]+)?$"
)
"""A full date ending right before a position ("17 Sept 2015 - ", "Nov. 12, 2014 "): a
timeline entry or photo caption starts there, where any word may be capitalised."""
_URL_BEFORE = re.compile(r"(?:https?://|www\.)\S+[ ]+$")
"""A web address ending right before a position: page furniture ends there, a line starts."""
_URL_REACH = 200
_ABBREVIATED = frozenset(
    word_list(
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri"
        " sat sun corp inc ltd bros ave blvd hwy dept univ assn govt mrs mme messrs adm hon"
    )
)
"""Capitalised abbreviations written with a full stop before a name (Corp., Sept.), besides
lexicon.RANKS (Gen., Sgt., Gov.)."""
_BEFORE = re.compile(r"(?P<word>[^\W_]*)(?P<gap>[\W_]*)$")
"""The word and the run of punctuation and spaces before a position."""


def opens_clause(text: str, start: int, floor: int = 0) -> bool:
    """True when the word at `start` follows a colon, an opening quotation mark or bracket,
    a dash, a closing bracket, a question or exclamation mark, a web address, or the full
    stop of a sentence the segmenter left joined (`_ends_sentence`: "elections. Insisting",
    "complaint. __ Corrects", "(AP) -- Tens"): where any word may be capitalised ("The
    gain: Enjoy")."""
    before = _BEFORE.search(text, max(floor, start - 40), start)
    if before is None:
        return False
    if _DATE_BEFORE.search(text, max(floor, start - 30), start):
        return True  # "17 Sept 2015 - Three men", "Nov. 12, 2014 Stranded window washers"
    gap, word = before.group("gap"), before.group("word")
    if any(char in _CLAUSE_OPENERS for char in gap) or (not word and before.start() == floor):
        return True  # after an opener, or nothing but punctuation ("--- Information") before
    if any(char in "!?)—–" for char in gap) or "--" in gap:
        return True  # "Islam? Doesn't fit", "(AP) -- Tens of thousands", "(AP) Defending"
    if _URL_BEFORE.search(text, max(floor, start - _URL_REACH), start):
        return True  # "www.twitter.com/mariyamaguchi Find her work", "...0802bd4 Link copied!"
    return "." in gap and _ends_sentence(word)


def _ends_sentence(word: str) -> bool:
    """True when a full stop after `word` ends a sentence: after a lower-case word or a
    figure ("elections. Insisting", "from 2002. Apparently"), or a capitalised word of three
    letters or more that is no abbreviation ("West Ham. We'll"; not "Gen. Smith", "Corp.
    Chief", "Mr. Alwan", "U.S. Army")."""
    if len(word) <= 1:
        return False
    if word[0].isupper():
        return len(word) >= 3 and word.lower() not in RANKS | _ABBREVIATED and not word.isupper()
    return word.islower() or word[-1].isdigit()
