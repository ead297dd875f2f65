"""Fact rules between versions in two languages, compared by value over a unit.

Figures by value (digits read in each side's locale, with scale words; number words
count where a digit has no twin), weekdays and months by value, negated and hedged
clauses by count, names by a transliteration-insensitive key, attribution by whether
a statement is attributed and to whom. Each rule takes the unit and the two profiles
and returns findings on the group where the difference is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from driftcheck.findings.across import numbers
from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.lexicon import ORGANISATION_WORDS
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding

Placed = tuple[GroupView, Span]
_NAME_SIMILARITY = 0.5


def _pair_off(a_items: list[tuple[object, Placed]], b_items: list[tuple[object, Placed]]) -> None:
    """Remove the items of equal value from both lists, one for one."""
    for item in list(a_items):
        twin = next((other for other in b_items if other[0] == item[0]), None)
        if twin is not None:
            a_items.remove(item)
            b_items.remove(twin)


def _shown(placed: Placed, side: str) -> str:
    view, span = placed
    return (view.a if side == "a" else view.b).original(*span)


def check_figures(
    unit: Unit, languages: tuple[str, str], profiles: tuple[Profile | None, Profile | None]
) -> list[Finding]:
    """number.changed/removed/added: values written in digits, by value, over the unit."""
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
    _pair_off(a_items, b_items)
    # A digit with no twin may be written as a word on the other side (six = sechs).
    for items, other_sides, profile in (
        (a_items, unit.sides("b"), profiles[1]),
        (b_items, unit.sides("a"), profiles[0]),
    ):
        if profile is None:
            continue
        worded = {
            value for _, side in other_sides for value, _ in facts.number_words(side.text, profile)
        }
        items[:] = [item for item in items if item[0] not in worded]
    return _changes(a_items, b_items, "number", "number")


def _changes(
    a_items: list[tuple[object, Placed]],
    b_items: list[tuple[object, Placed]],
    what: str,
    rule: str,
    show: Callable[[tuple[object, Placed], str], str] | None = None,
) -> list[Finding]:
    def text(item: tuple[object, Placed], side: str) -> str:
        return show(item, side) if show else _shown(item[1], side)

    if len(a_items) == 1 and len(b_items) == 1:
        message = f"{what} changed: {text(a_items[0], 'a')} -> {text(b_items[0], 'b')}"
        return [located(f"{rule}.changed", message, a=a_items[0][1], b=b_items[0][1])]
    found = [located(f"{rule}.removed", f"{what} removed: {text(i, 'a')}", a=i[1]) for i in a_items]
    found += [located(f"{rule}.added", f"{what} added: {text(i, 'b')}", b=i[1]) for i in b_items]
    return found


def check_dates(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """number.changed: a weekday or month of A is another one in B (Monday -> mardi)."""
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
        _pair_off(a_items, b_items)
        found += _changes(a_items, b_items, kind, "number")
    return found


def _clauses(
    unit: Unit, which: str, find: Callable[[str, Profile], list[Span]], profile: Profile
) -> list[Placed]:
    return [(view, span) for view, side in unit.sides(which) for span in find(side.text, profile)]


def _per_group(items: list[Placed]) -> dict[int, list[Placed]]:
    out: dict[int, list[Placed]] = {}
    for view, span in items:
        out.setdefault(view.index, []).append((view, span))
    return out


def _where_differs(unit: Unit, a_items: list[Placed], b_items: list[Placed]) -> GroupView:
    """The group whose counts differ most (the unit's first paired group when none does)."""
    a_by, b_by = _per_group(a_items), _per_group(b_items)
    paired = [v for v in unit.views if v.paired] or list(unit.views)
    return max(paired, key=lambda v: abs(len(a_by.get(v.index, [])) - len(b_by.get(v.index, []))))


def check_negation(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """negation.flipped: a negated clause of A is affirmative in B, or the other way round."""
    a_items = _clauses(unit, "a", facts.negated, profiles[0])
    b_items = _clauses(unit, "b", facts.negated, profiles[1])
    if len(a_items) == len(b_items):
        return []
    view = _where_differs(unit, a_items, b_items)
    a_here = [i for i in a_items if i[0] is view]
    b_here = [i for i in b_items if i[0] is view]
    if len(a_items) > len(b_items):
        where = a_here[-1] if a_here else a_items[-1]
        counts = f"{len(a_items)} negated clauses in A, {len(b_items)} in B"
        message = f'negation gone in B: A says "{_shown(where, "a")}" ({counts})'
        return [located("negation.flipped", message, a=where)]
    where = b_here[-1] if b_here else b_items[-1]
    counts = f"{len(a_items)} negated clauses in A, {len(b_items)} in B"
    message = f'negation added in B: "{_shown(where, "b")}" ({counts})'
    return [located("negation.flipped", message, b=where)]


def check_hedges(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """hedge.dropped / hedge.added: a hedged clause of A is stated flatly in B, or the reverse."""
    a_items = _clauses(unit, "a", facts.hedged, profiles[0])
    b_items = _clauses(unit, "b", facts.hedged, profiles[1])
    a_any = _clauses(unit, "a", facts.softly_hedged, profiles[0])
    b_any = _clauses(unit, "b", facts.softly_hedged, profiles[1])
    dropped, added = len(a_items) > len(b_any), len(b_items) > len(a_any)
    if not (dropped or added):
        return []
    view = _where_differs(unit, a_items, b_items)
    if dropped:
        where = next((i for i in a_items if i[0] is view), a_items[-1])
        message = f'hedge dropped: "{_shown(where, "a")}" has no counterpart in B'
        return [located("hedge.dropped", message, a=where)]
    where = next((i for i in b_items if i[0] is view), b_items[-1])
    message = f'hedge added: B says "{_shown(where, "b")}" where A does not hedge'
    return [located("hedge.added", message, b=where)]


def _names(side: Side, profile: Profile, named: frozenset[str] = frozenset()) -> list[facts.Word]:
    """Capitalised words that are not function, date, role or institution words.

    A word at a sentence start counts only when `named` (words the version capitalises
    elsewhere, mid-sentence) has it.
    """
    skip = profile.stopwords | set(profile.roles) | set(profile.sources) | ORGANISATION_WORDS
    found = []
    for word in facts.words(side.text, side.starts):
        lowered = word.text.lower()
        if not word.capitalised or lowered in skip or len(word.text) < 3:
            continue
        if word.initial and word.text not in named:
            continue
        if facts.dates(word.text, profile):
            continue
        found.append(word)
    return found


def _people(side: Side, names: list[facts.Word], profile: Profile) -> set[int]:
    """Starts of the words that make up a person's name: two or three name words in a row
    ("Laura Benet"), with nothing but a space between them and no institution word next to
    them (Civic Union, Medicines Regulatory Agency are translated, not kept)."""
    if profile.capitalised_nouns:
        return set()
    skip = set(profile.roles) | set(profile.sources) | ORGANISATION_WORDS
    words = facts.words(side.text, side.starts)
    position = {w.start: n for n, w in enumerate(words)}
    runs: list[list[facts.Word]] = []
    for word in names:
        n = position[word.start]
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and position[previous.start] == n - 1
            and side.text[previous.end : word.start] == " "
        ):
            runs[-1].append(word)
        else:
            runs.append([word])
    people: set[int] = set()
    for run in runs:
        first, last = position[run[0].start], position[run[-1].start]
        around = words[max(first - 1, 0) : last + 2]
        if 2 <= len(run) <= 3 and not any(
            w.text.lower() in skip and w.capitalised for w in around if w not in run
        ):
            people.update(w.start for w in run)
    return people


def _runs(side: Side, names: list[facts.Word]) -> list[list[facts.Word]]:
    """Name words next to each other (one space apart), as runs: "Marta Keller"."""
    runs: list[list[facts.Word]] = []
    for word in names:
        if runs and side.text[runs[-1][-1].end : word.start] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def people(doc_sides: list[Side], profile: Profile, named: frozenset[str]) -> set[str]:
    """The name keys of every person a version names (see _people)."""
    keys: set[str] = set()
    for side in doc_sides:
        names = _names(side, profile, named)
        starts = _people(side, names, profile)
        keys.update(facts.name_key(w.text) for w in names if w.start in starts)
    return keys


def _keys(doc_sides: list[Side]) -> list[str]:
    """The name keys of every word and of every part of a hyphenated word (APLA-Präsident)."""
    return [
        facts.name_key(part)
        for side in doc_sides
        for w in facts.words(side.text)
        for part in {w.text, *w.text.replace("’", "-").replace("'", "-").split("-")}
    ]


def named(doc_sides: list[Side]) -> frozenset[str]:
    """Words a version capitalises mid-sentence: names, even where a sentence starts with one."""
    return frozenset(
        w.text
        for side in doc_sides
        for w in facts.words(side.text, side.starts)
        if w.capitalised and not w.initial
    )


@dataclass(frozen=True, slots=True)
class StoryNames:
    """What both whole versions say about names, for the rules that look at one unit."""

    a_named: frozenset[str]
    """Words A capitalises mid-sentence."""
    a_keys: list[str]
    """Name keys of every word of A."""
    b_keys: list[str]
    """Name keys of every word of B."""
    a_people: set[str]
    """Name keys of the people A names."""


def story_names(views: Sequence[GroupView], profile: Profile) -> StoryNames:
    """The StoryNames of a pair, A read with its profile."""
    a_sides = [view.a for view in views if view.a.text]
    b_sides = [view.b for view in views if view.b.text]
    a_named = named(a_sides)
    return StoryNames(a_named, _keys(a_sides), _keys(b_sides), people(a_sides, profile, a_named))


def check_names(unit: Unit, profiles: tuple[Profile, Profile], story: StoryNames) -> list[Finding]:
    """entity.dropped / entity.changed / attribution.changed / attribution.dropped for names.

    A name of A is one the translation keeps somewhere (a capitalised word translators
    translate, "Pilots", is not); missing from this unit's B text, it was dropped here,
    or replaced: by a name close in spelling (entity.changed), or by another name the
    story gives, or another role, next to attribution (attribution.changed).
    """
    b_unit_keys = _keys([side for _, side in unit.sides("b")])
    a_unit_keys = {
        facts.name_key(w.text) for _, side in unit.sides("a") for w in facts.words(side.text)
    }
    found: list[Finding] = []
    for view, side in unit.sides("a"):
        missing: list[facts.Word] = []
        names = _names(side, profiles[0], story.a_named)
        people = _people(side, names, profiles[0])
        for word in names:
            key = facts.name_key(word.text)
            if len(key) < 3 or (word.initial and word.text.lower() in profiles[0].stopwords):
                continue
            if any(facts.same_name(key, other) for other in b_unit_keys):
                continue
            if word.start not in people and not any(
                facts.same_name(key, other) for other in story.b_keys
            ):
                continue
            missing.append(word)
        if missing:
            found += _name_finding(view, missing, profiles, (a_unit_keys, story.a_keys))
        elif view.paired:
            found += _speaker_named(view, profiles, story.a_people, a_unit_keys)
    return found


def _speaker_named(
    view: GroupView, profiles: tuple[Profile, Profile], a_people: set[str], a_unit_keys: set[str]
) -> list[Finding]:
    """attribution.changed: B gives a statement A attributes (to "she", "the museum") to a
    person the story names elsewhere but not in this paragraph."""
    if not facts.attributed(view.a.text, profiles[0]) or not facts.attributed(
        view.b.text, profiles[1]
    ):
        return []

    def known(word: facts.Word, keys: set[str]) -> bool:
        return any(facts.same_name(facts.name_key(word.text), k) for k in keys)

    others: list[facts.Word] = []
    for run in _runs(view.b, _names(view.b, profiles[1])):
        # "Marta Keller" for A's "Keller" names the same person: one known word is enough
        if not any(known(w, a_unit_keys) for w in run):
            others += [w for w in run if not w.initial and known(w, a_people)]
    if not others:
        return []
    named = " ".join(w.text for w in others)
    message = f"attribution changed: B attributes the statement to {named}; A does not name them"
    return [located("attribution.changed", message, b=(view, (others[0].start, others[-1].end)))]


def _name_finding(
    view: GroupView,
    missing: list[facts.Word],
    profiles: tuple[Profile, Profile],
    keys: tuple[set[str], list[str]],
) -> list[Finding]:
    """The finding for names of A missing from their B text (see check_names).

    `keys` are the name keys of A's unit and of all of A.
    """
    a_unit_keys, a_keys = keys
    shown = " ".join(w.text for w in missing)
    span = (missing[0].start, missing[-1].end)
    b_side = view.b if view.b.text else None
    b_names = [w for w in (_names(b_side, profiles[1]) if b_side else []) if not w.initial]
    new_names = [
        w
        for w in b_names
        if not any(facts.same_name(facts.name_key(w.text), k) for k in a_unit_keys)
    ]
    a_group_keys = {facts.name_key(w.text) for w in facts.words(view.a.text)}
    best = max(
        (
            (SequenceMatcher(None, facts.name_key(m.text), facts.name_key(w.text)).ratio(), m, w)
            for m in missing
            for w in new_names
        ),
        default=None,
        key=lambda t: t[0],
    )
    if (
        best is not None
        and best[0] >= _NAME_SIMILARITY
        and not any(facts.same_name(facts.name_key(best[2].text), k) for k in a_keys)
    ):
        message = f"name changed: {best[1].text} -> {best[2].text}"
        return [located("entity.changed", message, a=(view, best[1].span), b=(view, best[2].span))]
    a_attributes = bool(facts.attributed(view.a.text, profiles[0]))
    b_attributes = bool(b_side and facts.attributed(b_side.text, profiles[1]))
    others = [
        w
        for w in b_names
        if any(facts.same_name(facts.name_key(w.text), k) for k in a_keys)
        and not any(facts.same_name(facts.name_key(w.text), k) for k in a_group_keys)
    ]
    if a_attributes and others:
        message = f"attribution changed: {shown} -> {' '.join(w.text for w in others)}"
        return [
            located(
                "attribution.changed",
                message,
                a=(view, span),
                b=(view, (others[0].start, others[-1].end)),
            )
        ]
    if a_attributes and b_side is not None and not b_attributes:
        return [
            located(
                "attribution.dropped",
                f"attribution dropped: {shown} is not named as the source in B",
                a=(view, span),
            )
        ]
    a_roles = facts.roles(view.a.text, profiles[0])
    b_roles = facts.roles(b_side.text, profiles[1]) if b_side else set()
    if a_attributes and b_roles and not (a_roles & b_roles):
        before = ", ".join(sorted(a_roles)) or "named"
        message = f"attribution changed: {shown} ({before}) -> {', '.join(sorted(b_roles))}"
        return [located("attribution.changed", message, a=(view, span))]
    return [located("entity.dropped", f"name dropped: {shown}", a=(view, span))]
