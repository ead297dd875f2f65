"""negation.flipped between versions in two languages: negated clauses counted over a unit.

A negation one side has more of counts as a flip only where the other side does not say it
in its own way (an opposite word, "only then": xling.renderings), and, with an embedder,
where the other side reads closer to the clause without it (xling.meaning) by more than a
word that carries the negation there allows (xling.carried).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import carried, facts, meaning, negated_clauses, renderings
from driftcheck.findings.xling.rules import Placed, clauses_of, shown, where_differs
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding, Severity

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

SENTENCE_AGREES = "and the whole sentence by"
"""The evidence a negation flip's message gives when the whole sentence reads closer to
the text without the negation too (see `check_negation`)."""


def check_negation(
    unit: Unit, profiles: tuple[Profile, Profile], embedder: Embedder | None = None
) -> list[Finding]:
    """negation.flipped: a negated clause of A is affirmative in B, or the other way round.

    With an embedder, a negation one side has more of counts only where the other side
    reads closer to the clause without it (see xling.meaning): a translator's "n'a pas
    fonctionné" for "went wrong" says what A says, a dropped "not" does not. Where the
    other side keeps the negation in a word its count leaves out ("a exclu de renoncer"
    for "would not drop", see xling.carried), the probe must read the flip by more than
    meaning.CARRIED_MARGIN; else it is reported at info.
    """
    a_items = clauses_of(unit, "a", negated_clauses.negated, profiles[0])
    b_items = clauses_of(unit, "b", negated_clauses.negated, profiles[1])
    if len(a_items) == len(b_items):
        return []
    gone = len(a_items) > len(b_items)
    # a negation the other side writes as "only then" or as an opposite word is kept
    a_items = renderings.unrendered(a_items, "a", profiles)
    b_items = renderings.unrendered(b_items, "b", profiles)
    if len(a_items) == len(b_items) or (len(a_items) > len(b_items)) != gone:
        return []
    view = where_differs(unit, a_items, b_items)
    mine = a_items if gone else b_items
    here = [i for i in mine if i[0] is view]
    where, evidence, severity = (here[-1] if here else mine[-1]), "", None
    if embedder is not None:
        judged = _judged(unit, here or mine, "a" if gone else "b", profiles, embedder)
        if judged is None:
            return []
        where, evidence, gain = judged
        sentence = _sentence_gain(unit, where, "a" if gone else "b", profiles, embedder)
        if sentence is not None and sentence <= meaning.SENTENCE_MARGIN:
            evidence += f", {SENTENCE_AGREES} {-sentence:.3f}"
        elif gain > meaning.FLIP_MARGIN:  # too close to call: a translator's idiom as often
            severity = Severity.INFO
            evidence += f" (under {-meaning.FLIP_MARGIN:.3f}: too little to call it a flip)"
        word = carried.carrier(*_other_side(where, gone, profiles))
        if word is not None and gain > meaning.CARRIED_MARGIN:
            severity = Severity.INFO  # the other side's own word says it, as far as we can tell
            other_name = "B" if gone else "A"
            evidence += f'; {other_name} carries a negation in "{word}"'
    counts = f"{len(a_items)} negated clauses in A, {len(b_items)} in B{evidence}"
    if gone:
        message = f'negation gone in B: A says "{shown(where, "a")}" ({counts})'
        return [located("negation.flipped", message, a=where, severity=severity)]
    message = f'negation added in B: "{shown(where, "b")}" ({counts})'
    return [located("negation.flipped", message, b=where, severity=severity)]


def _other_side(
    where: Placed, gone: bool, profiles: tuple[Profile, Profile]
) -> tuple[str, Profile, str, Profile]:
    """The text of the negated clause's group on the side that lacks the negation, with that
    side's profile, then the negated side's text and profile."""
    view = where[0]
    if gone:
        return view.b.text, profiles[1], view.a.text, profiles[0]
    return view.a.text, profiles[0], view.b.text, profiles[1]


def _judged(
    unit: Unit,
    candidates: list[Placed],
    side: str,
    profiles: tuple[Profile, Profile],
    embedder: Embedder,
) -> tuple[Placed, str, float] | None:
    """The negated clause the other side disagrees with most, with the evidence and the
    probe's gain; None when the other side says every one of them too (see xling.meaning)."""
    profile = profiles[0 if side == "a" else 1]
    other_side = "b" if side == "a" else "a"
    whole = " ".join(s.text for _, s in unit.sides(other_side))
    judged: list[tuple[float, Placed]] = []
    for view, span in candidates:
        text = (view.a if side == "a" else view.b).text
        other = (view.b if side == "a" else view.a).text or whole
        if not other:
            continue
        start, end = facts.clause_of(text, span)
        marks = [
            (s - start, e - start) for s, e in negated_clauses.negation_marks(text, span, profile)
        ]
        others = [other[s:e] for s, e in facts.clauses(other) if len(other[s:e].split()) > 1]
        gain = meaning.marker_gain(
            embedder, others or [other], text[start:end], marks, profile.affirmatives
        )
        judged.append((gain, (view, span)))
    if not judged:
        return (candidates[-1], "", meaning.FLIP_MARGIN)
    gain, where = min(judged, key=lambda t: t[0])
    if gain > meaning.KEPT_MARGIN:
        return None
    other_name = other_side.upper()
    return (where, f"; {other_name} reads closer to the clause without it, by {-gain:.3f}", gain)


def _sentence_gain(
    unit: Unit, where: Placed, side: str, profiles: tuple[Profile, Profile], embedder: Embedder
) -> float | None:
    """The probe's gain for the whole text of the negated clause's group against the other
    side's text of it (the unit's, where the group has none): a second reading of the same
    evidence, None where there is no other side."""
    view, span = where
    text = (view.a if side == "a" else view.b).text
    other_side = "b" if side == "a" else "a"
    other = (view.b if side == "a" else view.a).text or " ".join(
        s.text for _, s in unit.sides(other_side)
    )
    if not other:
        return None
    profile = profiles[0 if side == "a" else 1]
    marks = negated_clauses.negation_marks(text, span, profile)
    return meaning.marker_gain(embedder, [other], text, marks, profile.affirmatives)
