"""Quotes softened or strengthened by their words, across languages: a hedge, a word that
says less or more than a flat statement, or a word at the top or the bottom of its scale
(evaluation, obligation, quantity: all / some, the top of its kind: the only / one of),
inside the quotes of one side and not the other (quote.altered).

The speaker's own word is the evidence: the model may read such a pair as close.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, quote_softening
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding, Severity

_Pattern = re.Pattern[str]


def hedged_quotes(
    found: list[Finding], unit: Unit, profiles: tuple[Profile, Profile]
) -> list[Finding]:
    """A hedge added inside quoted words is the quote softened; one dropped stays a hedge.

    An added hedge is the speaker's own word put in their mouth: "the bank may be a little
    late" for "the bank is late" is a softened quote (a warning, as a hedge change is). A
    hedge the quote had and the translation dropped ("we could be there by New Year" ->
    "we will be there") is filed under its own family, as a negation flipped inside a
    quote is (see xling._inside_quotes): the message says it was quoted.
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

    def filed(finding: Finding) -> Finding:
        if finding.rule == "hedge.added" and quoted(finding.b_span, "b"):
            message = f'quote softened: B adds "{finding.b_text}" inside the quote'
            return replace(
                finding, rule="quote.altered", severity=Severity.WARNING, message=message
            )
        if finding.rule == "hedge.dropped" and quoted(finding.a_span, "a"):
            message = f'hedge dropped inside the quote: its "{finding.a_text}" is gone in B'
            return replace(finding, message=message)
        return finding

    return [filed(finding) for finding in found]


def softened_quotes(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """quote.altered: B's quotes have more clauses with a word that says less than a flat
    statement (try, hope, partly, rarely), one that makes it absolute (at all, for ever,
    completely, inevitable), or an evaluative word at the top of its scale (a disaster,
    outraged, a crime), than A's quotes have; else see `_toned_down`.

    "We will not let this reform fail" -> "we will try to get it through" keeps the quote
    close for the model; the speaker's own word is the evidence. Clauses are counted, not
    words ("would rather ... than" = "préférons ... plutôt que"), with and without those
    whose word qualifies a figure (see xling.quote_softening): B must have more either way, since a
    translation may put the figure further from the word ("a temporary lane within ten
    days" -> "временную полосу в течение десяти дней").
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
        a_words = quoted_clauses(unit, "a", a_profile, a_pattern)
        b_words = quoted_clauses(unit, "b", b_profile, b_pattern)
        a_every = quoted_clauses(unit, "a", a_profile, a_pattern, every=True)
        if a_pattern is a_profile.intensifiers_re:  # and what B's intensifier may render
            rendered = _degrees(unit, profiles)
            a_words, a_every = a_words + rendered, a_every + rendered
        said_more = len(b_words) > len(a_words)  # counting the words that qualify a figure
        if kind == "softened":
            a_words = quote_softening.softening(a_words, "a", a_profile)
            b_words = quote_softening.softening(b_words, "b", b_profile)
            a_every = quote_softening.softening(a_every, "a", a_profile)
        if said_more and len(b_words) > len(a_words) and len(_once(b_words)) > len(_once(a_every)):
            view, span, word = b_words[len(a_words)]
            message = f"quote {kind}: B's quote says \"{word}\", which A's quote does not"
            found.append(
                located("quote.altered", message, b=(view, span), severity=Severity.WARNING)
            )
    return (found or _hedged(unit, profiles) or _toned_down(unit, profiles))[:1]


def _degrees(unit: Unit, profiles: tuple[Profile, Profile]) -> list[tuple[GroupView, Span, str]]:
    """A's quoted clauses with a word of a full degree (perfectly, exactly, never: the
    profiles' `full_degrees`) beyond those B's quotes say with a word of that list: a
    translator renders such a word with an intensifier ("perfectly valid" -> "völlig
    korrekte", "should never have" -> "вообще не должна была"), so it counts with A's
    intensifiers. One B says in kind ("never" -> "nie") is said, and an intensifier B
    adds beside it ("überhaupt nicht") is B's own."""
    a_profile, b_profile = profiles
    if not a_profile.full_degrees or not b_profile.full_degrees:
        return []
    said = quoted_clauses(unit, "b", b_profile, b_profile.full_degrees_re)
    return quoted_clauses(unit, "a", a_profile, a_profile.full_degrees_re)[len(said) :]


def _once(found: list[tuple[GroupView, Span, str]]) -> list[tuple[GroupView, Span, str]]:
    """The first clause of each word. B's quotes must have more clauses with such a word
    and more distinct words than A's quotes have in all (not only the first of a clause):
    a translator says the noun again where English says "one" ("not a sudden collapse, but
    a slow one" -> "pas face à un effondrement soudain, mais à un effondrement lent"),
    varies a word the speaker said twice, and sets off with a comma a clause the original
    runs on ("good enough to fool almost any shop" -> "gut genug, um fast jedes Geschäft
    zu täuschen")."""
    seen: set[str] = set()
    kept = []
    for view, span, word in found:
        if word.lower() not in seen:
            seen.add(word.lower())
            kept.append((view, span, word))
    return kept


def _hedged(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """quote.altered: B's quotes have more clauses with a hedge (perhaps, vielleicht,
    peut-être) than A's quotes have clauses with a hedge or a word that may hedge (could,
    would, expect: a translator renders those with a hedge).

    The hedge rule asks the whole sentence for a word that may hedge, and a quote's
    "known about this for three years" has one ("about" before a figure); the quotes hold
    the speaker's words, so a doubt only B's quote says is evidence enough ("did nothing"
    -> "hätte vielleicht mehr tun können", could perhaps have done more). An approximator
    on A's side renders only an approximator, not a hedge.
    """
    a_profile, b_profile = profiles
    b_hedges = quoted_clauses(unit, "b", b_profile, b_profile.hedge_re)
    if not b_hedges:
        return []
    a_soft = [
        clause
        for pattern in (a_profile.hedge_re, a_profile.soft_hedge_re)
        for clause in quoted_clauses(unit, "a", a_profile, pattern, skip=_approximator(a_profile))
    ]
    a_clauses = {(id(view), facts.clause_of(view.a.text, span)) for view, span, _ in a_soft}
    if len(b_hedges) <= len(a_clauses):
        return []
    view, span, word = b_hedges[len(a_clauses)]
    message = f"quote softened: B's quote says \"{word}\", which A's quote does not hedge"
    return [located("quote.altered", message, b=(view, span), severity=Severity.WARNING)]


def _approximator(profile: Profile) -> re.Pattern[str] | None:
    """The profile's approximators (about, rund), which hedge only a figure."""
    return profile.approximators_re if profile.approximators else None


def _toned_down(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """quote.altered: A's quotes have a word at the top of a scale that B's quotes do not
    match, and B's quotes have one from the bottom of it that A's lack: an evaluative word
    ("a disgrace" -> "undesirable", "devastated" -> "somewhat disappointed"), a duty or
    ban become advice ("it may not" -> "il devrait éviter", it should avoid) or a wish ("they
    cannot do it again" -> "sie wollen es nicht", they do not want to), all become
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
    if a.obligations and b.obligations and a.wishes and b.wishes:
        scales.append((a.obligations_re, b.obligations_re, a.wishes_re, b.wishes_re))
    if a.wholes and b.wholes and a.parts and b.parts:
        scales.append((a.wholes_re, b.wholes_re, a.parts_re, b.parts_re))
    if a.uniques and a.one_of and b.one_of:
        scales.append((a.uniques_re, None, a.one_of_re, b.one_of_re))
    found = []
    for a_top_re, b_top_re, a_low_re, b_low_re in scales:
        a_top = quoted_clauses(unit, "a", a, a_top_re)
        if b_top_re is None:  # the top of its kind: "not the only one" is one of several
            a_top = undenied(a, a_top)
        b_top = [] if b_top_re is None else quoted_clauses(unit, "b", b, b_top_re)
        a_low = quoted_clauses(unit, "a", a, a_low_re)
        b_low = quoted_clauses(unit, "b", b, b_low_re)
        if len(a_top) > len(b_top) and len(b_low) > len(a_low):
            view, span, word = b_low[len(a_low)]
            said = a_top[len(b_top)][2]
            message = f'quote softened: B\'s quote says "{word}" where A\'s quote says "{said}"'
            found.append(
                located("quote.altered", message, b=(view, span), severity=Severity.WARNING)
            )
    return found


DENIED_WORDS = 2
"""A negation this many words or fewer before a word at the top of its kind denies it."""


def undenied(
    profile: Profile, tops: list[tuple[GroupView, Span, str]]
) -> list[tuple[GroupView, Span, str]]:
    """A's words at the top of their kind but those a negation just before denies: "one
    safeguard, not the only one" says what "одна из гарантий" (one of the safeguards) says.
    The negation is the profile's, in the same clause, at most DENIED_WORDS words before.
    (Not for all / some: "not a single house" is none, not some.)"""
    if not profile.negation:
        return tops
    kept = []
    for view, (start, end), word in tops:
        text = view.a.text
        clause_start = facts.clause_of(text, (start, end))[0]
        before = text[clause_start:start].split()[-DENIED_WORDS:]
        if not profile.negation_re.search(" ".join(before)):
            kept.append((view, (start, end), word))
    return kept


def quoted_clauses(
    unit: Unit,
    which: str,
    profile: Profile,
    pattern: re.Pattern[str],
    skip: re.Pattern[str] | None = None,
    *,
    every: bool = False,
) -> list[tuple[GroupView, Span, str]]:
    """The first match of `pattern` in each quoted clause of one side of the unit (with
    `every`, each match), but a match that is all of `skip`."""
    found = []
    for view, side in unit.sides(which):
        quoted = facts.quotes(side.text, profile)
        for start, end in facts.clauses(side.text):
            matches = [
                m
                for m in pattern.finditer(side.text, start, end)
                if skip is None or not skip.fullmatch(m.group())
            ]
            found += [
                (view, m.span(), m.group())
                for m in (matches if every else matches[:1])
                if any(s <= m.start() < e for s, e in quoted)
            ]
    return found


def quoted_spans(unit: Unit, which: str, profile: Profile) -> list[Span]:
    """Where one side's quotes in the unit are, in that side's text."""
    return [
        side.span(*span)
        for _, side in unit.sides(which)
        for span in facts.quotes(side.text, profile)
    ]


def one_per_quote(found: list[Finding], b_quotes: Sequence[Span] = ()) -> list[Finding]:
    """One quote finding per B quote: a word that softens or strengthens a quote already
    reported (cut short, or translated far from the original) is more evidence for that
    finding, given in its message, not a second finding on the same words (nor a second
    finding of the same rule on them: the hedge rule and xling.quote_words may both see a
    hedge B's quote adds). Two words that soften one quote ("könnten" and "seltener") are
    one finding too, the first: `b_quotes` are where B's quotes are, in B's text."""
    found = _distinct(found)
    quoted = [f for f in found if f.rule.startswith("quote.") and f.b_span is not None]
    into = _hosts(quoted, b_quotes)
    merged = {id(host): host for host in into.values()}
    for finding in quoted:
        host = into.get(id(finding))
        if host is not None:
            current = merged[id(host)]
            severity = max(current.severity, finding.severity, key=lambda s: s.rank)
            message = f"{current.message}; also {finding.message}"
            merged[id(host)] = replace(current, severity=severity, message=message)
    return [merged.get(id(f), f) for f in found if id(f) not in into]


def _distinct(found: list[Finding]) -> list[Finding]:
    """The findings but a second quote finding of the same rule on the same B words."""
    seen: set[tuple[str, tuple[int, int]]] = set()
    kept = []
    for finding in found:
        key = None if finding.b_span is None else (finding.rule, finding.b_span)
        if key is None or not finding.rule.startswith("quote.") or key not in seen:
            kept.append(finding)
        if key is not None:
            seen.add(key)
    return kept


def _hosts(quoted: list[Finding], b_quotes: Sequence[Span]) -> dict[int, Finding]:
    """Which finding (by id) each quote finding is folded into: one with an A side whose B
    words hold its own, else the first finding in the same B quote."""
    into: dict[int, Finding] = {}
    for finding in quoted:
        host = next((other for other in quoted if _holds(other, finding)), None)
        if host is not None:
            into[id(finding)] = host
    hosts = {id(host) for host in into.values()}
    for start, end in b_quotes:
        inside = sorted(
            (
                f
                for f in quoted
                if id(f) not in into
                and id(f) not in hosts
                and f.b_span is not None
                and start <= f.b_span[0] < end
            ),
            key=lambda f: f.b_span or (0, 0),
        )
        into.update((id(finding), inside[0]) for finding in inside[1:])
    return into


def _holds(other: Finding, finding: Finding) -> bool:
    """True when `other`, a finding with an A side, covers more B words than `finding`
    and all of its own."""
    return (
        other is not finding
        and other.a_span is not None
        and other.b_span is not None
        and finding.b_span is not None
        and other.b_span[0] <= finding.b_span[0]
        and finding.b_span[1] <= other.b_span[1]
        and other.b_span != finding.b_span
    )
