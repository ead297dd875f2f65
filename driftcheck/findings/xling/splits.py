"""Sentences one side has alone that are a translator's split, not content gone or added.

Alignment leaves a sentence unpaired where a translator split, merged or moved one; the
structure rules report it as omitted or added. These lower such a finding to info, with
the evidence in its message: a fragment with no word, a sentence `repaired` paired
elsewhere in its paragraph, one whose figures and dates the other side's paragraph gives,
and one that translates part of a paired sentence (joined to it, the pair reads closer;
or it translates one of its clauses better than the pair does).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from driftcheck.findings.across import numbers
from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.profiles import profile_for
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Unit
from driftcheck.findings.xling.worded import figures as worded_figures
from driftcheck.findings.xling.worded import values as worded_values
from driftcheck.types import Document, Finding, Severity

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder, Matrix

SPLIT_SIMILARITY = 0.5
"""Unpaired sentences of a unit at least this similar as a whole translate each other."""
CLAUSE_SIMILARITY = 0.35
"""A lonely sentence translates a clause it is at least this similar to (and more similar
than the clause's pair is): the two splits of dev and dev2 in bench/xling read 0.44 and
0.61, an unrelated sentence of the same story about 0.15."""


SWAP_LEAD = 0.1
"""How much closer than what is left a lonely sentence must read to a clause once a clause
of the pair is set aside as another clause's translation (see _taken): the split of dev29
reads 0.40 against 0.09, an omitted quote of dev10 0.37 against 0.35."""


def relinked(
    found: list[Finding], a: Document, b: Document, links: list[tuple[int, int, float]]
) -> list[Finding]:
    """sentence.omitted/added at info for the sentences `repaired` paired, saying with what."""
    a_starts = {a.sentences[i].start: (j, s) for i, j, s in links}
    b_starts = {b.sentences[j].start: (i, s) for i, j, s in links}
    out = []
    for finding in found:
        if finding.rule == "sentence.omitted" and finding.a_span and finding.a_span[0] in a_starts:
            j, similarity = a_starts[finding.a_span[0]]
            note = f" (translated as B#{j + 1} elsewhere in the paragraph: {similarity:.2f})"
        elif finding.rule == "sentence.added" and finding.b_span and finding.b_span[0] in b_starts:
            i, similarity = b_starts[finding.b_span[0]]
            note = (
                f" (translates A#{i + 1}, elsewhere in its paragraph: similarity {similarity:.2f})"
            )
        else:
            out.append(finding)
            continue
        out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
    return out


def fragments(found: list[Finding], a: Document, b: Document) -> list[Finding]:
    """sentence.omitted/added at info for a "sentence" without a word of three letters
    ("M." that the segmenter cut off "M. Ferrante"): it carries no content to lose."""
    out = []
    for finding in found:
        span = finding.a_span if finding.rule == "sentence.omitted" else finding.b_span
        text = (a if finding.rule == "sentence.omitted" else b).text
        if (
            finding.rule in ("sentence.omitted", "sentence.added")
            and span is not None
            and not any(len(w.text) >= 3 for w in facts.words(text[span[0] : span[1]]))
        ):
            note = " (a fragment with no word: how the text was cut, not content)"
            out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
        else:
            out.append(finding)
    return out


def covered(found: list[Finding], unit: Unit, languages: tuple[str, str]) -> list[Finding]:
    """sentence.omitted/added at info when every figure of the sentence is across the unit.

    A sentence with figures (digits, dates in digits, weekdays and months by value) all of
    which the other side's paragraph gives is a translator's split the model did not join,
    not new content; one without figures, or with one of its own, stays a warning.
    """
    out = []
    for finding in found:
        omitted = finding.rule == "sentence.omitted"
        if finding.severity is Severity.INFO or finding.rule not in (
            "sentence.omitted",
            "sentence.added",
        ):
            out.append(finding)
            continue
        group = None if finding.group is None else unit.by_index(finding.group)
        if group is None:
            out.append(finding)
            continue
        mine, theirs = (0, 1) if omitted else (1, 0)
        own = _facts(group.a if omitted else group.b, languages[mine])
        other: set[object] = set()
        for _, across in unit.sides("b" if omitted else "a"):
            other.update(_facts(across, languages[theirs]))
            other.update(_worded_values(across, languages[theirs]))
        if own and all(_stated(value, other) for value in own):
            shown = ", ".join(sorted({_shown(value) for value in own}))
            side = "B" if omitted else "A"
            note = f" (its figures, {shown}, are all in {side}'s paragraph: a translator's split)"
            out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
        else:
            out.append(finding)
    return out


def _facts(side: Side, language: str) -> list[object]:
    """The figures of a side by value (in digits, and in words of their own as the values
    they may be read as: "Dutzende" is tens), and its weekdays and months where it has a
    profile."""
    found: list[object] = [value for value, _ in numbers(side, language)]
    profile = profile_for(language)
    if profile is not None:
        found += [value for value, _ in facts.dates(side.text, profile)]
        found += [f.readings for f in worded_figures(side.text, profile) if f.counts]
    return found


def _worded_values(side: Side, language: str) -> set[Decimal]:
    """Every value a side's number words may be read as (a figure in digits on one side
    may be in words on the other)."""
    profile = profile_for(language)
    return set() if profile is None else worded_values(side.text, profile)


def _stated(value: object, other: set[object]) -> bool:
    """True when the other side states the value: a figure in words, by any reading."""
    if isinstance(value, frozenset):
        return any(reading in other for reading in value)
    return value in other


_CALENDAR = {
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def _shown(value: object) -> str:
    """A figure as a number (30, not 3E+1), one in words by its readings (10 or 12), a
    weekday or month by its English name."""
    if isinstance(value, frozenset):
        return " or ".join(_shown(reading) for reading in sorted(value))
    if isinstance(value, tuple):
        return str(_CALENDAR[value[0]][value[1]])
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


def splits(found: list[Finding], unit: Unit, embedder: Embedder | None) -> list[Finding]:
    """sentence.omitted/added at info when the sentence translates part of one across the unit.

    A sentence of B left unpaired is part of a split when joining it to a paired group's
    B text brings that text closer to the group's A text (the test the other way round for
    A); in a unit with nothing paired, when the two sides are similar at SPLIT_SIMILARITY.
    """
    lonely = [
        f
        for f in found
        if f.rule in ("sentence.omitted", "sentence.added") and f.severity is not Severity.INFO
    ]
    if embedder is None or not lonely:
        return found
    paired = [view for view in unit.views if view.paired]
    a_alone = " ".join(v.a.text for v in unit.views if not v.paired and v.a.text)
    b_alone = " ".join(v.b.text for v in unit.views if not v.paired and v.b.text)
    out = []
    for finding in found:
        if finding not in lonely:
            out.append(finding)
            continue
        omitted = finding.rule == "sentence.omitted"
        span = finding.a_span if omitted else finding.b_span
        if span is None:
            out.append(finding)
            continue
        text = " ".join(
            (unit.views[0].a.doc if omitted else unit.views[0].b.doc)
            .text[span[0] : span[1]]
            .split()
        )
        tests: list[tuple[str, str, str, str]] = []
        for view in paired:
            joined_a = f"{view.a.text} {text}" if omitted else view.a.text
            joined_b = view.b.text if omitted else f"{view.b.text} {text}"
            tests.append((view.a.text, view.b.text, joined_a, joined_b))
        gain, clause = None, None
        candidates, clause_texts = _clause_texts(text, paired, omitted)
        if tests or clause_texts:  # one call: batch runs embed each call's new texts per round
            rows = embedder.embed([*(t for test in tests for t in test), *clause_texts])
            if tests:
                gain = max(
                    float(rows[4 * k + 2] @ rows[4 * k + 3] - rows[4 * k] @ rows[4 * k + 1])
                    for k in range(len(tests))
                )
            clause = _clause_note(candidates, rows[4 * len(tests) :])
        if gain is not None and gain >= 0:
            note = (
                f" (part of a neighbouring sentence's translation: similarity +{gain:.2f} joined)"
            )
            out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
            continue
        if clause is not None:
            out.append(replace(finding, severity=Severity.INFO, message=finding.message + clause))
            continue
        if not paired and a_alone and b_alone:
            rows = embedder.embed([a_alone, b_alone])
            similarity = float(rows[0] @ rows[1])
            if similarity >= SPLIT_SIMILARITY:
                note = f" (the paragraph's sentences translate each other: {similarity:.2f})"
                out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
                continue
        out.append(finding)
    return out


def _clause_texts(
    text: str, paired: Sequence[GroupView], omitted: bool
) -> tuple[list[tuple[str, int, int]], list[str]]:
    """The clauses of the paired groups' other side, each with how many texts of its pair
    follow it and its group, and the texts to embed: the lonely sentence, then each clause
    and its pair's texts (the whole pair and its clauses). See _clause_note."""
    candidates: list[tuple[str, int, int]] = []
    texts = [text]
    for view in paired:
        mine, other = (view.b.text, view.a.text) if omitted else (view.a.text, view.b.text)
        theirs = [other] + [
            other[s:e] for s, e in facts.clauses(other) if len(other[s:e].split()) >= 3
        ]
        for start, end in facts.clauses(mine):
            if len(mine[start:end].split()) >= 3:
                candidates.append((mine[start:end].strip(), len(theirs), view.index))
                texts += [mine[start:end].strip(), *theirs]
    return (candidates, texts) if candidates else ([], [])


def _clause_note(candidates: list[tuple[str, int, int]], rows: Matrix) -> str | None:
    """A note when the lonely sentence (row 0) translates a clause of a paired group's other
    side better than that group's own translation, or any clause of it, does (a translator's
    split: "..., though it declined to confirm the figure." -> "Bestätigen wollte es diese
    Zahl nicht."); None when it translates none. A clause of the pair that translates
    another clause of the same sentence is that clause's (see _taken), not this one's."""
    starts = list(itertools.accumulate((1 + count for _, count, _ in candidates), initial=1))
    for k, (clause, count, group) in enumerate(candidates):
        position = starts[k]
        alone = float(rows[0] @ rows[position])
        others = [starts[j] for j, c in enumerate(candidates) if j != k and c[2] == group]
        sims = [float(rows[position] @ rows[position + 1 + m]) for m in range(count)]
        best = max(
            sim
            for m, sim in enumerate(sims)
            if m == 0 or not _taken(rows, position, others, m, alone)
        )
        # a rival set aside as another clause's is weaker evidence: a clear lead is needed
        lead = 0.0 if best == max(sims) else SWAP_LEAD
        if alone > best + lead and alone >= CLAUSE_SIMILARITY:
            return (
                f' (translates "{clause}" of a paired sentence: similarity {alone:.2f},'
                f" its pair {best:.2f})"
            )
    return None


def _taken(rows: Matrix, position: int, others: list[int], m: int, alone: float) -> bool:
    """True when the pair's clause `m` translates another clause of the sentence (rows at
    `others`) and the lonely sentence this one (at `position`, similarity `alone`): the two
    read closer so than swapped ("es werde möglicherweise prüfen" is "it may open an
    inquiry", though its "möglicherweise" reads close to "which could lead to a fine", which
    "Dies könnte zu einer Geldbuße führen" translates)."""
    mine = float(rows[position] @ rows[position + 1 + m])
    return any(
        alone + float(rows[other] @ rows[other + 1 + m]) > mine + float(rows[0] @ rows[other])
        for other in others
    )
