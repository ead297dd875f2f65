"""What became of names of A missing from their B text: changed to a close spelling (Tate ->
Bate), given to another speaker the story names, dropped with the attribution they carried,
or replaced by a role or a body as the source (see xling.names, which finds the missing
names).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from difflib import SequenceMatcher

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, spelling, worded
from driftcheck.findings.xling.people import name_keys, name_words
from driftcheck.findings.xling.sources import role_groups, source_groups
from driftcheck.findings.xling.speakers import speaker_kinds
from driftcheck.findings.xling.units import located
from driftcheck.types import Finding

NAME_SIMILARITY = 0.5
"""A new name in B at least this close in spelling to a missing one replaced it (Tate -> Bate)."""
SAME_START = 4
"""Letters (spelling.letters) a lone capitalised German word shares with a missing name from its
start to be read as a name that replaced it, not a noun (Holmfeld -> Holmberg)."""


def name_finding(
    view: GroupView,
    missing: list[facts.Word],
    profiles: tuple[Profile, Profile],
    keys: tuple[set[str], list[str]],
    kept: Callable[[str, str], bool],
    *,
    person: bool = False,
    b_common: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The finding for names of A missing from their B text (see xling.names); `person`
    when they are a person's name; `b_common` the words B writes in lower case (see
    may_replace).

    `keys` are the name keys of A's unit and of all of A; `kept(a_key, b_key)` says
    whether a B word keeps a name of A (see xling.names._kept).
    """
    a_unit_keys, a_keys = keys
    shown = " ".join(w.text for w in missing)
    span = (missing[0].start, missing[-1].end)
    b_side = view.b if view.b.text else None
    b_names = may_replace(name_words(b_side, profiles[1]) if b_side else [], profiles[1], b_common)
    new_names = [
        w for w in b_names if not any(kept(k, spelling.name_key(w.text)) for k in a_unit_keys)
    ]
    if b_side is not None and profiles[1].capitalised_nouns:
        new_names = _beside_a_capital(b_side, new_names, missing)
    # every part of a hyphenated word too, as A's keys have them: "Director-General" gives
    # "General", so "Generaldirektor" is this group's title, not a name from elsewhere
    a_group_keys = set(name_keys([view.a]))
    best = max(
        (
            (
                SequenceMatcher(None, spelling.name_key(m.text), spelling.name_key(w.text)).ratio(),
                m,
                w,
            )
            for m in missing
            for w in new_names
        ),
        default=None,
        key=lambda t: t[0],
    )
    if (best is None or best[0] < NAME_SIMILARITY) and profiles[0].script == profiles[1].script:
        # the first name kept, the surname another: "Annika Holmberg" for "Annika Holmqvist"
        best = next(
            ((1.0, missing[-1], w) for w in _after_a_name(b_side, new_names, a_unit_keys)),
            best,
        )
    if (
        best is not None
        and best[0] >= NAME_SIMILARITY
        and not any(_elsewhere(k, spelling.name_key(best[2].text), kept, profiles) for k in a_keys)
    ):
        message = f"name changed: {best[1].text} -> {best[2].text}"
        return [located("entity.changed", message, a=(view, best[1].span), b=(view, best[2].span))]
    a_attributes = bool(facts.attributed(view.a.text, profiles[0]))
    b_attributes = bool(b_side and _reports(b_side.text, profiles[1]))
    others = [
        w
        for w in b_names
        if any(spelling.same_name(spelling.name_key(w.text), k) for k in a_keys)
        and not any(spelling.same_name(spelling.name_key(w.text), k) for k in a_group_keys)
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
        unsourced = located(
            "attribution.dropped",
            f"attribution dropped: {shown} is not named as the source in B",
            a=(view, span),
        )
        # a person's name dropped with the words that gave them the statement: the reader
        # loses both who they are and that they said it
        unnamed = [located("entity.dropped", f"name dropped: {shown}", a=(view, span))]
        return [*(unnamed if person else []), unsourced]
    a_roles = facts.roles(view.a.text, profiles[0])
    b_roles = facts.roles(b_side.text, profiles[1]) if b_side else set()
    if (
        a_attributes
        and a_roles
        and role_groups(b_side.text if b_side else "", profiles[1])
        and (not (a_roles & b_roles))
    ):
        # a role of a kind of party B gives where A gives none is another source ("the
        # judge" for a chairwoman): both the name and the source the reader is told of
        # changed; a role any party has ("представитель компании" for "chief executive
        # Hedda Morland") is the person's, their name dropped
        before, after = ", ".join(sorted(a_roles)), ", ".join(sorted(b_roles))
        return [
            located("entity.dropped", f"name dropped: {shown} ({before})", a=(view, span)),
            located(
                "attribution.changed",
                f"attribution changed: {shown} ({before}) -> {after}",
                a=(view, span),
            ),
        ]
    dropped = located("entity.dropped", f"name dropped: {shown}", a=(view, span))
    # a person B gives by the role A gives them ("Agnes Pirell, director of the directorate" ->
    # "директор ведомства") keeps the source: only the name went
    kept_role = bool(a_roles & b_roles)
    bodies = (
        _bodies_instead(view, b_side, profiles)
        if person and b_attributes and not kept_role
        else set()
    )
    if a_attributes and bodies:
        # a person A quotes, and B a body A does not name here ("according to Miriam Holt" ->
        # "según el propio tribunal"): the name and the source both changed
        message = f"attribution changed: {shown} -> the {', '.join(sorted(bodies))}"
        return [dropped, located("attribution.changed", message, a=(view, span))]
    return [dropped]


def may_replace(
    words: list[facts.Word], profile: Profile, common: frozenset[str]
) -> list[facts.Word]:
    """The name words of B that may stand for a name of A: none at a sentence start, no
    number word ("1,2 Millionen Liter"), no title abbreviated before a name ("Mme Sandvold":
    French writes Mme and Mlle without a stop) and no word B writes in lower case elsewhere
    (`common`: "Ministerio de Trabajo" beside "al trabajo"), words of its language."""
    return [
        w
        for w in words
        if not w.initial
        and not worded.values(w.text, profile)
        and not facts.abbreviated_title(w.text)
        and w.text.lower() not in common
    ]


def _elsewhere(
    a_key: str, b_key: str, kept: Callable[[str, str], bool], profiles: tuple[Profile, Profile]
) -> bool:
    """True when a new name of B is one A gives elsewhere: as spelt, with an ending, in
    another script (Мария is not Marine: a first name is conventional, not transliterated
    letter by letter); in one script as `kept` reads it."""
    if profiles[0].script != profiles[1].script:
        return spelling.spelt_alike(a_key, b_key) or spelling.spelt_alike(b_key, a_key)
    return kept(a_key, b_key)


def _bodies_instead(
    view: GroupView, b_side: Side | None, profiles: tuple[Profile, Profile]
) -> set[str]:
    """The groups of bodies B's speakers are (xling.speakers: the state, a court, a
    company...; not people, as "residents") that A's sentence does not name."""
    if b_side is None:
        return set()
    b_kinds = speaker_kinds(b_side.text, profiles[1])
    a_kinds = speaker_kinds(view.a.text, profiles[0]) | source_groups(view.a.text, profiles[0])
    return {k for k in b_kinds - a_kinds if ":" not in k and k != "people"}


def _reports(text: str, profile: Profile) -> bool:
    """True when the text gives a statement to a source: a reporting word, or a verb that
    reports without saying ("a raconté un chauffeur", "lamentó la alcaldesa")."""
    return bool(
        facts.attributed(text, profile)
        or (profile.speaker_verbs and profile.speaker_verbs_re.search(text))
    )


def _after_a_name(
    side: Side | None, candidates: list[facts.Word], keys: set[str]
) -> list[facts.Word]:
    """The candidates written one space after a capitalised word with one of `keys` (a
    first name A gives in the same place)."""
    if side is None:
        return []
    every = facts.words(side.text, side.starts)
    starts = {w.start for w in candidates}
    return [
        word
        for before, word in itertools.pairwise(every)
        if word.start in starts
        and before.capitalised
        and side.text[before.end : word.start] == " "
        and spelling.name_key(before.text) in keys
    ]


def _beside_a_capital(
    side: Side, candidates: list[facts.Word], missing: list[facts.Word]
) -> list[facts.Word]:
    """The candidates next to another capitalised word, one space apart, or that begin as a
    missing name does (SAME_START letters).

    Where every noun is capitalised (German), a lone capitalised word ("seit 30 Jahren")
    is a noun far more often than a name; a name that replaces one comes with a first
    name or a title ("Claire Dufay", "Innenministerin Dufay"), or, at a later mention,
    alone with the first letters of the name it replaced ("sagte Holmberg" for Holmfeld).
    """
    every = facts.words(side.text, side.starts)
    starts = {spelling.letters(m.text)[:SAME_START] for m in missing}
    kept = []
    for word in candidates:
        letters = spelling.letters(word.text)
        if len(letters) > SAME_START and letters[:SAME_START] in starts:
            kept.append(word)
            continue
        n = next(i for i, w in enumerate(every) if w.start == word.start)
        around = [every[i] for i in (n - 1, n + 1) if 0 <= i < len(every)]
        if any(
            w.capitalised and side.text[min(w.end, word.end) : max(w.start, word.start)] == " "
            for w in around
        ):
            kept.append(word)
    return kept
