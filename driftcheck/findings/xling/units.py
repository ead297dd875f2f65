"""Units of comparison across languages: the smallest sets of paragraphs alignment ties together.

A translator splits, joins and reorders sentences inside a paragraph, so a fact of A may
sit in a B sentence the aligner paired with a neighbour, or left unpaired. Facts are
therefore compared over a unit: the A and B paragraphs joined by paired groups (a
paragraph of A whose sentences went to two B paragraphs joins both). Each fact keeps
the group it is in, so a finding still points at its sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.rules import RULES
from driftcheck.types import Document, Finding, Severity

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Unit:
    """Groups whose paragraphs alignment ties together, in reading order."""

    views: tuple[GroupView, ...]

    def by_index(self, index: int) -> GroupView | None:
        """The unit's group with this index in the report, None when it is not in the unit."""
        return next((view for view in self.views if view.index == index), None)

    def sides(self, which: str) -> list[tuple[GroupView, Side]]:
        """Each group with its A side ("a") or B side ("b"), for groups that have one."""
        pairs = [(view, view.a if which == "a" else view.b) for view in self.views]
        return [(view, side) for view, side in pairs if side.text]


def units(
    views: Sequence[GroupView],
    a: Document,
    b: Document,
    links: Sequence[tuple[int, int]] = (),
) -> list[Unit]:
    """Partition the groups into units (see the module docstring).

    `links` are (A sentence, B sentence) pairs alignment left apart that translate each
    other (see findings.xling.repaired): their paragraphs are joined too.
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def nodes(view: GroupView) -> list[tuple[str, int]]:
        return [("a", a.sentences[i].paragraph) for i in view.group.a] + [
            ("b", b.sentences[j].paragraph) for j in view.group.b
        ]

    paired: set[tuple[str, int]] = set()
    for view in views:
        own = nodes(view)
        if view.paired:
            paired.update(own)
            for node in own[1:]:
                parent[find(node)] = find(own[0])
        else:
            find(own[0])
    for i, j in links:
        parent[find(("b", b.sentences[j].paragraph))] = find(("a", a.sentences[i].paragraph))
        paired.update({("a", a.sentences[i].paragraph), ("b", b.sentences[j].paragraph)})
    # A paragraph of A and one of B that alignment paired nothing in, at the same position,
    # are one paragraph translated too freely for the aligner: compare them together.
    for side, number in list(parent):
        alone = ("a", number) not in paired and ("b", number) not in paired
        if side == "a" and alone and ("b", number) in parent:
            parent[find(("b", number))] = find(("a", number))
    grouped: dict[tuple[str, int], list[GroupView]] = {}
    for view in views:
        grouped.setdefault(find(nodes(view)[0]), []).append(view)
    return [Unit(tuple(members)) for members in grouped.values()]


def with_split_off(unit: Unit) -> list[GroupView]:
    """The unit's paired groups, each with the sentences of B the aligner left unpaired right
    after it in the same B paragraph: a sentence a translator split in two, its second half
    alone ("..., a price islanders say has driven young families away" -> "... 23 Euro. Nach
    Angaben der Inselbewohner hat dieser Preis ..."), where its speaker may be."""
    joined: list[GroupView] = []
    for view in unit.views:
        last = joined[-1] if joined else None
        if (
            last is not None
            and not view.paired
            and view.b.sentences
            and not view.a.sentences
            and last.b.sentences
            and view.b.sentences[0] == last.b.sentences[-1] + 1
            and _paragraph(view.b, 0) == _paragraph(last.b, -1)
        ):
            group = replace(last.group, b=last.group.b + view.group.b, diff=())
            joined[-1] = GroupView(last.index, group, last.a.doc, last.b.doc)
        elif view.paired:
            joined.append(view)
    return joined


def _paragraph(side: Side, at: int) -> int:
    return side.doc.sentences[side.sentences[at]].paragraph


def located(
    rule: str,
    message: str,
    *,
    a: tuple[GroupView, Span] | None = None,
    b: tuple[GroupView, Span] | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding on A's and/or B's text; its group is A's group when given, else B's."""
    if a is not None:
        view = a[0]
    elif b is not None:
        view = b[0]
    else:
        raise ValueError("a finding needs a place in A or in B")
    a_span = None if a is None else a[0].a.span(*a[1])
    b_span = None if b is None else b[0].b.span(*b[1])
    return Finding(
        rule,
        severity or RULES[rule].severity,
        message,
        view.index,
        a_span,
        b_span,
        None if a is None else a[0].a.original(*a[1]),
        None if b is None else b[0].b.original(*b[1]),
    )
