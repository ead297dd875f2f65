"""The drift score: one number from 0 (B says what A says) to 100 (B is another story).

In plain words, the score has two parts.

Up to 60 points for how much of the story's text changed. On A's side, count every
omitted sentence in full, every reworded, split or merged sentence as half, and every
moved sentence as a quarter, and divide by A's sentences; on B's side, divide the added
sentences by B's sentences. Sentences recognised as boilerplate or as repeats (their
boilerplate.* and sentence.repeated findings) count on neither side. The two shares are
averaged, capped at 1, and times 60.

Up to 40 points for what the editorial findings say. Each error weighs 5, each warning
2 and each info 0.5; findings about whole sentences (sentence.*, boilerplate.*,
paragraph.moved) weigh nothing here because the first part counts them, and cosmetic
findings weigh nothing at all. The total weight W gives 40 x W / (W + 10) points: the
first findings count most, and the part never reaches 40.

The sum is rounded to a whole number. Identical texts, and texts that differ only
cosmetically, score 0.
"""

from __future__ import annotations

from collections.abc import Sequence

from driftcheck.types import Finding, Severity, Summary

_TEXT_POINTS = 60
_FINDING_POINTS = 40
_HALF_WEIGHT = 10.0
_WEIGHTS = {Severity.ERROR: 5.0, Severity.WARNING: 2.0, Severity.INFO: 0.5}
_COUNTED_BY_TEXT = ("sentence.", "boilerplate.", "paragraph.moved", "cosmetic")


def drift_score(findings: Sequence[Finding], summary: Summary) -> int:
    """How far B drifted from A, 0 to 100 (see the module docstring for the formula)."""
    not_story_a = sum(1 for f in findings if _not_story(f) and f.a_span is not None)
    not_story_b = sum(1 for f in findings if _not_story(f) and f.b_span is not None)
    a_total = max(0, summary.a_sentences - not_story_a)
    b_total = max(0, summary.b_sentences - not_story_b)
    a_changed = (
        max(0, summary.omitted - not_story_a)
        + 0.5 * (summary.reworded + summary.split_or_merged)
        + 0.25 * summary.moved
    )
    a_share = a_changed / a_total if a_total else 0.0
    b_share = max(0, summary.added - not_story_b) / b_total if b_total else 0.0
    text_part = _TEXT_POINTS * min(1.0, (a_share + b_share) / 2)
    weight = sum(_WEIGHTS[f.severity] for f in findings if not f.rule.startswith(_COUNTED_BY_TEXT))
    finding_part = _FINDING_POINTS * weight / (weight + _HALF_WEIGHT)
    return min(100, int(text_part + finding_part + 0.5))


def _not_story(finding: Finding) -> bool:
    """Boilerplate and repeated sentences: left out of the sentence counts."""
    return finding.rule.startswith("boilerplate.") or finding.rule == "sentence.repeated"
