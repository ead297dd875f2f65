"""A quote softened from the top of its kind to a plain degree, across languages: A's quote
says "the harshest penalty", B's says "a severe penalty" (quote.altered).

The superlative is a class of words each profile reads by its grammar (`uniques`: "the"
and a word in -est, "der" and one in -ste, "le plus", "el más", "самый" or -ейший). A
translator keeps the degree, in the words of the superlative or of "one of" (which
xling.quote_words reads as its own softening); the model reads "the harshest" and "a
severe" as close.
"""

from __future__ import annotations

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.quote_words import quoted_clauses, undenied
from driftcheck.findings.xling.units import Unit, located
from driftcheck.types import Finding, Severity


def check_superlatives(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """quote.altered: A's quotes have more clauses with a superlative (not denied: "not the
    only one") than B's quotes have clauses with a superlative or with "one of"; else more
    clauses with a word that makes a thing the only one of its kind than B's quotes have
    ("our only concern" -> "unsere größte Sorge": a superlative keeps the top, not the
    only one). The finding is on B's quote in the group of A's first word left over (on
    B's first quote of the unit where alignment left that group with no B side); none
    where the group's B side quotes nothing (see quote.unquoted)."""
    a, b = profiles
    if a.uniques and b.uniques:
        a_top = undenied(a, quoted_clauses(unit, "a", a, a.uniques_re))
        b_kept = quoted_clauses(unit, "b", b, b.uniques_re)
        if b.one_of:
            b_kept += quoted_clauses(unit, "b", b, b.one_of_re)
        if len(a_top) > len(b_kept):
            view, _, word = a_top[len(b_kept)]
            said = f"quote softened: A's quote says \"{word}\", B's quote says no superlative"
            return _on_quote(unit, view, b, said)
    if a.sole and b.sole:
        a_sole = undenied(a, quoted_clauses(unit, "a", a, a.sole_re))
        b_sole = quoted_clauses(unit, "b", b, b.sole_re)
        if len(a_sole) > len(b_sole):
            view, _, word = a_sole[len(b_sole)]
            said = (
                f"quote altered: A's quote says \"{word}\", B's quote does not make it the only one"
            )
            return _on_quote(unit, view, b, said)
    return []


def _on_quote(unit: Unit, view: GroupView, b: Profile, message: str) -> list[Finding]:
    """The finding on B's first quote in `view` (in the unit, where alignment left the
    group with no B side); none where there B quotes nothing."""
    if view.b.text:  # B's words for the quote: not quoted is quote.unquoted's
        b_quotes = [(view, span) for span in facts.quotes(view.b.text, b)]
    else:  # alignment left the sentence apart: B's quotes of the unit
        b_quotes = [
            (other, span) for other, side in unit.sides("b") for span in facts.quotes(side.text, b)
        ]
    if not b_quotes:
        return []
    return [located("quote.altered", message, b=b_quotes[0], severity=Severity.WARNING)]
