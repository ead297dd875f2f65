"""A name dropped where both versions named it before: a later mention, at info.

Translators refer to someone already named by a pronoun or a description ("Die
29-Jährige" for "Morozova, 29,"); a name dropped where the reader has not met the
person, at their first mention, stays a warning, as does a place's name dropped from the
name of a body met here for the first time ("Ravensholm County Police" -> "la police").
"""

from __future__ import annotations

from dataclasses import replace

from driftcheck.findings.context import GroupView
from driftcheck.findings.xling import facts, spelling
from driftcheck.findings.xling.people import StoryNames
from driftcheck.findings.xling.units import Unit
from driftcheck.types import Finding, Severity


def later_mention(
    found: list[Finding],
    missing: list[facts.Word],
    view: GroupView,
    unit: Unit,
    story: StoryNames,
    *,
    loose: bool,
) -> list[Finding]:
    """The findings, entity.dropped at info where every missing word is a later mention
    (see the module docstring)."""
    b_start = min((side.span(0, 0)[0] for _, side in unit.sides("b")), default=0)
    if not all(
        story.named_before(
            spelling.name_key(w.text), view.a.span(w.start, w.end)[0], b_start, loose=loose
        )
        and not _in_a_new_name(w, view, story)
        for w in missing
    ):
        return found
    note = " (both versions named them earlier; B refers to them without the name here)"
    return [
        replace(f, severity=Severity.INFO, message=f.message + note)
        if f.rule == "entity.dropped"
        else f
        for f in found
    ]


def _in_a_new_name(word: facts.Word, view: GroupView, story: StoryNames) -> bool:
    """True when the word stands here in a name of several words that A gives for the first
    time (another of its words, no word of a person's name, is new to A here): the name of a
    body met here, of which the word is a part ("Ravensholm County Police" after the town of
    Ravensholm), not a later mention of what A named before."""
    every = facts.words(view.a.text)
    at = next(n for n, w in enumerate(every) if w.start == word.start)
    first = last = at
    while first > 0 and _joined(every[first - 1], every[first], view.a.text):
        first -= 1
    while last + 1 < len(every) and _joined(every[last], every[last + 1], view.a.text):
        last += 1
    return any(
        story.a_first.get(key := spelling.name_key(w.text), start) >= start
        and key not in story.a_people
        for w in every[first : last + 1]
        if w is not every[at] and (start := view.a.span(w.start, w.end)[0]) >= 0
    )


def _joined(one: facts.Word, two: facts.Word, text: str) -> bool:
    """True for two capitalised words one space apart: words of one name."""
    return one.capitalised and two.capitalised and text[one.end : two.start] == " "
