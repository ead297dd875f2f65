"""A name dropped where both versions named it before: a later mention, at info.

Translators refer to someone already named by a pronoun or a description ("Die
29-Jährige" for "Morozova, 29,"); a name dropped where the reader has not met it, at its
first mention, stays a warning. A name met before is the same name: the run of
capitalised words the dropped word stands in ("Varga" after "Ilse Varga"), not a place
that named something else before ("Kelbrun" of "the Kelbrun Commuters' Alliance", after
"Kelbrun Central Station": the alliance is new to the reader, and so is its loss).
"""

from __future__ import annotations

import re
from dataclasses import replace

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, spelling
from driftcheck.findings.xling.people import StoryNames
from driftcheck.findings.xling.units import Unit
from driftcheck.types import Finding, Severity

_POSSESSIVE = re.compile(r"['’]s$")
"""A possessive is no part of the run: "Varga's" after "Ilse Varga"."""


def later_mention(
    found: list[Finding],
    missing: list[facts.Word],
    view: GroupView,
    unit: Unit,
    story: StoryNames,
    *,
    profile: Profile,
    loose: bool,
) -> list[Finding]:
    """The findings, entity.dropped at info where every missing word is a later mention
    (see the module docstring)."""
    b_start = min((side.span(0, 0)[0] for _, side in unit.sides("b")), default=0)
    if not all(
        story.named_before(
            spelling.name_key(w.text), view.a.span(w.start, w.end)[0], b_start, loose=loose
        )
        and _run_before(view.a, w, profile)
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


def _run_before(side: Side, word: facts.Word, profile: Profile) -> bool:
    """True when A's text before the word has the run of capitalised words it stands in
    (function words at its edges aside: "The Helmstade Ground Watch")."""
    every = facts.words(side.text)
    n = next(i for i, w in enumerate(every) if w.start == word.start)
    first = last = n
    while first > 0 and _joined(side.text, every[first - 1], every[first]):
        first -= 1
    while last + 1 < len(every) and _joined(side.text, every[last], every[last + 1]):
        last += 1
    run = every[first : last + 1]
    while len(run) > 1 and run[0].text.lower() in profile.stopwords:
        run = run[1:]
    start = side.span(run[0].start, run[0].end)[0]
    text = _POSSESSIVE.sub("", side.original(run[0].start, run[-1].end))
    return text in side.doc.text[:start]


def _joined(text: str, one: facts.Word, two: facts.Word) -> bool:
    """True for two capitalised words one space apart (or an apostrophe and a space:
    "Commuters' Alliance")."""
    return one.capitalised and two.capitalised and text[one.end : two.start] in {" ", "' ", "’ "}
