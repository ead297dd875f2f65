"""Quotes softened or strengthened by their words, across languages: a hedge, a word that
says less or more than a flat statement, or a word at the top or the bottom of its scale
(evaluation, obligation, quantity: all / some, the top of its kind: the only / one of),
inside the quotes of one side and not the other (quote.altered).

The speaker's own word is the evidence: the model may read such a pair as close.
"""

from __future__ import annotations

import re
from dataclasses import replace

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding, Severity

_Pattern = re.Pattern[str]


def hedged_quotes(
    found: list[Finding], unit: Unit, profiles: tuple[Profile, Profile]
) -> list[Finding]:
    """A hedge added or dropped inside quoted words is the quote softened or strengthened.

    The hedge is the speaker's own word: "the bank may be a little late" for "the bank is
    late" puts a doubt in someone's mouth, which an editor files as an altered quote
    (a warning, as a hedge change is), not as the reporter's hedge.
    """
    spans = {
        which: [
            side.span(*span)
            for _, side in unit.sides(which)
            for span in facts.quotes(side.text, profiles[0 if which == "a" else 1])
        ]
        for which in ("a", "b")
    }

    def quoted(where: tuple[int, int] | None, which: str) -> bool:
        return where is not None and any(s <= where[0] < e for s, e in spans[which])

    out = []
    for finding in found:
        if finding.rule == "hedge.added" and quoted(finding.b_span, "b"):
            message = f'quote softened: B adds "{finding.b_text}" inside the quote'
        elif finding.rule == "hedge.dropped" and quoted(finding.a_span, "a"):
            message = f'quote strengthened: the quote\'s "{finding.a_text}" is gone in B'
        else:
            out.append(finding)
            continue
        out.append(
            replace(finding, rule="quote.altered", severity=Severity.WARNING, message=message)
        )
    return out


def softened_quotes(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """quote.altered: B's quotes have more clauses with a word that says less than a flat
    statement (try, hope, partly, rarely), one that makes it absolute (at all, for ever,
    completely, inevitable), or an evaluative word at the top of its scale (a disaster,
    outraged, a crime), than A's quotes have; else see `_toned_down`.

    "We will not let this reform fail" -> "we will try to get it through" keeps the quote
    close for the model; the speaker's own word is the evidence. Clauses are counted, not
    words ("would rather ... than" = "préférons ... plutôt que").
    """
    a_profile, b_profile = profiles
    kinds = []  # each kind both languages list words for
    if a_profile.softeners and b_profile.softeners:
        kinds.append(("softened", a_profile.softeners_re, b_profile.softeners_re))
    if a_profile.intensifiers and b_profile.intensifiers:
        kinds.append(("strengthened", a_profile.intensifiers_re, b_profile.intensifiers_re))
    if a_profile.extremes and b_profile.extremes:
        kinds.append(("strengthened", a_profile.extremes_re, b_profile.extremes_re))
    found = []
    for kind, a_pattern, b_pattern in kinds:
        a_words = _quoted_clauses(unit, "a", a_profile, a_pattern)
        b_words = _quoted_clauses(unit, "b", b_profile, b_pattern)
        if len(b_words) > len(a_words):
            view, span, word = b_words[len(a_words)]
            message = f"quote {kind}: B's quote says \"{word}\", which A's quote does not"
            found.append(
                located("quote.altered", message, b=(view, span), severity=Severity.WARNING)
            )
    return (found or _toned_down(unit, profiles))[:1]


def _toned_down(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """quote.altered: A's quotes have a word at the top of a scale that B's quotes do not
    match, and B's quotes have one from the bottom of it that A's lack: an evaluative word
    ("a disgrace" -> "undesirable", "devastated" -> "somewhat disappointed"), a duty or
    ban become advice ("it may not" -> "il devrait éviter", it should avoid), all become
    some ("evacuate whole streets" -> "einige Häuser räumen", clear a few houses), or the top
    of its kind become one of several ("the only way" -> "один из способов", one of the
    ways; "one of the most serious" for "the most serious" too, so B's top is not read).

    Both are needed: a translator may render "a disaster" by an idiom the word list
    does not know, but does not put a milder judgement in the speaker's mouth.
    """
    a, b = profiles
    # (A's top, B's top or None when B may keep it, A's bottom, B's bottom), where both
    # languages list them
    scales: list[tuple[_Pattern, _Pattern | None, _Pattern, _Pattern]] = []
    if a.extremes and b.extremes and a.mild and b.mild:
        scales.append((a.extremes_re, b.extremes_re, a.mild_re, b.mild_re))
    if a.obligations and b.obligations and a.advice and b.advice:
        scales.append((a.obligations_re, b.obligations_re, a.advice_re, b.advice_re))
    if a.wholes and b.wholes and a.parts and b.parts:
        scales.append((a.wholes_re, b.wholes_re, a.parts_re, b.parts_re))
    if a.uniques and a.one_of and b.one_of:
        scales.append((a.uniques_re, None, a.one_of_re, b.one_of_re))
    found = []
    for a_top_re, b_top_re, a_low_re, b_low_re in scales:
        a_top = _quoted_clauses(unit, "a", a, a_top_re)
        b_top = [] if b_top_re is None else _quoted_clauses(unit, "b", b, b_top_re)
        a_low = _quoted_clauses(unit, "a", a, a_low_re)
        b_low = _quoted_clauses(unit, "b", b, b_low_re)
        if len(a_top) > len(b_top) and len(b_low) > len(a_low):
            view, span, word = b_low[len(a_low)]
            said = a_top[len(b_top)][2]
            message = f'quote softened: B\'s quote says "{word}" where A\'s quote says "{said}"'
            found.append(
                located("quote.altered", message, b=(view, span), severity=Severity.WARNING)
            )
    return found


def _quoted_clauses(
    unit: Unit, which: str, profile: Profile, pattern: re.Pattern[str]
) -> list[tuple[GroupView, Span, str]]:
    """The first match of `pattern` in each quoted clause of one side of the unit."""
    found = []
    for view, side in unit.sides(which):
        quoted = facts.quotes(side.text, profile)
        for start, end in facts.clauses(side.text):
            match = pattern.search(side.text, start, end)
            if match and any(s <= match.start() < e for s, e in quoted):
                found.append((view, match.span(), match.group()))
    return found
