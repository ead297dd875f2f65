"""Figures must keep their values between a group's A and B text (see figures.py for reading them).

Figures of A and B with equal values pair off first. A figure of A and one of B that
the same edit of the diff replaced one with the other, of the same kind (money and
plain counts may pair), are number.changed (at info for the weekday a statement was
made); a figure left in A is number.removed, one left in B number.added, unless the
other version states its value anywhere (a fact
moved into another sentence is not lost) or it is incidental (a weekday, an ordinal in
words: figures.incidental). Figures of omitted sentences that B states nowhere are
number.omitted, one per figure (story.check_unpaired).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.figures import (
    Figure,
    FigureIndex,
    figures,
    incidental,
    joined,
    kept_restated,
    restatements,
)
from driftcheck.findings.reporting import REPORTING_VERB
from driftcheck.types import Finding, Severity


def check_numbers(
    view: GroupView, locale: str, elsewhere_in_a: FigureIndex, elsewhere_in_b: FigureIndex
) -> list[Finding]:
    """number.changed / number.removed / number.added between A and B of one group.

    A figure missing here but present elsewhere in the other version (`elsewhere_in_b`,
    `elsewhere_in_a`) was moved to another sentence, not lost, and is not reported. Two
    figures paired in an edit that count different things are no changed value when one
    side's value is still in the other version as the same thing: "Allen, 73, ran the
    homes" paired with "Allen denied 40 charges" while B still says "John Allen, 73," is a
    count added, not an age changed. When both values are (two figures swapped), neither
    is, or both count the same thing ("17 people" -> "18 people" while B tells of another
    crash that killed 17 people), it is a change. A weekday paired with another is no
    change while B still gives the old one ("a 6-1 victory on Friday" -> "a blow on
    Saturday" while B says "their 6-1 victory over Armenia on Friday"): it dates another
    event, and a weekday appearing is incidental.
    """
    a_left, b_left = figures(view.a, locale), figures(view.b, locale)
    a_restated, b_restated = restatements(a_left), restatements(b_left)
    for figure in list(a_left):
        twin = next((other for other in b_left if figure.same(other)), None)
        if twin is not None:
            a_left.remove(figure)
            b_left.remove(twin)
    pairs = []
    for a, b in _pair_in_edits(view, a_left, b_left):
        if a.kind == b.kind == "weekday" and elsewhere_in_b.has(a):
            a_left.append(a)  # B still gives the day: the new one dates another event
            b_left.append(b)
        elif a.noun == b.noun or elsewhere_in_b.restates(a) == elsewhere_in_a.restates(b):
            pairs.append((a, b))
        else:  # one side's value is elsewhere in the other version: no change of value
            a_left.append(a)
            b_left.append(b)
    a_left.sort(key=lambda f: f.start)
    b_left.sort(key=lambda f: f.start)
    found = [_changed(view, a, b) for a, b in pairs]
    a_starts, b_starts = {f.start for f in a_left}, {f.start for f in b_left}
    for figure in a_left:
        if joined(figure, a_starts):
            continue  # "four to six months": one fact, reported at its first figure
        lost = not elsewhere_in_b.has(figure) and not kept_restated(
            figure, a_restated, elsewhere_in_b
        )
        if lost and not incidental(figure):  # kept restated: "200 meters, or 660 feet"
            message = f"number removed: {figure.shown}"
            found.append(view.finding("number.removed", message, a=(figure.start, figure.end)))
    for figure in b_left:
        if joined(figure, b_starts):
            continue
        new = not elsewhere_in_a.has(figure) and not kept_restated(
            figure, b_restated, elsewhere_in_a
        )
        if new and not incidental(figure):
            message = f"number added: {figure.shown}"
            found.append(view.finding("number.added", message, b=(figure.start, figure.end)))
    return found


def _changed(view: GroupView, a: Figure, b: Figure) -> Finding:
    """number.changed; at info between two weekdays when one says when something was
    said ("announced Wednesday" -> "said by email Sunday"): a running story's statements
    move on with the news. The day of an event ("meet on Friday") is still an error."""
    said = a.kind == b.kind == "weekday" and (
        _said_on(view.a.text, a.start) or _said_on(view.b.text, b.start)
    )
    message = f"number changed: {a.shown} -> {b.shown}"
    if said:
        message += " (the day a statement was made)"
    found = view.finding("number.changed", message, a=(a.start, a.end), b=(b.start, b.end))
    return replace(found, severity=Severity.INFO) if said else found


_SAID_ON = re.compile(
    rf"(?:{REPORTING_VERB.pattern})"
    r"(?:[ ](?:by|in|to|at|during|via)(?:[ ][\w'’]+){1,2}|[ ][\w'’]+)?[ ](?:on[ ])?$",
    re.IGNORECASE,
)
"""A reporting verb, then at most one word or a short phrase with a preposition, before
a weekday: "said Thursday", "told reporters on Monday", "said by email Sunday"; not
"said talks would resume on Monday" (the day of the talks)."""


def _said_on(text: str, start: int) -> bool:
    """True when the weekday at `start` tells when something was said."""
    return bool(_SAID_ON.search(text[max(0, start - 60) : start]))


def _comparable(a: Figure, b: Figure) -> bool:
    """True when one figure may have been changed into the other."""
    return a.kind == b.kind or {a.kind, b.kind} == {"money", "count"}


def _pair_in_edits(
    view: GroupView, a_left: list[Figure], b_left: list[Figure]
) -> list[tuple[Figure, Figure]]:
    """A figure of A and one of B in the same edit, measuring the same kind of thing: two
    counts of the same thing first, wherever they stand in the edit ("two suicide bombers
    ... wounded at least 63 people" -> "wounded at least 105 people" pairs the people),
    then one of the same kind and unit ("$351.3 billion" -> "six-month total of $459.4
    billion" pairs the sums, not the sum and the six)."""
    counted = _pair_within(view, a_left, b_left, _counted_alike)
    return counted + _pair_within(view, a_left, b_left, _alike)


def _counted_alike(figure: Figure, in_edit: Sequence[Figure]) -> Figure | None:
    """The count of B in the edit that counts what `figure` counts ("63 people" -> "105
    people"), if `figure` is a count of a named thing."""
    if figure.kind != "count" or not figure.thing:
        return None
    return next(
        (
            b
            for b in in_edit
            if b.kind == "count" and b.thing == figure.thing and b.unit == figure.unit
        ),
        None,
    )


def _alike(figure: Figure, in_edit: Sequence[Figure]) -> Figure | None:
    """The figure of B in the edit of the same kind and unit as `figure`, else the first
    comparable one."""
    alike = [b for b in in_edit if b.kind == figure.kind and b.unit == figure.unit]
    return next(iter(alike), None) or next((b for b in in_edit if _comparable(figure, b)), None)


def _pair_within(
    view: GroupView,
    a_left: list[Figure],
    b_left: list[Figure],
    choose: Callable[[Figure, Sequence[Figure]], Figure | None],
) -> list[tuple[Figure, Figure]]:
    """Each figure of A paired with the figure of B that `choose` picks among those in an
    edit touching it; the pairs are taken off `a_left` and `b_left`."""
    pairs = []
    for figure in list(a_left):
        for edit in view.edits_touching(figure.start, figure.end):
            in_edit = [b for b in b_left if b.start < edit.b[1] and edit.b[0] < b.end]
            other = choose(figure, in_edit)
            if other is not None:
                pairs.append((figure, other))
                a_left.remove(figure)
                b_left.remove(other)
                break
    return pairs


_LOST = frozenset({"number.removed", "number.omitted"})


def one_change_per_count(
    found: Sequence[Finding], a: tuple[Side, Sequence[Figure]], b: tuple[Side, Sequence[Figure]]
) -> list[Finding]:
    """The findings, with a count lost from A and a count new in B of the same thing made
    one number.changed: a toll updated in a rewritten sentence ("87 people" omitted, "at
    least 70 people" added; "a 66-year-old" removed, "The 76-year old writer" added) is
    one changed value. Only when the story loses and gains one count each of that thing
    (`a` and `b`: each version read whole and its figures, which say what each counts), of
    the same order of magnitude ("126 people" injured and "six people" killed in another
    crash are two facts); its severity is the higher of the two. A toll is the same thing
    however its count is written: "60 people were wounded" and "82 wounded" count the
    wounded (`fate`), when each version tells that toll of people once, and it may grow
    tenfold while a story breaks ("four people had been killed" -> "40 people were
    killed")."""
    a_at, b_at = {f.start: f for f in a[1]}, {f.start: f for f in b[1]}
    counts: list[tuple[Finding, Figure, Side]] = []
    for item in found:
        if item.rule in _LOST and item.a_span is not None:
            figure, side = a_at.get(a[0].locate(item.a_span[0])), a[0]
        elif item.rule == "number.added" and item.b_span is not None:
            figure, side = b_at.get(b[0].locate(item.b_span[0])), b[0]
        else:
            continue
        if figure is not None and figure.kind == "count":
            counts.append((item, figure, side))
    merged: dict[int, Finding | None] = {}
    by_thing = [(item, figure, figure.thing) for item, figure, _ in counts]
    _merge(by_thing, _ORDER, merged)
    tolls = (_tolls(*a), _tolls(*b))
    by_fate = [
        (item, figure, key)
        for item, figure, side in counts
        if id(item) not in merged
        and (key := fate(side.text, figure.end))
        and figure.thing in {key, *_PEOPLE}
        and tolls[0][key] == tolls[1][key] == 1
    ]
    _merge(by_fate, _TOLL_ORDER, merged)
    kept = (merged.get(id(item), item) for item in found)
    return [item for item in kept if item is not None]


def _merge(
    counts: Sequence[tuple[Finding, Figure, str]], order: int, merged: dict[int, Finding | None]
) -> None:
    """Record in `merged` (by finding id) the number.changed that a lost and a new count
    of the same key make, the lost finding's id to the change and the new one's to None,
    where the story loses and gains one count each of that key within `order`."""
    lost: dict[str, list[tuple[Finding, Figure]]] = {}
    new: dict[str, list[tuple[Finding, Figure]]] = {}
    for item, figure, key in counts:
        if key and id(item) not in merged:
            side = new if item.rule == "number.added" else lost
            side.setdefault(key, []).append((item, figure))
    for key, losses in lost.items():
        gains = new.get(key, [])
        if len(losses) != 1 or len(gains) != 1:
            continue
        (gone, old), (came, now) = losses[0], gains[0]
        if not _same_order(old, now, order):
            continue
        merged[id(gone)] = replace(
            gone,
            rule="number.changed",
            severity=max(gone.severity, came.severity, key=lambda severity: severity.rank),
            message=f"number changed: {old.shown} -> {now.shown}",
            b_span=came.b_span,
            b_text=came.b_text,
        )
        merged[id(came)] = None


def kept_values(
    found: Sequence[Finding], a: tuple[Side, Sequence[Figure]], b: tuple[Side, Sequence[Figure]]
) -> list[Finding]:
    """The findings without a number.changed whose old value B states as often as A did and
    whose new value A already stated as often as B does (by value, and for a count by what
    it counts: `mentions`): each fact is kept where it stands, and only the aligner paired
    two sentences that hold different figures ("final offer of $119,922,500" paired with
    "went for $106.5 million" while B says "$107 million, or $119,922,500" and A "went for
    $106.5m"). Not when the story also changes the new value back into the old one: two
    figures swapped between two facts (Tesco 2.8% -> 2.3% and Petrofac 2.3% -> 2.8%) are
    two changes."""
    a_at, b_at = {f.start: f for f in a[1]}, {f.start: f for f in b[1]}
    changes = []
    for item in found:
        if item.rule == "number.changed" and item.a_span and item.b_span:
            old = a_at.get(a[0].locate(item.a_span[0]))
            new = b_at.get(b[0].locate(item.b_span[0]))
            if old is not None and new is not None:
                changes.append((item, old, new))
    kept = set()
    for item, old, new in changes:
        swapped = any(_restates(x, new) and _restates(y, old) for _, x, y in changes)
        if (
            not swapped
            and mentions(old, b[1]) >= mentions(old, a[1])
            and mentions(new, a[1]) >= mentions(new, b[1])
        ):
            kept.add(id(item))
    return [item for item in found if id(item) not in kept]


def _restates(figure: Figure, other: Figure) -> bool:
    """True when `other` states `figure`'s value, counting the same words for a count."""
    return figure.same(other) and figure.noun == other.noun


def mentions(figure: Figure, read: Sequence[Figure]) -> int:
    """How many figures of a version state `figure`'s value (see `_restates`)."""
    return sum(_restates(figure, other) for other in read)


_FATE = re.compile(
    r"(?:[ ][a-z]+){0,3}?[ ](?P<fate>killed|dead|wounded|injured|hurt|missing|arrested)\b"
)
"""What a toll counts, up to three words after its number: "four people had been
killed", "82 wounded", "three police dead"."""


_PEOPLE = frozenset({"", "people", "person"})
"""What a toll counts when it says only "people", or nothing but its fate ("82 wounded");
"120 passengers", "50 others" count a group of their own."""


def _tolls(side: Side, read: Sequence[Figure]) -> Counter[str]:
    """How many counts of people in a version count each fate: a toll is told once per
    version when it is the story's toll, more often when other events have theirs ("five
    media workers killed" is a toll of its own group, not another toll of the people)."""
    keyed = ((f, fate(side.text, f.end)) for f in read if f.kind == "count")
    return Counter(key for f, key in keyed if key and f.thing in {key, *_PEOPLE})


def fate(text: str, end: int) -> str:
    """What happened to the people a count after `end` counts ("wounded" for "60 people
    were wounded" and "82 wounded"); "" when no such word follows closely."""
    match = _FATE.match(text, end)
    return match.group("fate") if match else ""


_ORDER = 5
"""An updated count stays within this factor of the old one (a toll 10 -> 44, 87 -> 70)."""
_TOLL_ORDER = 10
"""A toll of people by their fate, told once in each version, may grow tenfold while a
story breaks ("at least four people had been killed" -> "At least 40 people were killed")."""


def _same_order(a: Figure, b: Figure, order: int) -> bool:
    """True when two counts are within a factor of `order` of each other."""
    if not isinstance(a.value, Decimal) or not isinstance(b.value, Decimal):
        return False
    low, high = sorted((a.value, b.value))
    return low > 0 and high <= low * order
