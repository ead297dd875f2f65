"""Who a statement is attributed to, across languages: the institution or role next to the
reporting words of each aligned pair ("according to the regulator" -> "selon l'entreprise").

Each side's profile turns its words into shared values (facts.roles, facts.sources: police,
company, union, regulator...), grouped coarsely here so that a translator's choice between
near synonyms ("the ministry", "the government") is no change. A pair whose two sides
both attribute, to sources with no group in common, gave the statement to someone else.
People are compared by name (see xling.names).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding

WINDOW = 6
"""Words on either side of a reporting word that may name who is reported."""

_GROUPS = {
    "government": "state", "ministry": "state", "authority": "state", "agency": "state",
    "regulator": "state", "officials": "state", "minister": "state", "secretary": "state",
    "police": "police", "investigators": "police", "inspector": "police",
    "commissioner": "", "airline": "company", "chief executive": "company",
    "court": "court", "judge": "court", "spokesman": "",
    "chief": "", "director": "", "president": "", "leader": "", "representative": "",
    "manager": "", "head": "",
}  # fmt: skip
"""Values that stand for one source (an empty group: a role any source has, never compared)."""
_NOT_SOURCES = frozenset({"place", "organisation"})
"""Values the profiles give words that do not say who speaks (a river, "the alliance")."""


def check_sources(
    unit: Unit, profiles: tuple[Profile, Profile], told: AbstractSet[int | None] = frozenset()
) -> list[Finding]:
    """attribution.changed: both sides of a pair attribute, to sources with nothing in common.

    `told` are the groups whose attribution the names rule already reported changed.
    """
    found = []
    for view in unit.views:
        if view.index in told or not view.paired or not view.a.text or not view.b.text:
            continue
        a_values, a_span = _attributed_to(view.a.text, profiles[0])
        b_values, b_span = _attributed_to(view.b.text, profiles[1])
        a_groups, b_groups = _groups(a_values), _groups(b_values)
        if a_groups and b_groups and not (a_groups & b_groups):
            message = (
                f"attribution changed: A attributes to the {', '.join(sorted(a_values))}, "
                f"B to the {', '.join(sorted(b_values))}"
            )
            found.append(
                located("attribution.changed", message, a=(view, a_span), b=(view, b_span))
            )
    return found


def _attributed_to(text: str, profile: Profile) -> tuple[set[str], Span]:
    """The sources and roles named near the text's reporting words, and where the first is."""
    values: set[str] = set()
    where: Span = (0, 0)
    words = facts.words(text)
    for start, end in facts.attributed(text, profile):
        clause = facts.clause_of(text, (start, end))
        near = [w for w in words if clause[0] <= w.start < clause[1]]
        index = next((n for n, w in enumerate(near) if w.end > start), len(near))
        window = near[max(index - WINDOW, 0) : index + WINDOW + 1]
        if not window:
            continue
        span = (window[0].start, window[-1].end)
        named = _sources(text[span[0] : span[1]], profile)
        if named and not values:
            where = span
        values |= named
    return values, where


def _sources(text: str, profile: Profile) -> set[str]:
    return (facts.sources(text, profile) | facts.roles(text, profile)) - _NOT_SOURCES


def _groups(values: set[str]) -> set[str]:
    return {group for value in values if (group := _GROUPS.get(value, value))}
