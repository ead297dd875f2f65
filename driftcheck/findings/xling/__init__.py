"""Findings between versions in two languages (or two versions in a language other than English).

Words cannot be compared across languages, so every rule here compares values read with
each side's language profile (driftcheck.findings.profiles), over units of paragraphs
alignment ties together (see units): figures, dates, negations, hedges, names,
attribution and quotes (quotes by meaning, with the embedder that aligned the pair).
A rule that needs a profile is skipped when a side has none; `skipped_rules` says which.
Omitted and added sentences are still reported, unless the sentence translates part of
a sentence on the other side of its unit (a translator's split or merge): that is
reported at info, with the similarity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from driftcheck.findings.across import numbers
from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.profiles import Profile, profile_for, skipped_rules
from driftcheck.findings.structure import Sentences, check_structure
from driftcheck.findings.xling import facts, names, quotes, rules
from driftcheck.findings.xling.units import Unit, units
from driftcheck.types import AlignmentGroup, Document, Finding, Kind, Severity

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

__all__ = ["REPAIR_SIMILARITY", "SPLIT_SIMILARITY", "detect_across", "repaired", "skipped_rules"]

SPLIT_SIMILARITY = 0.5
"""Unpaired sentences of a unit at least this similar as a whole translate each other."""
REPAIR_SIMILARITY = 0.45
"""An omitted and an added sentence, each the other's best match this similar, are a pair."""


def detect_across(
    a: Document,
    b: Document,
    groups: Sequence[AlignmentGroup],
    languages: tuple[str, str],
    embedder: Embedder | None = None,
) -> tuple[Finding, ...]:
    """All cross-language findings, unit by unit in reading order."""
    views = [GroupView(n, group, a, b) for n, group in enumerate(groups)]
    sentences = Sentences(a, b, views)
    profiles = (profile_for(languages[0]), profile_for(languages[1]))
    found: list[Finding] = []
    both = _both(profiles)
    story = names.story_names(views, both[0]) if both is not None else None
    ratio = len(b.text) / max(len(a.text), 1)
    links = repaired(views, a, b, embedder)
    for unit in units(views, a, b, [(i, j) for i, j, _ in links]):
        in_unit: list[Finding] = []
        for view in unit.views:
            in_unit += check_structure(view, sentences)
        in_unit = _covered(
            _splits(_relinked(_fragments(in_unit, a, b), a, b, links), unit, embedder),
            unit,
            languages,
        )
        facts_found = rules.check_figures(unit, languages, profiles)
        if both is not None and story is not None:
            facts_found += rules.check_dates(unit, both)
            facts_found += rules.check_negation(unit, both, embedder)
            facts_found += rules.check_hedges(unit, both, embedder)
            facts_found += names.check_names(unit, both, story)
            facts_found += quotes.check_quotes(unit, both, embedder, ratio)
        facts_found = _inside_quotes(facts_found)
        if both is not None:
            facts_found = quotes.hedged_quotes(facts_found, unit, both)
        found += in_unit + _placed_in_b(facts_found, unit, links)
    if both is not None:
        found = _story_agrees(found, views, both)
    return tuple(sorted(found, key=_order))


def _story_agrees(
    found: list[Finding], views: Sequence[GroupView], profiles: tuple[Profile, Profile]
) -> list[Finding]:
    """Negation flips, and hedges added, only where the whole story changed the same way.

    A unit of paragraphs can miss a clause the aligner put in a neighbouring unit; when
    the whole story has as many negated clauses in B as in A, a difference in one unit is
    such a shift, not a flip (where the story lost one, only losses count). Translators
    hedge by idiom more than drifts do, so an added hedge needs the story to gain one.
    """
    a_text = [view.a.text for view in views if view.a.text]
    b_text = [view.b.text for view in views if view.b.text]

    def change(find: Callable[[str, Profile], list[tuple[int, int]]]) -> int:
        before = sum(len(find(text, profiles[0])) for text in a_text)
        return sum(len(find(text, profiles[1])) for text in b_text) - before

    negation = change(facts.negated)
    hedges = change(facts.hedged)
    kept = []
    for finding in found:
        if finding.rule == "negation.flipped":
            gone = finding.a_span is not None
            if negation == 0 or (negation < 0) != gone:
                continue
        if finding.rule == "hedge.added" and hedges <= 0:
            continue  # a translator's idiom hedges more often than a drift does
        kept.append(finding)
    return kept


def _inside_quotes(found: list[Finding]) -> list[Finding]:
    """Leave out a negation or hedge change inside a quote already reported as changed."""
    quoted = [f for f in found if f.rule.startswith("quote.")]

    def within(inner: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
        return inner is not None and outer is not None and outer[0] <= inner[0] < outer[1]

    return [
        f
        for f in found
        if not (
            f.rule in ("negation.flipped", "hedge.dropped", "hedge.added")
            and any(within(f.a_span, q.a_span) or within(f.b_span, q.b_span) for q in quoted)
        )
    ]


def _placed_in_b(
    found: list[Finding], unit: Unit, links: list[tuple[int, int, float]]
) -> list[Finding]:
    """A finding on a sentence of A that alignment left unpaired also points at its translation.

    That is the B sentence `repaired` paired it with, else the unit's first unpaired B
    sentence: where a reader of B finds the changed fact.
    """
    partner = {i: j for i, j, _ in links}
    lonely_b = [j for view in unit.views if not view.paired for j in view.group.b]
    out = []
    for finding in found:
        group = None if finding.group is None else unit.by_index(finding.group)
        if finding.b_span is not None or group is None or group.b.text or not group.group.a:
            out.append(finding)
            continue
        target = next((partner[i] for i in group.group.a if i in partner), None)
        if target is None and lonely_b:
            target = lonely_b[0]
        if target is None:
            out.append(finding)
            continue
        sentence = group.b.doc.sentences[target]
        out.append(replace(finding, b_span=(sentence.start, sentence.end), b_text=sentence.text))
    return out


def _both(profiles: tuple[Profile | None, Profile | None]) -> tuple[Profile, Profile] | None:
    a, b = profiles
    return None if a is None or b is None else (a, b)


def _order(item: Finding) -> tuple[int, int, int]:
    group = item.group if item.group is not None else 10**9
    offset = item.a_span[0] if item.a_span else item.b_span[0] if item.b_span else 0
    return (group, 0 if item.a_span else 1, offset)


def repaired(
    views: Sequence[GroupView], a: Document, b: Document, embedder: Embedder | None
) -> list[tuple[int, int, float]]:
    """(A sentence, B sentence, similarity): omitted and added sentences that translate each other.

    Each is the other's most similar among the sentences alignment left unpaired, at
    REPAIR_SIMILARITY or more (a sentence a translator moved inside its paragraph).
    """
    omitted = [i for view in views if view.group.kind is Kind.OMITTED for i in view.group.a]
    added = [j for view in views if view.group.kind is Kind.ADDED for j in view.group.b]
    if embedder is None or not omitted or not added:
        return []
    rows = embedder.embed(
        [a.sentences[i].text for i in omitted] + [b.sentences[j].text for j in added]
    )
    sims = rows[: len(omitted)] @ rows[len(omitted) :].T
    pairs = []
    for n, i in enumerate(omitted):
        m = int(sims[n].argmax())
        if int(sims[:, m].argmax()) == n and float(sims[n, m]) >= REPAIR_SIMILARITY:
            pairs.append((i, added[m], float(sims[n, m])))
    return pairs


def _relinked(
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


def _fragments(found: list[Finding], a: Document, b: Document) -> list[Finding]:
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


def _covered(found: list[Finding], unit: Unit, languages: tuple[str, str]) -> list[Finding]:
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
        other = {
            value
            for _, side in unit.sides("b" if omitted else "a")
            for value in _facts(side, languages[theirs])
        }
        if own and all(value in other for value in own):
            shown = ", ".join(sorted({_shown(value) for value in own}))
            side = "B" if omitted else "A"
            note = f" (its figures, {shown}, are all in {side}'s paragraph: a translator's split)"
            out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
        else:
            out.append(finding)
    return out


def _facts(side: Side, language: str) -> list[object]:
    """The figures of a side by value, and its weekdays and months where it has a profile."""
    found: list[object] = [value for value, _ in numbers(side, language)]
    profile = profile_for(language)
    if profile is not None:
        found += [value for value, _ in facts.dates(side.text, profile)]
    return found


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
    """A figure as a number, a weekday or month by its English name."""
    if isinstance(value, tuple):
        return str(_CALENDAR[value[0]][value[1]])
    return str(value.normalize()) if isinstance(value, Decimal) else str(value)


def _splits(found: list[Finding], unit: Unit, embedder: Embedder | None) -> list[Finding]:
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
        gain = None
        if tests:
            rows = embedder.embed([t for test in tests for t in test])
            gain = max(
                float(rows[4 * k + 2] @ rows[4 * k + 3] - rows[4 * k] @ rows[4 * k + 1])
                for k in range(len(tests))
            )
        if gain is not None and gain >= 0:
            note = (
                f" (part of a neighbouring sentence's translation: similarity +{gain:.2f} joined)"
            )
            out.append(replace(finding, severity=Severity.INFO, message=finding.message + note))
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
