"""A negation the other side of a group carries in a word its count of clauses leaves out.

The count rule (xling.negation.check_negation) sees a negated clause on one side only. A
translator often keeps that negation in a word the other side's count does not take as a
negated clause of its own:

- a word of refusal, failure, prohibition or lack (the negative pole of a polarity class,
  see xling.polarity) that no negation turns round: "would not drop the plan" = "a exclu
  de renoncer à son projet", "could not find interpreters" = "faute d'interprètes";
- a negation word in a clause the count takes as the one before it carried on: "never
  worked, and it will not work now" = "hat nie funktioniert, und es wird auch jetzt nicht
  funktionieren";
- a word with a negation folded into its prefix, where the language's prefix also opens
  words that negate nothing (Profile.negative_prefix: "is not being honest" = "неискренен").

Such a word is evidence that the other side says the negation too, weaker than a word of
the clause's own class (xling.renderings discounts those outright): the flip stands only
where the embedder's probe reads it by a wider margin (meaning.CARRIED_MARGIN).
"""

from __future__ import annotations

from collections import Counter

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, negated_clauses, polarity

Span = tuple[int, int]

NEGATING = frozenset({"assent", "success", "permission", "enough"})
"""The polarity classes whose negative words negate what they govern or name an absence:
deny, refuse, rule out; fail; ban, prevent; lack. A fall, a move or a loss is no negation."""


def carrier(other: str, theirs: Profile, own: str, mine: Profile) -> str | None:
    """The first word of the other side's text of a group that carries a negation its count
    of negated clauses leaves out, or None. A negative word the negated side's text has
    one of its own for ("a ban" = "ein Verbot") is the same word on both sides, no carrier."""
    counted = [facts.clause_of(other, span) for span in negated_clauses.negated(other, theirs)]

    def uncounted(span: Span) -> bool:
        return not any(start <= span[0] < end for start, end in counted)

    matched = Counter(m.kind for m in _negative(own, mine))
    for mark in _negative(other, theirs):
        if mark.turned or mark.sign > 0:
            continue
        if matched[mark.kind] > 0:
            matched[mark.kind] -= 1
        elif uncounted(mark.span):
            return other[mark.span[0] : mark.span[1]]
    for start, end in facts.clauses(other):
        clause = other[start:end]
        if theirs.not_negation_re.search(clause):
            continue
        match = theirs.negation_re.search(clause)
        if match is not None and uncounted((start, end)) and len(clause.split()) > 1:
            return match.group()
    if theirs.negative_prefix:
        prefixed = theirs.negative_prefix_re.search(other)
        if prefixed is not None and uncounted(prefixed.span()):
            return prefixed.group()
    return None


def _negative(text: str, profile: Profile) -> list[polarity.Mark]:
    """The words of a negating class whose own pole is negative ("ban", "refused"), whether
    or not a negation turns them round."""
    return [m for m in polarity.marks(text, profile) if m.kind in NEGATING and m.pole < 0]
