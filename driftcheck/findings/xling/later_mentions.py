"""A name dropped where both versions named it before: a later mention, at info.

Translators refer to someone already named by a pronoun or a description ("Die
29-Jährige" for "Morozova, 29,"); a name dropped where the reader has not met the
person, at their first mention, stays a warning.
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
