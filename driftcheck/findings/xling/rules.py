"""Fact rules between versions in two languages, compared by value over a unit.

Figures by value (digits read in each side's locale, with scale words; figures in
words read by each language's grammar, see xling.worded; a figure written in another
form, see xling.figure_forms), weekdays and months by value
(negated clauses: see xling.negation; hedges: xling.hedges; names and attribution:
xling.names). Each rule takes the unit and the two profiles and returns findings on the
group where the difference is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal

from driftcheck.findings.across import numbers
from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import (
    calendar_words,
    codes,
    conversions,
    durations,
    facts,
    figure_forms,
    rates,
)
from driftcheck.findings.xling.twins import changed_in_place, pair_off
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.findings.xling.worded import Figure
from driftcheck.findings.xling.worded import figures as worded_figures
from driftcheck.findings.xling.worded import values as worded_values
from driftcheck.types import Finding

Placed = tuple[GroupView, Span]


def shown(placed: Placed, side: str) -> str:
    view, span = placed
    return (view.a if side == "a" else view.b).original(*span)


Tally = Counter[object]
"""How many figures of a version state each value (see `story_figures`)."""


def story_figures(
    views: Sequence[GroupView],
    languages: tuple[str, str],
    profiles: tuple[Profile | None, Profile | None],
) -> tuple[Tally, Tally]:
    """How many times each version states each value, in digits and in words of their own,
    over the whole story (each sentence is in one group)."""
    tallies: list[Tally] = []
    for which, language, profile in zip("ab", languages, profiles, strict=True):
        tally: Tally = Counter()
        for view in views:
            side = view.a if which == "a" else view.b
            if not side.text:
                continue
            tally.update(value for value, _ in numbers(side, language))
            words = worded_figures(side.text, profile) if profile is not None else []
            tally.update(next(iter(f.readings)) for f in words if f.counts and len(f.readings) == 1)
        tallies.append(tally)
    return tallies[0], tallies[1]


def check_figures(
    unit: Unit,
    languages: tuple[str, str],
    profiles: tuple[Profile | None, Profile | None],
    story: tuple[Tally, Tally] | None = None,
) -> list[Finding]:
    """number.changed/removed/added: figures in digits and in words, by value, over the unit
    (and a figure kept with another period: see xling.rates).

    With `story` (see `story_figures`), a figure the unit loses (or gains) with nothing
    in its place is judged over the whole story (see `_told_elsewhere`).
    """
    a_items: list[tuple[object, Placed]] = [
        (value, (view, span))
        for view, side in unit.sides("a")
        for value, span in numbers(side, languages[0])
    ]
    b_items: list[tuple[object, Placed]] = [
        (value, (view, span))
        for view, side in unit.sides("b")
        for value, span in numbers(side, languages[1])
    ]
    a_items = [i for i in a_items if not conversions.repeated(i[1], "a", profiles[0])]
    b_items = [i for i in b_items if not conversions.repeated(i[1], "b", profiles[1])]
    pair_off(a_items, b_items)
    figure_forms.pair_decades(a_items, b_items)
    figure_forms.pair_clocks(a_items, b_items)
    conversions.pair_basis_points(profiles, a_items, b_items)
    # A figure may be part of a code on the other side ("under-12" = "U12").
    for items, other in ((a_items, "b"), (b_items, "a")):
        written = {value for _, side in unit.sides(other) for value in codes.coded(side.text)}
        items[:] = [item for item in items if item[0] not in written]
    # A conversion in brackets ("65 km (40 miles)") is the figure before it, which a
    # translator may leave out.
    a_items = [i for i in a_items if not figure_forms.converted(i[1], "a")]
    b_items = [i for i in b_items if not figure_forms.converted(i[1], "b")]
    # A digit with no twin may be written as a word on the other side (six = sechs).
    for items, which in ((a_items, "a"), (b_items, "b")):
        worded = _words_left(unit, which, profiles)
        items[:] = [
            item
            for item in items
            if item[0] not in worded
            and figure_forms.decade(item[0]) not in worded
            and conversions.midnight(item[0]) not in worded
        ]
    figure_forms.pair_shares(unit, languages, profiles, a_items, b_items)
    timed = _same_length(unit, languages, profiles)
    a_items = [i for i in a_items if _where(i) not in timed]
    b_items = [i for i in b_items if _where(i) not in timed]
    found = _changed_in_words(unit, languages, profiles, a_items, b_items, timed=timed)
    if story is not None:
        a_items, b_items = _told_elsewhere(a_items, b_items, story)
    if profiles[0] is not None and profiles[1] is not None:
        found += rates.check_rates(unit, languages, (profiles[0], profiles[1]))
    return found + _changes(a_items, b_items, "number", "number")


def _words_left(
    unit: Unit, which: str, profiles: tuple[Profile | None, Profile | None]
) -> set[Decimal]:
    """The values the other side's number words may give a digit of side `which`: every
    reading of its words ("vingt-cinq" is 25, 20 and 5), less a value whose every word
    already renders a figure in words of this side's own ("three more cases" = "drei
    weitere Fälle" leaves no "drei" for the 3 of "February 3", which B changed to "2.
    Februar")."""
    mine, other = ("a", "b") if which == "a" else ("b", "a")
    profile = profiles[0 if other == "a" else 1]
    own_profile = profiles[0 if mine == "a" else 1]
    if profile is None:
        return set()
    texts = [side.text for _, side in unit.sides(other)]
    values = {value for text in texts for value in worded_values(text, profile)}
    if own_profile is None:
        return values
    theirs = Counter(v for text in texts for f in worded_figures(text, profile) for v in f.readings)
    ours = Counter(
        v
        for _, side in unit.sides(mine)
        for f in worded_figures(side.text, own_profile)
        if f.counts  # a figure of its own, which needs a rendering (see xling.worded)
        for v in f.readings
    )
    return {v for v in values if not theirs[v] or theirs[v] > ours[v]}


def _told_elsewhere(
    a_items: list[tuple[object, Placed]],
    b_items: list[tuple[object, Placed]],
    story: tuple[Tally, Tally],
) -> tuple[list[tuple[object, Placed]], list[tuple[object, Placed]]]:
    """The figures left over, less those the other version states elsewhere.

    A figure removed whose value B states over the whole story at least as often as A
    does lost nothing: the translator moved it into a paragraph the aligner did not tie
    to this one ("up 15 percent" closing one paragraph and opening the next); an added
    one A states at least as often was already there. Not where the figure's own
    sentences have a figure left over on the other side: that is the evidence of a value
    changed in its place (30 -> 40, whatever else the story says of 40).
    """
    a_places = {_sentences(item) for item in a_items}
    b_places = {_sentences(item) for item in b_items}

    def kept(item: tuple[object, Placed], others: set[GroupView | None], mine: int) -> bool:
        if _sentences(item) in others:
            return True
        here, there = story[mine][item[0]], story[1 - mine][item[0]]
        return there < here

    return (
        [i for i in a_items if kept(i, b_places, 0)],
        [i for i in b_items if kept(i, a_places, 1)],
    )


def _changed_in_words(
    unit: Unit,
    languages: tuple[str, str],
    profiles: tuple[Profile | None, Profile | None],
    a_items: list[tuple[object, Placed]],
    b_items: list[tuple[object, Placed]],
    *,
    timed: frozenset[tuple[int, Span]] = frozenset(),
) -> list[Finding]:
    """number.changed for a figure in words the other side reads nowhere ("two thirds" ->
    "drei Viertel") where the other side has a figure left over in the same sentences (the
    digits it takes in leave `a_items` and `b_items`); alone, a figure in words is a
    translator's rendering ("both parties" -> "les deux partis")."""
    a_words = _worded(unit, "a", profiles[0])
    b_words = _worded(unit, "b", profiles[1])
    a_left = _unread(a_words, _readings(unit, "b", languages[1], b_words))
    b_left = _unread(b_words, _readings(unit, "a", languages[0], a_words))
    a_left = [i for i in a_left if _where(i) not in timed]  # "18 months": anderthalb Jahre
    b_left = [i for i in b_left if _where(i) not in timed]
    found = []
    for view in [*[v for v in unit.views if v.paired], None]:
        a_here = [i for i in a_items + a_left if _sentences(i) is view]
        b_here = [i for i in b_items + b_left if _sentences(i) is view]
        worded_here = any(i in a_left for i in a_here) or any(i in b_left for i in b_here)
        if a_here and b_here and worded_here:
            found.append(_changed_here(_in_order(a_here), _in_order(b_here)))
            a_items[:] = [i for i in a_items if i not in a_here]
            b_items[:] = [i for i in b_items if i not in b_here]
    return found


def _where(item: tuple[object, Placed]) -> tuple[int, Span]:
    """A figure's group and span, which name it in either reading (digits or words)."""
    return (item[1][0].index, item[1][1])


def _same_length(
    unit: Unit, languages: tuple[str, str], profiles: tuple[Profile | None, Profile | None]
) -> frozenset[tuple[int, Span]]:
    """The figures (see `_where`) of a span of time the other side states in another unit
    of the same kind: "18 months" and "anderthalb Jahre", "two weeks" and "14 Tage" (see
    xling.durations)."""
    found: list[dict[tuple[int, Span], durations.Length]] = []
    told: list[set[durations.Length]] = []
    for which, language, profile in zip("ab", languages, profiles, strict=True):
        if profile is None:
            return frozenset()
        placed: dict[tuple[int, Span], durations.Length] = {}
        lengths: set[durations.Length] = set()
        for view, side in unit.sides(which):
            read = figure_forms.read(side, language, profile)
            for span, length in durations.lengths(side.text, profile, read).items():
                placed[(view.index, span)] = length
                lengths.add(length)
            lengths |= durations.bare(side.text, profile, read)
        found.append(placed)
        told.append(lengths)
    return frozenset(
        where
        for placed, other in ((found[0], told[1]), (found[1], told[0]))
        for where, length in placed.items()
        if length in other
    )


def _sentences(item: tuple[object, Placed]) -> GroupView | None:
    """The paired group a figure is in; None for a group alignment left unpaired, which
    may be the translation of any other unpaired group of the unit."""
    view = item[1][0]
    return view if view.paired else None


def _changed_here(
    a_here: list[tuple[object, Placed]], b_here: list[tuple[object, Placed]]
) -> Finding:
    """One number.changed for the figures of the same sentences that the other side reads
    nowhere ("six to one" -> "пятью голосами против двух")."""
    a_text = ", ".join(shown(item[1], "a") for item in a_here)
    b_text = ", ".join(shown(item[1], "b") for item in b_here)
    message = f"number changed: {a_text} -> {b_text}"
    return located("number.changed", message, a=a_here[0][1], b=b_here[0][1])


def _worded(unit: Unit, which: str, profile: Profile | None) -> list[tuple[Figure, Placed]]:
    """The figures a side writes in words, each in its place."""
    if profile is None:
        return []
    return [
        (figure, (view, (figure.start, figure.end)))
        for view, side in unit.sides(which)
        for figure in worded_figures(side.text, profile)
    ]


def _readings(
    unit: Unit, which: str, language: str, words: list[tuple[Figure, Placed]]
) -> set[object]:
    """Every value a side's figures may be read as, in digits and in words."""
    found: set[object] = {
        value for _, side in unit.sides(which) for value, _ in numbers(side, language)
    }
    return found | {value for figure, _ in words for value in figure.readings}


def _unread(words: list[tuple[Figure, Placed]], other: set[object]) -> list[tuple[object, Placed]]:
    """The figures in words (of their own: see xling.worded) no reading of the other side has."""
    return [
        (figure.readings, placed)
        for figure, placed in words
        if figure.counts and not figure.readings & other
    ]


def _in_order(items: list[tuple[object, Placed]]) -> list[tuple[object, Placed]]:
    return sorted(items, key=lambda item: (item[1][0].index, item[1][1]))


def _changes(
    a_items: list[tuple[object, Placed]],
    b_items: list[tuple[object, Placed]],
    what: str,
    rule: str,
    show: Callable[[tuple[object, Placed], str], str] | None = None,
) -> list[Finding]:
    def text(item: tuple[object, Placed], side: str) -> str:
        return show(item, side) if show else shown(item[1], side)

    if len(a_items) == 1 and len(b_items) == 1:
        message = f"{what} changed: {text(a_items[0], 'a')} -> {text(b_items[0], 'b')}"
        return [located(f"{rule}.changed", message, a=a_items[0][1], b=b_items[0][1])]
    a_items, b_items = list(a_items), list(b_items)
    found = [
        located(
            f"{rule}.changed",
            f"{what} changed: {text(old, 'a')} -> {text(new, 'b')}",
            a=old[1],
            b=new[1],
        )
        for old, new in changed_in_place(a_items, b_items)
    ]
    found += [
        located(f"{rule}.removed", f"{what} removed: {text(i, 'a')}", a=i[1]) for i in a_items
    ]
    found += [located(f"{rule}.added", f"{what} added: {text(i, 'b')}", b=i[1]) for i in b_items]
    return found


def story_dates(
    views: Sequence[GroupView], profiles: tuple[Profile, Profile]
) -> tuple[Tally, Tally]:
    """How many times each version names each weekday and month over the whole story."""
    tallies: list[Tally] = []
    for which, profile in zip("ab", profiles, strict=True):
        tally: Tally = Counter()
        for view in views:
            side = view.a if which == "a" else view.b
            if side.text:
                tally.update(value for value, _ in facts.dates(side.text, profile))
        tallies.append(tally)
    return tallies[0], tallies[1]


def check_dates(
    unit: Unit, profiles: tuple[Profile, Profile], story: tuple[Tally, Tally] | None = None
) -> list[Finding]:
    """number.changed: a weekday or month of A is another one in B (Monday -> mardi); with
    `story` (see `story_dates`), a weekday or month removed or added with nothing in its
    place is judged over the whole story, as a figure is (see `_told_elsewhere`)."""
    found = []
    for kind in ("weekday", "month"):
        a_items: list[tuple[object, Placed]] = [
            (value, (view, span))
            for view, side in unit.sides("a")
            for value, span in facts.dates(side.text, profiles[0])
            if value[0] == kind
        ]
        b_items: list[tuple[object, Placed]] = [
            (value, (view, span))
            for view, side in unit.sides("b")
            for value, span in facts.dates(side.text, profiles[1])
            if value[0] == kind
        ]
        a_values = {value for value, _ in a_items}
        b_values = {value for value, _ in b_items}
        pair_off(a_items, b_items)
        if kind == "weekday":
            _pair_week_runs(unit, profiles, a_items, b_items)
        if not b_items:  # "from Feb. 2 to Feb. 9" = "vom 2. bis 9. Februar": a month said once
            a_items = [item for item in a_items if item[0] not in b_values]
        if not a_items:
            b_items = [item for item in b_items if item[0] not in a_values]
        if story is not None:
            a_items, b_items = _told_elsewhere(a_items, b_items, story)
        found += _changes(a_items, b_items, kind, "number")
    return found


def _pair_week_runs(
    unit: Unit,
    profiles: tuple[Profile, Profile],
    a_items: list[tuple[object, Placed]],
    b_items: list[tuple[object, Placed]],
) -> None:
    """Remove the first and last day of a run of weekdays one side writes out ("de lunes a
    viernes", "samedi et dimanche") where the other names the run in a word ("on
    weekdays", "am Wochenende"): both days together, one for one; a run with one of its
    days apart is another run."""
    for which, profile, others in (("a", profiles[0], b_items), ("b", profiles[1], a_items)):
        for _, side in unit.sides(which):
            for first, last in calendar_words.week_runs(side.text, profile):
                ends = [
                    next((o for o in others if o[0] == ("weekday", d)), None) for d in (first, last)
                ]
                if ends[0] is not None and ends[1] is not None:
                    others.remove(ends[0])
                    others.remove(ends[1])


def clauses_of(
    unit: Unit, which: str, find: Callable[[str, Profile], list[Span]], profile: Profile
) -> list[Placed]:
    return [(view, span) for view, side in unit.sides(which) for span in find(side.text, profile)]


def _per_group(items: list[Placed]) -> dict[int, list[Placed]]:
    out: dict[int, list[Placed]] = {}
    for view, span in items:
        out.setdefault(view.index, []).append((view, span))
    return out


def where_differs(unit: Unit, a_items: list[Placed], b_items: list[Placed]) -> GroupView:
    """The group whose counts differ most (the unit's first paired group when none does)."""
    a_by, b_by = _per_group(a_items), _per_group(b_items)
    paired = [v for v in unit.views if v.paired] or list(unit.views)
    return max(paired, key=lambda v: abs(len(a_by.get(v.index, [])) - len(b_by.get(v.index, []))))
