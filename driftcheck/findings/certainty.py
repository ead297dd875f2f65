"""How sure a sentence sounds: hedges (alleged, reportedly, may) and negations (not, never).

Both rules count markers in a group's A text and in its B text, so a marker reworded
into another of its kind ("may" -> "could", "did not" -> "never") is not reported; only
one that appears or disappears is, and only about the same statement: inside an edit of
at most five words a side, in a group whose sides share half their words (see
`in_short_edit`). A new clause that happens to say "not", a rewritten sentence ("does not
have the death penalty" -> "the death penalty was removed") flip nothing.

Hedges: alleged(ly), reportedly, purportedly, supposedly, apparently, expected to, could,
may (lower case: May is a month or a name), might, likely, unlikely, probably, possibly,
suspected, suspect(s) as a verb ("police suspect that", "they suspect a leak"; "the
suspects" are people, no hedge), on suspicion, accused of, appears/seems (set) to,
preliminary, early results, suggest(s), indicate(s), according to reports, is said
(reported) to, it is reported (understood), believed to, thought to,
unconfirmed; and before a figure: about, around, roughly, nearly, some, at least, up to,
more than, over, under, an estimated ("about 250 homes" is not "250 homes"). "should"
and "would" are too often not hedges to count on their own, but one in place of a
dropped hedge ("a summit expected to result" -> "a summit that should result") keeps it.

Negations: not, no, never, n't, cannot, none, neither (with its nor), nor, nobody,
nothing, nowhere, without, unlikely, unable, unwilling, deny/denied,
failed/refused/declined to. Not negations: "not only"/"not just" (... but also), "not"
before an un- word or "without" (not unusual = usual), "No." before a number. As with
should/would, "stopped", "ceased", "quit" or "halted" in place of a dropped negation keep
it ("no longer produces" -> "has stopped producing"); so does a word negated by its prefix
(unexplained, unidentified, unknown, non-essential) that the other side's edits lose or bring
("treated as unexplained" -> "not treated as suspicious").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.figures import figures
from driftcheck.types import Finding

_NUMBER_AHEAD = (
    r"(?=[$€£¥₹]?\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|"
    r"a thousand|thousands|a million|millions|a dozen|dozens|half)\b)"
)
_HEDGE = re.compile(
    r"\b(?i:alleged(?:ly)?|reportedly|purportedly|supposedly|apparently|expected to|could|"
    r"might|(?:un)?likely|probably|possibly|suspected|"
    r"suspects?(?= (?:that|he|she|it|they|a|an|the)\b)|on suspicion|accused of|"
    r"(?:appear|seem)(?:s|ed)?(?: set)? to|preliminary|suggest(?:s|ed)?|indicat(?:e|es|ed)|"
    r"early (?:results|figures|estimates|data|returns|counts?)|"
    r"according to (?:unconfirmed |media |local )?reports|"
    r"(?:is|are|was|were) (?:said|reported) to|it (?:is|was|has been) (?:reported|understood)|"
    r"unconfirmed|believed to|thought to)\b|\bmay\b"
    r"|\b(?i:about|around|roughly|approximately|nearly|almost|some|at least|at most|up to|"
    r"more than|over|less than|fewer than|under|as many as|an estimated|estimated)[ ]"
    + _NUMBER_AHEAD
)
_SOFT_HEDGE = re.compile(r"\b(?:should|would|hint(?:s|ed)?)\b", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?i:not(?! only\b| just\b| un\w+| without\b)|no(?!\.\s?\d)|never|cannot|none|"
    r"neither|nor|nobody|nothing|nowhere|without|(?<!not )unlikely|unable|unwilling|"
    r"den(?:y|ies|ied|ying)|(?:fail|refus|declin)(?:s|es|ed|ing|e)? to)\b"
    r"|\b\w+n['’]t\b",
    re.UNICODE,
)
_WORD = re.compile(r"\w+")
_BOUND = re.compile(
    r"about|around|roughly|approximately|nearly|almost|some|at least|at most|up to|more than"
    r"|over|less than|fewer than|under|as many as|an estimated|estimated"
)
_SHORT_EDIT = 5
_SOFT_NEGATION = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|cease[sd]?|quit|halt(?:s|ed)?|call(?:s|ed|ing)? off"
    r"|cancel(?:s|led|ed|ling)?|scrap(?:s|ped)?|abandon(?:s|ed)?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A hedge or negation word in one side's text."""

    form: str
    start: int
    end: int


def hedges(side: Side) -> list[Marker]:
    """The hedges of one side's text, in reading order."""
    return [_marker(m) for m in _HEDGE.finditer(side.text)]


def negations(side: Side) -> list[Marker]:
    """The negations of one side's text; a nor after neither is part of it."""
    found = [_marker(m) for m in _NEGATION.finditer(side.text)]
    neither = next((m.start for m in found if m.form == "neither"), None)
    return [m for m in found if not (m.form == "nor" and neither is not None and m.start > neither)]


def _marker(match: re.Match[str]) -> Marker:
    """A marker with its form normalised: allegedly -> alleged, didn't -> n't."""
    form = match.group().lower().replace("’", "'")
    if form.endswith("n't"):
        form = "n't"
    return Marker(form.removesuffix("ly") if form == "allegedly" else form, *match.span())


def _unmatched(a: list[Marker], b: list[Marker]) -> tuple[list[Marker], list[Marker]]:
    """Markers left on each side once equal forms, then any two markers, are paired off."""
    common = Counter(m.form for m in a) & Counter(m.form for m in b)
    a_left, b_left = _without(a, common), _without(b, common)
    pairs = min(len(a_left), len(b_left))
    return a_left[pairs:], b_left[pairs:]


def _without(markers: list[Marker], common: Counter[str]) -> list[Marker]:
    """The markers left once those the other side shares (`common`) are taken off."""
    budget = Counter(common)
    left = []
    for marker in markers:
        if budget[marker.form] > 0:
            budget[marker.form] -= 1
        else:
            left.append(marker)
    return left


def in_short_edit(view: GroupView, marker: Marker, *, in_b: bool) -> bool:
    """True when the marker lies in an edit of a few words a side inside a kept statement.

    A hedge or negation only flips the statement it qualifies: one inside a long edit
    (a new clause, a rewritten sentence) is no flip of anything A (or B) said. Kept
    means the group's sides share at least half of the shorter side's words.
    """
    for block in view.edits:
        where = block.b if in_b else block.a
        if where[0] < marker.end and marker.start < where[1]:
            a_words = len(_WORD.findall(view.a.text, *block.a))
            b_words = len(_WORD.findall(view.b.text, *block.b))
            marker_words = len(_WORD.findall(marker.form))
            new_clause = min(a_words, b_words) == 0 and max(a_words, b_words) > marker_words + 2
            short = max(a_words, b_words) <= _SHORT_EDIT and not new_clause
            return short and _kept_statement(view)
    return False


def _kept_statement(view: GroupView) -> bool:
    """True when the group's sides share at least half of the shorter side's words."""
    a_words = len(_WORD.findall(view.a.text))
    b_words = len(_WORD.findall(view.b.text))
    shared = sum(
        len(_WORD.findall(view.a.text, *block.a)) for block in view.blocks if not block.edit
    )
    return 2 * shared >= min(a_words, b_words)


def _bound_kept(view: GroupView, marker: Marker, from_a: bool) -> bool:
    """For a bound on a figure (about, more than), True when the other side keeps the figure.

    "more than 120 injured" -> "148 injured" changed the figure, not its hedge.
    """
    side, other = (view.a, view.b) if from_a else (view.b, view.a)
    if not _BOUND.fullmatch(marker.form.strip()):
        return True
    bounded = [f for f in figures(side) if f.start >= marker.end][:1]
    return any(f.same(o) for f in bounded for o in figures(other))


def check_hedges(view: GroupView) -> list[Finding]:
    """hedge.dropped / hedge.added for one group, within short edits of a kept statement."""
    a_left, b_left = _unmatched(hedges(view.a), hedges(view.b))
    a_left = [
        m for m in a_left if in_short_edit(view, m, in_b=False) and _bound_kept(view, m, True)
    ]
    b_left = [
        m for m in b_left if in_short_edit(view, m, in_b=True) and _bound_kept(view, m, False)
    ]
    soft_b = len(_SOFT_HEDGE.findall(view.b.text)) - len(_SOFT_HEDGE.findall(view.a.text))
    soft_a = -soft_b
    found = []
    for marker in a_left[max(0, soft_b) :]:
        message = f'hedge dropped: "{marker.form}"'
        found.append(view.finding("hedge.dropped", message, a=(marker.start, marker.end)))
    for marker in b_left[max(0, soft_a) :]:
        message = f'hedge added: "{marker.form}"'
        found.append(view.finding("hedge.added", message, b=(marker.start, marker.end)))
    return found


_NEGATIVE_PREFIX = re.compile(
    r"\b(?:un(?!der|it|ion|til|iv|iq|if)[a-z]{4,}(?:ed|able|ible|ful|known|clear|certain|sure)"
    r"|non-?[a-z]{4,})\b",
    re.IGNORECASE,
)
"""A word negated by its prefix: unexplained, unidentified, unknown, non-essential."""


def _prefixed_instead(view: GroupView, *, in_b: bool) -> bool:
    """True when the other side's edits lose (or bring) a word negated by its prefix, so a
    negation that appears (or goes) keeps the statement's polarity: "being treated as
    unexplained" -> "not being treated as suspicious"."""
    other = view.a if in_b else view.b
    return any(
        _NEGATIVE_PREFIX.search(other.text, *(block.a if in_b else block.b)) is not None
        for block in view.edits
    )


def check_negation(view: GroupView) -> list[Finding]:
    """negation.flipped for one group: a negation appears or disappears in a kept statement."""
    a_left, b_left = _unmatched(negations(view.a), negations(view.b))
    soft_b = len(_SOFT_NEGATION.findall(view.b.text)) - len(_SOFT_NEGATION.findall(view.a.text))
    a_left, b_left = a_left[max(0, soft_b) :], b_left[max(0, -soft_b) :]
    a_left = [
        m
        for m in a_left
        if in_short_edit(view, m, in_b=False) and not _prefixed_instead(view, in_b=False)
    ]
    b_left = [
        m
        for m in b_left
        if in_short_edit(view, m, in_b=True) and not _prefixed_instead(view, in_b=True)
    ]
    if a_left:
        marker = a_left[0]
        message = f'negation flipped: "{view.a.text[marker.start : marker.end]}" is gone in B'
        return [view.finding("negation.flipped", message, a=(marker.start, marker.end))]
    if b_left:
        marker = b_left[0]
        message = f'negation flipped: B adds "{view.b.text[marker.start : marker.end]}"'
        return [view.finding("negation.flipped", message, b=(marker.start, marker.end))]
    return []
