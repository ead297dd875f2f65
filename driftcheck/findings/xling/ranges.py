"""A range or a score changed at both ends is one change: "between 120 and 150 jobs" made
"entre 1.200 y 1.500 empleos", "7.5 to 6.5" made "8,5:5,5", and a reader fixes one fact.

Two figures changed whose A figures stand side by side (only a short joiner between them:
"to", "and", "-", ":", "bis", "y", no figure and no stop) and whose B figures do too become
one finding, its message and spans over the whole range on each side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from driftcheck.findings.xling.units import Span, Unit
from driftcheck.types import Finding

_CHANGED = "number changed:"
_GAP = re.compile(r"[^\d.!?;\n]{0,12}")
"""What stands between the two ends of a range: a dash, a colon, a word or two, no figure."""


def one_range(found: list[Finding], unit: Unit) -> list[Finding]:
    """The findings, two changes of the two ends of one range folded into one."""
    if not unit.views:
        return found
    texts = (unit.views[0].a.doc.text, unit.views[0].b.doc.text)
    changes = [f for f in found if f.rule == "number.changed" and f.message.startswith(_CHANGED)]
    second_of: dict[int, Finding] = {}  # the first end's finding -> the second end's
    taken: set[int] = set()
    for first in changes:
        second = next(
            (
                f
                for f in changes
                if id(f) not in taken
                and f is not first
                and _beside(texts[0], first.a_span, f.a_span)
                and _beside(texts[1], first.b_span, f.b_span)
            ),
            None,
        )
        if second is not None and id(first) not in taken:
            second_of[id(first)] = second
            taken |= {id(first), id(second)}
    seconds = {id(f) for f in second_of.values()}
    return [_joined(f, second_of.get(id(f)), texts) for f in found if id(f) not in seconds]


def _beside(text: str, one: Span | None, other: Span | None) -> bool:
    """True when `one` ends right before `other` starts, a short joiner between them."""
    if one is None or other is None:
        return False
    return one[1] <= other[0] and _GAP.fullmatch(text, one[1], other[0]) is not None


def _joined(first: Finding, second: Finding | None, texts: tuple[str, str]) -> Finding:
    """The first end's finding over the whole range on both sides."""
    if second is None:
        return first
    a_span, b_span = _over(first.a_span, second.a_span), _over(first.b_span, second.b_span)
    if a_span is None or b_span is None:
        return first
    a_text, b_text = texts[0][a_span[0] : a_span[1]], texts[1][b_span[0] : b_span[1]]
    return replace(
        first,
        message=f"{_CHANGED} {a_text} -> {b_text} (a range changed at both ends)",
        a_span=a_span,
        b_span=b_span,
        a_text=a_text,
        b_text=b_text,
    )


def _over(one: Span | None, other: Span | None) -> Span | None:
    return None if one is None or other is None else (one[0], other[1])
