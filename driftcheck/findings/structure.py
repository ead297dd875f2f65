"""Whole sentences: omitted, added, repeated, moved, and boilerplate told apart from story."""

from __future__ import annotations

from collections.abc import Sequence

from driftcheck.findings.boilerplate import is_boilerplate
from driftcheck.findings.context import GroupView, excerpt
from driftcheck.normalize import fold
from driftcheck.types import Document, Finding, Kind


class Sentences:
    """Which sentences of each version are boilerplate, and which repeat one kept elsewhere."""

    def __init__(self, a: Document, b: Document, views: Sequence[GroupView]) -> None:
        """Sort each version's sentences once, for all groups."""
        self.boilerplate_a = {s.index for s in a.sentences if is_boilerplate(s.text)}
        self.boilerplate_b = {s.index for s in b.sentences if is_boilerplate(s.text)}
        kept_a = {i for v in views if v.paired for i in v.group.a}
        kept_b = {j for v in views if v.paired for j in v.group.b}
        self.repeats_a = _repeats(a, kept_a)
        self.repeats_b = _repeats(b, kept_b)

    @property
    def skipped_a(self) -> set[int]:
        """A's sentences that carry no story of their own: boilerplate and repeats."""
        return self.boilerplate_a | set(self.repeats_a)

    @property
    def skipped_b(self) -> set[int]:
        """B's sentences that carry no story of their own: boilerplate and repeats."""
        return self.boilerplate_b | set(self.repeats_b)

    def story_omitted(self, index: int) -> bool:
        """True for an A sentence whose omission loses story: not boilerplate, not a repeat."""
        return index not in self.boilerplate_a and index not in self.repeats_a


def _repeats(doc: Document, kept: set[int]) -> dict[int, int]:
    """Sentences not kept whose text, folded, is that of a kept sentence: index -> kept index."""
    first_kept: dict[str, int] = {}
    for index in sorted(kept):
        first_kept.setdefault(fold(doc.sentences[index].text), index)
    return {
        s.index: first_kept[fold(s.text)]
        for s in doc.sentences
        if s.index not in kept and fold(s.text) in first_kept
    }


def check_structure(view: GroupView, sentences: Sentences) -> list[Finding]:
    """sentence.* and boilerplate.* for omitted and added groups, paragraph.moved for moved ones."""
    kind = view.group.kind
    if kind is Kind.OMITTED:
        return [_one(view, sentences, n, omitted=True) for n in range(len(view.a.sentences))]
    if kind is Kind.ADDED:
        return [_one(view, sentences, n, omitted=False) for n in range(len(view.b.sentences))]
    if view.group.moved:
        message = f"paragraph moved: A{_numbers(view.group.a)} -> B{_numbers(view.group.b)}"
        whole_a, whole_b = (0, len(view.a.text)), (0, len(view.b.text))
        return [view.finding("paragraph.moved", message, a=whole_a, b=whole_b)]
    return []


def _one(view: GroupView, sentences: Sentences, n: int, *, omitted: bool) -> Finding:
    """The finding for the n-th sentence of an omitted (or added) group."""
    side, letter, what = (view.a, "A", "omitted") if omitted else (view.b, "B", "added")
    boilerplate = sentences.boilerplate_a if omitted else sentences.boilerplate_b
    repeats = sentences.repeats_a if omitted else sentences.repeats_b
    index = side.sentences[n]
    end = side.starts[n + 1] - 1 if n + 1 < len(side.starts) else len(side.text)
    where = (side.starts[n], end)
    quoted = excerpt(side.text[slice(*where)])
    if index in boilerplate:
        rule, message = (
            f"boilerplate.{what}",
            f"boilerplate {what}: {letter}#{index + 1}: {quoted}",
        )
    elif index in repeats:
        rule = "sentence.repeated"
        message = (
            f"repeated sentence {what}: {letter}#{index + 1} repeats {letter}#{repeats[index] + 1}"
        )
    else:
        rule, message = f"sentence.{what}", f"sentence {what}: {letter}#{index + 1}: {quoted}"
    if omitted:
        return view.finding(rule, message, a=where)
    return view.finding(rule, message, b=where)


def _numbers(indices: Sequence[int]) -> str:
    """'#5' or '#5,#6': 1-based sentence numbers as the report shows them."""
    return ",".join(f"#{i + 1}" for i in indices)
