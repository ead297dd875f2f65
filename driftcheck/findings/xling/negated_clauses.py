"""Which clauses of a text are negated, read with its language's profile: a clause with a
negation counts once, however many negative words it has; a clause that carries on the
negation before it, a relative clause inside its noun's clause and a word cited in
quotation marks add none; a conjunction that joins a negated clause of its own adds one."""

from __future__ import annotations

import itertools
import re

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling.facts import Span, clause_of, clauses

_SENTENCE_END = re.compile(r"[.!?]")


def negated(text: str, profile: Profile) -> list[Span]:
    """The clauses with a negation in them (a clause with two, as Russian writes, counts once).

    A clause that carries on the negation of the clause before it in the same sentence
    ("we cannot say when, nor whether", "ne ... pas ..., ni même si") is that negation.
    A relative clause set off by commas and the clause of its noun around it count once
    (see `_relative`): "Eine Bank, die nicht zahlen kann, ist keine Bank" is one negated
    clause, as "a bank that cannot pay is no bank" is.
    """
    found: list[Span] = []
    previous: Span | None = None  # the last clause, when it was negated
    spans = list(clauses(text))
    inside = _interrupting(text, spans, profile)
    counted = False  # whether the clause a relative clause interrupts was counted
    for n, (start, end) in enumerate(spans):
        clause = text[start:end]
        match = profile.negation_re.search(clause)
        negative = match is not None and not profile.not_negation_re.search(clause)
        carried = (
            previous is not None
            and (
                (
                    profile.negation_continued
                    and profile.negation_continued_re.search(clause) is not None
                )
                or _completes(text[previous[0] : previous[1]], clause, profile)
            )
            and not _SENTENCE_END.search(text, previous[1], start)
        )
        goes_on = n in inside or n - 1 in inside  # the relative clause, the rest of its host
        if not goes_on:
            counted = False  # a clause of its own
        # "..., who asked not to be named, warned managers but received no reply": a
        # conjunction ends the clause of the noun, and what it joins is a clause of its own
        joined = (
            n - 1 in inside
            and match is not None
            and bool(profile.conjunctions)
            and profile.conjunctions_re.search(clause, 0, match.start()) is not None
        )
        if _cited(text, start, end) and not _answered(text, start, profile):
            match = None  # the word "no" in quotation marks ("the „Nein“ box") negates nothing
        if match and negative and not carried and (not counted or joined):
            found.append((start + match.start(), start + match.end()))
            found += [(start + s, start + e) for s, e in _conjoined(clause, match.end(), profile)]
            counted = True
        previous = (start, end) if negative else None
    return found


def _completes(before: str, clause: str, profile: Profile) -> bool:
    """True when the clause opens with the word that completes a negation the clause before
    it left open: "l'hôpital n'avait « pas d'autre choix »" is one negation, cut by a
    quotation mark between "ne" and "pas"."""
    if not profile.negation_partner or profile.negation_partner_re.match(clause.lstrip()) is None:
        return False
    opened = profile.negation_re.search(before)
    return opened is not None and not profile.negation_partner_re.search(before, opened.end())


def _conjoined(clause: str, after: int, profile: Profile) -> list[Span]:
    """The negations of a clause that a conjunction after its first negation joins to it
    ("did not dispute the complaints but said there had been no movement"): each is a
    clause of its own, which a language that sets its clauses off by commas ("wies die
    Beschwerden nicht zurück, erklärte jedoch, ... keine") counts apart."""
    found: list[Span] = []
    if not profile.conjunctions:
        return found
    for conjunction in profile.conjunctions_re.finditer(clause, after):
        if conjunction.start() < after:
            continue  # a conjunction inside the stretch of the negation counted last
        negation = profile.negation_re.search(clause, conjunction.end())
        if negation is None:
            continue
        before = profile.negation_re.finditer(clause, 0, conjunction.start())
        again = clause[conjunction.end() : negation.end()]
        if any(
            _repeated(m.group(), again, profile) for m in before
        ) and not profile.negation_re.search(clause, negation.end()):
            continue  # "auf keiner Beschilderung und keiner Karte": one negation, two nouns
        found.append(negation.span())
        after = negation.end()
    return found


def _repeated(word: str, stretch: str, profile: Profile) -> bool:
    """True when a conjunction joins the same negative determiner again, straight after it
    ("auf keiner Beschilderung und keiner Eintrittskarte mehr erscheinen"): one negation
    said of two nouns, as "will not appear on any signage or tickets" says it once, not a
    clause of its own. Where a negation follows, the second noun has a verb of its own
    ("aucune violence n'a été signalée et aucune interpellation n'a eu lieu"); a repeated
    "not" or "never" is as often a verb's ("never cheated and never will")."""
    again = stretch.split()
    if len(again) != 1 or len(word) < _REPEATED_STEM or NOBODY not in profile.polarity:
        return False
    nobody = profile.polarity_re(NOBODY, -1)
    return (
        word[:_REPEATED_STEM].lower() == again[0][:_REPEATED_STEM].lower()
        and nobody.fullmatch(word) is not None
        and nobody.fullmatch(again[0]) is not None
    )


NOBODY = "anyone"
"""The polarity class whose negative words are determiners and pronouns: nobody, kein,
aucun, ningún, никакой (see xling.polarity)."""

_REPEATED_STEM = 4
"""How many letters two negative words share to be one word in two forms (keiner, keinem;
ningún, ninguna; никаких, никакой); "no" and "ni" are too short to tell."""


_QUOTATION_MARKS = frozenset('«»„“”"‘’‹›')


def _cited(text: str, start: int, end: int) -> bool:
    """True when the clause is one word between quotation marks: a word cited, not said
    ("the \"yes\" and \"no\" boxes", "„Nein“-Feldern")."""
    return (
        len(text[start:end].split()) == 1
        and start > 0
        and text[start - 1] in _QUOTATION_MARKS
        and text[end : end + 1] in _QUOTATION_MARKS
        and end < len(text)
    )


def _answered(text: str, start: int, profile: Profile) -> bool:
    """True when the word in quotation marks at `start` is the object of a verb of saying
    just before it: an answer given, not a word cited ("они сказали „нет“" = "they said
    no", a refusal, which the other languages write with no quotation marks)."""
    before = text[: max(0, start - 1)].rstrip()
    words = before.split()
    return bool(words) and profile.attribution_re.fullmatch(words[-1].strip(",:;")) is not None


def _interrupting(text: str, spans: list[Span], profile: Profile) -> set[int]:
    """The clauses that are a relative clause set off by commas inside the clause of its
    noun, which goes on after it in the same sentence with no conjunction ("Eine Bank, die
    nicht zahlen kann, ist keine Bank"); one that ends its sentence ("..., whose grants are
    not affected.") or a conjunction follows is a clause of its own."""
    found = set()
    for n in range(1, len(spans) - 1):
        before, (start, end), after = spans[n - 1], spans[n], spans[n + 1]
        if (
            not _SENTENCE_END.search(text, before[1], start)
            and not _SENTENCE_END.search(text, end, after[0])
            and _relative(text, before, text[start:end], profile)
            and not _joined(text[after[0] : after[1]], profile)
        ):
            found.add(n)
    return found


def _relative(text: str, before: Span, clause: str, profile: Profile) -> bool:
    """True when the clause is a relative clause set off by commas ("Eine Bank, die keine
    Zahlungen abwickeln kann, ist keine ...", "Банк, который не может ..."): its negation
    belongs to the noun before it, whose clause goes on after it, as English writes "a bank
    that cannot pay is no bank" in one clause. In a language that capitalises its nouns,
    the clause before ends with one ("sagte, die Bank sei" opens no relative clause)."""
    if not profile.relative or not profile.relative_re.match(clause.strip()):
        return False
    if not profile.capitalised_nouns:
        return True
    words = text[before[0] : before[1]].split()
    return bool(words) and words[-1][:1].isupper()


def _joined(clause: str, profile: Profile) -> bool:
    """True when a conjunction opens the clause: it is a clause of its own ("..., der nicht
    kam, und sie sagte nichts"), not the rest of the clause a relative clause interrupted."""
    return bool(profile.conjunctions) and profile.conjunctions_re.match(clause.strip()) is not None


def negation_marks(text: str, span: Span, profile: Profile) -> list[Span]:
    """The negation words (and the words that complete them: ne ... pas) of the clause that
    holds `span`."""
    start, end = clause_of(text, span)
    clause = text[start:end]
    found = [m.span() for m in profile.negation_re.finditer(clause)]
    if profile.negation_partner:
        found += [m.span() for m in profile.negation_partner_re.finditer(clause)]
    low, high = _conjunct(clause, (span[0] - start, span[1] - start), profile)
    found = [(s, e) for s, e in found if low <= s and e <= high]
    return [(start + s, start + e) for s, e in found] or [span]


def _conjunct(clause: str, span: Span, profile: Profile) -> Span:
    """The stretch of a clause that holds `span` between the conjunctions that join a
    negated clause of its own to it (see `_conjoined`): "has never sold any and does not
    plan to" has two negations, each of its own conjunct; the whole clause otherwise."""
    if not profile.conjunctions:
        return (0, len(clause))
    first = profile.negation_re.search(clause)
    if first is None:
        return (0, len(clause))
    starts = [first.start()] + [s for s, _ in _conjoined(clause, first.end(), profile)]
    if len(starts) == 1:
        return (0, len(clause))
    bounds = (
        [0]
        + [
            max(
                (c.start() for c in profile.conjunctions_re.finditer(clause, 0, at)),
                default=at,
            )
            for at in starts[1:]
        ]
        + [len(clause)]
    )
    for low, high in itertools.pairwise(bounds):
        if low <= span[0] < high:
            return (low, high)
    return (0, len(clause))
