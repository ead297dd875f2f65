"""A party named where the other side referred back to it, in a sentence next to it.

A translator who joins, splits or reorders the sentences of a paragraph may name a party
where the source referred back to it by its kind, and refer back to it where the source named
it: "The machines were supplied by Kestrel Parking Systems, which ... The company denied
..." -> "Die Automaten wurden von Kestrel Parking Systems geliefert. Das Unternehmen erhielt
... Kestrel bestritt ...". Where B's speaker is named in a sentence of A's paragraph next to
the group, and a source of the kind A gives its speaker is in a sentence of B's paragraph
next to the group, the two sides traded the name and the reference: one party speaks.
"""

from __future__ import annotations

from collections.abc import Sequence

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, source_kinds, spelling
from driftcheck.findings.xling.speaker_words import Speaker


def traded(
    view: GroupView,
    a_speakers: Sequence[Speaker],
    new: Sequence[facts.Word],
    profiles: tuple[Profile, Profile],
    *,
    loose: bool,
) -> bool:
    """True when B's speaker (`new`: the names B gives that A's sentence lacks) is named
    next to the group in A, and A's speaker, named by its kind alone, is referred to next to
    the group in B (see the module docstring)."""
    a_next, b_next = _next_to(view.a), _next_to(view.b)
    if not new or not a_next or not b_next:
        return False
    a_kinds = source_kinds.kinds(a_speakers, view.a.text, profiles[0])
    groups = {k for k in a_kinds if ":" not in k} - {"officials", "people"}
    if not groups:
        return False
    keys = {
        spelling.name_key(part)
        for w in facts.words(a_next)
        for part in (w.text, *w.text.replace("’", "-").replace("'", "-").split("-"))
        if part
    }
    if not all(
        any(spelling.same_name(spelling.name_key(w.text), key, loose=loose) for key in keys)
        for w in new
    ):
        return False
    b_words = facts.words(b_next)
    return bool(groups & source_kinds.kinds([Speaker(tuple(b_words))], b_next, profiles[1]))


def _next_to(side: Side) -> str:
    """The sentences of the group's paragraph right before and after the group's own."""
    if not side.sentences:
        return ""
    every = side.doc.sentences
    first, last = min(side.sentences), max(side.sentences)
    paragraph = every[first].paragraph
    return " ".join(
        every[n].text
        for n in (first - 1, last + 1)
        if 0 <= n < len(every) and every[n].paragraph == paragraph
    )
