"""A quote reworded between the versions is one altered quote, wherever each form stands.

When the sentence that holds a quote is rewritten ("I did not realise what I was doing" ->
"I did not realise that I was helping with this act"), the aligner may leave both sides
unpaired, and the group rules see one quote dropped and another added. Over the whole
story, a quote dropped and a quote added with a sentence that opens with the same
`_SHARED` words or more, where no other quote added opens as long alike, are the same quote
reworded: one quote.altered, where the dropped quote stood.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from driftcheck.findings.context import excerpt
from driftcheck.findings.rules import RULES
from driftcheck.normalize import fold
from driftcheck.types import Finding

_SHARED = 4
"""Words a sentence of each quote opens with alike, at least, for one quote reworded."""
_WORDS = re.compile(r"\w+(?:['’]\w+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def reworded_quotes(found: Sequence[Finding]) -> list[Finding]:
    """The findings with each quote dropped whose rewording was added reported once, as
    quote.altered (the added quote is then not reported)."""
    added = [n for n, f in enumerate(found) if f.rule == "quote.added"]
    replaced: dict[int, Finding] = {}
    used: set[int] = set()
    for n, item in enumerate(found):
        if item.rule != "quote.dropped" or item.a_text is None:
            continue
        runs = {m: shared_run(item.a_text, found[m].b_text or "") for m in added if m not in used}
        longest = max(runs.values(), default=0)
        best = [m for m, run in runs.items() if run == longest]
        if longest < _SHARED or len(best) != 1:
            continue
        new = found[best[0]]
        used.add(best[0])
        message = f'quote altered: "{excerpt(item.a_text)}" -> "{excerpt(new.b_text or "")}"'
        replaced[n] = replace(
            item,
            rule="quote.altered",
            severity=RULES["quote.altered"].severity,
            message=message,
            b_span=new.b_span,
            b_text=new.b_text,
        )
    return [replaced.get(n, f) for n, f in enumerate(found) if n not in used]


def shared_run(old: str, new: str) -> int:
    """How many words two quotes' sentences open with alike, at most (case and quote style
    folded): a quote reworded keeps its opening ("I did not realise ..."), where two
    quotes may share a phrase in their middles ("... the exact figure of casualties")."""
    return max((_common_start(a, b) for a in _sentences(old) for b in _sentences(new)), default=0)


def _sentences(quote: str) -> list[list[str]]:
    return [_WORDS.findall(part) for part in _SENTENCE_END.split(fold(quote))]


def _common_start(a: list[str], b: list[str]) -> int:
    return next(
        (n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
