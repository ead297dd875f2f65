"""Editorial findings: what a standards desk should look at in an aligned pair of versions.

`detect` runs every rule over the alignment groups and returns findings at their default
severities (`RULES`: id -> default severity and one-line summary), group by group in
reading order, story-level findings last. `drift_score` sums a story pair up in one
number from 0 to 100; its formula, in plain words, is the docstring of
driftcheck.findings.score. Each rule lives in a module named after what it watches:
quotes, numbers, entities (names and titles), attribution, certainty (hedges and
negations), wording (substitutions, cosmetic-only groups) and structure (omitted, added,
repeated and moved sentences, boilerplate). Story-level passes then report each fact once
(once), make a name respelt (respelt) or a quote reworded (reworded) one change, and leave
the warning for an attribution cut or added with its quote to the quote's finding
(quoted). Between versions in two languages (`across`),
the profile-driven rules of findings.xling run instead: facts compared by value with
each language's profile.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from driftcheck.findings.attribution import check_attribution
from driftcheck.findings.certainty import check_hedges, check_negation
from driftcheck.findings.characters import check_characters
from driftcheck.findings.confidence import one_story, temper
from driftcheck.findings.context import GroupView
from driftcheck.findings.entities import check_entities
from driftcheck.findings.names import Capitals, capitals
from driftcheck.findings.numbers import check_numbers, kept_values, one_change_per_count
from driftcheck.findings.once import first_mentions, once_per_figure
from driftcheck.findings.quote_marks import Quote, find_quotes
from driftcheck.findings.quoted import credited_quotes
from driftcheck.findings.quotes import check_quotes
from driftcheck.findings.respelt import respelt_names
from driftcheck.findings.reworded import reworded_quotes
from driftcheck.findings.rules import RULES, Rule
from driftcheck.findings.score import drift_score
from driftcheck.findings.story import Version, Whole, check_unpaired
from driftcheck.findings.structure import Sentences, check_structure
from driftcheck.findings.wording import check_cosmetic, check_substitutions
from driftcheck.findings.xling import detect_across
from driftcheck.types import AlignmentGroup, Document, Finding

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

__all__ = ["CHECKS", "RULES", "Check", "Rule", "Scope", "Story", "detect", "drift_score"]

_RULE_ORDER = {rule: n for n, rule in enumerate(RULES)}


@dataclass(frozen=True, slots=True)
class Story:
    """What every check may read besides its group: both versions, computed once."""

    a: Document
    b: Document
    views: tuple[GroupView, ...]
    locale: str
    a_quotes: tuple[Quote, ...]
    b_quotes: tuple[Quote, ...]
    known: Capitals
    sentences: Sentences
    whole: Whole


class Scope(Enum):
    """Which groups a check runs on."""

    ALL = "every group"
    PAIRED = "groups with sentences on both sides"
    EDITED = "paired groups whose words differ"

    def covers(self, view: GroupView) -> bool:
        """True when a check of this scope runs on `view`."""
        if self is Scope.ALL:
            return True
        return view.paired and (self is Scope.PAIRED or bool(view.edits))


Check = Callable[[GroupView, Story], list[Finding]]
"""One family of rules: a group and its story in, findings at (at most) default severities out."""

CHECKS: tuple[tuple[Scope, Check], ...] = (
    (Scope.ALL, lambda view, story: check_structure(view, story.sentences)),
    (Scope.ALL, lambda view, story: check_unpaired(view, story.whole, story.locale)),
    (Scope.PAIRED, lambda view, _story: check_cosmetic(view)),
    (Scope.PAIRED, lambda view, _story: check_characters(view)),
    (
        Scope.EDITED,
        lambda view, story: check_quotes(
            view,
            story.a_quotes,
            story.b_quotes,
            (story.whole.a.has_quoted, story.whole.b.has_words),
        ),
    ),
    (
        Scope.EDITED,
        lambda view, story: check_numbers(
            view, story.locale, story.whole.a.by_value, story.whole.b.by_value
        ),
    ),
    (
        Scope.EDITED,
        lambda view, story: check_entities(
            view,
            story.known,
            (story.a, story.b),
            (story.whole.names_in_a, story.whole.names_in_b),
        ),
    ),
    (
        Scope.EDITED,
        lambda view, story: check_attribution(view, (story.whole.a.said, story.whole.b.said)),
    ),
    (Scope.EDITED, lambda view, _story: check_hedges(view)),
    (Scope.EDITED, lambda view, _story: check_negation(view)),
    (Scope.EDITED, lambda view, _story: check_substitutions(view)),
)
"""Every per-group check, in the order their findings are listed; add a rule family here."""


def detect(
    a: Document,
    b: Document,
    groups: Sequence[AlignmentGroup],
    *,
    locale: str = "en",
    across: tuple[str, str] | None = None,
    embedder: Embedder | None = None,
) -> tuple[Finding, ...]:
    """All findings at (at most) their default severities, in reading order.

    `across` names A's and B's languages when they differ: words are then not compared;
    the profile-driven rules of findings.xling run instead, with `embedder` to judge
    quotes by meaning.
    """
    if across is not None:
        return detect_across(a, b, groups, across, embedder)
    story = _read_story(a, b, groups, locale)
    found: list[Finding] = []
    for view in story.views:
        checks = (check for scope, check in CHECKS if scope.covers(view))
        in_group = [item for check in checks for item in check(view, story)]
        found += sorted(in_group, key=_reading_order)
    found = first_mentions(once_per_figure(found, a.text, b.text), (story.a_quotes, story.b_quotes))
    found = reworded_quotes(respelt_names(found))
    found = credited_quotes(found, a, b)
    whole = story.whole
    sides = (whole.a.side, whole.a.figures), (whole.b.side, whole.b.figures)
    found = kept_values(one_change_per_count(found, *sides), *sides)
    found = temper(found, story.views)
    return tuple(one_story(found, story.views, story.whole))


def _read_story(a: Document, b: Document, groups: Sequence[AlignmentGroup], locale: str) -> Story:
    views = tuple(GroupView(n, group, a, b) for n, group in enumerate(groups))
    known = capitals(a, b)
    a_quotes, b_quotes = find_quotes(a, b), find_quotes(b, a)
    sentences = Sentences(a, b, list(views))
    return Story(
        a=a,
        b=b,
        views=views,
        locale=locale,
        a_quotes=a_quotes,
        b_quotes=b_quotes,
        known=known,
        sentences=sentences,
        whole=Whole(
            Version(a, known, locale, a_quotes),
            Version(b, known, locale, b_quotes),
            known,
            (sentences.skipped_a, sentences.skipped_b),
        ),
    )


def _reading_order(item: Finding) -> tuple[int, int, int]:
    """Within a group: findings on A's text by position, then those on B's alone, by rule."""
    if item.a_span is not None:
        return (0, item.a_span[0], _RULE_ORDER[item.rule])
    if item.b_span is not None:
        return (1, item.b_span[0], _RULE_ORDER[item.rule])
    return (2, 0, _RULE_ORDER[item.rule])
