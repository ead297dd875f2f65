"""A quote whose word of degree the translation lost or gained, decided by meaning.

A word at the top of a scale in A's quote (fully, for ever, all, nobody, a disaster) with
fewer words of its class in B's quotes, or a word from the bottom of one in B's quote (a
few, partly, disappointed) with fewer of its class in A's: a translator renders such a
word by an idiom the word lists miss ("completely dark" -> "кромешная тьма") as often as a
drift loses it, and the model reads the two quotes as close either way. The probe of
xling.meaning decides: take the word out of the quote that has it; when the other side's
quote reads clearly closer to the quote without it, the word is what the versions
disagree about (quote.altered, softened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, meaning
from driftcheck.findings.xling.quote_words import quoted_clauses
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding, Severity

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

TOPS = ("intensifiers", "extremes", "wholes")
"""The classes at the top of a scale, whose word A's quote may lose in B."""
BOTTOMS = ("mild", "parts")
"""The classes at the bottom of one, whose word B's quote may gain (a softening word B's
quote adds is read by xling.quote_words from the words alone)."""
LOST_MARGIN = -0.035
"""The other side's quote reads closer to the quote without the word by this much or more.
Over the quote pairs of dev..dev18 of bench/xling (h-xl54) the probe puts 15 labelled
quote drifts at or below -0.035 and one faithful translation ("quelques" for "some");
at -0.025, 22 drifts and 3 faithful stories, most of those drifts already reported by
the other quote rules: USE reads a word rendered by an idiom within a few hundredths."""


def check_degree(
    unit: Unit, profiles: tuple[Profile, Profile], embedder: Embedder | None
) -> list[Finding]:
    """quote.altered: the first word of degree one side's quotes have more of than the
    other's (A's from the top of a scale, B's from the bottom) which the other side's
    quotes read as not said."""
    if embedder is None:
        return []
    for which, names in (("a", TOPS), ("b", BOTTOMS)):
        own, other = profiles if which == "a" else (profiles[1], profiles[0])
        there = "b" if which == "a" else "a"
        others = [
            side.text[slice(*span)]
            for _, side in unit.sides(there)
            for span in facts.quotes(side.text, other)
        ]
        for view, span, word in _unmatched(unit, which, names, (own, other)) if others else []:
            side = view.a if which == "a" else view.b
            quote = next((q for q in facts.quotes(side.text, own) if q[0] <= span[0] < q[1]), None)
            if quote is None:
                continue
            at = (span[0] - quote[0], span[1] - quote[0])
            gain = meaning.marker_gain(embedder, others, side.text[slice(*quote)], [at])
            if gain <= LOST_MARGIN:
                return [_finding((view, span), word, which, gain, other)]
    return []


def _unmatched(
    unit: Unit, which: str, names: tuple[str, ...], profiles: tuple[Profile, Profile]
) -> list[tuple[GroupView, Span, str]]:
    """The words of each class (`names`) one side's quoted clauses have more of than the
    other side's; `profiles` are that side's and the other's."""
    own, other = profiles
    there = "b" if which == "a" else "a"
    found = []
    for name in names:
        if getattr(own, name) and getattr(other, name):
            mine = quoted_clauses(unit, which, own, getattr(own, f"{name}_re"))
            theirs = quoted_clauses(unit, there, other, getattr(other, f"{name}_re"))
            if len(mine) > len(theirs):
                found += mine
    return found


def _finding(
    place: tuple[GroupView, Span], word: str, which: str, gain: float, other: Profile
) -> Finding:
    """The finding on the word (and on B's quote of its group, for a word of A)."""
    said, reader = ("A", "B") if which == "a" else ("B", "A")
    message = (
        f"quote softened: {said}'s quote says \"{word}\", and {reader}'s reads closer to it "
        f"without that word (by {-gain:.3f})"
    )
    view = place[0]
    if which == "b":
        return located("quote.altered", message, b=place, severity=Severity.WARNING)
    b_quotes = facts.quotes(view.b.text, other)
    b_place = (view, b_quotes[0]) if b_quotes else None
    return located("quote.altered", message, a=place, b=b_place, severity=Severity.WARNING)
