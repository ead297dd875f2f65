"""Words of one kind across languages: which word of a translation renders which of the original.

A word of the translation that may hedge renders, first, a word of its own kind in the
original's sentence (Profile.hedge_kinds: a modal of possibility, a word of expectation or
plan, of estimate, of risk, of likelihood; and a verb of saying, Profile.attribution): "the
agency plans a second round ... and may extend it" -> "la agencia prevé una segunda ronda
... y la ampliará" has its "prevé" for the "plans", and nothing for the "may". Only the
original's words that are no hedge of the clause being judged claim; a word of the
translation that is no hedge renders a word of its kind before one that is ("said ... had
reportedly" -> "заявил, что ..., как сообщается,": the "заявил" is the "said").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder, Matrix

Span = tuple[int, int]
Kinded = tuple[Span, frozenset[str]]
"""A word of a kind: its span and its kinds."""
Claimant = tuple[Kinded, int | None]
"""A word of a kind of a hedged clause's sentence and the other side's sentence that
renders it (None: the clause's own word, whichever sentence renders the clause)."""

SAY = "say"
"""The kind of a verb of saying (Profile.attribution), which every profile has."""
ESTIMATE = "estimate"
"""The kind of a word of estimate."""
RISK = "risk"
"""The kind of a word of risk or fear, which names a possibility."""
CAN = "can"
"""The kind of a modal of possibility or ability."""
WOULD = "would"
"""The kind of a mood of hypothesis (would, würde, a conditional, бы)."""
EXPECT = "expect"
"""The kind of a word of expectation, forecast or plan."""


def kinds_in(text: str, profile: Profile, start: int = 0, end: int | None = None) -> list[Kinded]:
    """The words of a kind in text[start:end], each with its span and the kinds it has;
    matches that overlap are one word of their kinds (French "a estimé" is a verb of
    saying and an estimate)."""
    stop = len(text) if end is None else end
    found: list[tuple[Span, str]] = []
    for kind in [*profile.hedge_kinds, SAY]:
        pattern = profile.attribution_re if kind == SAY else profile.hedge_kind_re(kind)
        found += [(match.span(), kind) for match in pattern.finditer(text, start, stop)]
    merged: list[tuple[Span, set[str]]] = []
    for (first, last), kind in sorted(found):
        if merged and first < merged[-1][0][1]:
            (low, high), kinds = merged[-1]
            merged[-1] = ((low, max(high, last)), kinds | {kind})
        else:
            merged.append(((first, last), {kind}))
    return [(span, frozenset(kinds)) for span, kinds in merged]


def claimed(claimants: list[Kinded], words: list[Kinded], hedging: list[Span]) -> int:
    """How many of the translation's words that may hedge (`hedging`) the original's
    `claimants` take (see `take`)."""
    taken = take(claimants, words, hedging, Counter())
    return sum(count for span, count in taken.items() if overlaps(span, hedging))


def take(
    claimants: list[Kinded], words: list[Kinded], hedging: list[Span], taken: Counter[Span]
) -> Counter[Span]:
    """The words of the translation (`words`) the original's `claimants` take, past those
    already `taken`: each claimant takes one that shares a kind with it, one that is no
    word that may hedge (`hedging`) first; a word is taken as often as `words` lists it
    (once, or once for each clause it governs: see `repeated`)."""
    free = sorted(words, key=lambda word: overlaps(word[0], hedging))
    times = Counter(span for span, _ in words)
    mine: Counter[Span] = Counter()
    for _, kinds in claimants:
        for span, other in free:
            if taken[span] + mine[span] < times[span] and kinds & other:
                mine[span] += 1
                break
    return mine


def repeated(sentence: str, profile: Profile) -> list[Span]:
    """The words that may hedge of the sentence that govern more than one clause of what is
    said or expected (Profile.complement), once for each clause past the first that a
    conjunction joins to it in the same clause: "Se prevé que las obras comiencen en
    septiembre y que la producción llegue en 2029" has one verb for "is expected to begin
    in September, with production planned for 2029"; in "es poco probable que ..., pero
    que" the "pero que" goes on with what was said, not with the "probable"."""
    if not profile.complement or not profile.conjunctions:
        return []
    that_word = rf"(?:{profile.complement})(?:(?<=['’])|(?!\w))"
    opens = re.compile(rf"[\s,]+{that_word}", re.IGNORECASE)
    again = re.compile(rf"(?<!\w)(?:{profile.conjunctions})\s+{that_word}", re.IGNORECASE)
    found = []
    for span in facts.hedge_spans(sentence, profile, figures=False):
        that = opens.match(sentence, span[1])
        if that is not None:  # its clause goes on with no comma: "y que", not ", pero que"
            _, end = facts.clause_of(sentence, (that.end() - 1, that.end()))
            found += [span] * len(again.findall(sentence, that.end(), end))
    return found


def of_spans(spans: list[Span], found: list[Kinded]) -> list[Kinded]:
    """Each span with the kinds of the words of `found` it overlaps (none: no kind)."""
    return [
        (span, frozenset().union(*(kinds for at, kinds in found if overlaps(at, [span]))))
        for span in spans
    ]


def outside(found: list[Kinded], spans: list[Span]) -> list[Kinded]:
    """The words of `found` that overlap none of `spans`."""
    return [word for word in found if not overlaps(word[0], spans)]


def overlaps(span: Span, spans: list[Span]) -> bool:
    """True when `span` overlaps any of `spans`, other than by lying strictly inside it: a
    word between the first and last words of a hedge is set between its parts, not part of
    it ("rechnet nach eigenen Angaben damit": the source is no word of "rechnet ... damit")."""
    return any(
        span[0] < end and start < span[1] and not (start < span[0] and span[1] < end)
        for start, end in spans
    )


def around(
    text: str, sentence: Span, clause: Span, profile: Profile
) -> tuple[list[Kinded], list[tuple[str, list[Kinded]]]]:
    """The words of a kind of a hedged clause that are no hedge nor word that may hedge of
    it ("plans a second round", "at risk", "said"), and each other clause of its sentence
    that has words of a kind, with them: those claim the translation's words first, where
    the translation writes that clause in the same sentence. A word of risk or fear before
    the clause's hedge names the possibility the hedge spells out, and claims nothing:
    "the risk that the dam could burst" = "das Risiko, dass der Damm bricht"; nor does a
    "would" of reported speech (`_spoken`), which xling.hedges renders on its own. A
    "would" elsewhere claims a mood of its kind ("is expected to decide ..., which would
    make evacuation mandatory" = "decidirá ..., lo que haría obligatoria": no hedge)."""
    counted = [
        (clause[0] + start, clause[0] + end)
        for start, end in facts.hedge_spans(text[slice(*clause)], profile)
    ]
    first = min((start for start, _ in counted), default=clause[1])

    def claiming(found: list[Kinded]) -> list[Kinded]:
        return [
            (at, kinds)
            for at, kinds in found
            if not (at[1] <= first and RISK in kinds) and not _spoken(text, at, kinds, profile)
        ]

    inside = claiming(outside(kinds_in(text, profile, *clause), counted))
    others = []
    for start, end in facts.clauses(text[slice(*sentence)]):
        at = (sentence[0] + start, sentence[0] + end)
        if at[0] < clause[1] and clause[0] < at[1]:
            continue
        found = claiming(kinds_in(text, profile, *at))
        if found:
            others.append((text[slice(*at)], found))
    return inside, others


def _spoken(text: str, at: Span, kinds: frozenset[str], profile: Profile) -> bool:
    """True when the word is only a mood of hypothesis and follows a verb of saying in its
    clause ("said the repair would cost"): the future of reported speech."""
    start, _ = facts.clause_of(text, at)
    return kinds == {WOULD} and profile.attribution_re.search(text, start, at[0]) is not None


def claimants(
    hedged: list[tuple[str, Span, Span]],
    profile: Profile,
    embedder: Embedder,
    *,
    rows: Matrix,
    places: list[tuple[int, int, int]],
) -> list[list[Claimant]]:
    """For each hedged clause (its text, and where its sentence and the clause are), the
    words of a kind of its sentence that are none of its hedges (`around`), each with the
    other side's sentence that renders it (`places`: sentence, start, end of each clause
    of the other side, `rows` their embeddings): None for those of the clause itself, the
    sentence most like its clause for the others."""
    arounds = [around(text, sentence, clause, profile) for text, sentence, clause in hedged]
    flat = [clause for _, others in arounds for clause, _ in others]
    best: Iterator[int] = iter([])
    if flat:
        best = iter(places[int(row.argmax())][0] for row in embedder.embed(flat) @ rows.T)
    found: list[list[Claimant]] = []
    for inside, others in arounds:
        mine: list[Claimant] = [(word, None) for word in inside]
        for _, words in others:
            n = next(best)
            mine += [(word, n) for word in words]
        found.append(mine)
    return found


def claimed_in(claimants: list[Kinded], sentence: str, profiles: tuple[Profile, Profile]) -> int:
    """How many of the other side's sentence's words that may hedge the original's words
    of their kind take (see xling.hedge_kinds)."""
    hedging = facts.hedge_spans(sentence, profiles[1], figures=False)
    return claimed(claimants, _kinded(sentence, profiles[1]), hedging)


def in_kind(
    clause: str,
    claimants: list[Kinded],
    sentence: str,
    profiles: tuple[Profile, Profile],
) -> bool:
    """True when each hedge of the clause has a word of its own kind among the other
    side's sentence's words that may hedge that the claimants leave: the hedges are kept,
    and a "would" beside them may be a mood the translation rewrote ("is expected to take
    place in September and would cost roughly" = "está previsto que se realice en
    septiembre, con un coste aproximado"). The clause's words that may hedge but do not,
    and have a kind, take theirs before the hedges do: in "could not afford ... but might
    lease" = "no puede permitirse ..., pero que lo alquilará" the "puede" is the "could",
    one its clause negates as the original's is ("mais qu'elle pourrait" is the "might")."""
    own, other = profiles
    at = [m.span() for m in own.hedge_re.finditer(clause)]
    kinded = kinds_in(clause, own)
    hedges = of_spans(at, kinded)
    if not hedges or not all(kinds for _, kinds in hedges):
        return False
    softly = _not_hedges(facts.hedge_spans(clause, own, figures=False), at)
    moods = [word for word in of_spans(softly, kinded) if word[1]]
    hedging = facts.hedge_spans(sentence, other, figures=False)
    words = _kinded(sentence, other)
    gone = take(claimants, words, hedging, Counter())
    found = [word for word in words if overlaps(word[0], hedging)]
    for negated in (False, True):  # a "could not" takes a modal its clause negates
        mine = [word for word in moods if _negated(clause, word[0], own) is negated]
        theirs = [word for word in found if not negated or _negated(sentence, word[0], other)]
        gone += take(mine, theirs, hedging, gone)
    return sum(take(hedges, found, hedging, gone).values()) == len(hedges)


def expected(original: str, hedge: tuple[str, Span], profiles: tuple[Profile, Profile]) -> bool:
    """True when a hedge the translation adds is a word of expectation (Profile.hedge_kinds)
    and the original's sentence has a word of that kind that is no hedge there: the verb
    of a forecast the original states ("The weather service forecast further cold nights"
    = "Метеослужба прогнозирует новые холодные ночи"), rendered by the translation's form
    of it, which its language reads as a hedge."""
    text, span = hedge
    own = any(EXPECT in kinds for _, kinds in kinds_in(text, profiles[1], *span))
    return own and any(EXPECT in kinds for _, kinds in kinds_in(original, profiles[0]))


def unable(clause: str, profile: Profile) -> list[Kinded]:
    """The words of ability of the clause that may hedge but do not and that its clause
    negates ("cannot", "could not afford"): a negation, no hedge to render."""
    at = [m.span() for m in profile.hedge_re.finditer(clause)]
    softly = _not_hedges(facts.hedge_spans(clause, profile, figures=False), at)
    return [
        word
        for word in of_spans(softly, kinds_in(clause, profile))
        if CAN in word[1] and _negated(clause, word[0], profile)
    ]


def unable_in(words: list[Kinded], sentence: str, profiles: tuple[Profile, Profile]) -> int:
    """How many of the other side's sentence's words that may hedge the original's negated
    words of ability (`unable`) take: only a modal of their kind its clause negates ("no
    puede permitirse" is the "could not afford")."""
    hedging = facts.hedge_spans(sentence, profiles[1], figures=False)
    negated = [
        word
        for word in _kinded(sentence, profiles[1])
        if overlaps(word[0], hedging) and _negated(sentence, word[0], profiles[1])
    ]
    return sum(take(words, negated, hedging, Counter()).values())


def _not_hedges(spans: list[Span], hedges: list[Span]) -> list[Span]:
    """The words that may hedge that are none of the hedges, nor part of one: a hedge's
    match is often longer than its word ("expected to" holds "expected")."""
    return [span for span in spans if not any(s < span[1] and span[0] < e for s, e in hedges)]


def _negated(text: str, span: Span, profile: Profile) -> bool:
    """True when a negation stands in the clause of the word at `span` ("could not",
    "no puede"; "n'avait pas les moyens ..., mais qu'elle pourrait" leaves "pourrait")."""
    start, end = facts.clause_of(text, span)
    return profile.negation_re.search(text, start, end) is not None


def _kinded(sentence: str, profile: Profile) -> list[Kinded]:
    """The words of a kind of the other side's sentence that a word of the original may
    claim: a conditional that reports (Profile.reporting_conditional, no hedge of its own)
    only as a mood of hypothesis, since its mood renders a hedge whatever its verb renders
    ("reportedly puts ... at risk" = "menacerait"); not a verb of estimating, no verb of
    saying, that opens what it estimates (Profile.speech_that), which renders an
    expectation besides its estimate ("is expected to cost ..., analysts estimated" = "los
    analistas calculan que costará").
    A word that governs several clauses (`repeated`) is listed once for each."""
    that = re.compile(rf"\s+(?:{profile.speech_that})", re.IGNORECASE)
    again = repeated(sentence, profile)
    found: list[Kinded] = []
    for span, kinds in kinds_in(sentence, profile):
        mood = (
            profile.reporting_conditional
            and profile.reporting_conditional_re.fullmatch(sentence, *span)
            and not profile.hedge_re.fullmatch(sentence, *span)
        )
        own = kinds & {WOULD} if mood else kinds  # a mood that reports renders as a mood
        if own and not (
            profile.speech_that
            and ESTIMATE in own
            and SAY not in own
            and that.match(sentence, span[1])
        ):
            found += [(span, own)] * (1 + sum(1 for at in again if overlaps(at, [span])))
    return found


def left_to_claim(
    hedged: list[tuple[int, Span, list[Claimant]]], clauses: list[str], n: int, profile: Profile
) -> list[Kinded]:
    """The words of a kind that claim the other side's sentence `n` before the hedged
    clauses that share it (each: the key of its side's text, where the clause is, its
    claimants; `clauses` their texts): their claimants that sentence renders, but the
    hedges of those clauses, which are what the sentence must render."""
    needed = [
        (key, (clause[0] + m.start(), clause[0] + m.end()))
        for (key, clause, _), text in zip(hedged, clauses, strict=True)
        for m in profile.hedge_re.finditer(text)
    ]
    claiming = {
        (key, word)
        for key, _, words in hedged
        for word, m in words
        if m in (None, n)
        and not any(own == key and overlaps(word[0], [span]) for own, span in needed)
    }
    return [word for _, word in sorted(claiming)]
