"""An attribution cut or added with the quote it credits is part of that quote's change.

"''He suffered a partial tear ...,'' Germany said in a statement" cut (the injury told in
narration instead) is one quote dropped, not also an attribution dropped; a new quote
"''The analysis indicates ...,'' the report says" is one quote added. An editor reads the
quote finding; the attribution in the quote's sentence says nothing more.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from driftcheck.types import Document, Finding

_WITH_QUOTE = {"attribution.dropped": "quote.dropped", "attribution.added": "quote.added"}


def credited_quotes(found: Sequence[Finding], a: Document, b: Document) -> list[Finding]:
    """The findings without an attribution dropped (added) whose sentence of A (B) holds a
    quote the same group reports dropped (added)."""
    quoted = {
        (f.rule, f.group, _sentence(a if f.rule == "quote.dropped" else b, span))
        for f in found
        if f.rule in _WITH_QUOTE.values()
        and (span := f.a_span if f.rule == "quote.dropped" else f.b_span) is not None
    }
    kept = []
    for item in found:
        quote_rule = _WITH_QUOTE.get(item.rule)
        span = item.a_span if item.rule == "attribution.dropped" else item.b_span
        if quote_rule is not None and span is not None:
            doc = a if item.rule == "attribution.dropped" else b
            if (quote_rule, item.group, _sentence(doc, span)) in quoted:
                continue
        kept.append(item)
    return kept


def _sentence(doc: Document, span: tuple[int, int]) -> int:
    """The index of the sentence of `doc` where `span` starts."""
    return bisect_right([s.start for s in doc.sentences], span[0]) - 1
