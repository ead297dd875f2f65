"""A quote softened from the top of its kind to a plain degree, across languages: A's quote
says "the harshest penalty", B's says "a severe penalty" (quote.altered).

The superlative is a class of words each profile reads by its grammar (`uniques`: "the"
and a word in -est, "der" and one in -ste, "le plus", "el más", "самый" or -ейший). A
translator keeps the degree, in the words of the superlative or of "one of" (which
xling.quote_words reads as its own softening); the model reads "the harshest" and "a
severe" as close.
"""

from __future__ import annotations

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.quote_words import quoted_clauses, undenied
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding, Severity


def check_superlatives(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """quote.altered: A's quotes have more clauses with a superlative (not denied: "not the
    only one") than B's quotes have clauses with a superlative or with "one of". The
    finding is on B's quote in the group of A's first superlative left over (on B's first
    quote of the unit where alignment left that group with no B side); none where the
    group's B side quotes nothing (see quote.unquoted)."""
    a, b = profiles
    if not (a.uniques and b.uniques):
        return []
    a_top = undenied(a, quoted_clauses(unit, "a", a, a.uniques_re))
    b_kept = quoted_clauses(unit, "b", b, b.uniques_re)
    if b.one_of:
        b_kept += quoted_clauses(unit, "b", b, b.one_of_re)
    if len(a_top) <= len(b_kept):
        return []
    view, _, word = a_top[len(b_kept)]
    if view.b.text:  # B's words for the quote: not quoted is quote.unquoted's
        b_quotes = [(view, span) for span in facts.quotes(view.b.text, b)]
    else:  # alignment left the sentence apart: B's quotes of the unit
        b_quotes = [
            (other, span) for other, side in unit.sides("b") for span in facts.quotes(side.text, b)
        ]
    if not b_quotes:
        return []
    place = b_quotes[0]
    message = f"quote softened: A's quote says \"{word}\", B's quote says no superlative"
    return [located("quote.altered", message, b=place, severity=Severity.WARNING)]
