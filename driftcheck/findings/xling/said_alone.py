"""A sentence one side has alone that only says who said what the sentence before it said.

A translator may give the attribution at the end of a long sentence a sentence of its own:
"..., the grid operator said." -> "... Wert. Das teilte der Netzbetreiber mit." The new
sentence has a reporting word, its speaker and function words, no fact of its own; where the
other side's paragraph attributes too, to a speaker of a kind not apart from this one, it is
a translator's split, lowered to info (a speaker of another kind is left as it was).
"""

from __future__ import annotations

from dataclasses import replace

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, source_kinds
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.findings.xling.units import Unit
from driftcheck.types import Finding, Severity

_RULES = ("sentence.omitted", "sentence.added")


def said_alone(
    found: list[Finding], unit: Unit, profiles: tuple[Profile, Profile]
) -> list[Finding]:
    """sentence.omitted/added at info for a sentence that only attributes (see the module
    docstring)."""
    out = []
    for finding in found:
        omitted = finding.rule == "sentence.omitted"
        span = finding.a_span if omitted else finding.b_span
        if finding.rule not in _RULES or finding.severity is Severity.INFO or span is None:
            out.append(finding)
            continue
        mine, theirs = (profiles[0], profiles[1]) if omitted else (profiles[1], profiles[0])
        doc = unit.views[0].a.doc if omitted else unit.views[0].b.doc
        text = doc.text[span[0] : span[1]]
        other = " ".join(side.text for _, side in unit.sides("b" if omitted else "a"))
        if _only_attributes(text, mine) and _attributes_alike(text, other, (mine, theirs)):
            note = " (it only says who said the sentence before it: an attribution split off)"
            out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
        else:
            out.append(finding)
    return out


def _only_attributes(text: str, profile: Profile) -> bool:
    """True when the text has a speaker, and every word of it is a function word, a
    reporting word or a word of its speaker."""
    found = speakers(text, profile)
    if not found:
        return False
    cues = [m.span() for m in profile.attribution_re.finditer(text)]
    if profile.speaker_verbs:
        cues += [m.span() for m in profile.speaker_verbs_re.finditer(text)]
    spoken = {(w.start, w.end) for s in found for w in s.words}
    return all(
        w.text.lower() in profile.stopwords
        or (w.start, w.end) in spoken
        or any(s <= w.start < e for s, e in cues)
        for w in facts.words(text)
    )


def _attributes_alike(text: str, other: str, profiles: tuple[Profile, Profile]) -> bool:
    """True when the other side's paragraph attributes too, to a speaker of a kind not apart
    from the text's."""
    theirs = speakers(other, profiles[1])
    if not theirs:
        return False
    mine = source_kinds.kinds(speakers(text, profiles[0]), text, profiles[0])
    return not source_kinds.apart(mine, source_kinds.kinds(theirs, other, profiles[1]))
