"""A name respelt between the versions is one changed name, wherever each form stands.

A spelling corrected in a rewritten sentence ("the bombing of the St Petersberg metro" ->
"the St Petersburg metro bombing") is seen by the group rules as one name dropped and
another added, often in two groups (the old sentence cut, the new one added). Over the
whole story, a name dropped and a name added that are the same words but one, written a
letter or two apart, are one entity.changed, where the dropped name stood.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from driftcheck.findings.characters import mixed_scripts
from driftcheck.findings.lexicon import canonical_words
from driftcheck.types import Finding

_ALIKE = 0.85
"""How alike two spellings of one word are at least (SequenceMatcher ratio)."""
_LONG_ENOUGH = 5
"""Letters a word needs for a letter or two to tell a respelling from another word."""


def respelt_names(found: Sequence[Finding]) -> list[Finding]:
    """The findings with each dropped name whose respelling was added reported once, as
    entity.changed (the added name is then not reported)."""
    added = [n for n, f in enumerate(found) if f.rule == "entity.added"]
    replaced: dict[int, Finding] = {}
    used: set[int] = set()
    for n, item in enumerate(found):
        if item.rule != "entity.dropped" or item.a_text is None:
            continue
        match = next(
            (m for m in added if m not in used and respelt(item.a_text, found[m].b_text or "")),
            None,
        )
        if match is not None:
            used.add(match)
            new = found[match]
            message = f'entity changed: "{item.a_text}" -> "{new.b_text}"'
            replaced[n] = replace(
                item, rule="entity.changed", message=message, b_span=new.b_span, b_text=new.b_text
            )
    return [replaced.get(n, f) for n, f in enumerate(found) if n not in used]


def respelt(old: str, new: str) -> bool:
    """True when two names are the same words but one, and that one is written a letter or
    two apart (Petersberg / Petersburg): the same name, its spelling changed."""
    old_words, new_words = canonical_words(old), canonical_words(new)
    if len(old_words) != len(new_words):
        return False
    differing = [(a, b) for a, b in zip(old_words, new_words, strict=True) if a != b]
    return len(differing) == 1 and _one_word_respelt(*differing[0])


def _one_word_respelt(old: str, new: str) -> bool:
    short = min(len(old), len(new)) < _LONG_ENOUGH
    if short or old[0] != new[0] or mixed_scripts(old) or mixed_scripts(new):
        return False
    return SequenceMatcher(None, old, new).ratio() >= _ALIKE
