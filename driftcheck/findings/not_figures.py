"""Numbers in copy that are no figures of the story: names, idiom, furniture, lists.

Left out on purpose, because they are names or idiom rather than figures: number words
inside a capitalised name (Group of Seven; but a capital opening a sentence, or a clause
after a spaced dash or a colon, "2015 - Three men are arrested", is a figure), "one" without
a scale or unit ("one of the"), "the two" (the two sides), "dozen" after "several" or "a
few" (no number, as "dozens"), words joined by hyphens (one-on-one, two-way; but "10-day"
and "seven-year-old" count), numbers glued to letters (G7, COVID-19) and the dateline
("XIAN, May 18 (Reuters) -"), a page's age ("47 minutes ago"), the tags between two share
bars, and style-sheet rules a scraped page left in the copy ("{width:100%; height:100%}");
so are phone numbers ("+44 7624 800 100", "call police on 101"), the numbers of a list's
items ("5. Bob Hammersley: ..."), digits joined by a slash ("9/11"), and numbers that
identify one of a series rather than count ("building 26", "junction five", "the 6th police
district").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from driftcheck.findings.context import Side
from driftcheck.findings.figure_values import MEASURE, counted_thing
from driftcheck.findings.lexicon import MONTHS, STOPWORDS, WEEKDAYS
from driftcheck.patterns import dateline

_HYPHEN_UNIT = re.compile(
    r"-(?:(?:year|month|week|day|hour|minute)s?-old"
    r"|year|month|week|day|hour|minute|second|point|nation|member|country|seat|storey|"
    r"party|game|match|time|mile|kilometre|kilometer|metre|meter|km|percent)\b",
    re.IGNORECASE,
)
_WORD_WINDOW = 60
"""How far back to look for the word before a figure (a bounded window keeps it linear)."""
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'’\-]*)[ ]$")
_NEXT_WORD = re.compile(r"[ ]([A-Za-z][\w'’\-]*)")
_NOT_NAME_BEFORE = frozenset(
    {*STOPWORDS, *MONTHS, *WEEKDAYS, "no", "nos", "number", "page", "about", "some", "over",
     "under", "nearly", "almost", "around", "roughly", "just", "only", "all", "last", "top",
     "after", "before", "by", "since", "until", "from", "to", "between", "among", "aged"}
)  # fmt: skip


def datelines(side: Side) -> list[tuple[int, int]]:
    """Datelines opening a sentence ("XIAN, May 18 (Reuters) -"): their figures are not news."""
    found = (dateline(side.text, start) for start in side.starts)
    return [match.span() for match in found if match]


_CORRECTION = re.compile(
    r"[-—–\s]*(?:Corrects\b|Correction:|CORRECTION\b"
    r"|(?:This|An earlier version of this) (?:story|article|item|report)\b"
    r"(?: and its headline)? (?:has been |was )?(?:corrected|amended|misstated|incorrectly)?)"
)
"""A correction note ("--- Corrects to show that 20 cars derailed, not 15."; "An earlier
version of this story misstated ..."): the figures it restates or retracts are no news."""


def corrections(side: Side) -> list[tuple[int, int]]:
    """The sentences of a side that are correction notes."""
    ends = [*side.starts[1:], len(side.text)]
    return [
        (start, end)
        for start, end in zip(side.starts, ends, strict=False)  # no sentences: no ends
        if _CORRECTION.match(side.text, start, end)
    ]


_PAGE_AGE = re.compile(r"\b\d+[ ]?(?:minutes?|mins?|hours?|hrs?)[ ]ago\b")
"""A page's age in digits ("47 minutes ago", "2 hours ago"): the relative timestamp a
scraped page shows by its byline or its links; copy spells such times out ("two hours
ago") or dates them."""


def page_ages(side: Side) -> list[tuple[int, int]]:
    """The relative timestamps of a side's page furniture (`_PAGE_AGE`): no news."""
    return [match.span() for match in _PAGE_AGE.finditer(side.text)]


_SHARE = re.compile(r"\bShare[ ](?:on|via)[ ][A-Z][\w+]*")
"""A button of a sharing widget: "Share on Facebook", "Share via Email", "Share on Google+"."""


def widgets(side: Side) -> list[tuple[int, int]]:
    """The sharing widgets of a side's sentences: from the first to the last of two or more
    share buttons in a sentence ("Share on Facebook ... Close Manifestos 2017 General
    election 2017 Labour ... Share on WhatsApp"): the tags and links between two share
    bars hold no figure of the story, the text after the last button may."""
    ends = [*side.starts[1:], len(side.text)]
    found = []
    for start, end in zip(side.starts, ends, strict=False):
        buttons = list(_SHARE.finditer(side.text, start, end))
        if len(buttons) >= 2:
            found.append((buttons[0].start(), buttons[-1].end()))
    return found


_STYLE_RULE = re.compile(r"\{(?:[ ]*[a-z\-]+[ ]*:[ ]*[^;{}:]+;?)+[ ]*\}")
"""A style sheet's rule that a scraped page left in the copy ("{width:100%; height:100%}")."""


def style_rules(side: Side) -> list[tuple[int, int]]:
    """The style-sheet rules in a side's text: their sizes and shares are no figures."""
    return [match.span() for match in _STYLE_RULE.finditer(side.text)]


_DIALLED = re.compile(
    r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|ring|text"
    r"|contact)(?:[ ][a-z]+){0,2}[ ]$",
    re.IGNORECASE,
)
"""A verb of calling and at most two words before a number: "dial 999", "call police on
101", "text them to 61124", "asked to contact 029 20527303"."""
_DIALLED_WINDOW = 40
_PHONE_BEFORE = re.compile(r"(?:\+|(?<!\d)0)\d+(?:[ ]\d+)*[ ]$")
"""Digit groups that a phone number opens (a + or a leading 0: "+44 7624 800", "029"),
then a space: the number after them goes on dialling."""
_ADDRESS = re.compile(r"[ ]block[ ]of[ ]")


def dialled_or_address(text: str, match: re.Match[str]) -> bool:
    """A bare number that is a phone number or a street address, no quantity: after a
    verb of calling, counting nothing ("called 911 about", "call police on 101"; not
    "called 15 witnesses"); written as one, with a + or a leading 0 ("+44 7624 800 100",
    "029 20527303"); or "the 4700 block of Minnesota Avenue" in US police copy."""
    digits = match.group("digits")
    if not digits or match.group("sign") or match.group("percent"):
        return False
    start = match.start()
    leading_zero = digits.isdigit() and digits[0] == "0" and len(digits) > 2
    if leading_zero or text[start - 1 : start] == "+":
        return True
    if _PHONE_BEFORE.search(text, max(0, start - _DIALLED_WINDOW), start):
        return True
    before = text[max(0, start - _DIALLED_WINDOW) : start]
    dialled = _DIALLED.search(before) is not None and not counted_thing(text, match.end())
    return dialled or _ADDRESS.match(text, match.end()) is not None


_ITEM_BEFORE = re.compile(r"(?:^|[.:!?]['’”)]*[ ]+)$")
_ITEM_AFTER = re.compile(r"\.(?:[ ]+[A-Z]|[ ]*$)")


def numbers_an_item(text: str, match: re.Match[str]) -> bool:
    """A number of one or two digits between a sentence's stop (or a colon) and a full stop
    before a capital (or the text's end) numbers an item of a list ("... the following:
    6. Adrian Wade: ... 5. Bob Hammersley: ..."); "rose to 5. Police said" ends a sentence
    with a count."""
    digits = match.group("digits")
    if not digits or not digits.isdigit() or len(digits) > 2 or match.group("sign"):
        return False
    start = match.start()
    return bool(
        _ITEM_AFTER.match(text, match.end()) and _ITEM_BEFORE.search(text, max(0, start - 6), start)
    )


_IDENTIFIED = (
    "building|junction|terminal|gate|platform|pier|runway|exit|route|highway|interstate|tier"
    "|ward|precinct|room|flat|apartment|hangar|berth|lane|bay|flight"
)
_IDENTIFIER_BEFORE = re.compile(rf"\b(?i:{_IDENTIFIED})s?[ ]$")
"""A noun that a number after it identifies one of ("building 26", "junction five", "tier 1
investor visas", "flight 370"): a series of places, routes or classes, not a degree ("a
category 4 hurricane", "level 3" are measures) nor a rule of law ("section 41 of the
Terrorism Act" may be news), which stay figures."""
_IDENTIFIER_AFTER = re.compile(
    r"[ ](?:[a-z]+[ ])?(?:district|precinct|ward|battalion|regiment|brigade|division|circuit)\b"
)
"""A unit that a numeric ordinal before it names: "the 6th police district", "2nd battalion"."""
_PERIOD_AFTER = re.compile(r"[ \-](?:second|minute|hour|day|week|month|year|time)s?\b")
_IDENTIFIER_WINDOW = 12


def identifies(text: str, match: re.Match[str]) -> bool:
    """A bare number that identifies one of a series rather than counting: right after a noun
    of `_IDENTIFIED` ("building 26", "junction five"; not "the gate 20 minutes later", "a
    room 10 feet wide"), or a numeric ordinal before a unit of `_IDENTIFIER_AFTER` ("the
    6th police district")."""
    ordinal = match.group("ordinal")
    if ordinal:
        return ordinal[0].isdigit() and _IDENTIFIER_AFTER.match(text, match.end()) is not None
    if not (match.group("digits") or match.group("word")) or any(
        match.group(name)
        for name in ("sign", "glued", "scale", "percent", "points", "currency", "hundred")
    ):
        return False
    start = match.start()
    return bool(
        _IDENTIFIER_BEFORE.search(text, max(0, start - _IDENTIFIER_WINDOW), start)
        and not _PERIOD_AFTER.match(text, match.end())
        and not MEASURE.match(text, match.end())
    )


_THE_BEFORE = re.compile(r"\b[Tt]he[ ]$")


def in_name(side: Side, match: re.Match[str]) -> bool:
    """Digits that are part of a name: Flight 192, Haiyang Shiyou 981, NJ 11th For Change.

    A bare number (no currency, scale, unit or percent) or a numeric ordinal directly
    after a capitalised word that is no function word, month, weekday or possessive
    ("United's 2-1 win"), even before a function word ("triggering Article 50 in March")
    or after "the" ("the Article 50 process"), but a number under 100 before a lower-case
    word other than a function word counts something: "shot Laquan 16 times"); or a
    numeric ordinal directly before a capitalised word (20th Century Fox, 6th Street).
    """
    text, start, end = side.text, match.start(), match.end()
    ordinal = match.group("ordinal")
    bare = match.group("digits") and not (
        match.group("sign")
        or match.group("glued")
        or match.group("scale")
        or match.group("percent")
        or match.group("points")
        or match.group("currency")
    )
    numeric_ordinal = bool(ordinal) and ordinal[0].isdigit()
    if not (bare or numeric_ordinal):
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, start - _WORD_WINDOW), start)
    following = _NEXT_WORD.match(text, end)
    counts = (
        following is not None
        and following.group(1)[0].islower()
        and following.group(1).lower() not in STOPWORDS
    )
    named = previous is not None and _THE_BEFORE.search(
        text, max(0, previous.start() - 5), previous.start()
    )
    if bare and counts and len(match.group("digits")) < 3 and not named:
        return False  # "shot Laquan 16 times": a count after a name
    if previous is not None and not _opens(side, start):
        word = previous.group(1)
        possessive = word.endswith(("'s", "’s", "s'", "s’"))  # United's 2-1 win
        if word[0].isupper() and word.lower() not in _NOT_NAME_BEFORE and not possessive:
            return True
    return numeric_ordinal and following is not None and following.group(1)[0].isupper()


def _opens(side: Side, position: int) -> bool:
    """True when a sentence of the side starts at `position` (by bisection: a long story
    has tens of thousands of sentences)."""
    at = bisect_left(side.starts, position)
    return at < len(side.starts) and side.starts[at] == position


def is_idiom(side: Side, match: re.Match[str]) -> bool:
    """Number words that are names or idiom: Group of Seven, one of the, the two, two-way."""
    word = match.group("word")
    if not word or match.group("scale") or match.group("percent") or match.group("currency"):
        return False
    if match.group("sign"):
        return False
    text, start, end = side.text, match.start(), match.end()
    if text[end : end + 1] == "-" and not _HYPHEN_UNIT.match(text, end):
        return True
    before = text[max(0, start - 4) : start].lower()
    if word.lower() == "one" or (word.lower() == "two" and before == "the "):
        return True
    if word.lower() == "dozen" and _VAGUE_BEFORE.search(text, max(0, start - 10), start):
        return True  # "several dozen soldiers": no number, as "dozens" is none
    opens = start > 0 and text[start - 1] in "\"“‘'(" and _opens(side, start - 1)
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 4), start) is not None
    return word[0].isupper() and not (_opens(side, start) or opens or clause)


_VAGUE_BEFORE = re.compile(r"\b(?i:several|a few|few|many|some)[ ]$")
"""Before "dozen", a word that leaves the number open: "several dozen", "a few dozen"."""
_CLAUSE_BEFORE = re.compile(r"(?:[ ][-–—]+|:)[ ]$")
"""A spaced dash or a colon before a capital opens a clause, as a sentence start does: a
timeline's entry ("17 Sept 2015 - Three men are arrested"), a headline's second part."""
