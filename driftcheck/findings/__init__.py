"""Editorial findings: what a standards desk should look at in an aligned pair of versions.

`detect` runs every rule over the alignment groups and returns findings at their default
severities (`RULES`: id -> default severity and one-line summary), group by group in
reading order, story-level findings last. `drift_score` sums a story pair up in one
number from 0 to 100; its formula, in plain words, is the docstring of
driftcheck.findings.score. Each rule lives in a module named after what it watches:
quotes, numbers, entities (names and titles), attribution, certainty (hedges and
negations), wording (substitutions, cosmetic-only groups) and structure (omitted, added,
repeated and moved sentences, boilerplate). Between versions in two languages (`across`),
the profile-driven rules of findings.xling run
instead: facts compared by value with each language's profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from driftcheck.findings.attribution import check_attribution
from driftcheck.findings.certainty import check_hedges, check_negation
from driftcheck.findings.context import GroupView, make_side
from driftcheck.findings.entities import check_entities
from driftcheck.findings.figures import Figure, figures
from driftcheck.findings.names import capitals
from driftcheck.findings.numbers import check_numbers
from driftcheck.findings.quotes import check_quotes, find_quotes
from driftcheck.findings.rules import RULES, Rule, finding
from driftcheck.findings.score import drift_score
from driftcheck.findings.structure import Sentences, check_structure
from driftcheck.findings.wording import check_cosmetic, check_substitutions
from driftcheck.findings.xling import detect_across
from driftcheck.types import AlignmentGroup, Document, Finding, Kind

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

__all__ = ["RULES", "Rule", "detect", "drift_score"]

_RULE_ORDER = {rule: n for n, rule in enumerate(RULES)}


def detect(
    a: Document,
    b: Document,
    groups: Sequence[AlignmentGroup],
    *,
    locale: str = "en",
    across: tuple[str, str] | None = None,
    embedder: Embedder | None = None,
) -> tuple[Finding, ...]:
    """All findings at their default severities, in reading order, story-level ones last.

    `across` names A's and B's languages when they differ: words are then not compared;
    the profile-driven rules of findings.xling run instead, with `embedder` to judge
    quotes by meaning.
    """
    if across is not None:
        return detect_across(a, b, groups, across, embedder)
    views = [GroupView(n, group, a, b) for n, group in enumerate(groups)]
    a_quotes, b_quotes = find_quotes(a), find_quotes(b)
    known = capitals(a, b)
    sentences = Sentences(a, b, views)
    added_figures = [f for v in views if v.group.kind is Kind.ADDED for f in figures(v.b, locale)]
    omitted_figures = [
        f for v in views if v.group.kind is Kind.OMITTED for f in figures(v.a, locale)
    ]
    found: list[Finding] = []
    for view in views:
        in_group = check_structure(view, sentences)
        if view.paired:
            in_group += check_cosmetic(view)
        if view.paired and view.edits:
            in_group += check_quotes(view, a_quotes, b_quotes)
            in_group += check_numbers(view, locale, omitted_figures, added_figures)
            in_group += check_entities(view, known)
            in_group += check_attribution(view)
            in_group += check_hedges(view)
            in_group += check_negation(view)
            in_group += check_substitutions(view)
        found += sorted(in_group, key=_reading_order)
    found += _omitted_figures(a, views, sentences, locale)
    return tuple(found)


def _reading_order(item: Finding) -> tuple[int, int, int]:
    """Within a group: findings on A's text by position, then those on B's alone, by rule."""
    if item.a_span is not None:
        return (0, item.a_span[0], _RULE_ORDER[item.rule])
    if item.b_span is not None:
        return (1, item.b_span[0], _RULE_ORDER[item.rule])
    return (2, 0, _RULE_ORDER[item.rule])


def _omitted_figures(
    a: Document, views: Sequence[GroupView], sentences: Sentences, locale: str
) -> list[Finding]:
    """One story-level number.omitted listing the figures only omitted sentences gave."""
    in_b = [f for v in views for f in figures(v.b, locale)]
    lost: dict[str, Figure] = {}
    for view in views:
        if view.group.kind is not Kind.OMITTED:
            continue
        for index in view.group.a:
            if not sentences.story_omitted(index):
                continue
            for figure in figures(make_side(a, [index]), locale):
                if not any(figure.same(other) for other in in_b):
                    lost.setdefault(figure.shown, figure)
    if not lost:
        return []
    return [finding("number.omitted", f"figures omitted: {', '.join(lost)}")]
