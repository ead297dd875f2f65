"""How far the findings can be trusted: the pairing they rest on, and whether A and B are one story.

A finding about a pair ("quote altered", "number changed", "negation flipped") is only as
good as the pairing: two unrelated sentences paired make every difference a false alarm.
`pair_confidence` is the one place that says how sure the pairing of a group is; today it
is the aligner's similarity, so a better aligner's confidence can replace it here alone.
A finding on a pair below `LOW_CONFIDENCE` is lowered to info and its message says why.

Two versions that do not tell the same story (a new article under an old address) are
reported once, as story.unrelated, and every other finding is lowered to info: a list of
every figure and name as "added" and "dropped" tells an editor nothing the one finding
does not. Unrelated means that at most `UNRELATED_PAIRED` of either version's sentences
found a partner sure enough to vouch for itself (`LOW_CONFIDENCE`) and the versions share
under `UNRELATED_NAMES` of their name words (Jaccard; a dateline's place, where a story
was filed, and a name qualifying a title are not counted), both fitted on the
development split of the real-copy bench (bench/realcopy.py), where the one pair of
different stories under the same address shares 12% of its sentences and 6% of its name
words, and the most rewritten update of the same story 12% and 32%.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from driftcheck.findings.context import GroupView
from driftcheck.findings.names import Entity
from driftcheck.findings.rules import finding
from driftcheck.findings.story import Whole
from driftcheck.types import AlignmentGroup, Finding, Kind, Severity

LOW_CONFIDENCE = 0.5
"""Pairs less sure than this carry no finding above info."""
UNRELATED_PAIRED = 0.2
UNRELATED_NAMES = 0.1
_PAIR_RULES = frozenset(
    {
        "quote.altered",
        "quote.punctuation",
        "quote.marked_edit",
        "quote.shortened",
        "number.changed",
        "entity.changed",
        "attribution.changed",
        "attribution.dropped",
        "attribution.added",
        "hedge.dropped",
        "hedge.added",
        "negation.flipped",
        "wording.substitution",
    }
)
"""Rules whose claim compares the two sides of a pair (not a fact judged over the story)."""


def pair_confidence(group: AlignmentGroup) -> float | None:
    """How sure the pairing of a group is, 0 to 1; None for a group with one side only."""
    if group.kind in (Kind.ADDED, Kind.OMITTED) or group.similarity is None:
        return None
    if math.isnan(group.similarity):
        return 0.0  # a similarity nobody could compute vouches for nothing
    return max(0.0, min(1.0, group.similarity))


def temper(found: Sequence[Finding], views: Sequence[GroupView]) -> list[Finding]:
    """The findings, with those resting on a low-confidence pair lowered to info and marked."""
    tempered = []
    for item in found:
        confidence = None if item.group is None else pair_confidence(views[item.group].group)
        if item.rule in _PAIR_RULES and confidence is not None and confidence < LOW_CONFIDENCE:
            message = f"{item.message} (low-confidence pairing: {confidence:.2f})"
            tempered.append(replace(item, severity=Severity.INFO, message=message))
        else:
            tempered.append(item)
    return tempered


def _confident(group: AlignmentGroup) -> bool:
    """True when a pair is sure enough to count as the same sentence told twice."""
    confidence = pair_confidence(group)
    return confidence is None or confidence >= LOW_CONFIDENCE


def unrelated(views: Sequence[GroupView], whole: Whole) -> bool:
    """True when A and B do not tell the same story (see the module docstring)."""
    a_total = len(whole.a.side.doc.sentences) - len(whole.skipped[0])
    b_total = len(whole.b.side.doc.sentences) - len(whole.skipped[1])
    if a_total < 3 or b_total < 3:
        return False
    paired = [v.group for v in views if v.paired and _confident(v.group)]
    a_paired = sum(1 for g in paired for i in g.a if i not in whole.skipped[0])
    b_paired = sum(1 for g in paired for j in g.b if j not in whole.skipped[1])
    if max(a_paired / a_total, b_paired / b_total) > UNRELATED_PAIRED:
        return False
    a_names, b_names = name_words(whole.a.entities), name_words(whole.b.entities)
    union = a_names | b_names
    return bool(union) and len(a_names & b_names) < UNRELATED_NAMES * len(union)


def name_words(entities: Sequence[Entity]) -> set[str]:
    """The words of a version's names that say what it is about: not a dateline's place,
    nor a name qualifying a title (Belgium's deputy prime minister), which the name
    Jaccard was fitted without."""
    return {
        w for e in entities if e.kind == "name" and not (e.dateline or e.qualifier) for w in e.words
    }


def one_story(found: Sequence[Finding], views: Sequence[GroupView], whole: Whole) -> list[Finding]:
    """The findings, or for unrelated versions the rest at info and story.unrelated last."""
    if not unrelated(views, whole):
        return list(found)
    summary = finding(
        "story.unrelated",
        "A and B do not tell the same story: few sentences pair and few names are shared",
    )
    return [*(replace(f, severity=Severity.INFO) for f in found), summary]
