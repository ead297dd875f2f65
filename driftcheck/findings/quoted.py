"""An attribution cut or added with the quote it credits is part of that quote's change.

"''He suffered a partial tear ...,'' Germany said in a statement" cut (the injury told in
narration instead) is one quote dropped, not also a warning that an attribution was
dropped; a new quote "''The analysis indicates ...,'' the report says" is one quote added.
The quote finding warns; the attribution in the quote's sentence stays in the report, as
info, for who said it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from driftcheck.types import Document, Finding, Severity

_WITH_QUOTE = {"attribution.dropped": "quote.dropped", "attribution.added": "quote.added"}


def credited_quotes(found: Sequence[Finding], a: Document, b: Document) -> list[Finding]:
    """The findings with an attribution dropped (added) whose sentence of A (B) holds a
    quote the same group reports dropped (added) lowered to info."""
    quoted = {
        (f.rule, f.group, _sentence(a if f.rule == "quote.dropped" else b, span))
        for f in found
        if f.rule in _WITH_QUOTE.values()
        and (span := f.a_span if f.rule == "quote.dropped" else f.b_span) is not None
    }

    def told(item: Finding) -> bool:
        quote_rule = _WITH_QUOTE.get(item.rule)
        dropped = item.rule == "attribution.dropped"
        span = item.a_span if dropped else item.b_span
        if quote_rule is None or span is None:
            return False
        return (quote_rule, item.group, _sentence(a if dropped else b, span)) in quoted

    return [replace(f, severity=Severity.INFO) if told(f) else f for f in found]


def _sentence(doc: Document, span: tuple[int, int]) -> int:
    """The index of the sentence of `doc` where `span` starts."""
    return bisect_right([s.start for s in doc.sentences], span[0]) - 1
