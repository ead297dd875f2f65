"""A date moved as a whole is one change: "Wednesday, March 11" made "во вторник, 10
марта" changed its weekday and its day together, and a reader fixes one date.

The weekday (or month) changed and the day changed next to it, on both sides (only
punctuation and short words between them: "Wednesday, March 11", "mardi 10 mars",
"Dienstag, den 10. März"), become one finding: the weekday's (or month's), its message
saying the day changed too, its B span covering both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from driftcheck.findings.xling.units import Span, Unit
from driftcheck.types import Finding

_PARTS = ("weekday changed:", "month changed:")
_GAP = re.compile(r"[^\d.!?;]{0,12}")
"""What stands between two parts of one date: a comma, an article, a month, no figure."""


def one_date(found: list[Finding], unit: Unit) -> list[Finding]:
    """The findings, a day changed beside a weekday or month changed folded into it."""
    if not unit.views:
        return found
    a_text, b_text = unit.views[0].a.doc.text, unit.views[0].b.doc.text
    parts = [f for f in found if f.rule == "number.changed" and f.message.startswith(_PARTS)]
    folded: dict[int, Finding] = {}
    into: dict[int, list[Finding]] = {}
    for finding in found:
        if finding.rule != "number.changed" or not finding.message.startswith("number changed:"):
            continue
        part = next(
            (
                p
                for p in parts
                if _beside(a_text, p.a_span, finding.a_span)
                and _beside(b_text, p.b_span, finding.b_span)
            ),
            None,
        )
        if part is not None:
            folded[id(finding)] = part
            into.setdefault(id(part), []).append(finding)
    return [_joined(f, into.get(id(f), []), (a_text, b_text)) for f in found if id(f) not in folded]


def _beside(text: str, one: Span | None, other: Span | None) -> bool:
    """True when two spans are parts of one date: only a short gap without figures between."""
    if one is None or other is None:
        return False
    first, second = sorted((one, other))
    return first[1] <= second[0] and _GAP.fullmatch(text, first[1], second[0]) is not None


def _joined(part: Finding, days: list[Finding], texts: tuple[str, str]) -> Finding:
    """The weekday's (or month's) finding with the days beside it: one message, one span
    over the whole date on each side."""
    if not days:
        return part
    a_span = _over(part.a_span, [d.a_span for d in days])
    b_span = _over(part.b_span, [d.b_span for d in days])
    message = "; ".join([part.message, *(d.message.replace("number", "day", 1) for d in days)])
    return replace(
        part,
        message=message,
        a_span=a_span,
        b_span=b_span,
        a_text=None if a_span is None else texts[0][a_span[0] : a_span[1]],
        b_text=None if b_span is None else texts[1][b_span[0] : b_span[1]],
    )


def _over(span: Span | None, others: list[Span | None]) -> Span | None:
    spans = [s for s in (span, *others) if s is not None]
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
